"""Words that open a name and say what kind of thing it names: a ship's prefix ("HMS
Albion") or an exercise's or operation's ("Exercise Northern Shield"). Shared by the
finders, so a name is asked once, by the rule that knows its kind."""

from __future__ import annotations

SHIP_PREFIXES = ("HMS", "HMNZS", "HMCS", "HMAS", "USS", "USNS", "RFA", "MV", "RV", "INS", "HNLMS")
OPERATION_WORDS = ("Exercise", "Operation")
NAMES_OF_THEIR_KIND = frozenset({*SHIP_PREFIXES, *OPERATION_WORDS})
