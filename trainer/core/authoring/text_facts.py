"""A text card's fact asked of its whole sentence: the answer, where it stands, the prompt.

The finders of claims without a figure (records, trends, characterisations) each write
their own prompt and keep the whole sentence as the card's evidence; this builds that
fact, one way for all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact


def sentence_text_fact(
    sentence: str,
    line: int,
    start: int,
    end: int,
    answer: str,
    prompt: str,
    accept: tuple[str, ...] = (),
    text: str | None = None,
) -> FoundFact:
    """The text fact ``answer`` at ``start``-``end`` of ``sentence`` (``text``, the words
    the sentence gives it, when other than that span), asked by ``prompt``, its evidence
    the whole sentence; ``accept`` less the answer itself."""
    # Imported here: FoundFact lives in find_facts, which calls the finders that call this.
    from trainer.core.authoring.find_facts import FoundFact

    return FoundFact(
        "text",
        "facts",
        answer,
        sentence[start:end] if text is None else text,
        sentence,
        start,
        end,
        "what",
        line,
        evidence=sentence,
        prompt=prompt,
        accept=tuple(other for other in accept if other != answer),
    )
