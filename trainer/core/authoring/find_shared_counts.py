"""Counts written without their noun because a count just before gave it, as results
stories write them: "the Greens were projected to win 31 seats, while Labour took 27" and
"Independents won the remaining 12" ask "How many seats did Labour take?" and "How many
seats did independents win?"; and a body's size written as an adjective: "the 73-seat
House of Representatives" asks "How many seats does the House of Representatives have?".

A count finder reads past a bare number (no noun follows it); the noun is borrowed only from
a count in the same sentence or the one before it in the paragraph, never guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_NUMBER = (
    r"\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
# A count with its noun, to borrow the noun from: "31 seats", "the 73-seat House".
_COUNTED = re.compile(
    rf"(?<![\w$€£¥.,/-])(?:{_NUMBER})(?:\s+|-)(?P<noun>seats?|votes?|members?|delegates?|"
    r"councillors?|constituencies|wards?|districts?|medals?|points|goals|runs|wickets|"
    r"games|matches|races|titles|states|counties|regions|provinces)\b"
)
# The verbs a share of a count is told with, and how a question asks them.
_BASE = {
    "took": "take",
    "won": "win",
    "got": "get",
    "secured": "secure",
    "gained": "gain",
    "kept": "keep",
    "held": "hold",
    "lost": "lose",
    "received": "receive",
    "claimed": "claim",
    "captured": "capture",
    "picked up": "pick up",
}
_SHARE = re.compile(
    r"(?:^|(?<=,\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\band\s)|(?<=\bbut\s))"
    r"(?:while\s+|whereas\s+)?"
    rf"(?P<subject>(?:[Tt]he\s+)?(?:[{CAPITAL}][\w'’&-]*|[{SMALL}][\w-]*)(?:\s+(?:and\s+)?[\w'’&-]+){{0,4}}?)"
    rf"\s+(?P<verb>{'|'.join(_BASE)})\s+(?:(?P<rest>the\s+(?:remaining|other|last))\s+)?"
    rf"(?P<number>{_NUMBER})(?=\s*[,.;]|\s*$)"
)
# "the 73-seat House of Representatives", "a nine-member committee": a body's size.
_SIZE = re.compile(
    rf"\b(?P<article>[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<number>{_NUMBER})-(?P<unit>seat|member)\s+"
    rf"(?P<body>(?:[{CAPITAL}][\w'’-]*(?:\s+(?:of|for|and)\s+(?:the\s+)?|\s+))*[{CAPITAL}][\w'’-]*"
    rf"|[{SMALL}]+(?:\s+(?:committee|council|board|assembly|parliament|chamber|senate))?)"
)


# "5,812 of the country's 5,890 polling places": a part of a whole, the noun after both.
_PART_OF = re.compile(
    rf"(?<![\w$€£¥.,/-])(?P<number>{_NUMBER})\s+of\s+(?:the|its|their|[{CAPITAL}]?[\w-]+[’']s)\s+"
    rf"(?:[{SMALL}][\w-]*[’']s\s+)?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?P<noun>[{SMALL}][\w-]*(?:\s+[{SMALL}]+s)?)\b"
)


def find_shared_counts(sentence: str, before: str, line: int) -> list[FoundFact]:
    """Each count in ``sentence`` that borrows its noun from a count in it or in
    ``before`` (the sentence before it in the paragraph), and each body's size."""
    found: list[FoundFact] = []
    for match in _SIZE.finditer(sentence):
        unit = f"{match.group('unit')}s"
        body = " ".join(match.group("body").split())
        prompt = f"How many {unit} does the {body} have?"
        # Other prompts hide the size whole: no "the -seat House" left behind.
        written = f"{match.group('number')}-{match.group('unit')}"
        found.append(_fact(sentence, line, match, prompt, written))
    for match in _PART_OF.finditer(sentence):
        # Asked in place: "With ballots from how many of the country's … polling places?"
        found.append(_fact(sentence, line, match, ""))
    for match in _SHARE.finditer(sentence):
        counts = [
            count
            for count in _COUNTED.finditer(sentence, 0, match.start("number"))
            if count.end() <= match.start("number")
        ]
        noun = counts[-1].group("noun") if counts else None
        if noun is None:
            earlier = list(_COUNTED.finditer(before))
            noun = earlier[-1].group("noun") if earlier else None
        if noun is None:
            continue
        noun = noun if noun.endswith("s") else f"{noun}s"
        subject = match.group("subject")
        words = subject.split()
        # "The LRA", "Smaller parties and independents": an article or a common noun opening
        # the sentence is lower case inside the question; a name ("New Zealand First") not.
        if words[0] in ("The", "A", "An") or (len(words) > 1 and words[1][:1].islower()):
            subject = subject[:1].lower() + subject[1:]
        prompt = f"How many {noun} did {subject} {_BASE[match.group('verb')]}?"
        # Other prompts leave the whole clause out ("..., while the NDA took 19"), not the
        # number alone, which would leave "while the NDA took?".
        clause = re.search(r"(?:,\s+|\s+)(?:while|whereas)\s+$", sentence[: match.start()])
        begin = clause.start() if clause else match.start()
        written = sentence[begin : match.end("number")].strip(" ,")
        found.append(_fact(sentence, line, match, prompt, written))
    return found


def _fact(
    sentence: str, line: int, match: re.Match[str], prompt: str, written: str | None = None
) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    number = match.group("number")
    return FoundFact(
        "number",
        "counts",
        number,
        written or number,
        sentence,
        match.start("number"),
        match.end("number"),
        "how many",
        line,
        evidence=sentence,
        prompt=prompt or None,
    )
