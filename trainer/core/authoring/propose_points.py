"""Points proposed for a drafted reason, aim or claim card, from the evidence's own words.

Each content word of the answer (as the article words it) becomes a point of one form, for
the author to extend with the words an analyst might use instead ("dismantle" -> destroy,
take down). Small words and the prompt's own words are left out, as grading never requires
them; a number keeps the word beside it ("22 April"), a name stays whole ("Pakistan-occupied
Kashmir"), and a word that a longer candidate holds is that candidate's other form
([Pakistan, Pakistan-occupied Kashmir]), so no point holds another. The grader already
matches other inflections by stem and lemma, so only other words need adding.
"""

from __future__ import annotations

import re

from trainer.core.calendar_words import MONTH_NAMES
from trainer.core.grading.point_words import (
    NEGATORS,
    is_known_word,
    is_small,
    same_word,
    words_of,
)

MAX_POINTS = 4
_MONTHS = frozenset(name.casefold() for name in MONTH_NAMES)
_TOKEN = re.compile(r"[^\W_][\w’'-]*[^\W_]|[^\W_]")
_POSSESSIVE = re.compile(r"[’']s$")


def propose_points(answer: str, prompt: str = "") -> list[list[str]]:
    """The points an author starts from for ``answer``: at most four, each a list of one
    word or phrase copied from the answer, the most specific words kept first."""
    asked = [word for word in words_of(prompt) if not is_small(word)]
    candidates: list[str] = []
    previous = denial = ""
    for token in _tokens(answer):
        if token.casefold() in NEGATORS:
            # "without outside involvement": the denial is part of the point it denies.
            denial = f"{denial} {token}".strip()
            continue
        words = [word for word in words_of(token) if not is_small(word)]
        if not words or all(any(same_word(word, other) for other in asked) for word in words):
            previous = ""
            continue
        if denial:
            candidates.append(f"{denial} {token}")
            denial = ""
        elif candidates and previous and (_counts(previous, token) or _names(previous, token)):
            # "22 April", "Pakistan-occupied Kashmir": one point, not two.
            candidates[-1] = f"{candidates[-1]} {token}"
        else:
            candidates.append(token)
        previous = token
    points: list[list[str]] = []
    for candidate in candidates:
        home = next((point for point in points if _overlap(point, candidate)), None)
        if home is None:
            points.append([candidate])
        elif candidate not in home:
            home.append(candidate)
    if len(points) > MAX_POINTS:
        ranked = sorted(
            range(len(points)), key=lambda index: _specificity(points[index][0]), reverse=True
        )
        points = [points[index] for index in sorted(ranked[:MAX_POINTS])]
    return points


def _counts(previous: str, token: str) -> bool:
    return previous[-1:].isdigit() and not token[:1].isdigit()


def _names(previous: str, token: str) -> bool:
    return (
        previous[:1].isupper()
        and token[:1].isupper()
        and previous.casefold() not in _MONTHS
        and token.casefold() not in _MONTHS
    )


def _overlap(point: list[str], candidate: str) -> bool:
    """True when one of them holds all the other's words: the same idea, said shorter."""
    mine = {word for word in words_of(candidate) if not is_small(word)}
    for form in point:
        theirs = {word for word in words_of(form) if not is_small(word)}
        if mine <= theirs or theirs <= mine:
            return True
    return False


def _tokens(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", token) for token in _TOKEN.findall(text)]


def _specificity(token: str) -> tuple[bool, bool, int]:
    """Names and numbers first (no dictionary word), then longer words."""
    first = token.split()[0]
    return (any(char.isdigit() for char in token), not is_known_word(first.casefold()), len(token))
