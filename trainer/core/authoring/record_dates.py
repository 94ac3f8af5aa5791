"""The date a record goes back to, asked as the record: "This is the lowest annual rate since
March 2026" asks "When was the annual rate last this low?" (answer March 2026), not "This
is the lowest annual rate since what month?", whose "This" names nothing once out of its
paragraph, nor with "It" read as the subject of the sentence before ("The bank was the
worst month for the index since what month?").
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

_PLAIN = {
    "lowest": "low", "highest": "high", "largest": "large", "biggest": "big",
    "smallest": "small", "worst": "bad", "best": "good", "strongest": "strong",
    "weakest": "weak", "fastest": "fast", "slowest": "slow", "sharpest": "sharp",
    "steepest": "steep", "warmest": "warm", "coldest": "cold", "wettest": "wet",
    "driest": "dry", "busiest": "busy", "longest": "long", "shortest": "short",
    "deepest": "deep", "cheapest": "cheap", "weakest-ever": "weak",
}  # fmt: skip
# "It is the highest rate for food since February 2024": a pronoun, a superlative and the
# thing it ranks, then the date it goes back to.
_RECORD = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\band\s))(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?P<verb>is|was)\s+"
    rf"(?:now\s+)?the\s+(?P<superlative>{'|'.join(_PLAIN)})\s+"
    rf"(?P<noun>(?:(?!since\b)[{SMALL}][\w-]*\s+){{1,4}}?)since\s+(?P<date>[^,;.]+?\d{{4}})\b"
)
_ASKED_SINCE = re.compile(r"\bsince\s+(?:what|which)\s+(?:month|year|date)\b")


def asked_as_record(prompt: str, evidence: str, kind: str) -> str | None:
    """``prompt`` asked as the record its sentence states, when it asks the date a record
    goes back to; None when it does not."""
    if kind not in ("date", "text") or _ASKED_SINCE.search(prompt) is None:
        return None
    match = _RECORD.search(evidence)
    if match is None:
        # "Vacancies fell to 4.2%, the lowest since 2019": a record set off after a figure.
        from trainer.core.authoring.find_trends import record_since_asked

        return record_since_asked(evidence, _PLAIN)
    noun = " ".join(match.group("noun").split())
    if noun in ("level", "time", "one", "point"):
        return None  # "the highest level since ...": no thing named to ask of
    tense = "was" if match.group("verb") == "is" else "had"
    plain = _PLAIN[match.group("superlative")]
    if tense == "was":
        return f"When was the {noun} last this {plain}?"
    return f"When had the {noun} last been this {plain}?"
