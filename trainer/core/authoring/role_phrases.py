"""A person's role as a noun phrase a question can hold: "Who is the former finance
minister?", never "Who is the face incumbent vice-president?" or "the Former finance minister".

The role finders read the words before a name; in running text those can hold the verb
whose object the person is ("... will face incumbent vice-president Emmanuel Gbarbea") and,
at a sentence's start, a capital that belongs to the sentence, not the role ("Former finance
minister Beatrice Kollie will ..."). Both are told from how English sentences are built,
never from one article's words.
"""

from __future__ import annotations

import re

# A word after one of these is a verb: "will face", "could meet", "did not back" ("to" is
# left out: "wrote to health secretary X" is a preposition before a role).
_BEFORE_A_VERB = (
    r"(?:will|would|can|could|may|might|must|shall|should|did|does|do)(?:\s+not|\s+never)?"
)
# After "has", "have" or "had" a participle is a verb: "has beaten", "had chosen".
_PERFECT = r"(?:has|have|had)(?:\s+not|\s+never|\s+already)?"
# Verbs that take a person as their object in news copy, read before a role and name in
# any tense ("defeated incumbent mayor X", "succeeds outgoing chair Y").
_PERSON_VERBS = frozenset(
    [
        "face",
        "faces",
        "faced",
        "facing",
        "meet",
        "meets",
        "met",
        "beat",
        "beats",
        "beaten",
        "beating",
        "defeat",
        "defeats",
        "defeated",
        "defeating",
        "replace",
        "replaces",
        "replaced",
        "replacing",
        "succeed",
        "succeeds",
        "succeeded",
        "succeeding",
        "join",
        "joins",
        "joined",
        "joining",
        "challenge",
        "challenges",
        "challenged",
        "challenging",
        "unseat",
        "unseats",
        "unseated",
        "oust",
        "ousts",
        "ousted",
        "thank",
        "thanks",
        "thanked",
        "urge",
        "urges",
        "urged",
        "back",
        "backs",
        "backed",
        "endorse",
        "endorses",
        "endorsed",
        "accuse",
        "accuses",
        "accused",
        "visit",
        "visits",
        "visited",
        "called",
        "tell",
        "tells",
        "told",
        "ask",
        "asks",
        "asked",
        "named",
        "appoint",
        "appoints",
        "appointed",
        "elect",
        "elects",
        "elected",
        "praise",
        "praised",
        "criticise",
        "criticised",
        "criticize",
        "criticized",
        "sacked",
        "fired",
        "dismissed",
    ]
)
# Words that say when a person holds a role, not which role: "Former", "Incumbent".
# A capital on one of them opening a sentence is the sentence's, not the title's.
QUALIFYING_WORDS = frozenset(
    [
        "former",
        "incumbent",
        "outgoing",
        "current",
        "then",
        "newly-elected",
        "new",
        "veteran",
        "longtime",
        "long-serving",
        "acting",
        "interim",
        # ("Local councillor Jo Bell said": where, or what rank of, the post is)
        "local",
        "senior",
        "retired",
        "junior",
        "assistant",
        "lead",
        "regional",
        "chief",
        "deputy",
    ]
)
# Of those, the ones that say when, which a capital title keeps lower-cased after them
# ("Incumbent President" opening a sentence is "incumbent President").
_TIME_WORDS = frozenset(
    ["former", "incumbent", "outgoing", "current", "then", "new", "newly-elected"]
)


def noun_phrase_role(role: str, phrase: str, sentence: str) -> tuple[str, str]:
    """(role, phrase) with the verbs before the role left out and a sentence's capital on a
    qualifying word lowered: "face incumbent vice-president" in "... will face incumbent
    vice-president X" is "incumbent vice-president"; "Former finance minister" opening its
    sentence is "former finance minister". ``phrase`` (role and name, as written) loses the
    same words, so it is still the article's own words."""
    words = role.split()
    at = sentence.find(phrase)
    before = sentence[:at] if at >= 0 else ""
    while len(words) > 1 and _is_verb(words[0], before):
        before = f"{before}{words[0]} "
        phrase = phrase[phrase.find(words[0]) + len(words[0]) :].lstrip()
        words = words[1:]
    if (
        len(words) > 1
        and words[0].casefold() in QUALIFYING_WORDS
        and words[0][:1].isupper()
        and not before.strip()
        and (words[1][:1].islower() or words[0].casefold() in _TIME_WORDS)
    ):
        words[0] = words[0].casefold()
    return " ".join(words), phrase


def _is_verb(word: str, before: str) -> bool:
    """Whether ``word``, written after ``before``, is a verb and not part of a role."""
    if not word.islower():
        return False
    if word in _PERSON_VERBS:
        return True
    if re.search(rf"\b{_BEFORE_A_VERB}\s+$", before):
        return True
    return word.endswith(("ed", "en")) and re.search(rf"\b{_PERFECT}\s+$", before) is not None
