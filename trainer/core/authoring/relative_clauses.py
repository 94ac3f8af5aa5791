"""A figure inside a non-restrictive "which" or "who" clause is asked of the clause's own
noun or person: in
"Operator Nordlink said its Sava 3 cable, which carries about a third of the traffic, failed
on Saturday", the share is a fact about the cable ("The Sava 3 cable carries about what
share of the traffic?"); asked in the whole sentence, the question sits in an aside, and a
prompt cut to fit reads "Which carries about what share ...?". In "X has been appointed,
replacing Dr Maeve Coughlan, who retired in November", the month is Coughlan's ("Dr Maeve
Coughlan retired in which month?"), never the sentence's subject's.
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_people import COURTESY_TITLE
from trainer.core.authoring.letters import CAPITAL, NAME_WORD, SMALL
from trainer.core.authoring.person_names import core_name
from trainer.core.authoring.unasked_actors import a_person

# The noun the clause hangs on, after the sentence's start, a comma or a reporting verb:
# "its Sava 3 cable", "the Harbour Line", "the charity": a name or number words before one
# head noun, so "The losses left the mill" is never read as a noun.
_ANTECEDENT = re.compile(
    r"(?:^|,\s+|\b(?:said|says|added|announced|reported)\s+(?:that\s+)?)"
    r"(?P<det>[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er)\s+"
    rf"(?P<noun>(?:[{CAPITAL}0-9][\w'’-]*\s+){{0,5}}[\w'’-]+)"
    rf",\s+which\s+(?=(?:[{SMALL}]+s|is|was|has|had|remains)\s)"
)
_MOST_NOUN_WORDS = 6
# "replacing Dr Maeve Coughlan, who retired in November": a person, then what they did.
_PERSON_ANTECEDENT = re.compile(
    # (a full name: "Dr Karimova, who leads ..." names one a card may answer, hidden there)
    rf"(?<![\w’'-])(?<!the\s)(?<!of\s)(?P<name>{COURTESY_TITLE}?(?!{COURTESY_TITLE})"
    rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}),\s+who\s+(?=[{SMALL}]+\s)"
)


def in_relative_clause(sentence: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The clause holding ``sentence[start:end]`` as a sentence of its own ("The Sava 3
    cable carries about a third of the traffic"), with the span's place in it; None when the
    span is in no "which" clause closed by a comma or the sentence's end."""
    best = None
    for match in [
        *_ANTECEDENT.finditer(sentence, 0, start),
        *_PERSON_ANTECEDENT.finditer(sentence, 0, start),
    ]:
        if best is None or match.end() > best.end():
            best = match
    if best is None:
        return None
    # The clause ends at the next comma that is no figure's ("1,400").
    closing = re.compile(r",(?!\d)").search(sentence, end)
    clause_end = closing.start() if closing else len(sentence.rstrip(" .!?"))
    between = sentence[best.end() : start]
    if re.search(r",(?!\d)|[;:()\"“”]", between):
        return None
    if "name" in best.re.groupindex:
        if not a_person(core_name(best.group("name"))):
            return None  # "the Northern Rail Users' Forum, who ...": a body
        head = f"{best.group('name')} "
    else:
        noun = best.group("noun")
        if len(noun.split()) > _MOST_NOUN_WORDS or noun.split()[0][:1].isdigit():
            return None
        head = f"The {noun} "
    clause = head + sentence[best.end() : clause_end] + "."
    shift = len(head) - best.end()
    return clause, start + shift, end + shift
