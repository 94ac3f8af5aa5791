"""In a story about one person (an obituary, a profile), a prompt whose clause opens on "she"
or "he" asks of someone only the article names: "She married the architect in what year?".

The subject's pronoun stands for the subject, so it is replaced by the role the story gives
them ("The diplomat married the architect in what year?"), and an opening participle gets
its subject back ("Born on what date in Accra?" asks "The diplomat was born on what date in
Accra?"). A pronoun of the other gender opening a prompt ("He died in what year?") stands
for someone else the card cannot name, and the card goes.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.find_life_events import story_subject, subject_description
from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.questions import MAX_WORDS

# The pronoun opening a prompt's clause: at its start, after an opening phrase set off by a
# comma ("A career diplomat, she ..."), or after a short time or manner phrase ("In 2014
# she ...", "In retirement she ...").
_OPENING = re.compile(
    r"^(?P<lead>(?:[^,?“”\"]{1,50},\s+|(?:In|By|After|Under|From|Since|Later|Then)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?)?)(?P<pronoun>[Ss]he|[Hh]e)\s+(?=[{SMALL}])"
)
_BORN = re.compile(r"^Born\s+(?=on|in)")
_BORN_THEN_CLAUSE = re.compile(r"^Born\s+[^,?]+,\s+(?=(?:she|he)\s)")


def with_subject_pronouns(
    groups: dict[str, list[dict[str, Any]]], text: str
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with each prompt's opening "she"/"he" of the story's subject named by the
    subject's role, and the cards whose opening pronoun is someone else's dropped."""
    subject = story_subject(text)
    described = subject_description(text)
    if subject is None or subject.gender is None or described is None:
        return groups
    role = described[1]
    kept: dict[str, list[dict[str, Any]]] = {}
    for name, group in groups.items():
        kept[name] = []
        for card in group:
            prompt = reworded(str(card["prompt"]), subject.gender, role)
            if prompt is None or _born_elsewhere(prompt, card):
                continue
            if len(prompt.split()) <= MAX_WORDS:  # a role is longer than "she"
                card["prompt"] = prompt
            kept[name].append(card)
    return kept


def reworded(prompt: str, gender: str, role: str) -> str | None:
    """``prompt`` with its subject's opening pronoun ("she", for ``gender`` "f") as
    ``role``; None when its opening pronoun is of the other gender."""
    if _BORN.match(prompt):
        # "Born in Accra, she read history at which college?": the main clause's pronoun.
        prompt = _BORN_THEN_CLAUSE.sub("", prompt)
        if _BORN.match(prompt):
            return _BORN.sub(f"{_capital(role)} was born ", prompt)
    opening = _OPENING.match(prompt)
    if opening is None or prompt.startswith(("Who ", "What ", "Which ", "When ", "How ")):
        return prompt
    pronoun = opening.group("pronoun").casefold()
    if (pronoun == "she") != (gender == "f"):
        return None
    lead = opening.group("lead")
    named = _capital(role) if not lead else role
    return f"{lead}{named} {prompt[opening.end() :]}"


def _capital(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _born_elsewhere(prompt: str, card: dict[str, Any]) -> bool:
    """Whether a "... was born ... in what year?" card's answer is no part of the "Born ..."
    clause it asks of ("Born in Accra, she ... and, in 1966, joined ...": 1966 is not)."""
    if not re.search(r"\bwas born\b", prompt):
        return False
    clause = re.match(r"\s*Born\s.*?(?=,\s+(?:she|he)\s|;|$)", str(card.get("evidence", "")))
    year = re.search(r"\d{4}", str(card["answer"]))
    return bool(clause and year and year.group() not in clause.group())
