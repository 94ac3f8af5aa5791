"""Known wrong answers: reject entries and the answers of the deck's other cards.

A response that is, or is a typo of, one of these is never accepted as a typo of the right
answer. The deck's answers are normalised once per deck (the frozenset is shared by all its
cards) and indexed by length, so a grade costs a set lookup, plus a scan of same-length
answers only when the response is already a near miss.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from trainer.core.grading.normalize import normalize_cached
from trainer.core.grading.typos import digit_runs


@dataclass(frozen=True, slots=True)
class KnownTexts:
    """Normalised texts (mapped to how they were written), indexed by length."""

    texts: Mapping[str, str]
    by_length: Mapping[int, tuple[str, ...]]
    keys: frozenset[str]

    def near(self, response: str, limit: int, exclude: frozenset[str]) -> tuple[str, int] | None:
        """The nearest text within ``limit`` edits of ``response`` with the same digits.

        Texts in ``exclude`` (the card's own forms) are skipped. Only texts whose length is
        within ``limit`` of the response's can be that near, so only those are compared.
        """
        best: tuple[str, int] | None = None
        size = len(response)
        digits = digit_runs(response)
        for length in range(max(0, size - limit), size + limit + 1):
            group = self.by_length.get(length)
            if not group:
                continue
            hits = process.extract(
                response, group, scorer=OSA.distance, score_cutoff=limit, limit=None
            )
            for text, distance, _ in hits:
                if text in exclude or digit_runs(text) != digits:
                    continue
                if best is None or distance < best[1]:
                    best = (text, distance)
                break
        return best


def index_texts(texts: Mapping[str, str]) -> KnownTexts:
    """A KnownTexts over normalised text -> written text."""
    by_length: defaultdict[int, list[str]] = defaultdict(list)
    for text in texts:
        by_length[len(text)].append(text)
    return KnownTexts(
        dict(texts),
        {length: tuple(group) for length, group in by_length.items()},
        frozenset(texts),
    )


@lru_cache(maxsize=64)
def deck_texts(deck_answers: frozenset[str]) -> KnownTexts:
    """Every answer of a deck, normalised once for all its cards."""
    normalised: dict[str, str] = {}
    for answer in deck_answers:
        text = normalize_cached(answer) if len(answer) < 2000 else ""
        if text:
            normalised.setdefault(text, answer)
    return index_texts(normalised)


EMPTY = index_texts({})


@dataclass(frozen=True, slots=True)
class Rivals:
    """What a response to one card must not be: its own rejects, then other cards' answers."""

    rejects: KnownTexts
    deck: KnownTexts
    # The card's own normalised forms: another card may share an answer with this one.
    own: frozenset[str]
    # How a reject is named when the response is it ("{}" is the reject as written).
    reject_is: str = "rejected: {}"
    reject_near: str = "looks like {}, which is rejected"

    def exact(self, response: str) -> str | None:
        """Why ``response`` is a known wrong answer, or None."""
        if response in self.own:
            return None
        written = self.rejects.texts.get(response)
        if written is not None:
            return self.reject_is.format(written)
        written = self.deck.texts.get(response)
        if written is not None:
            return f"that is the answer to another card ({written})"
        return None

    def nearer(self, response: str, distance: int) -> str | None:
        """Why ``response``, ``distance`` edits from a right form, is as near a wrong one."""
        hit = self.rejects.near(response, distance, self.own)
        if hit is not None:
            return self.reject_near.format(self.rejects.texts[hit[0]])
        hit = self.deck.near(response, distance, self.own)
        if hit is not None:
            return f"looks like {self.deck.texts[hit[0]]}, another card's answer"
        return None


def card_rivals(
    rejects: tuple[str, ...], deck_answers: frozenset[str], own: frozenset[str]
) -> Rivals:
    """The Rivals of a card, built from its reject entries and its deck's answers."""
    return Rivals(_reject_texts(rejects), deck_texts(deck_answers), own)


@lru_cache(maxsize=16384)
def _reject_texts(rejects: tuple[str, ...]) -> KnownTexts:
    if not rejects:
        return EMPTY
    return index_texts({text: entry for entry in rejects if (text := normalize_cached(entry))})
