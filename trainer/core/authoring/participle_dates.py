"""A date told in a participle phrase after its noun: "according to the latest survey,
released on 10 November, ..." asks "On what date was the latest survey released?", since
asking in place would keep the whole sentence around a phrase that is only an aside."""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL

# "the latest IPC analysis, released on": the noun phrase (from its article) and the
# participle, the date right after.
_PARTICIPLE_DATE = re.compile(
    r"\b(?P<thing>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+),\s+"
    r"(?P<verb>released|published|issued|announced|signed|adopted|launched|opened|unveiled)"
    r"\s+(?:(?:on|in)\s+)?$"
)


# "The meeting, hosted by the minister at the Palace of the Grand Dukes, opened on": the noun
# ends an aside that a participle opened, so the verb after its comma is the sentence's own.
_ASIDE_OPENING = re.compile(
    r"\s*(?:[a-z]+ed|held|led|run|built|chaired|hosted)\s+(?:by|at|in|on)\b"
)


def participle_date_prompt(sentence: str, start: int) -> str | None:
    """The question for the date starting at ``start`` of ``sentence`` when it is told in a
    participle phrase after its noun, else None."""
    found = _PARTICIPLE_DATE.search(sentence, 0, start)
    if found is None or _ASIDE_OPENING.match(sentence[: found.start()].rsplit(",", 1)[-1]):
        return None
    thing = found.group("thing")
    thing = thing[0].lower() + thing[1:]  # "The report, released ..." opening the sentence
    return f"On what date was {thing} {found.group('verb')}?"


# "Speaking at a meeting of Harlow District Council on Monday night, ...": the date of the
# gathering someone spoke at, asked of the gathering.
_GATHERING_DATE = re.compile(
    r"\b(?:[Ss]peaking|[Ww]riting|[Tt]estifying|[Aa]ppearing)\s+(?:at|before|to)\s+(?:a|an|the)\s+"
    r"(?P<thing>(?:[\w’'-]+\s+){0,2}?(?:meeting|conference|rally|summit|hearing|briefing|"
    r"session|debate|forum|congress|convention)(?:\s+(?:of|in|at)\s+(?:the\s+)?"
    rf"[{CAPITAL}][\w’'-]*(?:\s+[{CAPITAL}][\w’'-]*){{0,4}})?)\s+(?:on\s+)?$"
)


def gathering_date_prompt(sentence: str, start: int) -> str | None:
    """ "On what date was the meeting of Harlow District Council?" for the date starting at
    ``start`` when it times a gathering someone spoke at in an opening participle phrase."""
    found = _GATHERING_DATE.search(sentence, 0, start)
    if found is None:
        return None
    return f"On what date was the {found.group('thing')}?"


def aside_date_prompt(sentence: str, start: int) -> str | None:
    """How to ask a date told in an aside, when asking it in place would not read."""
    return participle_date_prompt(sentence, start) or gathering_date_prompt(sentence, start)
