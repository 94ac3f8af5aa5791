"""Grading list cards: items in any order, each graded by the text rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from trainer.core.deck import Card
from trainer.core.grading.forms import STOPWORDS, Form, content_words, text_forms, written_form
from trainer.core.grading.matching import match_forms
from trainer.core.grading.normalize import normalize
from trainer.core.grading.result import Grade, close, correct, wrong
from trainer.core.grading.rivals import Rivals, card_rivals

_SEPARATOR = re.compile(r"\s*(?:[,;\n\r&]|\band\b)\s*", re.IGNORECASE)
# An item may itself hold "and" or a comma ("trade and investment"): up to this many pieces
# are tried joined back together before they are graded one by one.
MAX_JOINED = 4
# More pieces than this, for this many items, is a pasted text, not an answer.
EXTRA_PIECES = 5


@dataclass(frozen=True, slots=True)
class Matched:
    """A piece of the response and the item it named."""

    item: int
    grade: Grade
    piece: str


def grade_list(card: Card, response: str) -> Grade:
    """Grade a list card: enough right items and no wrong one."""
    items = _items(card.answers, card.accept)
    rivals = card_rivals(card.reject, card.deck_answers, items.own)
    spans = _pieces(response)
    if not spans:
        return wrong("no answer")
    if len(spans) > len(items.forms) * 3 + EXTRA_PIECES:
        return wrong("far more items than the answer has")

    matched, strays = match_pieces(response, spans, items, rivals)
    return _verdict(card, len(items.forms), list(matched.values()), strays)


def match_pieces(
    response: str, spans: list[tuple[int, int]], items: Items, rivals: Rivals
) -> tuple[dict[int, Matched], list[str]]:
    """Each answer item the response's pieces name (by item), and the pieces naming none."""
    matched: dict[int, Matched] = {}
    strays: list[str] = []
    index = 0
    while index < len(spans):
        found, used = _next_item(response, spans, index, items, rivals, matched)
        piece = response[spans[index][0] : spans[index + used - 1][1]].strip()
        index += used
        if found is None:
            if not _repeats(normalize(piece), items, matched):
                strays.append(piece)
        else:
            matched[found.item] = Matched(found.item, found.grade, piece)
    return matched, strays


def _verdict(card: Card, total: int, matched: list[Matched], strays: list[str]) -> Grade:
    need = card.need or total
    right = len(matched)
    count = f"{right} of {total} items" + (f", {need} needed" if need < total else "")
    if strays:
        partial = 0.5 * min(right, need) / need
        more = f" (and {len(strays) - 1} more)" if len(strays) > 1 else ""
        return wrong(f"{count}; not on the list: {strays[0]}{more}", partial)
    if right < need:
        return wrong(count, 0.5 * right / need)
    typos = [match for match in matched if match.grade.verdict == "close"]
    if not typos:
        return correct(count)
    score = sum(match.grade.score for match in matched) / right
    return close(score, f"{count}; {typos[0].grade.detail} in {typos[0].piece}")


def _pieces(response: str) -> list[tuple[int, int]]:
    """Spans of the text between separators, empty ones dropped."""
    spans = []
    start = 0
    for separator in _SEPARATOR.finditer(response):
        if response[start : separator.start()].strip():
            spans.append((start, separator.start()))
        start = separator.end()
    if response[start:].strip():
        spans.append((start, len(response)))
    return spans


def _next_item(
    response: str,
    spans: list[tuple[int, int]],
    index: int,
    items: Items,
    rivals: Rivals,
    matched: dict[int, Matched],
) -> tuple[Matched | None, int]:
    """The item named from piece ``index`` on, joining pieces when an item spans them."""
    for used in range(min(items.join_limit, len(spans) - index), 0, -1):
        piece = normalize(response[spans[index][0] : spans[index + used - 1][1]])
        # A joined piece far longer or shorter than every item cannot be one of them.
        if used > 1 and not items.shortest - 2 <= len(piece) <= items.longest + 2:
            continue
        item = items.exact.get(piece)
        if item is not None and item not in matched:
            return Matched(item, correct("exact"), piece), used
        best: Matched | None = None
        for item, forms in enumerate(items.forms):
            if item in matched:
                continue
            grade = match_forms(piece, forms, rivals)
            if grade.accepted and (best is None or grade.score > best.grade.score):
                best = Matched(item, grade, piece)
        if best is not None:
            return best, used
    return None, 1


def _repeats(piece: str, items: Items, matched: dict[int, Matched]) -> bool:
    """True when the piece names an item already matched: said twice, not wrong."""
    return items.exact.get(piece, -1) in matched


@dataclass(frozen=True, slots=True)
class Items:
    """A list card's items, each with its forms, and an index of their exact texts."""

    forms: tuple[tuple[Form, ...], ...]
    own: frozenset[str]
    exact: dict[str, int]
    shortest: int
    longest: int
    # How many pieces may be joined back into one item: 1 unless an item holds a separator.
    join_limit: int


@lru_cache(maxsize=16384)
def _items(answers: tuple[str, ...], accept: tuple[str, ...]) -> Items:
    """Each item's forms; an accept entry joins the item it shares most words with."""
    items = [list(text_forms((answer,), ())) for answer in answers]
    for entry in accept:
        form = written_form(entry, f"accepted: {entry}")
        if form is not None:
            items[_closest_item(form, items)].append(form)
    exact: dict[str, int] = {}
    for index, forms in enumerate(items):
        for form in forms:
            exact.setdefault(form.text, index)
    lengths = [len(text) for text in exact] or [0]
    written = (*answers, *accept)
    join_limit = MAX_JOINED if any(_SEPARATOR.search(text) for text in written) else 1
    return Items(
        tuple(tuple(forms) for forms in items),
        frozenset(exact),
        exact,
        min(lengths),
        max(lengths),
        join_limit,
    )


def _closest_item(form: Form, items: list[list[Form]]) -> int:
    """The item an accept entry stands for: its abbreviation, then shared words, then spelling.

    Every form the item holds so far counts, not only its answer: "Pakistani Taliban" shares
    no word with "TTP" but does with "Tehrik-i-Taliban Pakistan", accepted for it before.
    """
    words = set(content_words(form.text))

    def likeness(index: int) -> tuple[bool, int, float]:
        if not items[index]:
            return (False, 0, 0.0)
        forms = items[index]
        abbreviates = any(
            _initials(known.text) == form.text or _initials(form.text) == known.text
            for known in forms
        )
        shared = max(len(words & set(known.content)) for known in forms)
        return (abbreviates, shared, fuzz.ratio(form.text, forms[0].text))

    return max(range(len(items)), key=likeness)


def _initials(text: str) -> str:
    # A one-letter joiner inside a name ("Tehrik-i-Taliban", "Lashkar-e-Taiba") is no
    # initial; a letter at either end is ("Daesh-K": DK).
    words = [word for word in text.split(" ") if word and word not in STOPWORDS]
    inner = range(1, len(words) - 1)
    return "".join(
        word[0] for index, word in enumerate(words) if len(word) > 1 or index not in inner
    )
