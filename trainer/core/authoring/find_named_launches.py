"""Names given to programmes, campaigns, plans, reports and bodies as they are introduced,
where the name itself is the fact to learn:

- named by the verb that brings it in, with what it is after it: "the department is
  launching Catch Up, Keep Up, a campaign to reach children ..." asks "What is the campaign
  the department is launching called?"; "the Office published Safe Lines 2030, its
  strategic plan ..." asks "What is the strategic plan the Office published called?";
- named after what it is: "a patrol and surveillance group, provisionally named Task Group
  Sentinel," asks "What is the patrol and surveillance group provisionally named?";
- a body a recommendation asks to create, its kind the last word of its name: "Create a
  Flood Resilience Office within government by 2029" (an item under "Recommendations")
  asks "Which office does the report recommend creating within government by 2029?".

The answer is the name as written, commas and all ("Catch Up, Keep Up"); other prompts
name the thing by its kind ("the campaign"), so none gives the name away.
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.document_kind import document_kind
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_subjects import KIND_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL

# A word of a name: a capital or a figure first ("Safe Lines 2030"); the small words a
# name holds between them.
_WORD = rf"(?:[{CAPITAL}][\w'’&-]*|\d[\d.]*)"
_RUN = rf"{_WORD}(?:\s+(?:(?:of|for|and|on|in|to|the|at)\s+)*{_WORD})*"
# "Catch Up, Keep Up": a name may hold a comma between capitalised runs.
_NAME = rf"(?P<name>[{CAPITAL}][\w'’&-]*(?:\s+(?:(?:of|for|and|on|in|to|the|at)\s+)*{_WORD})*"
_NAME += rf"(?:,\s+{_RUN})*)"
_VERBS = (
    r"launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|publish(?:es|ed|ing)?|introduc(?:es|ed|ing)"
    r"|releas(?:es|ed|ing)|roll(?:s|ed|ing)?\s+out|set(?:s|ting)?\s+up|establish(?:es|ed|ing)?"
    r"|creat(?:es|ed|ing)|adopt(?:s|ed|ing)?|began|begins?|beginning|start(?:s|ed|ing)?"
    r"|announc(?:es|ed|ing)"
)
# Who brought it in: "the department is", "the Office", "Ofwat has"; a time between them
# ("the government on Tuesday unveiled") is left out of the question.
_NOT_A_SUBJECT = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Last|This|Next|In|On"
    r"|At|By|From|Alongside|After|Before|Earlier|Later|Today|Yesterday)\b)"
)
_SUBJECT = (
    rf"(?P<subject>\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[{CAPITAL}][\w'’-]*\s+|[{SMALL}][\w-]*\s+){{0,3}}?"
    rf"[\w'’-]+|{_NOT_A_SUBJECT}[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,3}})\s+"
    rf"(?:(?:on|last|this|in|earlier|later)\s+(?:[{CAPITAL}][{SMALL}]+|year|week|month|today)\s+)?"
    r"(?P<aux>(?:is|are|was|were|has|have|had|will)\s+(?:be\s+|been\s+)?)?"
)
# Kinds of thing a launch names (the head word of what follows the name).
_LAUNCHED_KINDS = frozenset(
    {
        "campaign",
        "programme",
        "program",
        "plan",
        "strategy",
        "scheme",
        "initiative",
        "project",
        "report",
        "review",
        "framework",
        "fund",
        "taskforce",
        "unit",
        "office",
        "agency",
        "body",
        "platform",
        "app",
        "service",
        "network",
        "partnership",
        "alliance",
        "coalition",
        "operation",
        "exercise",
        "mission",
        "policy",
        "package",
        "roadmap",
        "blueprint",
        "charter",
        "index",
        "survey",
        "study",
        "drive",
        "portal",
        "register",
        "hotline",
        "helpline",
        "hub",
        "guidance",
        "code",
        "consultation",
        "inquiry",
        "tool",
        "website",
        "competition",
    }
)
# What the name is, after it: ", a campaign to reach ...", ", its strategic plan for ...".
_WHAT = (
    rf",\s+(?P<det>an?|its|their|the|his|her|our)\s+(?P<what>(?:new\s+)?(?:[{SMALL}][\w-]*\s+){{0,3}}?"
    rf"(?P<head>{'|'.join(sorted(_LAUNCHED_KINDS))}))(?=[\s,.;]|$)"
)
# ("Casa Quente ("Warm Home"), a four-year programme": a name's gloss in brackets after it.)
_GLOSS = re.compile(r"\s+\([^()]{1,40}\)")
_LAUNCHED = re.compile(
    rf"(?:{_SUBJECT})?(?P<verb>{_VERBS})\s+(?:the\s+)?{_NAME}(?:{_GLOSS.pattern})?{_WHAT}"
)
# "launched a new scheme, Warm Homes Now, to insulate ...": what it is, then its name.
_KIND_FIRST = re.compile(
    rf"(?:{_SUBJECT})?(?P<verb>{_VERBS})\s+(?:an?|the|its|their)\s+"
    rf"(?P<what>(?:new\s+)?(?:[{SMALL}][\w-]*\s+){{0,3}}?"
    rf"(?P<head>{'|'.join(sorted(_LAUNCHED_KINDS))})),\s+{_NAME}"
    r"(?=\s*[,.;]|\s+(?:to|which|that|and|in|on|for)\b|\s*$)"
)
# "We will also switch to a new alert service, FloodCall Direct, which ...": "new" says
# the name is introduced here, whatever verb brings it in.
_NEW_KIND_FIRST = re.compile(
    rf"\b(?:an?|the)\s+new\s+(?P<what>(?:[{SMALL}][\w-]*\s+){{0,3}}?"
    rf"(?P<head>{'|'.join(sorted(_LAUNCHED_KINDS))})),\s+{_NAME}"
    r"(?=\s*[,.;]|\s+(?:to|which|that|and|in|on|for)\b|\s*$)"
)
# "A new Rental Retrofit Fund worth £850 million": a name whose last word says what it is,
# introduced as new.
_NEW_NAME_WITH_KIND = re.compile(
    rf"(?<![\w’'-])[Aa]\s+new\s+(?P<name>{_WORD}(?:\s+(?:(?:of|for|and|on|in|the)\s+)*{_WORD}){{1,7}})"
    r"(?![\w'’-])"
)
# "unveiled the National Clean Air Strategy": a name whose last words say what it is.
_NAME_WITH_KIND = re.compile(
    rf"(?:{_SUBJECT})(?P<verb>{_VERBS}|open(?:s|ed|ing)?)\s+(?:the|an?)\s+(?:new\s+)?"
    rf"(?P<name>{_WORD}(?:\s+(?:(?:of|for|and|on|in|the)\s+)*{_WORD}){{1,7}})"
    r"(?![\w'’-])"
)
# Words that end the name of a body, plan or place of work, and what a question calls it.
_NAMED_KINDS = {
    **KIND_WORDS,
    "Taskforce": "taskforce",
    "Hub": "hub",
    "Campaign": "campaign",
    "Network": "network",
    "Platform": "platform",
    "Register": "register",
    "Portal": "portal",
    "Review": "review",
    "Inquiry": "inquiry",
    "Charter": "charter",
    "Observatory": "observatory",
    "Facility": "facility",
    "Mechanism": "mechanism",
    "Secretariat": "secretariat",
    "Unit": "unit",
    "Grant": "grant",
    "Allowance": "allowance",
    "Subsidy": "subsidy",
}
# "The programme replaces the Village Bus Grant, which ends in March": what a new thing
# takes the place of, asked by the thing doing the replacing.
_REPLACES = re.compile(
    rf"^(?P<subject>(?:The|This|Its)\s+(?:new\s+)?(?:[{SMALL}][\w-]*\s+){{0,2}}?[{SMALL}][\w-]*)\s+"
    r"(?P<verb>replaces|will\s+replace|replaced|is\s+replacing)\s+the\s+"
    rf"(?P<name>{_WORD}(?:\s+(?:(?:of|for|and|on|in)\s+)*{_WORD}){{1,7}})(?![\w'’-])"
)
_REPLACE_ASKED = {
    "replaces": "does",
    "will replace": "will",
    "replaced": "did",
    "is replacing": "is",
}
_CALLED = re.compile(
    # "The ministry launched a campaign called ...": who brought it in, if the sentence says.
    rf"(?:(?:{_SUBJECT})?(?P<verb>{_VERBS})\s+)?"
    # "the city's bus network redesign, known as ...": its owner may come first.
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<owner>[{SMALL}][\w-]*[’']s\s+)?"
    # (no article or verb inside: "The navies will form a squadron" is no one thing)
    rf"(?P<what>(?:(?!(?:an?|the|will|would|is|are|was|were|has|have|had)\b)[{SMALL}][\w-]*\s+){{0,6}}?"
    rf"(?P<head>[{SMALL}][\w-]*))(?P<comma>,)?\s+"
    r"(?P<how>(?:(?:provisionally|tentatively|informally|officially|to\s+be)\s+)?"
    rf"(?:named|called|dubbed|code-?named|known\s+as))\s+{_NAME}"
    r"(?=[,.;]|\s+(?:and|which|that|to|in|on|for|from|with|after|by|at)\b|$)"
)
# A list item's mark and a recommendation's verb: "1. Create a ... Office", "- Establish".
_ITEM = re.compile(rf"^\s*(?:\(?[{SMALL}0-9]{{1,3}}[.)]|[-–•*])\s+")
_RECOMMENDED = re.compile(
    r"^(?P<verb>Create|Establish|Set\s+up|Launch|Form|Fund|Found|Appoint)\s+(?:a|an)\s+"
    rf"(?:new\s+)?(?P<name>{_WORD}(?:\s+(?:(?:of|for|and|on|in|the)\s+)*{_WORD}){{1,8}})"
    r"(?P<rest>[^,;.]*)"
)
_WHEN = re.compile(r"\s+(?:by|in|before|from|until|after)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d{2}\b.*$")
_GERUNDS = {"Set up": "setting up", "Fund": "funding"}


def find_named_launches(article: Article, story: Article) -> list[FoundFact]:
    """The names ``story`` introduces for programmes, plans and bodies (``article``, the
    whole text, says what kind of document recommends them)."""
    found: list[FoundFact] = []
    document = document_kind(article) or "article"
    for number, line in enumerate(story.lines, start=1):
        item = _ITEM.match(line)
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            found.extend(_launched(sentence, number))
            found.extend(_named_with_kind(sentence, number))
            found.extend(_new_named_with_kind(sentence, number))
            found.extend(_replaced(sentence, number))
            found.extend(_called(sentence, number))
            if item and begin <= item.end():
                found.extend(_recommended(sentence, number, document))
    # A name found by two forms is one fact.
    return list({fact.answer: fact for fact in reversed(found)}.values())[::-1]


def _launched(sentence: str, number: int) -> list[FoundFact]:
    found = []
    matches = [*_LAUNCHED.finditer(sentence), *_KIND_FIRST.finditer(sentence)]
    if not matches:
        matches = list(_NEW_KIND_FIRST.finditer(sentence))
    for match in matches:
        # "a new scheme, Warm Homes Now,": named by its kind, other prompts would read
        # "a new scheme, the scheme,"; the name is left out of them instead.
        kind_first = match.re is not _LAUNCHED
        what = match.group("what").removeprefix("new ")
        by_whom = _by_whom(match) if "subject" in match.re.groupindex else None
        prompt = f"What is the {what} {by_whom} called?" if by_whom else None
        prompt = prompt or f"What is the new {what} called?"
        description = None if kind_first else f"the {what}"
        phrases: tuple[str, ...] = ()
        if match.re is _NEW_KIND_FIRST:
            # "a new alert service, RiverWatch Now," reads "the new alert service" whole.
            description = f"the new {what}"
            phrases = (sentence[match.start() : match.end("name")],)
        gloss = _GLOSS.match(sentence, match.end("name"))
        if gloss and match.re is _LAUNCHED:
            # ("Casa Quente ("Warm Home")": the name's translation goes with it.)
            phrases = (sentence[match.start("name") : gloss.end()],)
        found.append(_fact(match, sentence, number, prompt, description, phrases=phrases))
    return found


def _named_with_kind(sentence: str, number: int) -> list[FoundFact]:
    found = []
    for match in _NAME_WITH_KIND.finditer(sentence):
        name = _up_to_kind(match.group("name"))
        if name is None:
            continue
        end = match.start("name") + len(name)
        if sentence[end:].startswith(("'s", "’s")):
            continue  # "the Commission's review": the owner, not the thing launched
        kind = _NAMED_KINDS[next(word for word in reversed(name.split()) if word in _NAMED_KINDS)]
        by_whom = _by_whom(match)
        if by_whom:
            prompt = f"What is the {kind} {by_whom} called?"
            # "unveiled a new Coastal Path Fund worth ..." reads "unveiled the fund worth
            # ..." in other prompts, never "a new the fund".
            article = re.search(r"\b(?:an?|the)\s+(?:new\s+)?$", sentence[: match.start("name")])
            written = sentence[article.start() if article else match.start("name") : end]
            span = (match.start("name"), end)
            found.append(_fact(match, sentence, number, prompt, f"the {kind}", span, (written,)))
    return found


def _new_named_with_kind(sentence: str, number: int) -> list[FoundFact]:
    found = []
    for match in _NEW_NAME_WITH_KIND.finditer(sentence):
        name = _up_to_kind(match.group("name"))
        if name is None:
            continue
        end = match.start("name") + len(name)
        if sentence[end:].startswith(("'s", "’s")):
            continue  # "a new Commission's review": the owner, not the thing introduced
        kind = _NAMED_KINDS[next(word for word in reversed(name.split()) if word in _NAMED_KINDS)]
        prompt = f"What is the new {kind} called?"
        # Other prompts read "the new fund worth how much?", not "a new the fund".
        introduced = sentence[match.start() : end]
        phrases = (introduced, introduced[:1].lower() + introduced[1:])
        span = (match.start("name"), end)
        found.append(_fact(match, sentence, number, prompt, f"the new {kind}", span, phrases))
    return found


def _replaced(sentence: str, number: int) -> list[FoundFact]:
    match = _REPLACES.match(sentence)
    if match is None:
        return []
    name = _up_to_kind(match.group("name"))
    if name is None or name.split()[-1] not in _NAMED_KINDS:
        return []
    kind = _NAMED_KINDS[name.split()[-1]]
    verb = " ".join(match.group("verb").split())
    subject = match.group("subject")
    subject = subject[:1].lower() + subject[1:]
    doing = "replacing" if verb == "is replacing" else "replace"
    prompt = f"Which {kind} {_REPLACE_ASKED[verb]} {subject} {doing}?"
    span = (match.start("name"), match.start("name") + len(name))
    return [_fact(match, sentence, number, prompt, f"the {kind}", span)]


def _up_to_kind(name: str) -> str | None:
    """The name up to the word saying what it is ("Riverside Innovation Hub" of "Riverside
    Innovation Hub in 2027"), or the whole of "Office of Rail Review"; None without one."""
    words = name.rstrip(".,;:").split()
    kinds = [at for at, word in enumerate(words) if word in _NAMED_KINDS]
    if not kinds:
        return None
    last = kinds[-1]
    if words[last + 1 : last + 2] == ["of"]:
        # "Office of Rail Review": what follows "of" is the name, up to a figure or date.
        rest = []
        for word in words[last + 1 :]:
            if not (word[:1].isupper() or word in {"of", "for", "and", "the"}):
                break
            rest.append(word)
        while rest and rest[-1] in {"of", "for", "and", "the"}:
            rest.pop()
        return " ".join(words[: last + 1] + rest) if len(rest) > 1 else None
    return " ".join(words[: last + 1]) if last >= 1 else None


_ADVERB_AFTER = re.compile(r"\s+(?:also|now|then|recently|formally|officially|quietly|today)$")


def _by_whom(match: re.Match[str]) -> str | None:
    """ "the department is launching" from "... the department is launching ...", or None."""
    subject = match.group("subject")
    if not subject:
        return None
    first, _, rest = subject.partition(" ")
    subject = f"{first.lower() if first in ('The', 'Its', 'Their') else first} {rest}"
    # "the ministry also set up": the adverb is the sentence's, not the question's.
    subject = _ADVERB_AFTER.sub("", subject)
    return " ".join(f"{subject} {match.group('aux') or ''}{match.group('verb')}".split())


def _called(sentence: str, number: int) -> list[FoundFact]:
    found = []
    for match in _CALLED.finditer(sentence):
        if not match.group("comma") and match.group("head") not in _LAUNCHED_KINDS:
            continue  # "a man called Ali" is no name given to a programme
        how = " ".join(match.group("how").split())
        asked = how if how.split()[0] != how else "called"
        by_whom = _by_whom(match) if match.group("verb") else None
        what = (match.group("owner") or "") + match.group("what").removeprefix("new ")
        prompt = f"What is the {what}{f' {by_whom}' if by_whom else ''} {asked}?"
        found.append(_fact(match, sentence, number, prompt, f"the {match.group('what')}"))
    return found


def _recommended(sentence: str, number: int, document: str) -> list[FoundFact]:
    match = _RECOMMENDED.match(sentence)
    if match is None:
        return []
    name = match.group("name")
    kind = _NAMED_KINDS.get(name.split()[-1])
    if kind is None:
        return []
    verb = " ".join(match.group("verb").split())
    doing = _GERUNDS.get(verb) or f"{verb.lower().removesuffix('e')}ing"
    # "within government by 2028": the year is a card of its own, not part of this one.
    rest = " ".join(_WHEN.sub("", match.group("rest")).split())
    prompt = f"Which {kind} does the {document} recommend {doing}{f' {rest}' if rest else ''}?"
    return [_fact(match, sentence, number, prompt, f"the {kind}")]


def _fact(
    match: re.Match[str],
    sentence: str,
    number: int,
    prompt: str,
    description: str | None,
    span: tuple[int, int] | None = None,
    phrases: tuple[str, ...] = (),
) -> FoundFact:
    start, end = span or (match.start("name"), match.end("name"))
    name = sentence[start:end]
    return FoundFact(
        "text",
        "facts",
        name,
        name,
        sentence,
        start,
        end,
        "what",
        number,
        evidence=sentence,
        prompt=prompt,
        description=description,
        named_thing=True,
        phrases=phrases,
    )
