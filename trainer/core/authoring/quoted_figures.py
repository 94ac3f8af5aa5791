"""A figure inside a quotation, asked as the speaker's words: "The UNHCR spokesperson said:
“Families are arriving after walking for how many days”?".

Asked in place like any other figure, the question would start or end inside the quotation
("… our summer schedule is already what percentage sold," the Chief Executive said?") or
speak in the first person with no one to speak ("We're hedged for about what percentage of
our fuel needs?"). The quotation's own clause, in quotation marks after its speaker, reads
as what it is.
"""

from __future__ import annotations

import re

from trainer.core.authoring.questions import ask_in_place

_MARKS = '"“”'


def quotation_around(sentence: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the quoted words holding position ``at``, marks left out; None when
    ``at`` is outside any quotation. A sentence opening inside a quotation counts from its
    start."""
    marks = [index for index, char in enumerate(sentence) if char in _MARKS]
    before = [index for index in marks if index < at]
    curly_open = sum(sentence[i] == "“" for i in before) > sum(sentence[i] == "”" for i in before)
    straight_open = sum(sentence[i] == '"' for i in before) % 2 == 1
    if not (curly_open or straight_open):
        return None
    start = before[-1] + 1 if before else 0
    after = [index for index in marks if index >= at]
    end = after[0] if after else len(sentence)
    return start, end


def ask_in_quotation(
    sentence: str, start: int, end: int, question: str, speaker: str | None
) -> str | None:
    """The question for ``sentence[start:end]`` as ``speaker``'s words when it sits inside a
    quotation; ``sentence`` itself is asked in place when it does not (None is returned
    only when the quotation has no speaker to name)."""
    span = quotation_around(sentence, start)
    if span is None:
        return ask_in_place(sentence, start, end, question)
    if speaker is None:
        return None
    begin, stop = _clause(sentence, span, start, end)
    asked = ask_in_place(sentence[begin:stop], start - begin, end - begin, question)
    return f"{speaker} said: “{asked.removesuffix('?')}”?"


def _clause(sentence: str, span: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of the quotation holding the question, so the speaker's name still fits
    in a short prompt: "and our summer schedule is already 71% sold" → "our summer ..."."""
    begin, stop = span
    for brk in _CLAUSE_BREAK.finditer(sentence, begin, stop):
        if brk.end() <= start and len(sentence[brk.end() : end].split()) >= _MIN_WORDS:
            begin = brk.end()
        elif brk.start() >= end and len(sentence[begin : brk.start()].split()) >= _MIN_WORDS:
            stop = brk.start()
            break
    return begin, stop


# Not before "who" or "which": a relative clause is no clause to start a question with.
_CLAUSE_BREAK = re.compile(
    r"[,;:]\s+(?!(?:who|which|whom|whose|that)\b)(?:(?:and|but|so|or|while)\s+)?|\s+[—–]\s+"
)
_MIN_WORDS = 4
