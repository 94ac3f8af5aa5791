"""Names of bodies and instruments introduced by what they are, as communiqués, audit
reports and investigations write them:

- an instrument or body after "a"/"an", with a word of its kind in the name ("an Agreement
  on Fisheries Access, signed by the two ministers" asks "Which agreement was signed by the
  two ministers?"; "a Memorandum of Understanding on Ports, under which engineers will
  train ..." asks "Under which memorandum of understanding will engineers train ...?"; an
  item of a list under "The following accords were signed:" asks "Which programme ... was
  signed?");
- a body asked to act ("asked the Office of Rail Review to examine the award" asks "Which
  office was asked to examine the award?");
- an organisation named after its kind in lower case ("that supplier, Brackley Data Ltd,"
  asks "What is the supplier called?"; "The lead contractor is Orrin Marine plc" asks
  "Who is the lead contractor?").

Each answer is the whole name as written; the kind word or the kind in lower case says what
to ask, so a person's name is never asked as a thing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_subjects import KIND_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# Instruments a government signs, besides the kinds every named thing has.
_INSTRUMENT_KINDS = KIND_WORDS | {
    "Memorandum": "memorandum",
    "Charter": "charter",
    "Declaration": "declaration",
    "Framework": "framework",
    "Partnership": "partnership",
    "Roadmap": "roadmap",
    "Statement": "statement",
}
# A full stop only inside a word ("U.S."), never the one ending a sentence.
_WORD = rf"[{CAPITAL}](?:[\w'’&-]|\.(?=\w))*"
# A name's words, with the small words names hold ("Agreement for the Avoidance of Double
# Taxation", "Memorandum of Understanding on Cooperation in Geothermal Energy").
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|and|on|in|to)\s+(?:the\s+)?)?{_WORD}){{1,10}}"
_COMPANY_FORM = r"(?:Ltd\.?|Limited|Inc\.?|plc|PLC|AB|AG|ASA|SA|NV|BV|GmbH|LLC)"
_INTRODUCED = re.compile(rf"(?<![\w’'])(?:[Aa]n?)\s+(?:new\s+)?(?P<name>{_NAME})")
# What follows the name: a participle saying what was done with it ("signed by ...").
# (Where and when it was signed may come first: "... in Vilnius on Wednesday, under which".)
_SIGNED_AT = r"(?:\s+(?:in|at|on)\s+[^,;:]{1,40}?)?"
_PARTICIPLE = re.compile(
    _SIGNED_AT
    + rf",\s+(?P<rest>(?:[{SMALL}]{{3,}}ed|set\s+up|run|led|made|held|built|drawn\s+up|won|paid)"
    r"\s+(?:by|with|at|in|on|for|to|under|between)\b[^,;:.()]*)"
)
# ", under which Polish engineers will train ...": what the instrument provides for.
_UNDER_WHICH = re.compile(
    _SIGNED_AT
    + r",\s+under\s+which\s+(?P<subject>[^,;:]{3,60}?)\s+(?P<aux>will|would|can|could|must|"
    rf"should|may|are\s+to|is\s+to|were\s+to|was\s+to)\s+(?P<rest>[{SMALL}][^,;:.]*)"
)
# A list item's mark: "(a)", "a)", "1.", "-", "•".
_ITEM = re.compile(rf"^\s*(?:\(?[{SMALL}0-9]{{1,3}}[.)]|[-–•*])\s+")
# The line a list hangs from: "the following instruments were signed:".
_LEAD_IN = re.compile(
    rf"\b(?:were|was|have\s+been|has\s+been|will\s+be)\s+(?P<done>[{SMALL}]{{3,}}ed|signed|agreed)"
    r"(?:\s+[^:]{0,40})?:\s*$"
)
# "asked the Office of Rail Review to examine the award": a body given a task.
_ASKED = {
    "asked": "asked",
    "told": "told",
    "ordered": "ordered",
    "instructed": "instructed",
    "directed": "directed",
    "commissioned": "commissioned",
    "invited": "invited",
    "urged": "urged",
    "called on": "called on",
}
_ASKED_TO = re.compile(
    rf"\b(?P<verb>{'|'.join(_ASKED)})\s+the\s+(?P<name>{_NAME})\s+to\s+"
    rf"(?P<rest>[{SMALL}]+(?:\s+(?!and\b|by\b)[^\s,;:.]+){{0,8}})"
)
# Kinds of organisation written in lower case before a name: never a person's post.
_ORGANISATIONS = (
    r"supplier|contractor|subcontractor|company|firm|consultancy|operator|developer|lender|"
    r"insurer|bank|regulator|watchdog|charity|manufacturer|builder|retailer|carrier|airline|"
    r"subsidiary|bidder|buyer|vendor|provider|start-up|startup|consortium|publisher|"
    r"broadcaster|shipyard|brokerage|distributor|wholesaler|landlord|fund|investor|"
    r"think\s+tank|group|agency|union|partner\s+firm"
)
_KIND_COMMA_NAME = re.compile(
    r"(?<![\w’'])(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir)\s+"
    rf"(?P<what>(?:[{SMALL}][\w-]*\s+){{0,2}}(?:{_ORGANISATIONS})),\s+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,4}}(?:\s+{_COMPANY_FORM})?)(?=\s*[,.;]|\s*$)"
)
_KIND_IS_NAME = re.compile(
    r"(?:^|(?<=[.;]\s))\s*The\s+"
    rf"(?P<what>(?:[{SMALL}][\w-]*\s+){{0,2}}(?:{_ORGANISATIONS}))\s+(?P<verb>is|was|will\s+be)\s+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,4}}(?:\s+{_COMPANY_FORM})?)(?=\s*[,.;]|\s*$)"
)


def find_introduced_names(sentence: str, line: int, lead_in: str = "") -> list[FoundFact]:
    """The bodies and instruments ``sentence`` introduces by their kind; ``lead_in`` is the
    line a list item hangs from, if any."""
    found: list[FoundFact] = []
    for match in _INTRODUCED.finditer(sentence):
        match = _without_when_and_where(match)
        asked = _instrument(match, sentence, lead_in)
        if asked is not None:
            found.append(_fact(match, sentence, line, *asked))
    for match in _ASKED_TO.finditer(sentence):
        kind = _kind(match.group("name"))
        if kind is None:
            continue
        rest = " ".join(match.group("rest").split())
        prompt = f"Which {kind} was {_ASKED[match.group('verb')]} to {rest}?"
        found.append(_fact(match, sentence, line, prompt, f"the {kind}"))
    for match in _KIND_COMMA_NAME.finditer(sentence):
        what = " ".join(match.group("what").split())
        # No description for other prompts: "The operator, the operator, said".
        found.append(_fact(match, sentence, line, f"What is the {what} called?", None))
    for match in _KIND_IS_NAME.finditer(sentence):
        what = " ".join(match.group("what").split())
        verb = "will be" if match.group("verb").startswith("will") else match.group("verb")
        # No description for other prompts: "The lead contractor is the lead contractor".
        found.append(_fact(match, sentence, line, f"Who {verb} the {what}?", None))
    return found


_CALENDAR_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"}
)  # fmt: skip


def _without_when_and_where(match: re.Match[str]) -> re.Match[str]:
    """``match`` cut before a day or month its name ran on into ("... on Rail Ticketing in
    Vilnius on Wednesday" is the memorandum on rail ticketing, signed in Vilnius that day)."""
    words = match.group("name").split()
    cut = next((at for at, word in enumerate(words) if word in _CALENDAR_WORDS), None)
    if cut is None:
        return match
    kept = words[:cut]
    while kept and kept[-1] in ("on", "in", "of", "for", "and", "to", "the"):
        kept.pop()
    # A place right before the day is where it was signed: "in Vilnius on Wednesday".
    if len(kept) > 2 and kept[-2] == "in":
        kept = kept[:-2]
    name = " ".join(kept)
    if len(kept) < 2:
        return match
    narrowed = re.compile(rf"(?<![\w’'])(?:[Aa]n?)\s+(?:new\s+)?(?P<name>{re.escape(name)})")
    return narrowed.search(match.string, match.start()) or match


def _instrument(match: re.Match[str], sentence: str, lead_in: str) -> tuple[str, str] | None:
    """(prompt, description) for an instrument introduced by "a"/"an", or None when the
    name has no kind word or nothing after it says what it is."""
    kind = _kind(match.group("name"))
    if kind is None:
        return None
    described = f"the {kind}"
    done = _PARTICIPLE.match(sentence, match.end())
    if done:
        return f"Which {kind} was {' '.join(done.group('rest').split())}?", described
    under = _UNDER_WHICH.match(sentence, match.end())
    if under:
        aux = " ".join(under.group("aux").split())
        subject = " ".join(under.group("subject").split())
        rest = " ".join(under.group("rest").split())
        return f"Under which {kind} {aux} {subject} {rest}?", described
    hangs = _LEAD_IN.search(lead_in)
    item = _ITEM.match(sentence)
    # (a list item's mark may stand before the sentence: "(d) an Executive Programme ...")
    opens_item = (item is not None and item.end() == match.start()) or match.start() == 0
    if hangs and opens_item:
        tail = re.match(r"\s+(for|covering|on|in)\s+([^,;:.]+)", sentence[match.end() :])
        what = f" {tail.group(1)} {' '.join(tail.group(2).split())}" if tail else ""
        return f"Which {kind}{what} was {hangs.group('done')}?", described
    return None


def _kind(name: str) -> str | None:
    """What ``name`` names, by the last word that says so before its first joining word
    ("Executive Programme on ..." is a programme; "Memorandum of Understanding on ..." a
    memorandum of understanding); None when no word there says."""
    words = name.split()
    if words[0] == "Memorandum" and words[1:3] == ["of", "Understanding"]:
        return "memorandum of understanding"
    head = words[: next((at for at, word in enumerate(words) if word.islower()), len(words))]
    kinds = [_INSTRUMENT_KINDS[word] for word in head if word in _INSTRUMENT_KINDS]
    return kinds[-1] if kinds else None


def _fact(
    match: re.Match[str], sentence: str, line: int, prompt: str, description: str | None
) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    name = match.group("name")
    return FoundFact(
        "text",
        "facts",
        name,
        name,
        sentence,
        match.start("name"),
        match.end("name"),
        "what name",
        line,
        evidence=sentence.strip(),
        prompt=prompt,
        description=description,
        named_thing=True,
    )
