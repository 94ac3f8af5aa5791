"""A question left as a noun and its aside given the verb the aside describes: "The
tanker, carrying about how many tonnes of diesel?" asks "The tanker was carrying about how
many tonnes of diesel?".

Cutting a long sentence to the phrase that holds the question can keep its subject and
the aside set off by commas ("The Qosh Tepa canal ..., roughly 285 kilometres long, is
designed ...") but lose the verb after them. The aside says something of the subject, so
"is" (or "was", in a sentence told in the past) joins them into a question an editor would
keep. An aside opening on a preposition or on "including", "following" is no description
of the subject and is left, as is any prompt that has a verb of its own.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.verb_forms import IRREGULAR_PAST_PATTERN

# "The tanker, carrying ...", "A new hub, due to open ...", "The canal ..., roughly how many
# kilometres long": a noun phrase, a comma and an aside with the question in it.
_FRAGMENT = re.compile(
    r"^(?P<subject>(?:The|A|An)\s+[^,?]{1,60}?),\s+"
    r"(?P<aside>(?:(?!(?:including|excluding|following|according|during|concerning|"
    rf"regarding|notwithstanding)\b)[{SMALL}]+ing|roughly|about|around|nearly|almost|some|due)\b"
    r"[^,?]*)\?$"
)
# A verb of the prompt's own: then it is no fragment.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|"
    rf"does|do|[{SMALL}]{{3,}}ed)\b"
)
_IRREGULAR_PAST = IRREGULAR_PAST_PATTERN
_PAST = re.compile(rf"\b(?:was|were|had|did|[{SMALL}]{{3,}}ed|" + _IRREGULAR_PAST + r")\b")
_PRESENT = re.compile(r"\b(?:is|are|has|have|will|would|can|could|may|does|do)\b")


def with_own_verb(prompt: str, evidence: str) -> str:
    """``prompt`` with "is"/"was" between its subject and the aside holding its question,
    when it has no verb of its own; ``prompt`` itself otherwise."""
    found = _FRAGMENT.match(prompt)
    if found is None or _FINITE.search(found["subject"]) or _FINITE.search(found["aside"]):
        return prompt
    if not _aside_in_commas(found["subject"], found["aside"], evidence):
        return prompt
    # The head noun stands before the subject's own phrase ("The pipeline from the fields").
    head = re.split(
        r"\s(?:of|from|in|at|on|for|to|with|near|by|under|between)\s", found["subject"]
    )[0].split()[-1]
    plural = head.endswith("s") and not head.endswith("ss")
    past = _told_in_the_past(found["subject"], evidence)
    verb = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"{found['subject']} {verb} {found['aside']}?"


def _aside_in_commas(subject: str, aside: str, evidence: str) -> bool:
    """Whether the evidence sets the aside off in commas after the subject's noun and goes on
    to the subject's verb ("tanker ..., carrying ... diesel, was struck"): then the aside
    describes the subject. ("raises the rate by 4%, adding about $118 a year" ends on its
    aside: it tells what the verb did.)"""
    evidence = re.sub(r"(?<=\d),(?=\d{3})", "", evidence)  # "48,000" is one number
    noun = re.escape(subject.split()[-1])
    opening = re.escape(aside.split()[0])
    return (
        re.search(
            noun + r"\b[^,]{0,60},\s+" + opening + rf"\b[^,]*,\s+(?:[{SMALL}]+ly\s+)?"
            r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
            rf"[{SMALL}]{{3,}}(?:ed|s)|" + _IRREGULAR_PAST + r")\b",
            evidence,
        )
        is not None
    )


def _told_in_the_past(subject: str, evidence: str) -> bool:
    """Whether the evidence's first verb after the subject's noun is in the past."""
    at = evidence.find(subject.split()[-1])
    rest = evidence[at:] if at >= 0 else evidence
    past, present = _PAST.search(rest), _PRESENT.search(rest)
    if past is None:
        return False
    return present is None or past.start() < present.start()
