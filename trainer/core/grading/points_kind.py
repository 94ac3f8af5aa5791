"""Grading a text card by its ``points``: an answer in the analyst's own words.

The rule (docs/deck-format.md, "text with points"; docs/grading.md explains it to authors):
an ``accept`` or ``reject`` entry matched as a whole decides first. Otherwise each point is
present when one of its forms is: each word of the form found in the response with the same
stem or lemma, or as a typo that is not itself a known English word, a phrase's words side
by side (small words between them skipped). Small words are never required, nor words the
prompt already holds. At least ``need`` points present: correct (close when a typo was
needed). With three or more points, one missing and nothing else claimed: close. A point
denied ("not", "never", "without" before it), a ``reject`` entry held, or a number that
contradicts one of the answer's: wrong.

``mark_points`` gives the point-by-point result that the grade, ``trainer try`` and both
front ends' feedback are all made from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product
from typing import Literal

from trainer.core.deck import Card
from trainer.core.grading.point_words import (
    CLAUSE_TURNS,
    NEGATION_HEDGES,
    NEGATORS,
    has_digits,
    is_known_word,
    is_small,
    lemma,
    related_word,
    same_word,
    stem,
    words_of,
    words_of_cached,
)
from trainer.core.grading.result import Grade, close, correct, wrong
from trainer.core.grading.typos import edit_distance, typo_budget

TYPO_PENALTY = 0.15
# How far back a denial reaches: past small words, and at most this many other words
# ("not directly involved in the attack" denies "attack").
NEGATION_REACH = 2

PointStatus = Literal["found", "given", "missing", "denied"]


@dataclass(frozen=True, slots=True)
class _Form:
    written: str
    words: tuple[str, ...]
    # Every word is in the prompt: the question already says it.
    given: bool
    # Made only of small words ("both"), or ending in one ("take down", "wipe out"): looked
    # for word for word among all the response's words, the small ones included.
    small: bool


@dataclass(frozen=True, slots=True)
class _Point:
    label: str
    forms: tuple[_Form, ...]


@dataclass(frozen=True, slots=True)
class _Scheme:
    """A card's points, compiled once: what a response is compared with."""

    points: tuple[_Point, ...]
    need: int
    # The answer and accept entries as their words without small ones: matched as a whole.
    wholes: frozenset[tuple[str, ...]]
    rejects: tuple[tuple[str, tuple[str, ...]], ...]
    # Words a response may use without claiming anything new: the answer's, the prompt's
    # and the accept entries', then each point's forms' (which count only when the point is
    # present: "escalating" is not explained by a missing "de-escalate").
    known: tuple[str, ...]
    known_keys: frozenset[str]
    point_words: tuple[tuple[str, ...], ...]
    point_keys: tuple[frozenset[str], ...]
    # Negators the prompt holds ("Without what ...?"): a response that repeats one denies
    # nothing.
    prompt_negators: frozenset[str]
    # Each number of the answer with the words beside it ("22" beside "april").
    numbers: tuple[tuple[str, frozenset[str]], ...]
    prompt_numbers: frozenset[str]


@dataclass(frozen=True, slots=True)
class PointMark:
    """How one point fared in a response."""

    label: str
    status: PointStatus
    # The response's words that hold the point ("destroying", "launch pads").
    found_as: str = ""
    # The form those words match, as the author wrote it.
    form: str = ""
    typo: bool = False


@dataclass(frozen=True, slots=True)
class PointsResult:
    """A response read point by point: the grade and everything the feedback shows."""

    grade: Grade
    marks: tuple[PointMark, ...]
    need: int
    # Words the response adds that nothing in the card explains ("increase", "Russia").
    unexplained: tuple[str, ...] = ()
    # How a whole accept or reject entry, a held reject or a number decided, if one did.
    decided_by: str = ""

    @property
    def present(self) -> int:
        return sum(mark.status in ("found", "given") for mark in self.marks)


