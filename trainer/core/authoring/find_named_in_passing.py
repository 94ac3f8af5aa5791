"""Names of things an article mentions in passing, on the way to another fact, where the
name itself is worth knowing:

- a scheme or policy named in quotation marks: 'the government was shelving its flagship
  "right to build" housing scheme' asks "Which housing scheme was the government shelving?",
  the answer the quoted words (only where a doer and verb come before: asked in place, the
  question would be the whole sentence);
- a study or trial named by a code in capitals: "The STRIDE-Home trial" asks "What is the
  name of the trial?" (codes all in capitals, "TEMPEST-2", are find_facts' _CODE_NAMED);
- the journal a study is published in: "published today in the Annals of Community
  Medicine" asks "In which journal was the trial published?";
- the institution whose researchers led it: "led by researchers at the University of West
  Yorkshire" asks "Researchers at which university led the trial?";
- the programme or arrangement something comes under: "funded by NIPH under its Healthy
  Ageing Research Programme" asks "... funded by NIPH under which programme?";
- the platform a statement was made on: "Trump announced the deal on Truth Social" asks
  "Trump announced the deal on which platform?";
- makers, advisers, channels, laws and sites named by their part (find_named_parts).

The answer is the name as written, its kind word with it ("University of West Yorkshire").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.questions import ask_in_place

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_PARAGRAPH_NUMBER = re.compile(r"\d+(?:\.\d+)*\s+|[-•*]\s+")
_WORD = rf"(?:[{CAPITAL}][\w'’&-]*)"
# A name: capitalised words and the small words names hold ("Annals of Community Medicine").
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|and|on|in)\s+(?:the\s+)?)?{_WORD})*"
_NAME_ENDS = rf"(?=\s*(?:[,;:.)]|$)|\s+(?:[{SMALL}]|\d))"
# Kinds of policy a quoted name is given to.
_POLICY_KINDS = (
    r"scheme|programme|program|plan|policy|campaign|initiative|project|strategy|bill|law"
    r"|rule|reform|pledge|fund|deal|agreement|package|review|target|guarantee|levy|tax"
)
# 'its flagship "right to build" housing scheme', 'the so-called "Open Skies" policy'.
_QUOTED_NAME = re.compile(
    r"\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+"
    rf"(?P<adjectives>(?:[{SMALL}][\w-]*\s+){{0,2}})[“\"](?P<name>[^“”\"]{{3,40}})[”\"]\s+"
    rf"(?P<kind>(?:[{SMALL}][\w-]*\s+)?(?:{_POLICY_KINDS}))\b"
)
_PROPOSED_BY = re.compile(
    r",?\s+(?:proposed|put\s+forward|tabled|drafted|sponsored|championed|initiated)\s+by\b"
)
# "the government was shelving", "ministers have scrapped": who does what to the named thing.
_DOER = re.compile(
    rf"\b(?P<subject>[Tt]he\s+[{SMALL}][\w-]*"
    rf"(?:\s+[{SMALL}][\w-]*)?|[Mm]inisters|[Oo]fficials|[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})"
    r"\s+(?P<aux>is|are|was|were|has|have|had)"
    rf"\s+(?P<verb>(?:been\s+)?[{SMALL}]+(?:ing|ed))\s+$"
)
# "The STRIDE-Home trial": a code in capitals joined to a word in small letters.
_MIXED_CODE = re.compile(
    rf"\b[Tt]he\s+(?P<name>[{CAPITAL}]{{3,}}[{CAPITAL}0-9]*-(?:[{CAPITAL}][{SMALL}]+|[{SMALL}]+|\d+[{SMALL}]+)"
    rf"(?:-[{CAPITAL}{SMALL}0-9]+)*)\s+(?P<kind>study|trial|programme|program|project|survey|cohort)\b"
)
# "published today in the Annals of Community Medicine", "published in the journal Sleep".
_PUBLISHED_IN = re.compile(
    r"\b(?P<aux>(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+)?published\s+"
    r"(?:(?:today|yesterday|this\s+week|online|on\s+\w+(?:\s+\d{1,2})?)\s+)?in\s+"
    r"(?:the\s+)?(?P<journal>journal\s+)?(?P<name>" + _NAME + r")" + _NAME_ENDS
)
# What a journal's name says it is.
_JOURNAL_WORDS = re.compile(
    r"\b(?:Journal|Annals|Review|Lancet|Proceedings|Bulletin|Medicine|Science|Nature|Letters"
    rf"|Reports|Research|Archives|Transactions|Quarterly)\b|^[{CAPITAL}]{{2,6}}$"
)
# "led by researchers at the University of West Yorkshire".
_LED_BY = re.compile(
    r"\b(?P<verb>led|carried\s+out|conducted|run|designed)\s+by\s+(?:a\s+team\s+of\s+)?"
    r"(?P<who>researchers|scientists|academics|a\s+team|experts|clinicians)\s+(?:at|from)\s+"
    r"(?P<span>(?:the\s+)?(?P<name>" + _NAME + r"))" + _NAME_ENDS
)
_INSTITUTION_KINDS = {
    "University": "university",
    "College": "college",
    "Institute": "institute",
    "School": "school",
    "Hospital": "hospital",
    "Centre": "centre",
    "Center": "center",
    "Trust": "trust",
    "Foundation": "foundation",
    "Council": "council",
    "Agency": "agency",
}
# "under its Healthy Ageing Research Programme", "under the Generalised Preference Scheme".
_UNDER = re.compile(
    rf"\bunder\s+(?P<span>(?:the|its|their|a)\s+(?P<name>(?:[{CAPITAL}][\w'’&-]*\s+"
    r"(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,5}(?P<kind>Programme|Program|Scheme|Initiative"
    r"|Arrangement|Agreement|Framework|Partnership|Facility|Fund|Plan|Protocol|Regime|Accord"
    # (A law, "under the Terrorism Act", is left to the provisions: its name in every
    # prompt about the charge is what those prompts are about.)
    r"|Convention|Treaty|Pact|Compact)))\b"
)
# "announced the deal on Truth Social", "said in a post on X": the platform a statement
# was made on, when a verb of saying or announcing comes before it.
_ON_PLATFORM = re.compile(
    r"\b(?P<verb>announced|posted|wrote|said|shared|confirmed|declared|revealed)\b[^.;:]{0,60}?"
    r"\s(?P<span>(?:on|via|in\s+a\s+(?:post|video|message|statement)\s+on)\s+(?P<name>Truth\s+Social"
    r"|X|Twitter|Facebook|Instagram|Telegram|LinkedIn|YouTube|TikTok|Weibo|WeChat|Bluesky"
    r"|Threads))(?![\w'’-])"
)
# What a study, trial or paper is called in the question, where the sentence names one.
_STUDY = re.compile(
    r"\b(?P<what>trial|study|paper|research|results|findings|analysis|survey|review|report)\b"
)


def find_named_in_passing(sentence: str, line: int) -> list[FoundFact]:
    """The quoted policy names, trial codes, journals, leading institutions and programmes
    ``sentence`` mentions in passing."""
    found: list[FoundFact] = []
    for match in _QUOTED_NAME.finditer(sentence):
        if match.group("name").strip().endswith((".", ",", "!", "?")):
            continue  # a quoted remark, not a name
        if _PROPOSED_BY.match(sentence, match.end()):
            continue  # "the "Open Ports" plan proposed by Norway": find_affiliations asks who
        kind = " ".join(match.group("kind").split())
        # "the government was shelving its ... scheme" asks "Which housing scheme was the
        # government shelving?"; other wordings are asked in place.
        doer = _DOER.search(sentence, 0, match.start())
        if doer is None:
            continue  # asked in place, the question is the whole long sentence
        subject = doer.group("subject")
        if subject.startswith("The ") or subject in ("Ministers", "Officials"):
            subject = subject[:1].casefold() + subject[1:]
        prompt = f"Which {kind} {doer.group('aux')} {subject} {doer.group('verb')}?"
        found.extend(
            _fact(
                sentence,
                line,
                match,
                "name",
                prompt=prompt,
                span=(match.start("det"), match.end("kind")),
                question=f"which {kind}",
                written=sentence[match.start("name") - 1 : match.end("name") + 1],
            )
        )
    for match in _MIXED_CODE.finditer(sentence):
        kind = match.group("kind")
        found.extend(
            _fact(
                sentence,
                line,
                match,
                "name",
                prompt=f"What is the name of the {kind}?",
            )
        )
    for match in _PUBLISHED_IN.finditer(sentence):
        name = match.group("name")
        if not (match.group("journal") or _JOURNAL_WORDS.search(name)):
            continue  # "published in London", "in March": no journal
        what = _study(sentence, match.start())
        aux = (match.group("aux") or "").split()
        verb = aux[0] if aux else ("were" if what.endswith("s") else "was")
        verb = {"has": "was", "have": "were", "will": "will be"}.get(verb, verb)
        found.extend(
            _fact(
                sentence,
                line,
                match,
                "name",
                prompt=f"In which journal {verb} the {what} published?",
            )
        )
    for match in _LED_BY.finditer(sentence):
        name = match.group("name")
        kinds = [kind for word, kind in _INSTITUTION_KINDS.items() if word in name.split()]
        if not kinds:
            continue  # a name that says no institution may be a person's
        kind = kinds[0]
        who = " ".join(match.group("who").split())
        who = who[:1].upper() + who[1:]
        verb = " ".join(match.group("verb").split())
        what = _study(sentence, match.start())
        prompt = f"{who} at which {kind} {verb} the {what}?"
        found.extend(_fact(sentence, line, match, "name", prompt=prompt))
    for match in _UNDER.finditer(sentence):
        kind = match.group("kind").casefold()
        found.extend(
            _fact(
                sentence,
                line,
                match,
                "name",
                span=match.span("span"),
                question=f"which {kind}",
                # Other prompts lose "under its ... Programme" whole, not the name alone.
                written=sentence[match.start() : match.end("span")],
            )
        )
    for match in _ON_PLATFORM.finditer(sentence):
        found.extend(
            _fact(
                sentence,
                line,
                match,
                "name",
                span=match.span("span"),
                question="on which platform",
                written=match.group("span"),
            )
        )
    # Makers, advisers, channels, laws and sites, each asked by its part.
    from trainer.core.authoring.find_named_parts import find_named_parts

    return found + find_named_parts(sentence, line)


def _study(sentence: str, before: int) -> str:
    """What the sentence calls the work it reports on ("trial"), "research" if nothing."""
    found: list[str] = _STUDY.findall(sentence)
    earlier: list[str] = _STUDY.findall(sentence[:before])
    return (earlier or found or ["research"])[0]


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    group: str,
    *,
    prompt: str | None = None,
    span: tuple[int, int] | None = None,
    question: str = "what name",
    written: str | None = None,
) -> list[FoundFact]:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    name = " ".join(match.group(group).split())
    # (Without a prompt of its own, the card is asked in place: "... under which programme?")
    start, end = span or match.span(group)
    if prompt is None:
        # "5.2 Imports ... under which scheme ...?": a paragraph's number is no part of it.
        number = _PARAGRAPH_NUMBER.match(sentence)
        cut = number.end() if number and number.end() <= start else 0
        prompt = ask_in_place(sentence[cut:], start - cut, end - cut, question)
    return [
        FoundFact(
            "text",
            "facts",
            name,
            written or match.group(group),
            sentence,
            start,
            end,
            question,
            line,
            evidence=sentence,
            prompt=prompt,
            named_thing=True,
        )
    ]
