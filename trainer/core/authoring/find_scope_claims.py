"""Claims without a figure that say what a measure covers, leaves out or requires, and what a
study or programme did not do: the key claims a briefing needs that no figure marks.

- what is left out: "Inverters and mounting systems are not covered by this change" asks
  "What is not covered by this change?"; "Defence spending was left out of the deal" asks
  "What was left out of the deal?" (also "excluded from", "exempt from", "omitted from");
- what a rule does not reach: "The levy does not apply to imports from Fiji" asks "What
  does the levy not apply to?";
- "No new tariff applies to EV batteries" asks "What new tariff applies to EV batteries?",
  its answer "no new tariff", as the article puts it;
- a requirement: "battery packs must be accompanied by a battery passport recording ..."
  asks "What must battery packs be accompanied by?", the answer the thing itself;
- what a study was not built to do: "The trial was not designed to measure fractures" asks
  "What was the trial not designed to measure?", the answer "fractures";
- a verdict: "the programme as a whole has not achieved value for money to date" asks
  "What is the verdict on the programme as a whole to date?" ("not achieved value for money").

The answer is the thing named, short, never a clause; a subject that is a pronoun ("It is
not covered"), "no one" ("No one was hurt") or a quotation's words is no claim to ask.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# Where a clause starts: the sentence's start (after a paragraph number, a bullet or a
# lead-in such as "From 1 January 2027,"), or after "but", "and", "while", "that".
_CLAUSE_START = (
    r"(?:^(?:\d+(?:\.\d+)*\s+|[-•*]\s+)?(?:(?:However|But|Also|Meanwhile|Instead|Crucially"
    r"|Notably),\s+|(?:But|And|Yet|So)\s+)?(?:(?:From|By|After|Before|Under|Until|In|On|Since)\s[^,]{1,40},\s+)?"
    r"|(?<=,\s)(?:but|and|while|although|though|whereas)\s+"
    # "but only after the clause had been dropped": the clause after its subordinator.
    r"|\b(?:(?:only|just|even)\s+)?(?:after|before|until|once|because|since|when|unless)\s+"
    # "officials said that ...": "that" after a reporting verb, never a relative "that".
    r"|\b(?:said|says|confirmed|announced|found|finds|stated|added|warned|noted|concluded"
    r"|concludes)\s+that\s+"
    # "the office said the programme has not ...": the same with "that" left out.
    r"|\b(?:said|says|found|finds|concluded|concludes)\s+(?=the\s))"
)
_NOT_A_SUBJECT = (
    r"(?!(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|[Yy]ou|[Tt]here"
    r"|[Nn]o\s+one|[Nn]obody|[Nn]othing|[Nn]one|[Ii]|[Ss]uch)\b)"
    # "only after the clause", "once the veto": a subordinator opens a clause, not a name.
    r"(?!(?i:only|just|even|after|before|until|once|because|since|when|if|unless|although"
    r"|though)\b)"
    # "All were excluded", "Some are exempt": a quantity alone names nothing.
    r"(?!(?:[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Bb]oth|[Ff]ew)\s+(?:is|are|was|were|will|have|has|must)\b)"
)
_VERB_WORDS = (
    r"is|are|was|were|will|would|has|have|had|does|do|did|must|can|could|may|should|remain"
    r"|remains|remained|said|says|that|which|who|found|finds|confirmed|announced|stated"
    r"|added|warned|noted|concluded|concludes"
)
# A subject: up to ten words, no comma, no verb of its own.
_SUBJECT = (
    rf"(?P<subject>{_NOT_A_SUBJECT}[{CAPITAL}{SMALL}][\w'’-]*"
    rf"(?:\s+(?!(?:{_VERB_WORDS}|not)\b)[\w'’-]+){{0,9}}?)"
)
# What follows the verb, to the clause's end.
_REST = r"(?P<rest>(?:\s+(?!(?:and|but|while|which|although|as|after|because)\b)[\w'’-]+){1,8})"
_CLAUSE_END = r"(?=\s*(?:[,;:.!?)](?!\d)|$)|\s+(?:and|but|while|which|although|as|after|because)\b)"
# "are not covered by this change", "will not be included in the count".
_NOT_COVERED = re.compile(
    rf"{_CLAUSE_START}{_SUBJECT}\s+(?P<aux>(?:is|are|was|were)\s+not|will\s+not\s+be"
    r"|(?:has|have|had)\s+not\s+been)\s+(?P<what>covered|included|affected|eligible|counted|part)"
    rf"{_REST}{_CLAUSE_END}"
)
# "was left out of the deal", "are excluded from the ban", "remain exempt from all duties".
_LEFT_OUT = re.compile(
    rf"{_CLAUSE_START}{_SUBJECT}\s+(?P<aux>is|are|was|were|will\s+be|(?:has|have|had)\s+been"
    r"|remains?|remained|will\s+remain)\s+(?P<what>(?:left|kept)\s+out|excluded|exempted|exempt"
    r"|omitted|carved\s+out|dropped)\s+(?P<prep>from|of)\b"
    rf"{_REST}{_CLAUSE_END}"
)
# "The levy does not apply to imports from Fiji", "the deal does not cover services".
_DOES_NOT_REACH = re.compile(
    rf"{_CLAUSE_START}{_SUBJECT}\s+(?P<aux>does|do|did|will|would)\s+not\s+"
    r"(?P<verb>apply\s+to|cover|include|extend\s+to|require|affect)\s+(?P<answer>[^,;:.()]{3,70}?)"
    # ("shipping and aviation": a pair is one answer, "and" ends no clause here.)
    r"(?=\s*(?:[,;:.!?)](?!\d)|$)|\s+(?:but|while|which|although|as|after|because)\b)"
)
# "No new tariff applies to EV batteries", "no extra charge will be levied on refunds".
_NONE_APPLIES = re.compile(
    r"(?:^(?:\d+(?:\.\d+)*\s+|[-•*]\s+)?|(?<=,\s)(?:but|and|while)\s+|\bthat\s+)"
    r"(?P<answer>[Nn]o\s+(?:(?:new|further|additional|extra|other|special|separate)\s+)?"
    rf"(?P<noun>(?!one\b|longer\b|doubt\b|decision\b|comment\b)[{SMALL}][\w-]*))\s+"
    r"(?P<verb>applies|apply|will\s+apply|(?:is|are|was|were|will\s+be)\s+(?:payable|imposed"
    r"|levied|charged|planned|proposed|due))\s+(?P<prep>to|on|for)\b"
    rf"{_REST}{_CLAUSE_END}"
)
# The thing required: a short noun phrase, cut where what describes it starts.
_THING = (
    r"(?P<answer>(?:an?|the|their|its|his|her|a\s+valid)\s+[\w'’-]+(?:\s+(?!(?:recording|showing"
    r"|stating|listing|setting|confirming|detailing|that|which|who|with|from|to|for|in|on|at"
    r"|by|and|or|issued|signed|before|within|under|this|last|next|until)\b)[\w'’-]+){0,4})"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:recording|showing|stating|listing|setting|confirming|detailing"
    r"|that|which|who|with|from|to|for|in|on|at|by|and|or|issued|signed|before|within|under"
    r"|this|last|next|until)\b)"
)
_DATED_LEAD_IN = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?(?:From|By|After|Until|Since)\s[^,]*\d[^,]*,")
_CLAUSE_GOES_ON = re.compile(r",\s+(?:and|but|while|with|although)\b")
_MUST = re.compile(
    rf"{_CLAUSE_START}{_SUBJECT}\s+(?P<modal>must|will\s+have\s+to|will\s+need\s+to"
    r"|(?:is|are|will\s+be)\s+required\s+to)\s+(?P<verb>be\s+accompanied\s+by|carry|display"
    r"|hold|obtain|bear|be\s+fitted\s+with|be\s+labelled\s+with|be\s+labeled\s+with|wear|use"
    rf"|submit|present|install|appoint)\s+{_THING}"
)
# "The trial was not designed to measure fractures".
_NOT_DESIGNED = re.compile(
    rf"{_CLAUSE_START}{_SUBJECT}\s+(?P<aux>is|are|was|were)\s+not\s+(?P<what>designed|intended"
    rf"|meant|powered|set\s+up|equipped)\s+to\s+(?P<verb>[{SMALL}]+)\s+"
    r"(?P<answer>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:and|but|or|in|among|over|because|as|which)\b)"
)
# "the programme as a whole has not achieved value for money to date".
_NOT_ACHIEVED = re.compile(
    # ("has not so far delivered", "has not yet met": the answer keeps "so far" where it stands.)
    rf"{_CLAUSE_START}{_SUBJECT}\s+(?:has|have)\s+not\s+(?:yet\s+|(?P<so_far>so\s+far\s+))?"
    r"(?P<verb>achieved|met"
    r"|delivered|demonstrated)\s+(?P<thing>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?P<time>\s+(?:to\s+date|so\s+far|yet))?(?=\s*(?:[,;:.)]|$))"
)
# "The result", "the move", "its plan": a word the story refers back with, no name.
_REFERS_BACK = re.compile(
    rf"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    rf"[{SMALL}][\w-]*"
)
_BARE_PRONOUN = re.compile(rf"^\s*(?:[{SMALL}]+\s+)?(?:it|them|this|that|these|those)\s*$")
# A subject this long is a clause of its own, not a thing to name.
_MOST_ANSWER_WORDS = 7
_PLURAL_AUX = {"are": "is", "were": "was", "have": "has", "do": "does", "remain": "remains"}


def find_scope_claims(sentence: str, line: int) -> list[FoundFact]:
    """What ``sentence`` says is left out, not reached, required or not done."""
    found: list[FoundFact] = []
    for match in _NOT_COVERED.finditer(sentence):
        aux = _singular(match.group("aux"))
        # "is not", "will not be", "has not been": the question keeps the words in order.
        rest = _words(match.group("rest"))
        prompt = f"What {aux} {match.group('what')} {rest}?"
        found.extend(_subject_fact(sentence, line, match, prompt))
    for match in _LEFT_OUT.finditer(sentence):
        aux, what = _singular(match.group("aux")), _words(match.group("what"))
        prompt = f"What {aux} {what} {match.group('prep')} {_words(match.group('rest'))}?"
        found.extend(_subject_fact(sentence, line, match, prompt))
    for match in _DOES_NOT_REACH.finditer(sentence):
        aux, verb = _singular(match.group("aux")), _words(match.group("verb"))
        subject = _in_question(match.group("subject"))
        if _pronoun_or_quoted(sentence, match):
            continue
        prompt = f"What {aux} {subject} not {verb}?"
        found.extend(_fact(sentence, line, match, "answer", prompt))
    for match in _NONE_APPLIES.finditer(sentence):
        answer = match.group("answer")
        shown = re.sub(r"^[Nn]o\s+", "", answer)
        prompt = (
            f"What {shown} {_words(match.group('verb'))} {match.group('prep')} "
            f"{_words(match.group('rest'))}?"
        )
        found.extend(_fact(sentence, line, match, "answer", prompt, answer=answer.casefold()))
    for match in _MUST.finditer(sentence):
        if _DATED_LEAD_IN.match(match.group(0)) and _CLAUSE_GOES_ON.match(sentence, match.end()):
            # "From 1 January 2027, X will be required to use Y, and ...": hiding Y would
            # take the date card's question with it; the date is asked, Y stays in it.
            continue
        subject = _in_question(match.group("subject"))
        modal, verb = _words(match.group("modal")), _words(match.group("verb"))
        if modal.startswith("will be "):
            prompt = f"What will {subject} be required to {verb}?"
        elif modal.startswith(("is ", "are ")):
            prompt = f"What {_singular(modal.split()[0])} {subject} required to {verb}?"
        elif modal == "must":
            prompt = f"What must {subject} {verb}?"
        else:  # "will have to", "will need to"
            prompt = f"What will {subject} {modal.removeprefix('will ')} {verb}?"
        found.extend(_fact(sentence, line, match, "answer", prompt))
    for match in _NOT_DESIGNED.finditer(sentence):
        subject = _in_question(match.group("subject"))
        prompt = (
            f"What {match.group('aux')} {subject} not {_words(match.group('what'))} to "
            f"{match.group('verb')}?"
        )
        found.extend(_fact(sentence, line, match, "answer", prompt))
    for match in _NOT_ACHIEVED.finditer(sentence):
        subject = _in_question(match.group("subject"))
        time = _words(match.group("time") or "")
        prompt = f"What is the verdict on {subject}{' ' + time if time else ''}?"
        so_far = "so far " if match.group("so_far") else ""
        answer = f"not {so_far}{match.group('verb')} {_words(match.group('thing'))}"
        found.extend(_fact(sentence, line, match, "thing", prompt, answer=answer))
    return found


def _subject_fact(sentence: str, line: int, match: re.Match[str], prompt: str) -> list[FoundFact]:
    if _BARE_PRONOUN.search(match.group("rest")):
        return []  # "What was left out of it?" says nothing on its own
    if _REFERS_BACK.fullmatch(match.group("subject")):
        return []  # "The plan was left out of ...": "the plan" names nothing to learn
    return _fact(sentence, line, match, "subject", prompt)


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    group: str,
    prompt: str,
    answer: str | None = None,
) -> list[FoundFact]:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    written = _words(match.group(group))
    if (
        len(written.split()) > _MOST_ANSWER_WORDS
        or _pronoun_or_quoted(sentence, match)
        or re.search(r"\d", written)
    ):
        # (a figure in the answer is the figure's card, asked by find_figures)
        return []
    return [
        FoundFact(
            "text",
            "facts",
            answer or written,
            match.group(group),
            sentence,
            match.start(group),
            match.end(group),
            "what",
            line,
            evidence=sentence,
            prompt=" ".join(prompt.split()),
        )
    ]


def _pronoun_or_quoted(sentence: str, match: re.Match[str]) -> bool:
    """True inside a quotation (what a speaker says is asked as quoted, find_quotes.py)."""
    return inside_quotation(sentence, match.start())


def _singular(aux: str) -> str:
    words = aux.split()
    words[0] = _PLURAL_AUX.get(words[0], words[0])
    return " ".join(words)


def _words(text: str) -> str:
    return " ".join(text.split())


def _in_question(subject: str) -> str:
    """ "The trial" as "the trial": a determiner's capital is the sentence's, not the name's."""
    subject = _words(subject)
    first, _, rest = subject.partition(" ")
    if first in ("The", "A", "An", "Its", "Their", "All", "Any", "Each", "Every") and rest:
        return f"{first.casefold()} {rest}"
    # "Applicants must hold ...": a plural of people by what they do, not a name.
    if not rest and re.fullmatch(rf"[{CAPITAL}][{SMALL}]+(?:ers|ants|ents|ors|ists|ees)", first):
        return first.casefold()
    # "Drone operators" opens its sentence on a capital; "British firms", "Japan's
    # exports" and "EU members" keep theirs, a people or a name.
    if (
        rest[:1].islower()
        and re.fullmatch(rf"[{CAPITAL}][{SMALL}]+", first)
        and not first.endswith(("an", "ian", "ish", "ese", "ch", "i"))
    ):
        return f"{first.casefold()} {rest}"
    return subject
