"""A count told as a part of a whole: "Sixty-one of the 87 cases", "38 of its 412 stores",
"12 of 24 districts", "Almost all of the cases (83 of 87)".

The part is the fact ("How many of the 87 cases are in children?"); the whole is said to
set it in scale and is most often counted earlier in the story, so it is shown in the
part's question and asked on its own nowhere.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL

_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_WORDS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
    r"six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred"
)
_PART = rf"(?:{_DIGITS}|{_WORDS})"
# What comes before a whole: the part, "of" and the whole's determiner, if any.
_BEFORE_A_WHOLE = re.compile(
    rf"(?<![\w$€£¥.,/-])(?i:{_PART})\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our)\s+)?"
    # "Fifteen of the Senate's 30 seats": the whole's owner may stand before it.
    rf"(?:(?:[{CAPITAL}][\w-]*\s+){{0,2}}[{CAPITAL}][\w-]*[’']s\s+)?$"
)
# "Almost all of the cases (83 of 87) were ...": a share in words, made exact in brackets.
_BRACKETED = re.compile(
    r"(?P<share>\b(?:(?:[Aa]lmost|[Nn]early|[Jj]ust\s+over|[Jj]ust\s+under|[Mm]ore\s+than)\s+)?"
    r"(?:[Aa]ll|[Mm]ost|[Hh]alf|[Tt]he\s+majority|[Aa]\s+majority|[Aa]\s+third|[Aa]\s+quarter|"
    r"[Tt]wo[- ]thirds|[Tt]hree[- ]quarters)\s+of\s+)"
    rf"(?P<det>the|its|their)\s+(?P<noun>[{SMALL}][\w-]*s)\s+"
    rf"\((?P<part>{_DIGITS})\s+(?:out\s+)?of\s+(?P<whole>{_DIGITS})\)"
)


def is_whole_of_a_part(sentence: str, at: int) -> bool:
    """Whether the number at ``at`` is the whole a part before it is of ("87" in "61 of the
    87 cases")."""
    return _BEFORE_A_WHOLE.search(sentence, 0, at) is not None


def bracketed_parts(sentence: str) -> list[tuple[str, tuple[int, int], str, int]]:
    """Each "<share> of the <things> (<part> of <whole>)" in ``sentence``: the part, where
    its words are in ``sentence``, and the sentence as a question asking it ("how many of
    the 87 cases were ...") with where its "how many" starts."""
    found = []
    for match in _BRACKETED.finditer(sentence):
        asked = f"how many of the {match.group('whole')} {match.group('noun')}"
        shown = sentence[: match.start()] + asked + sentence[match.end() :]
        found.append((match.group("part"), match.span(), shown, match.start()))
    return found
