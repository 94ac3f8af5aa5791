"""A long question asked as the clause that holds it, when that clause has its own subject:
"Analysts at Rystad Energy estimated the outage would cost ... if it lasts how many weeks?"
asks "The outage would cost ... if it lasts how many weeks?", not "… Energy estimated the
outage would ...".

A question over the word limit used to be cut around its question word and marked "…",
which leaves it without a subject and often cuts a name in two. English gives two places
where a clause with its own subject starts inside a sentence: after a reporting verb ("said
the hospital had treated ...", "warned that the outlook depended ...") and after a joining
word between clauses (", as strong bookings ... offset ...", ", but the route ..."). The
question is asked from the last such place that leaves it a subject, a verb and its own
question words, within the limit.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL

# Where a reported clause starts: after the reporting verb, its listener and its "that".
_REPORTED = re.compile(
    rf"\b(?:said|says|told\s+(?:the\s+)?(?:(?:[{CAPITAL}][\w’'-]*\s+){{1,4}}|[{SMALL}]+\s+)|warned|warns|"
    r"estimated|estimates|added|"
    r"adds|noted|found|finds|believes|believed|expects|expected|argued|stressed|announced|"
    r"reported|confirmed|showed|shows|predicted|forecast)\b\s*(?:that\s+)?"
)
# "agreed that", "noted with satisfaction that": a "that" clause after a verb in the past
# and its phrase ("reported a profit that beat ..." is a relative clause, not a report).
_THAT_CLAUSE = re.compile(
    rf"\b[{SMALL}]{{3,}}ed(?:\s+(?:with|in|on|at|to|by|for)(?:\s+[\w’'-]+){{1,2}})?\s+that\s+"
)
# Where a second clause starts: a comma and a joining word.
_JOINED = re.compile(r",\s+(?P<word>and|but|as|while|whereas|though|although|because|so|yet)\s+")
_COORDINATING = frozenset({"and", "but", "so", "yet"})
# "With ballots ... counted, the former minister had ...": a clause opening on its
# determiner after a comma, with no comma of its own before the question.
_AFTER_COMMA = re.compile(r",\s+(?=(?:the|a|an)\s)")
# The clause must open on its subject: a determiner, a possessive or a name, never a
# pronoun that points back into the sentence left out ("it", "they") or a verb.
_SUBJECT = re.compile(
    rf"(?:the|a|an|his|her|some|most|many|all|each|every|no|[{SMALL}]+['’]s|"
    r"(?!(?:It|They|We|He|She|I|You|There|This|That|Its|Their|Our|But|And|As|In|On|At)\b)"
    rf"[{CAPITAL}][\w’'.-]*)\s"
)
# A bare noun opening a reported clause: a lower-case word that is no pronoun, joining word,
# auxiliary or verb in the past.
_BARE_NOUN = re.compile(
    r"(?!(?:it|they|we|he|she|i|you|there|this|that|its|their|our|to|in|on|at|of|for|by|with|"
    r"from|and|or|but|as|is|are|was|were|will|would|has|have|had|be|been|not|also|if|when|"
    r"while|after|before|since|said|says|told|tells|made|took|gave|won|lost|saw|got)\b)"
    rf"[{SMALL}][{SMALL}-]+(?<!ed)(?<!ly)(?<!ing)\s"
)
# A finite verb of the clause's own, after its subject and before the question.
_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|"
    rf"does|do|[{SMALL}]{{3,}}ed|rose|fell|grew|won|lost|ran|made|took|hit|cut|set|met|"
    r"offset|put|spent|paid|sold|bought|held|kept)\s"
)
# "The first runoff held since ...": a past form with no auxiliary, before a preposition, is
# a participle describing the noun, not the clause's verb.
_PARTICIPLE_AFTER_NOUN = re.compile(
    rf"\s(?:[{SMALL}]{{3,}}ed|held|set|made|put|cut|hit|paid|sold|bought|kept|spent|met|won|lost|"
    r"taken|given|seen|known|shown|built|run)\s+(?:by|since|in|on|at|for|under|during|from|"
    r"to|with|after|before|last|this|next)\b"
)
_ASKS = re.compile(r"\b(?:how|what|which|who|whom|whose|when|where)\b", re.IGNORECASE)
# A second reporting verb joined to the first, with no subject of its own: its subject is
# the speaker, whom the reported clause leaves out.
_SPEAKER_GOES_ON = re.compile(
    r"\s(?:but|and)\s+(?:also\s+)?(?:insisted|said|added|warned|argued|stressed|noted|claimed|"
    r"admitted|conceded|acknowledged|denied|maintained|promised|pledged)\b"
)
_MIN_WORDS = 6


def clause_alone(prompt: str, limit: int) -> str | None:
    """``prompt`` (a question over ``limit`` words) asked as the clause holding its question
    word, from where that clause's own subject starts; None when no such clause fits."""
    text = prompt.removesuffix("?")
    asked = _ASKS.search(text)
    if asked is None or "…" in text:
        return None
    # After a reporting verb, "that" or a subordinating word, a subject may be a bare noun
    # ("that bilateral trade had grown", "as strong bookings ... offset"); after "and" or a
    # bare comma it opens on a determiner or a name.
    reported = [found.end() for found in _REPORTED.finditer(text, 0, asked.start())]
    reported += [found.end() for found in _THAT_CLAUSE.finditer(text, 0, asked.start())]
    # A subordinating word ("as", "while") always has a subject after it; "and" or "but" may
    # share the first clause's ("and then cut to").
    joined = list(_JOINED.finditer(text, 0, asked.start()))
    starts = [found.end() for found in joined if found.group("word") in _COORDINATING]
    reported += [found.end() for found in joined if found.group("word") not in _COORDINATING]
    commas = [
        found.end()
        for found in _AFTER_COMMA.finditer(text, 0, asked.start())
        if "," not in text[found.end() : asked.start()]
    ]
    for start in sorted({*starts, *reported, *commas}):
        rest = text[start:]
        words = rest.split()
        if not _MIN_WORDS <= len(words) <= limit:
            continue
        subject = _SUBJECT.match(rest) or (start in reported and _BARE_NOUN.match(rest))
        if not subject or _ASKS.search(rest[: len(words[0])]):
            continue
        verb = _VERB.search(rest, 0, asked.start() - start + 1)
        if not verb or (
            _PARTICIPLE_AFTER_NOUN.match(rest, verb.start())
            and not rest[: verb.start()].endswith("ly")  # "typically accounted for"
        ):
            continue
        if rest.count("“") != rest.count("”") or rest.count('"') % 2:
            continue
        if start in reported and _SPEAKER_GOES_ON.search(rest):
            continue  # "said the figures were bad but insisted that ...": the speaker insisted
        return rest[:1].upper() + rest[1:] + "?"
    return None


