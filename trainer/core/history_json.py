"""Every saved answer as JSON text, streamed from SQLite for ``trainer history --format json``.

A million reviews make a million objects; building a record, a dict and a ``json.dumps``
call for each took most of an export's time. Here each row comes as a plain tuple
(``ReviewStore.review_rows``) and is
written with one f-string: free text through ``json``'s own C string encoder, ids and kinds
encoded once per distinct value, each distinct score's ``repr`` once (``json`` writes
floats with ``repr``), verdicts and ratings as they are (one of a few words, the table's
CHECKs). Building the text in SQLite instead (``printf``, ``json_quote``) was slower. The text
is the same, character for character, as ``json.dumps(..., ensure_ascii=False)`` of
``cli.history.as_dict``; a test compares the two on awkward text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from json.encoder import encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses
from typing import Any, Final, Protocol, runtime_checkable

from trainer.core.card_texts import UNKNOWN, CardText, CardTexts
from trainer.core.clock import as_utc
from trainer.core.store import ReviewStore
from trainer.core.store.compact import CONFIDENCES, RATINGS, VERDICTS


def stored_time_iso(stored: str) -> str:
    """A stored time as ``datetime.isoformat`` writes the same moment, without parsing it."""
    # Stored times are fixed-width UTC ("...T18:30:00.000000Z"); isoformat() of the same
    # moment leaves out a zero fraction.
    return (stored[:19] if stored[19:26] == ".000000" else stored[:26]) + "+00:00"


def review_json(
    store: ReviewStore,
    deck_id: str | None = None,
    since: datetime | None = None,
    texts: CardTexts | None = None,
) -> Iterator[str]:
    """Each review's JSON object as one line of text, oldest first, with its card's prompt
    and answer from ``texts`` (empty when the card is no longer in its deck); answers taken
    back are left out."""
    if isinstance(store, CompactReviews):
        cards, rows = store.compact_review_rows(deck_id, None if since is None else as_utc(since))
        return _compact_review_json(cards, rows, texts)
    return _review_json(store, deck_id, since, texts)


@runtime_checkable
class CompactReviews(Protocol):
    """A store that hands out reviews as its compact table keeps them (the SQLite store,
    schema 10: ``report_queries.COMPACT_COLUMNS`` and the card map)."""

    def compact_review_rows(
        self, deck_id: str | None = None, since: datetime | None = None
    ) -> tuple[dict[int, tuple[str, str, str, str]], Iterator[tuple[Any, ...]]]: ...


# JSON texts of the compact table's codes (store.compact's order).
_VERDICTS: Final = VERDICTS
_RATINGS: Final = RATINGS
_CONFIDENCES: Final = tuple(f'"{name}"' for name in CONFIDENCES)
_EPOCH_DAY: Final = date(1970, 1, 1)


def _compact_review_json(
    cards: dict[int, tuple[str, str, str, str]],
    rows: Iterator[tuple[Any, ...]],
    texts: CardTexts | None,
) -> Iterator[str]:
    """``review_json`` from the compact rows: per card number its head and kind-and-tags
    text, built once; per row codes looked up, the time written from its microseconds (each
    day's date and each second of the day's clock once)."""
    parts: dict[int, tuple[str, str]] = {}
    scores: dict[float, str] = {}
    days: dict[int, str] = {}
    clocks: dict[int, str] = {}
    for (
        card,
        response,
        verdict,
        score,
        rating,
        reviewed_at,
        overridden,
        elapsed_s,
        hinted,
        cram,
        session,
        _review_id,
        confidence,
    ) in rows:
        part = parts.get(card)
        if part is None:
            deck_id, card_id, kind, tags = cards[card]
            text = UNKNOWN if texts is None else texts.get(deck_id, card_id)
            part = parts[card] = (_head(deck_id, card_id, text), _kind_and_tags(kind, tags))
        score_text = scores.get(score)
        if score_text is None:
            score_text = scores[score] = repr(float(score))
        seconds, fraction = divmod(reviewed_at, 1_000_000)
        day, second = divmod(seconds, 86_400)
        day_text = days.get(day)
        if day_text is None:
            day_text = days[day] = (_EPOCH_DAY + timedelta(days=day)).isoformat()
        clock = clocks.get(second)
        if clock is None:
            clock = clocks[second] = (
                f"{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
            )
        # As isoformat() writes the moment: no fraction when it is zero.
        yield (
            f'{part[0]}{encode_basestring(response)}, "confidence": '
            f"{'null' if confidence is None else _CONFIDENCES[confidence]}, "
            f'"verdict": "{_VERDICTS[verdict]}", "score": {score_text}, '
            f'"rating": "{_RATINGS[rating]}", "reviewed_at": "{day_text}T{clock}'
            f"{f'.{fraction:06d}' if fraction else ''}"
            f'+00:00", "overridden": {"true" if overridden else "false"}, '
            f'"elapsed_s": {"null" if elapsed_s is None else repr(float(elapsed_s))}, '
            f'{part[1]}"hinted": {"true" if hinted else "false"}, '
            f'"cram": {"true" if cram else "false"}, "session": {session}}}'
        )


def _review_json(
    store: ReviewStore,
    deck_id: str | None,
    since: datetime | None,
    texts: CardTexts | None,
) -> Iterator[str]:
    """``review_json`` from any store's ``review_rows`` (stored texts)."""
    # What repeats is written once: per deck and card the object's head (deck, card, prompt,
    # answer), per kind and stored tags their text; two lookups a row, no key built.
    heads: dict[str, dict[str, str]] = {}
    kinds: dict[str, dict[str, str]] = {}
    scores: dict[float, str] = {}
    for (
        deck,
        card,
        response,
        verdict,
        score,
        rating,
        reviewed_at,
        overridden,
        elapsed_s,
        kind,
        tags,
        hinted,
        cram,
        session,
        _review_id,
        confidence,
    ) in store.review_rows(deck_id, None if since is None else as_utc(since)):
        cards = heads.get(deck)
        if cards is None:
            cards = heads[deck] = {}
        head = cards.get(card)
        if head is None:
            head = cards[card] = _head(
                deck, card, UNKNOWN if texts is None else texts.get(deck, card)
            )
        kind_tags = kinds.get(kind)
        if kind_tags is None:
            kind_tags = kinds[kind] = {}
        kind_text = kind_tags.get(tags)
        if kind_text is None:
            kind_text = kind_tags[tags] = _kind_and_tags(kind, tags)
        score_text = scores.get(score)
        if score_text is None:
            score_text = scores[score] = repr(float(score))
        # Stored times are fixed-width UTC; isoformat() of the same moment leaves out a
        # zero fraction (stored_time_iso, inlined: a call per row costs a tenth of the row).
        yield (
            f'{head}{encode_basestring(response)}, "confidence": '
            f"{'null' if confidence is None else f'{_QUOTE}{confidence}{_QUOTE}'}, "
            f'"verdict": "{verdict}", "score": {score_text}, "rating": "{rating}", '
            f'"reviewed_at": "'
            f"{reviewed_at[:19] if reviewed_at[19:26] == '.000000' else reviewed_at[:26]}"
            f'+00:00", "overridden": {"true" if overridden else "false"}, '
            f'"elapsed_s": {"null" if elapsed_s is None else repr(float(elapsed_s))}, '
            f'{kind_text}"hinted": {"true" if hinted else "false"}, '
            f'"cram": {"true" if cram else "false"}, "session": {session}}}'
        )


_QUOTE = '"'


def _head(deck: str, card: str, text: CardText) -> str:
    """A review object's opening, up to its response's value."""
    return (
        f'{{"deck": {encode_basestring(deck)}, "card": {encode_basestring(card)}, '
        f'"prompt": {encode_basestring(text.prompt)}, '
        f'"answer": {encode_basestring(text.answer)}, "response": '
    )


def _kind_and_tags(kind: str, tags: str) -> str:
    """The kind and the stored tags (a JSON list), as the object has them."""
    if "\\u" in tags:  # stored with ASCII escapes; written out as the characters
        tags = json.dumps(json.loads(tags), ensure_ascii=False)
    return f'"kind": {encode_basestring(kind)}, "tags": {tags}, '