def grade_points(card: Card, response: str) -> Grade:
    """Grade a text card that has points."""
    return mark_points(card, response).grade


def mark_points(card: Card, response: str, *, points_only: bool = False) -> PointsResult:
    """Read ``response`` against each of the card's points, and grade it.

    ``points_only`` skips the whole ``accept`` and ``reject`` entries, so that a check can
    ask whether the card's own answer holds its points.
    """
    scheme = _scheme(card.points, card.need, card.prompt, card.answers, card.accept, card.reject)
    words = words_of(response)
    content = tuple(word for word in words if not is_small(word))
    if not content:
        return _result(wrong("no answer"), scheme, ())
    reading = _Reading(words, scheme.prompt_negators)
    # The marks are read even when a whole entry decides, for the feedback to show.
    marks = reading.mark_all(scheme.points)
    if content in scheme.wholes and not points_only:
        return _result(correct("exact"), scheme, marks, decided_by="the answer as written")
    for written, reject in () if points_only else scheme.rejects:
        if _holds_phrase(content, reject):
            return _result(
                wrong(f"holds '{written}', which is a wrong answer"),
                scheme,
                marks,
                decided_by=f"the wrong answer '{written}'",
            )
    number = _contradicted_number(words, scheme)
    unexplained = reading.unexplained(scheme, marks)
    present = sum(mark.status in ("found", "given") for mark in marks)
    share = present / len(marks)
    denied = [mark for mark in marks if mark.status == "denied"]
    if number is not None:
        return _result(wrong(number, share), scheme, marks, unexplained, decided_by=number)
    if denied:
        grade = wrong(f"denied: {denied[0].found_as}", share)
    elif present >= scheme.need:
        typos = [mark for mark in marks if mark.typo and mark.status == "found"]
        grade = (
            close(1.0 - TYPO_PENALTY * len(typos), _typo_detail(typos))
            if typos
            else correct(_count_detail(present, len(marks), scheme.need))
        )
    elif len(marks) >= 3 and present == len(marks) - 1 and not unexplained:
        missing = [mark.label for mark in marks if mark.status == "missing"]
        grade = close(share, f"missing a detail: {', '.join(missing)}")
    else:
        grade = wrong(_miss_detail(marks, unexplained, scheme.need), share)
    return _result(grade, scheme, marks, unexplained)


def _result(
    grade: Grade,
    scheme: _Scheme,
    marks: tuple[PointMark, ...],
    unexplained: tuple[str, ...] = (),
    decided_by: str = "",
) -> PointsResult:
    return PointsResult(grade, marks, scheme.need, unexplained, decided_by)


def _count_detail(present: int, total: int, need: int) -> str:
    if present == total:
        return "all points" if total > 1 else "the point"
    return f"{present} of {total} points (needs {need})"


def _typo_detail(typos: list[PointMark]) -> str:
    return "typo: " + "; ".join(f"{mark.found_as} for {mark.form}" for mark in typos)


def _miss_detail(marks: tuple[PointMark, ...], unexplained: tuple[str, ...], need: int) -> str:
    present = sum(mark.status in ("found", "given") for mark in marks)
    missing = [mark.label for mark in marks if mark.status == "missing"]
    detail = f"{present} of {len(marks)} points"
    if need < len(marks):
        detail += f" (needs {need})"
    if missing:
        detail += f"; missing: {', '.join(missing)}"
    if unexplained:
        detail += f"; not in the answer: {' '.join(unexplained)}"
    return detail


