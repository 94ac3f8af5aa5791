"""Common English verbs whose past tense ends in no "-ed" ("won", "struck", "withdrew"): the
one list the finders read a clause's verb by, so "Orrin Ports bought ..." has a verb
wherever a verb is looked for."""

from __future__ import annotations

IRREGULAR_PAST = frozenset(
    {"beat", "became", "began", "bought", "broke", "brought", "built", "came", "caught",
     "chose", "cut", "drew", "drove", "fell", "flew", "found", "gave", "got", "grew", "held",
     "fought", "froze", "heard", "hit", "kept", "led", "left", "let", "lost", "made", "met",
     "overtook", "paid", "put", "ran", "rose", "said", "sank", "sat", "saw", "sent", "set",
     "shut", "sold", "sought", "spent", "split", "spoke", "spread", "stood", "struck",
     "swore", "threw", "told", "took", "undertook", "upheld", "went", "withdrew", "won",
     "wrote"}
)  # fmt: skip
# As a regular expression's alternatives, the longest first.
IRREGULAR_PAST_PATTERN = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
