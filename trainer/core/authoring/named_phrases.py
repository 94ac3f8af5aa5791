"""A long question loses, one at a time, the phrases that only say where or of what named
thing ("in the North Sea and Baltic", "at Kettlebeck", "of the Harbour Authority"), and the
label a document puts before a sentence ("Proposal 4: "), before a window cut loses its
subject.

A phrase naming a place or a body after a noun tells which one; the question still asks
its fact without it ("damage to subsea cables in the North Sea since what month?" reads
"damage to subsea cables since what month?"). The phrase farthest from the question goes
first, so what is kept is the context nearest the question.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.short_question import in_quotes

# Where the question is: "how", "what", "whose", or "which" after a preposition.
_ASKED = re.compile(
    r"(?i)\b(?:how|what|whose|when|where)\b"
    r"|\b(?:in|on|at|of|by|to|from|for|under|with|since|until)\s+which\b"
)
# A capitalised word of a name, and the joints inside one ("Bank of England", "Tyne and
# Wear").
_NAME_WORD = rf"[{CAPITAL}][\w’'.-]*"
_NAMED_PHRASE = re.compile(
    rf"(?P<before>\b[{SMALL}][\w’'-]{{2,}})\s+(?P<phrase>(?:in|at|on|across|of|near|outside)"
    rf"\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:of|and|de|del|du|for)\s+(?:the\s+)?)?{_NAME_WORD})*)"
    # Not a name's own possessive ("in Oslo's harbour"), nor a name going on in lower case.
    r"(?![’']s\b|[\w’'-])"
)
# Words a phrase of place completes rather than qualifies: a verb ("based in", "held at",
# "live in"), or a word that asks for its place ("one of", "part of"). ("from" is never
# struck: "takes over from Ann Lee" names a person.)
_COMPLETED_BY = re.compile(
    r"(?:is|are|was|were|be|been|being|live|lives|lived|work|works|worked|stay|stays|stayed|"
    r"one|part|some|most|many|all|each|none|both|any|much|rest|half|member|members|"
    # "chair of the Fisheries Commission": a post is known by its body.
    r"chair|chairman|chairwoman|head|director|chief|president|minister|secretary|leader|"
    r"governor|mayor|executive|officer|commissioner|ambassador|spokesperson|spokesman|"
    r"spokeswoman|professor|founder|editor|manager|partner|"
    rf"[{SMALL}]+ed|(?!(?:meeting|building|hearing|briefing|gathering|sitting|signing|opening|"
    rf"ruling|landing|funding|housing|spending|training)$)[{SMALL}]+ing)$"
)
# "Proposal 4: ", "About this brief: ": a label of a document's, before a sentence.
_LABEL = re.compile(rf"^[{CAPITAL}][^:“”\"?]{{0,30}}:\s+(?=[{CAPITAL}])")


def without_label(text: str) -> str:
    """``text`` without a document's label before its sentence."""
    label = _LABEL.match(text)
    return text[label.end() :] if label else text


def without_a_named_phrase(text: str) -> str:
    """``text`` without the phrase naming a place or body farthest before its question."""
    asked = _ASKED.search(text)
    if asked is None:
        return text
    for found in _NAMED_PHRASE.finditer(text, 0, asked.start()):
        if (
            in_quotes(text[: found.start()])
            or _COMPLETED_BY.match(found["before"])
            # The question's own phrase ("at a trial at which court") stays.
            or found.end("phrase") > asked.start()
        ):
            continue
        return text[: found.start("phrase")].rstrip() + text[found.end("phrase") :]
    return text
