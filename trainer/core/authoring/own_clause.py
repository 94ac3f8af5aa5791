"""A long question asked as the clause that holds it, where that clause's subject is
shared, said or follows a joining word: the last resort before a cut opened on "…".

An editor's read of rounds 11-12 drafts found long questions cut around their question word
("… more in property taxes next year after city council narrowly approved ...", "… had
considered paying for the operation privately ...", "… as far as … degrees north and south,
and will revisit the same spot every how many days?"), each a clause with a subject of its
own the cut left out. Three English forms give that subject back:

- a second verb of a shared subject: "The satellite will fly ..., and will revisit the same
  spot every how many days?" asks "The satellite will revisit the same spot every how many
  days?";
- a clause after a joining word, with its own subject and verb: "Homeowners will pay ...
  after city council narrowly approved a budget late on what date?" asks "City council
  narrowly approved a budget late on what date?";
- a speaker's own clause: "Mrs Vaughan said she had considered paying ..." asks "Mrs
  Vaughan had considered paying ..."; "... confirmed that Chile intends to host ..." asks
  "Chile intends to host ...".
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL

_ASKS = re.compile(r"\b(?:how|what|which|who|whom|whose|when|where)\b", re.IGNORECASE)
# A finite verb: an auxiliary, a verb in the past or a common irregular past.
_FINITE = (
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|"
    rf"[{SMALL}]{{3,}}ed|rose|fell|grew|won|lost|ran|made|took|hit|cut|set|met|paid|sold|bought|"
    r"held|kept|spent|put|began|came|went|gave|said|told)"
)
# "intends to", "plans to", "expects to": a verb in the present that takes "to".
_PRESENT_TO = rf"[{SMALL}]{{3,}}s\s+to"
# A subject the clause may open on: a noun phrase on its determiner or possessive, a name in
# capitals, or up to three bare nouns ("city council"), then its verb within a few words.
_SUBJECT_THEN_VERB = re.compile(
    rf"(?P<subject>(?:(?:the|a|an|its|their|his|her|[{CAPITAL}][\w’'.-]*['’]s)\s+)?"
    r"(?:(?!(?:it|they|we|he|she|i|you|there|this|that|these|those|to|in|on|at|of|for|by|with|"
    r"from|and|or|but|as|not|also|if|when|while|after|before|since)\b)[\w’'.-]+\s+){0,3}?)"
    rf"(?:[{SMALL}]+ly\s+)?(?P<verb>" + _FINITE + r"|" + _PRESENT_TO + r")\b"
)
# A joining word that opens a clause with its own subject.
_JOINING = re.compile(
    rf"\b(?:after|before|once|until|because|although|though|whereas|while)\s+(?=[{CAPITAL}{SMALL}])"
)
# ", and will revisit ...", " and followed up ...": a second verb of the same subject. A
# verb in the past takes its object or phrase ("and confirmed an order"); "and coated steel
# products" is an adjective.
_SECOND_VERB = re.compile(
    rf",?\s+and\s+(?:also\s+)?(?=(?!(?:[{SMALL}]{{3,}}ed)\b)"
    + _FINITE
    + rf"\b|[{SMALL}]{{3,}}ed\s+"
    r"(?:the|a|an|its|their|his|her|this|that|these|those|up|on|in|to|by|for|with|from|at|out|"
    r"off|down|over|into)\b)"
)
# A pronoun points back into the sentence the clause is cut from ("voted to shut it").
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her)\b", re.IGNORECASE)
# The sentence's own subject: the words before its first verb, any aside in commas left out.
_OPENING_SUBJECT = re.compile(
    r"^(?P<subject>(?:(?:The|A|An)(?:\s+(?!" + _FINITE + r"\b)[\w’'.-]+){1,5}?|"
    rf"(?!(?:The|A|An)\b)[{CAPITAL}][\w’'.-]*(?:\s+(?!" + _FINITE + r"\b)[\w’'.-]+){0,5}?))"
    rf"(?:,[^,]{{1,60}},)?\s+(?:[{SMALL}]+ly\s+)?" + _FINITE + r"\b"
)
# "Mrs Vaughan said she had ...", "Chile's minister confirmed that Chile intends to ...".
_SPEAKER_SAID = re.compile(
    rf"^(?P<speaker>(?:[{CAPITAL}][\w’'.-]*\s+){{1,3}})(?:said|says|told\s+\w+|added)\s+(?:that\s+)?"
    r"(?:he|she)\s+(?=" + _FINITE + r"\b)"
)
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|confirmed|announced|added|noted|warned|stressed)\s+that\s+"
)
_MIN_WORDS = 6


def asked_of_own_clause(prompt: str, limit: int) -> str | None:
    """``prompt`` asked as the clause holding its question word, with that clause's own
    subject, within ``limit`` words; None when no such clause fits."""
    text = prompt.removesuffix("?")
    asked = _ASKS.search(text)
    if asked is None:
        return None
    for candidate in _candidates(text, asked.start()):
        words = candidate.split()
        if not _MIN_WORDS <= len(words) <= limit or not _ASKS.search(candidate):
            continue
        # A hidden answer left in the clause ("…") still needs the words cut around it.
        if "…" in candidate:
            continue
        if candidate.count("“") != candidate.count("”") or candidate.count('"') % 2:
            continue
        return candidate[:1].upper() + candidate[1:] + "?"
    return None


def _candidates(text: str, question: int) -> list[str]:
    """The clauses ``text`` could be asked as, the nearest to its question word first."""
    found: list[tuple[int, str]] = []
    if speaker := _SPEAKER_SAID.match(text):
        found.append((speaker.end(), speaker["speaker"] + text[speaker.end() :]))
    for reported in _REPORTED_THAT.finditer(text, 0, question):
        clause = _SUBJECT_THEN_VERB.match(text, reported.end())
        if clause and clause["subject"][:1].isupper():
            found.append((reported.end(), text[reported.end() :]))
    for joining in _JOINING.finditer(text, 0, question):
        clause = _SUBJECT_THEN_VERB.match(text, joining.end())
        if clause and clause.end() <= question and clause["subject"].strip():
            found.append((joining.end(), text[joining.end() :]))
    opening = _OPENING_SUBJECT.match(text)
    if opening is not None and "…" not in opening["subject"]:
        for second in _SECOND_VERB.finditer(text, opening.end(), question):
            found.append((second.end(), f"{opening['subject']} {text[second.end() :]}"))
    # (A speaker's own clause names the speaker; the others must not point back.)
    found = [
        (at, clause)
        for at, clause in found
        if (speaker is not None and at == speaker.end()) or not _POINTS_BACK.search(clause)
    ]
    return [clause for _, clause in sorted(found, key=lambda item: -item[0])]


# "That a revised policy was not introduced until what month?": a reported clause's "that"
# left opening the question, with the reporting verb cut; before a determiner it can only
# be the joining word, never "that" pointing back.
_OPENING_THAT = re.compile(r"^That\s+(?=(?:the|a|an|his|her|its|their|this|these|those)\s)")


def without_opening_that(prompt: str) -> str:
    """``prompt`` without a reported clause's "That" left at its opening."""
    rest = _OPENING_THAT.sub("", prompt)
    return rest[:1].upper() + rest[1:] if rest != prompt else prompt