# -- compiling a card ---------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _scheme(
    points: tuple[tuple[str, ...], ...],
    need: int | None,
    prompt: str,
    answers: tuple[str, ...],
    accept: tuple[str, ...],
    reject: tuple[str, ...],
) -> _Scheme:
    prompt_words = tuple(word for word in words_of_cached(prompt) if not is_small(word))
    compiled = tuple(
        _Point(forms[0], tuple(_compile_form(form, prompt_words) for form in forms))
        for forms in points
    )
    wholes = frozenset(_content(text) for text in (*answers, *accept))
    rejects = tuple((text, _content(text)) for text in reject if _content(text))
    known = _content_words((*answers, *accept, prompt))
    point_words = tuple(_content_words(forms) for forms in points)
    answer_words = tuple(word for text in answers for word in words_of_cached(text))
    return _Scheme(
        points=compiled,
        need=need or len(compiled),
        wholes=wholes,
        rejects=rejects,
        known=known,
        known_keys=frozenset(key for word in known for key in _keys(word)),
        point_words=point_words,
        point_keys=tuple(
            frozenset(key for word in words for key in _keys(word)) for words in point_words
        ),
        prompt_negators=frozenset(word for word in prompt_words if word in NEGATORS),
        numbers=_numbers_beside_words(answer_words),
        prompt_numbers=frozenset(word for word in prompt_words if has_digits(word)),
    )


def _content_words(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        sorted({word for text in texts for word in words_of_cached(text) if not is_small(word)})
    )


def _content(text: str) -> tuple[str, ...]:
    return tuple(word for word in words_of_cached(text) if not is_small(word))


def _compile_form(written: str, prompt_words: tuple[str, ...]) -> _Form:
    words = words_of_cached(written)
    content = tuple(word for word in words if not is_small(word))
    if not content or (len(words) > 1 and is_small(words[-1])):
        # A phrasal verb's particle is what the author means: "take down" is not "take".
        return _Form(written, words, given=False, small=True)
    required = tuple(
        word for word in content if not any(same_word(word, asked) for asked in prompt_words)
    )
    return _Form(written, required, given=not required, small=False)


def _keys(word: str) -> tuple[str, ...]:
    """What makes two words the same word: the word, its stem, its lemma and the lemma's stem."""
    if has_digits(word):
        return (word,)
    return (word, "s:" + stem(word), "l:" + lemma(word), "s:" + stem(lemma(word)))


