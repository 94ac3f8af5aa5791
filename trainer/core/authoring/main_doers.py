"""People who do a sentence's main thing, in the forms whose card asks something else.

A sentence like "Mira Kovac of the Unity Party (UP) won the race with 54.2% of the vote" is
drafted a card on its figure, and the person who won is asked nowhere: the figure's card
names them, so the sentence-by-sentence pass (unasked_actors.py) counts them as asked.
Each form here is one newswriting uses to say who did the main thing:

- a person with the body they belong to between name and verb, opening the sentence or its
  second clause: "..., and Ana Ruiz of the Green Union finished third with 9.8 per cent"
  asks "Who of the Green Union finished third?";
- two people as one subject: "Council members Ana Ruiz and Tom Lind voted against" asks
  "Which council member voted against along with Tom Lind?" (each name alone is the
  answer a grader takes, so one card asks one of them, the other named in its prompt);
- a person after a role at the end of a passive: "the head of the port authority resigned
  and was replaced by his deputy, Siri Lund" asks "Who replaced the head of the port
  authority?".

A figure's card that named the person has their name hidden by finishing, so no prompt
gives the new card away.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.person_names import core_name
from trainer.core.authoring.sentence_facts import MAIN, SentenceFact
from trainer.core.authoring.unasked_actors import (
    HONORIFIC,
    KNOWN_VERB,
    NAME,
    VERB,
    a_person,
    clause_verb_phrase,
)

# A body's name after "of the": "the Civic Renewal Party", "the Green-Left Union" (a firm
# "of Spain", a club "of Madrid" is where a body is from, no person's).
_BODY = rf"the\s+[{CAPITAL}][\w’'-]*(?:\s+(?:(?:and|of|for|&)\s+)?[{CAPITAL}][\w’'-]*){{0,5}}"
_SHORT_FORM = rf"(?:\s+\([{CAPITAL}][{CAPITAL}{SMALL}]{{1,7}}\))?"
# Where a sentence's subject may stand: its start, or its second clause after "and".
_CLAUSE_START = r"(?:^|,\s+and\s+|;\s+|:\s+)"
_MEMBER_SUBJECT = re.compile(
    rf"{_CLAUSE_START}{HONORIFIC}(?P<name>{NAME})\s+of\s+(?P<body>{_BODY}){_SHORT_FORM},?\s+"
    rf"(?P<verb>{VERB}|{KNOWN_VERB})"
)
# "Council members Ana Ruiz and Tom Lind voted": the plural role both hold says they are
# people ("Tata Steel and British Steel warned" names two companies).
_PERSON_PLURAL = (
    r"(?:members|ministers|officials|councillors|councilors|judges|justices|directors|"
    rf"lawmakers|legislators|senators|MPs|commissioners|governors|trustees|[{SMALL}]+(?:ers|ors|ists|ians))"
)
_PAIR_SUBJECT = re.compile(
    rf"{_CLAUSE_START}(?P<role>(?:[{CAPITAL}][{SMALL}]+\s+)?(?:[{SMALL}]+\s+){{0,2}}?{_PERSON_PLURAL})\s+"
    rf"{HONORIFIC}(?P<first>{NAME})\s+and\s+{HONORIFIC}(?P<second>{NAME}),?\s+"
    rf"(?P<verb>{VERB}|{KNOWN_VERB})"
)
# "the head of the port authority, Jonas Ekdahl, resigned and was replaced on an interim
# basis by his deputy, Siri Lund": who did the passive's act, named last after their role.
_PASSIVE_AGENT = re.compile(
    # (the subject's words hold no verb: "the head of the port authority resigned ...")
    rf"{_CLAUSE_START}(?P<subject>[Tt]he(?:\s+(?![{SMALL}]+ed\b)[{SMALL}][\w’'-]*){{1,9}})"
    rf"(?:,\s+{HONORIFIC}{NAME},)?"
    # ("... resigned last month and was replaced": a first verb of the subject's own)
    rf"(?:\s+(?:[{SMALL}]{{3,}}ed|quit|left)(?:\s+[\w’'-]+){{0,4}}?\s+and)?"
    rf"\s+(?:was|were|has\s+been|had\s+been)\s+(?P<done>[{SMALL}]{{3,}}ed)"
    rf"(?P<how>(?:\s+[{SMALL}][\w-]*){{0,5}}?)\s+by\s+(?:his|her|their|its|the)\s+"
    rf"(?:[{SMALL}][\w-]*\s+){{0,3}}?[{SMALL}][\w-]*,\s+{HONORIFIC}(?P<name>{NAME})\.?$"
)
# A phrase led by a preposition and holding a figure: another card's answer, no part of
# what the person did ("won the race with 54.2% of the vote").
_FIGURE_PHRASE = re.compile(
    rf"\s+(?:with|by|on|at|to|from|in|of)\s+(?:[{SMALL}][\w-]*\s+){{0,3}}?[£$€]?\d"
)
# A party in an election's results: its candidate is "the candidate of the Unity Party".
_PARTY = re.compile(r"\b(?:Party|Alliance|Union|Front|Movement|Coalition|League|Bloc|Congress)\b")
_ELECTION = re.compile(r"(?i)\b(?:vote|votes|race|election|round|ballot|poll|per\s+cent|seats)\b|%")
_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|last)\b")


def main_doer_facts(sentence: str) -> list[tuple[SentenceFact, str | None]]:
    """The people ``sentence`` says did its main thing, in the forms above, each with the
    question that asks them and how other prompts may name them (None: by name only)."""
    facts: list[tuple[SentenceFact, str | None]] = []
    for found in _MEMBER_SUBJECT.finditer(sentence):
        fact = _member_fact(sentence, found)
        if fact is not None:
            party = _PARTY.search(found.group("body")) and _ELECTION.search(sentence)
            facts.append((fact, "the candidate" if party else None))
    for found in _PAIR_SUBJECT.finditer(sentence):
        facts += [(fact, None) for fact in _pair_facts(sentence, found)]
    passive = _PASSIVE_AGENT.search(sentence)
    if passive is not None and a_person(core_name(passive.group("name"))):
        subject = " ".join(passive.group("subject").split())
        how = " ".join(passive.group("how").split())
        prompt = " ".join(
            f"Who {passive.group('done')} {subject[:1].lower()}{subject[1:]} {how}".split()
        )
        name = core_name(passive.group("name"))
        start = passive.start("name")
        fact = SentenceFact("name", name, start, start + len(name), "who", MAIN, prompt + "?")
        facts.append((fact, None))
    return facts


def _member_fact(sentence: str, found: re.Match[str]) -> SentenceFact | None:
    name = core_name(found.group("name"))
    if not a_person(name):
        return None
    rest = sentence[found.start("verb") :]
    figure = _FIGURE_PHRASE.search(rest)
    phrase = clause_verb_phrase(rest[: figure.start()] if figure else rest, shortest=1)
    if phrase is None:
        return None
    body = " ".join(found.group("body").split())
    # "Who finished third?" says too little: the body the person is of tells which race.
    if len(phrase.split()) < 3 and _ORDINAL.search(phrase):
        prompt = f"Who of {body} {phrase}?"
    elif len(phrase.split()) >= 3:
        prompt = f"Who {phrase}?"
    else:
        return None
    start = found.start("name")
    return SentenceFact("name", name, start, start + len(name), "who", MAIN, prompt)


def _pair_facts(sentence: str, found: re.Match[str]) -> list[SentenceFact]:
    first, second = core_name(found.group("first")), core_name(found.group("second"))
    if not (a_person(first) and a_person(second)):
        return []
    phrase = clause_verb_phrase(sentence[found.start("verb") :], shortest=1)
    if phrase is None:
        return []
    role = found.group("role")
    asker = f"Which {role[:1].lower()}{role[1:].removesuffix('s')}"
    facts = []
    # The first named is asked with the second in the prompt; where the second is another
    # card's answer, the second is asked instead (the caller keeps one of the two).
    for name, other, at in (
        (first, second, found.start("first")),
        (second, first, found.start("second")),
    ):
        prompt = f"{asker} {phrase} along with {other}?"
        facts.append(SentenceFact("name", name, at, at + len(name), "who", MAIN, prompt))
    return facts
