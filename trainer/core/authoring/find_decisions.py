"""Claims a marker keys as a short phrase, with no figure to hang a card on: what was
decided, what someone will do or demands, what a thing is blamed on, and what it is (not).

- a ruling on an appeal: "three judges dismissed an appeal by Torvane Homes Ltd against a
  county court ruling" asks "What did three judges decide on the appeal against the county
  court ruling?" ("appeal dismissed") and "Who brought the appeal against the county court
  ruling?" ("Torvane Homes Ltd"); with nothing it was against, only "Whose appeal did three
  judges dismiss?";
- what someone will put forward: "the mayor said her group would table a motion of censure"
  asks "What did the mayor say her group would table?" ("a motion of censure");
- what a report or body calls for: "It calls on the ministry to commission an independent
  audit of the fleet" asks "What does it call on the ministry to commission?";
- demands set out after a colon: "our conditions are: free school meals in every county"
  asks "What are Rahimova's conditions?" (the person the paragraph last named in full);
- what something is blamed on: "The authors attribute most of the losses to a fungal blight"
  asks "What do the authors attribute most of the losses to?";
- "not X but Y": "the port's main problem is not capacity but staffing" asks "What is the
  port's main problem?" ("staffing, not capacity").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.article import sentence_spans
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_facts import sentence_text_fact

if TYPE_CHECKING:
    from trainer.core.authoring.article import Article
    from trainer.core.authoring.find_facts import FoundFact

# Whoever acts: the words opening the clause before the verb (no "said", "that", "who").
_SUBJECT = (
    rf"(?P<subject>(?:[Tt]he|[Ii]ts|[Tt]heir|[{CAPITAL}][\w'’&-]*|(?:two|three|four|five|seven|nine)"
    rf"\s+[{SMALL}][\w-]*)(?:\s+(?!(?:said|says|told|that|which|who|on|has|had|have)\b)[\w'’&-]+)"
    r"{0,6}?)"
)
_CLAUSE_OPENS = r"(?:^|(?<=,\s)|(?<=\bthat\s))"
_RULED = {
    "dismissed": "dismiss",
    "rejected": "reject",
    "upheld": "uphold",
    "allowed": "allow",
    "granted": "grant",
    "refused": "refuse",
}
_RULING = re.compile(
    rf"{_CLAUSE_OPENS}{_SUBJECT}\s+(?:(?:has|have|had|unanimously)\s+)?"
    rf"(?P<verb>{'|'.join(_RULED)})\s+(?:an|the)\s+(?P<noun>appeal|challenge|application"
    r"|petition|complaint)\s+(?:by|from)\s+"
    # A party's words may hold a stop ("H.M. Revenue") but not end on one: "Ltd." ends a sentence.
    rf"(?P<party>(?:the\s+)?[{CAPITAL}][\w'’&-]*(?:\.[\w'’&-]+)*"
    rf"(?:\s+(?:of\s+|and\s+)?[{CAPITAL}][\w'’&-]*(?:\.[\w'’&-]+)*){{0,5}})"
    # What the appeal was against ("against a High Court ruling"): it names the appeal
    # without the party, whose name is another card's answer.
    rf"(?:\s+against\s+(?:a|an|the)\s+(?P<against>(?:[{CAPITAL}][\w'’-]*\s+){{0,3}}(?:[{SMALL}]+\s+){{0,2}}"
    r"(?:ruling|decision|judgment|verdict|conviction|sentence|order|refusal)))?"
)
# "would table a motion of no confidence", "will introduce a bill".
_PUT_FORWARD = ("table", "introduce", "propose", "lodge", "file", "submit", "launch")
_WILL = re.compile(
    r"\b(?:said|says|announced|confirmed)\s+(?:that\s+)?"
    r"(?P<subject>(?:her|his|their|its)\s+(?:party|government|group|union|bloc|coalition"
    r"|company|ministry|council)|(?:she|he|they|it))\s+(?P<modal>would|will)\s+"
    rf"(?P<verb>{'|'.join(_PUT_FORWARD)})\s+"
    r"(?P<thing>(?:a|an)\s+[\w'’-]+(?:\s+(?!(?:against|in|on|over|by|within|next|this|before"
    r"|after|when|if|to|and|but|setting|which|that)\b)[\w'’-]+){0,6})"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:against|in|on|over|by|within|next|this|before|after|when|if"
    r"|and|but|which|that)\b)"
)
# Who spoke: the sentence's opening noun phrase ("Portugal's main opposition leader").
_OPENING_SPEAKER = re.compile(
    rf"^(?:[{CAPITAL}][\w'’-]*[’']s\s+|The\s+)(?P<rest>(?:[{SMALL}][\w-]*\s+){{0,3}}[{SMALL}][\w-]*)"
    r"(?=\s+(?:on|said|says|accused|told|has|had|is|was|will|last|yesterday|today)\b|,)"
)
_CALLS_ON = re.compile(
    rf"\b(?P<calls>calls|called|urges|urged)\s+(?:on\s+)?(?P<whom>the\s+[{CAPITAL}][\w'’-]*"
    rf"(?:\s+(?:of\s+|and\s+|for\s+)?[{CAPITAL}][\w'’-]*){{0,5}}|[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,3}})"
    r"\s+to\s+(?P<verb>commission|appoint|publish|set\s+up|establish|introduce|hold|launch"
    r"|create|adopt|ban|scrap|fund)\s+"
    r"(?P<thing>(?:a|an|the)\s+[\w'’-]+(?:\s+(?!(?:for|within|by|to|before|after|in|and|but"
    rf"|which|that|with)\b)[\w'’-]+){{0,7}}(?:\s+of\s+the\s+[\w'’-]+(?:\s+[{SMALL}][\w'’-]*){{0,3}})?)"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:for|within|by|to|before|after|in|and|but|which|that|with)\b)"
)
_CALLER = re.compile(
    rf"^(?:It\s+also|It|The\s+[{SMALL}]+(?:\s+[{SMALL}]+)?|[{CAPITAL}]"
    rf"[\w'’-]+)\s+$"
)
_CONDITIONS = re.compile(
    r"\b(?:our|their|my)\s+(?P<noun>conditions|demands|terms|priorities)\s+(?:are|were)\s*:\s*"
    r"(?P<answer>[^.;:!?“”\"]{6,80}?)(?=\s*[.;!?“”\"]|$)"
)
_FULL_NAME = re.compile(
    rf"\b[{CAPITAL}][{SMALL}'’]+(?:-[{CAPITAL}][{SMALL}'’]+)?\s+"
    rf"[{CAPITAL}][{SMALL}'’]+(?:-[{CAPITAL}][{SMALL}'’]+)?\b"
)
_ATTRIBUTE = re.compile(
    rf"^{_SUBJECT}\s+(?P<verb>attribute|attributes|attributed|blame|blames|blamed)\s+"
    rf"(?P<what>(?:most|much|some|part|all|the\s+bulk)\s+of\s+the\s+[{SMALL}][\w-]*"
    rf"|the\s+[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*)?)\s+(?:to|on)\s+"
    r"(?P<answer>(?:a|an|the)?\s*[\w'’-]+(?:\s+[\w'’-]+){0,5}?)(?=\s*(?:[,;:.)]|$))"
)
_NOT_BUT = re.compile(
    rf"(?:^|\bthat\s+)(?P<subject>(?:[Tt]he|[Ii]ts|[Tt]heir|[{CAPITAL}][\w'’-]*[’']s)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:weakness|problem|risk|threat|challenge|obstacle|issue|concern"
    r"|priority|gap|aim|goal|cause|question|need))\s+(?P<verb>is|was|are|were|remains)\s+not\s+"
    r"(?P<not>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+but\s+(?P<but>[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"(?=\s*(?:[,;:.)]|$))"
)
# "The committee recommends that the Department for Transport:", then one bullet a step.
_RECOMMENDS = re.compile(
    rf"^(?P<who>[Tt]he\s+[{SMALL}]+|[Ii]t|[Ww]e)\s+(?:also\s+)?(?P<verb>recommends|recommend)\s+that\s+"
    rf"(?P<whom>the\s+[{CAPITAL}][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[{CAPITAL}][\w'’-]*){{0,5}})\s*:\s*$"
)
_STEP = re.compile(
    r"^\s*(?:[-•*]|\d+[.)])\s+(?P<verb>appoint|publish|commission|establish|set\s+up|introduce"
    r"|create|adopt|fund|launch|ban|scrap)\s+"
    r"(?P<thing>(?:a|an|the)\s+[\w'’-]+(?:\s+(?!(?:for|within|by|to|before|after|in|and|but"
    r"|which|that|with|every)\b)[\w'’-]+){0,6})"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:for|within|by|to|before|after|in|and|but|which|that|with|every)\b)"
)
# A short deadline right after what is asked for: "publish a recovery plan within six
# months", "commission a review by next summer". The deed is not done without it, so it
# stays in the answer.
_DEADLINE = re.compile(
    r"\s+(?:within\s+(?:the\s+next\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|eighteen|\d{1,3})\s+(?:days?|weeks?|months?|years?)"
    r"|by\s+(?:next\s+(?:spring|summer|autumn|winter|year|month|week)|Christmas"
    rf"|the\s+end\s+of\s+(?:(?:the|this|next)\s+(?:year|month|decade)|[{CAPITAL}][{SMALL}]+(?:\s+\d{{4}})?"
    rf"|\d{{4}})|(?:(?:spring|summer|autumn|winter|[{CAPITAL}][{SMALL}]+)\s+)?\d{{4}}))\b"
)
_PAST_SAY = {
    "calls": "does {} call",
    "urges": "does {} urge",
    "called": "did {} call",
}  # else "urged"
_MOST_WORDS = 8


def find_decisions(article: Article) -> list[FoundFact]:
    """Every ruling, proposal, demand, blame and "not X but Y" claim in ``article``."""
    found: list[FoundFact] = []
    recommended: re.Match[str] | None = None
    for number, line in enumerate(article.lines, start=1):
        if not line.strip():
            continue
        step = _STEP.match(line)
        if recommended is not None and step is not None:
            found.extend(_recommended_step(line, number, recommended, step))
            continue
        recommended = _RECOMMENDS.match(line.strip())
        named: str | None = None
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            found.extend(_in_sentence(sentence, number, named))
            names = _FULL_NAME.findall(sentence)
            named = names[-1] if names else named
    return found


def _recommended_step(
    line: str, number: int, lead: re.Match[str], step: re.Match[str]
) -> list[FoundFact]:
    """ "- appoint a single owner for five years" under "The panel recommends that X:"."""
    who = "we" if lead.group("who").casefold() in ("it", "we") else _lowered(lead.group("who"))
    verb = "does" if lead.group("verb") == "recommends" else "do"
    whom = _words(lead.group("whom"))
    whom = whom[:1].lower() + whom[1:]
    prompt = f"What {verb} {who} recommend {whom} {_words(step.group('verb'))}?"
    fact = _deadlined(line, number, step, prompt)
    return [fact] if _fits(fact) else []


def _in_sentence(sentence: str, line: int, named: str | None) -> list[FoundFact]:
    found: list[FoundFact] = []
    for match in _RULING.finditer(sentence):
        subject = _lowered(match.group("subject"))
        noun, verb = match.group("noun"), match.group("verb")
        against = match.group("against")
        if against is None:
            # "Whose appeal did the judges dismiss?" already says what they decided, and the
            # party its answer names is hidden from a "What did they decide on the
            # appeal?", which would ask nothing an editor keeps.
            whose = f"Whose {noun} did {subject} {_RULED[verb]}?"
            found.append(_fact(sentence, line, match, "party", whose))
            continue
        # The appeal named by what it was against: neither card gives the other away.
        appealed = f"the {noun} against the {_words(against)}"
        decided = f"What did {subject} decide on {appealed}?"
        found.append(_fact(sentence, line, match, "verb", decided, f"{noun} {verb}"))
        found.append(_fact(sentence, line, match, "party", f"Who brought {appealed}?"))
    for match in _WILL.finditer(sentence):
        speaker = _OPENING_SPEAKER.match(sentence)
        if speaker is None:
            continue
        who = _lowered(speaker.group(0))
        subject = match.group("subject")
        prompt = f"What did {who} say {subject} would {match.group('verb')}?"
        found.append(_deadlined(sentence, line, match, prompt))
    for match in _CALLS_ON.finditer(sentence):
        caller = _CALLER.match(sentence[: match.start()])
        if caller is None:
            continue
        calls = match.group("calls")
        whom = _lowered(_words(match.group("whom")))
        verb = _words(match.group("verb"))
        if caller.group(0).startswith("It"):
            # "It calls on the regulator to ...": "it" names nothing, so the one called on
            # is asked of.
            tense = "was" if calls.endswith("ed") else "is"
            done = "called on" if calls.startswith("call") else "urged"
            prompt = f"What {tense} {whom} {done} to {verb}?"
        else:
            asked = _PAST_SAY.get(calls, "did {} urge").format(_lowered(caller.group(0).strip()))
            on = " on" if calls.startswith("call") else ""
            prompt = f"What {asked}{on} {whom} to {verb}?"
        found.append(_deadlined(sentence, line, match, prompt))
    for match in _CONDITIONS.finditer(sentence):
        if named is None:
            continue
        prompt = f"What are {named.split()[-1]}'s {match.group('noun')}?"
        found.append(_fact(sentence, line, match, "answer", prompt))
    for match in _ATTRIBUTE.finditer(sentence):
        subject = _lowered(match.group("subject"))
        verb = match.group("verb")
        base = verb.removesuffix("d").removesuffix("s") if verb.endswith(("ed", "s")) else verb
        aux = "did" if verb.endswith("d") else ("does" if verb.endswith("s") else "do")
        prep = "on" if base.startswith("blame") else "to"
        prompt = f"What {aux} {subject} {base} {_words(match.group('what'))} {prep}?"
        found.append(_fact(sentence, line, match, "answer", prompt))
    for match in _NOT_BUT.finditer(sentence):
        subject = _lowered(match.group("subject"))
        answer = f"{_words(match.group('but'))}, not {_words(match.group('not'))}"
        prompt = f"What {match.group('verb')} {subject}?"
        found.append(_fact(sentence, line, match, "but", prompt, answer))
    return [fact for fact in found if fact is not None and _fits(fact)]


def _fits(fact: FoundFact) -> bool:
    return len(fact.answer.split()) <= _MOST_WORDS and len((fact.prompt or "").split()) <= 20


def _lowered(subject: str) -> str:
    """ "The Department" inside a question: "the Department"."""
    words = subject.split()
    if words and words[0] in ("The", "Its", "Their", "It", "Two", "Three", "Four", "Five"):
        return " ".join([words[0].lower(), *words[1:]])
    return subject


def _words(text: str) -> str:
    return " ".join(text.split())


def _deadlined(sentence: str, line: int, match: re.Match[str], prompt: str) -> FoundFact:
    """What is asked for, with the short deadline written right after it: "a costed
    recovery plan within six months" (the plan alone is accepted too)."""
    deadline = _DEADLINE.match(sentence, match.end("thing"))
    thing = _words(match.group("thing"))
    if deadline is None or len(thing.split()) + len(deadline.group(0).split()) > _MOST_WORDS:
        return _fact(sentence, line, match, "thing", prompt)
    return sentence_text_fact(
        sentence,
        line,
        match.start("thing"),
        deadline.end(),
        _words(sentence[match.start("thing") : deadline.end()]),
        prompt[:1].upper() + prompt[1:],
        (thing,),
        # Written as the thing alone: another prompt holding it ("publish a recovery plan
        # within how many months?") would give the answer away.
        text=match.group("thing"),
    )


def _fact(
    sentence: str, line: int, match: re.Match[str], group: str, prompt: str, answer: str = ""
) -> FoundFact:
    # An answer in the article's words is hidden from other prompts; one reworded
    # ("appeal dismissed" for "dismissed an appeal") is not in them to give away.
    return sentence_text_fact(
        sentence,
        line,
        match.start(group),
        match.end(group),
        answer or _words(match.group(group)),
        prompt[:1].upper() + prompt[1:],
        text=answer or match.group(group),
    )