# A word that opens a noun phrase a question can start on.
_DETERMINER = re.compile(r"(?:the|a|an|no|The|A|An|No)$")
# A name of up to three words and its verb.
_NAME_THEN_VERB = re.compile(
    r"(?!(?:It|They|We|He|She|I|You|There|This|That|But|And|In|On|At|As)\b)"
    rf"[{CAPITAL}][\w’'.-]*(?:\s+[{CAPITAL}][\w’'.-]*){{0,2}}\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says)\b"
)
# What may stand before that noun phrase: the start, a comma or colon, a reporting word.
_BEFORE_SUBJECT = re.compile(r"(?:.*[,:]|said|says|told|that|added|warned|noted|found)$")
# The subject's own verb: an auxiliary, or a verb in the past.
_FINITE = re.compile(
    rf"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|[{SMALL}]{{3,}}ed|"
    r"rose|fell|grew|won|lost|ran|made|took|hit|cut|set|met|paid|sold|bought|held|kept|"
    r"spent|put)$"
)
# Words that start a clause of the subject's own: its verb would not be the sentence's.
_CLAUSE_WORD = re.compile(
    r"(?i)(?:that|which|who|whose|where|when|while|if|because|to|after|before|since|despite)$"
)
# The question word and the words of its phrase after it are never cut off.
_QUESTION_PHRASE_WORDS = 3


def from_a_subject(words: list[str], at: int, limit: int) -> str | None:
    """The question in ``words`` (its question word at ``at``), cut to ``limit`` words from a
    noun phrase that is the subject of a verb before the question: "… the President of
    Poland paid a State Visit to Kenya from 16 to what date?" needs no "…" when it reads
    "The President of Poland paid ...". None when no such start fits."""
    # The last question word: "where boreholes serve some how many residents" asks "how".
    last = max(
        (i for i, word in enumerate(words) if _ASKS.fullmatch(word.strip("“”\"'‘’,"))),
        default=at,
    )
    for start in range(max(0, at - limit + 2), at):
        if start > 0 and not _BEFORE_SUBJECT.match(words[start - 1]):
            continue
        # The noun phrase opens on a determiner, or is a name its verb follows ("…, Corrie
        # must pay ...").
        if not _DETERMINER.match(words[start]) and not _NAME_THEN_VERB.match(
            " ".join(words[start : start + 5])
        ):
            continue
        kept = words[start:]
        tail = len(kept) > limit
        kept = kept[: limit - 1] if tail else kept
        if start + len(kept) < min(last + _QUESTION_PHRASE_WORDS, len(words)):
            continue  # "walked an average of how …" is no question
        if not _has_own_verb(words[start + 1 : at]):
            continue
        text = " ".join(kept)
        if text.count("“") != text.count("”") or text.count('"') % 2 or "…" in text:
            continue
        text = text.rstrip(",;:") + (" …" if tail else "")
        return text[:1].upper() + text[1:] + "?"
    return None


def _has_own_verb(words: list[str]) -> bool:
    """Whether ``words`` (after a subject's determiner) reach the subject's own verb before
    any clause or comma of their own."""
    for word in words:
        if _FINITE.match(word):
            return True
        if _CLAUSE_WORD.match(word) or word.endswith((",", ";", ":")) or _ASKS.match(word):
            return False
    return False
