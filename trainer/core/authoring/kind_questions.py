"""Questions that ask a thing's name by its kind: "What is the name of the tanker?", "What
is the supplier called?". The kind must be one thing's noun: a word in "-s" there is a verb
("The result brings Dunmore ..." asked "What is the name of the result brings?") or a
plural ("Kilbride, the holders" asked "What is the holders called?"), and an editor deletes
the card."""

from __future__ import annotations

import re

# Singular nouns that end in "s" ("the series", "the campus", "the census").
_SINGULAR_IN_S = frozenset({"series", "news", "species", "means", "census", "chassis"})
_ASKED_BY_KIND = re.compile(
    r"^What\s+is\s+the\s+name\s+of\s+the\s+(?P<kind>[\w’'-]+(?:\s+[\w’'-]+)*)\?$"
    r"|^What\s+is\s+the\s+(?P<called>[\w’'-]+(?:\s+[\w’'-]+)*)\s+called\?$"
)


def ends_like_verb_or_plural(word: str) -> bool:
    """Whether ``word`` ends in an "-s" that makes it a verb or a plural, not a noun of
    one thing ("brings", "holders"; not "bus", "press", "series", "analysis")."""
    lowered = word.casefold()
    return (
        lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "is", "ics"))
        and lowered not in _SINGULAR_IN_S
        and len(lowered) > 3
    )


def asks_a_kind_no_thing_has(prompt: str) -> bool:
    """True when ``prompt`` asks a name by a kind ending like a verb or a plural."""
    match = _ASKED_BY_KIND.match(prompt)
    if match is None:
        return False
    kind = match["kind"] or match["called"]
    # "the maker of pumps and valves": the head noun stands before its "of".
    head = re.split(r"\s+(?:of|for|in|with|from|on|at|to|and|or)\s+", kind)[0]
    return ends_like_verb_or_plural(head.split()[-1])