def _numbers_beside_words(words: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(
        (word, _neighbours(words, index)) for index, word in enumerate(words) if has_digits(word)
    )


def _neighbours(words: tuple[str, ...], index: int) -> frozenset[str]:
    """The words just before and after a number, small words skipped ("22 April")."""
    beside: set[str] = set()
    for step in (-1, 1):
        position = index + step
        while 0 <= position < len(words) and is_small(words[position]):
            position += step
        if 0 <= position < len(words) and not has_digits(words[position]):
            beside.add(words[position])
    return frozenset(beside)


def _contradicted_number(words: tuple[str, ...], scheme: _Scheme) -> str | None:
    """ "number 23 ≠ 22" when the response puts another number where the answer has one
    ("23 April" for "22 April"); numbers it merely adds are ignored."""
    if not scheme.numbers:
        return None
    answer_numbers = {number for number, _ in scheme.numbers}
    for index, word in enumerate(words):
        if not has_digits(word) or word in answer_numbers or word in scheme.prompt_numbers:
            continue
        beside = _neighbours(words, index)
        for number, answer_beside in scheme.numbers:
            if beside & answer_beside:
                return f"number {word} ≠ {number}"
    return None


def _holds_phrase(content: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """True when the words of ``phrase`` stand side by side in ``content``, in any order."""
    size = len(phrase)
    for start in range(len(content) - size + 1):
        window = list(content[start : start + size])
        if all(_take(window, word) for word in phrase):
            return True
    return False


def _take(window: list[str], wanted: str) -> bool:
    for index, given in enumerate(window):
        if same_word(given, wanted):
            del window[index]
            return True
    return False


# -- reading a response ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Match:
    positions: tuple[int, ...]
    typo: bool
    form: _Form


class _Reading:
    """One response's words, indexed once, with what each point matched in them."""

    def __init__(self, words: tuple[str, ...], echoed: frozenset[str] = frozenset()) -> None:
        self.words = words
        self.echoed = echoed
        # Positions of the words that are not small: phrases are matched over these.
        self.content = tuple(index for index, word in enumerate(words) if not is_small(word))
        self.rank = {position: rank for rank, position in enumerate(self.content)}
        self.by_key: dict[str, list[int]] = {}
        for position, word in enumerate(words):
            for key in _offered_keys(word):
                self.by_key.setdefault(key, []).append(position)
        # Only a word that is no English word can be a typo: the few worth comparing.
        self.unknown = tuple(position for position in self.content if _may_be_typo(words[position]))
        # Neighbouring words closed up, for a form written as one word ("counterterrorism").
        self.pairs = tuple(
            (first, second, words[first] + words[second])
            for first, second in zip(self.content, self.content[1:], strict=False)
            if second == first + 1
        )
        self.used: set[int] = set()
        self._hits: dict[str, dict[int, bool]] = {}

    def mark_all(self, points: tuple[_Point, ...]) -> tuple[PointMark, ...]:
        # Every point's words are found first: a "no" that is itself a point's word ("no
        # crisis mechanism") denies nothing.
        found = [
            [match for form in point.forms for match in self._matches(form)] for point in points
        ]
        for matches in found:
            for match in matches:
                self.used.update(match.positions)
        return tuple(
            self._mark(point, matches) for point, matches in zip(points, found, strict=True)
        )

    def _mark(self, point: _Point, matches: list[_Match]) -> PointMark:
        if any(form.given for form in point.forms) and not matches:
            return PointMark(point.label, "given", form=point.label)
        if not matches:
            return PointMark(point.label, "missing")
        standing = [match for match in matches if not self._denied(match)]
        if not standing:
            return PointMark(
                point.label, "denied", found_as=self._text(matches[0]), form=matches[0].form.written
            )
        best = min(standing, key=lambda match: (match.typo, -len(match.positions)))
        return PointMark(
            point.label, "found", found_as=self._text(best), form=best.form.written, typo=best.typo
        )

    def _text(self, match: _Match) -> str:
        first, last = min(match.positions), max(match.positions)
        return " ".join(self.words[first : last + 1])

    def _hits_of(self, wanted: str) -> dict[int, bool]:
        """Where ``wanted`` is in the response: position -> True when only as a typo."""
        hits = self._hits.get(wanted)
        if hits is None:
            hits = {}
            for key in _wanted_keys(wanted):
                for position in self.by_key.get(key, ()):
                    given = self.words[position]
                    if given != wanted and (given in NEGATORS or wanted in NEGATORS):
                        continue
                    # "independant": the stem forgives the misspelling, the marker does not.
                    hits[position] = given != wanted and _misspelt_inflection(given, wanted)
            for position in self.unknown:
                if position not in hits and _is_typo(self.words[position], wanted):
                    hits[position] = True
            self._hits[wanted] = hits
        return hits

    def _matches(self, form: _Form) -> list[_Match]:
        if form.given or not form.words:
            return []
        rank = None if form.small else self.rank
        candidates: list[list[tuple[int, bool]]] = []
        for wanted in form.words:
            hits = self._hits_of(wanted)
            if form.small and is_small(wanted):
                options = [(position, False) for position in hits if self.words[position] == wanted]
            else:
                options = [
                    (position, typo)
                    for position, typo in hits.items()
                    if rank is None or position in rank
                ]
            if not options:
                return self._joined(form) if len(form.words) == 1 else []
            candidates.append(options)
        if len(candidates) == 1:
            found = [_Match((position,), typo, form) for position, typo in candidates[0]]
            return found + self._joined(form)
        return self._phrases(form, candidates, rank)

    def _phrases(
        self, form: _Form, candidates: list[list[tuple[int, bool]]], rank: dict[int, int] | None
    ) -> list[_Match]:
        """Each way the form's words stand side by side (small words between them skipped),
        in any order: "Kashmir occupied by Pakistan" holds "Pakistan-occupied Kashmir"."""
        size = len(candidates)
        found: list[_Match] = []
        for combination in islice(product(*candidates), _MAX_COMBINATIONS):
            positions = [position for position, _ in combination]
            places = positions if rank is None else [rank[position] for position in positions]
            if len(set(places)) == size and max(places) - min(places) == size - 1:
                found.append(_Match(tuple(positions), any(typo for _, typo in combination), form))
        return found

    def _joined(self, form: _Form) -> list[_Match]:
        """ "counter terrorism" typed for "counterterrorism": two words closed up."""
        wanted = form.words[0]
        return [
            _Match((first, second), False, form)
            for first, second, joined in self.pairs
            if wanted.startswith(self.words[first]) and same_word(joined, wanted)
        ]

    def _denied(self, match: _Match) -> bool:
        """True when a "not", "never", "without", ... shortly before the match denies it."""
        position = min(match.positions) - 1
        others = 0
        while position >= 0 and others <= NEGATION_REACH:
            word = self.words[position]
            if word in CLAUSE_TURNS:
                return False
            if word in NEGATORS and position not in self.used and word not in self.echoed:
                after = self.words[position + 1] if position + 1 < len(self.words) else ""
                return after not in NEGATION_HEDGES
            if not is_small(word):
                others += 1
            position -= 1
        return False

    def unexplained(self, scheme: _Scheme, marks: tuple[PointMark, ...]) -> tuple[str, ...]:
        """The response's words that claim something the card does not hold."""
        present = [index for index, mark in enumerate(marks) if mark.status in ("found", "given")]
        keys = scheme.known_keys.union(*(scheme.point_keys[index] for index in present))
        known: tuple[str, ...] | None = None
        extra: list[str] = []
        for position in self.content:
            word = self.words[position]
            if position in self.used or word in NEGATORS or has_digits(word):
                continue
            if not keys.isdisjoint(_keys(word)):
                continue
            if known is None:
                known = scheme.known + tuple(
                    word for index in present for word in scheme.point_words[index]
                )
            if any(related_word(word, other) or _is_typo(word, other) for other in known):
                continue
            extra.append(word)
        return tuple(extra)


# A phrase of a few words is found among a few places; this bounds a pathological response.
_MAX_COMBINATIONS = 256


@lru_cache(maxsize=65536)
def _offered_keys(word: str) -> tuple[str, ...]:
    """What a response word can be found by: itself, its stem, its lemma."""
    if has_digits(word):
        return ("=" + word,)
    return ("=" + word, "s:" + stem(word), "l:" + lemma(word))


@lru_cache(maxsize=65536)
def _wanted_keys(word: str) -> tuple[str, ...]:
    """What finds a form's word: the same word, stem or lemma ("struck" for "strike")."""
    if has_digits(word):
        return ("=" + word,)
    return ("=" + word, "s:" + stem(word), "l:" + word, "l:" + lemma(word))


@lru_cache(maxsize=65536)
def _may_be_typo(word: str) -> bool:
    return not (is_small(word) or word in NEGATORS or has_digits(word) or is_known_word(word))


@lru_cache(maxsize=65536)
def _misspelt_inflection(given: str, wanted: str) -> bool:
    """True when ``given`` shares the stem of a known word but is not a word itself, and is
    no plain inflection of it either (a proper noun's "Pahalgam's" is unknown but right)."""
    if given.startswith(wanted) or not is_known_word(wanted):
        return False
    return not is_known_word(given)


@lru_cache(maxsize=65536)
def _is_typo(given: str, wanted: str) -> bool:
    """True when ``given`` is ``wanted`` misspelt within its budget, and not another word."""
    if has_digits(given) or has_digits(wanted) or is_small(given):
        return False
    budget = typo_budget(wanted, abbreviation=False)
    if not budget or edit_distance(given, wanted, budget) > budget:
        return False
    return not is_known_word(given)
