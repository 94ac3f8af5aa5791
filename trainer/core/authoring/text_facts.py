"""A text card's fact asked of its whole sentence: the answer, where it stands, the prompt.

The finders of claims without a figure (records, trends, characterisations, decisions) each
write their own prompt and keep the whole sentence as the card's evidence, and the finders
of named things (storms, ships, things named after their kind) each ask a name; this builds
those facts, one way for all of them.
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


def named_thing_fact(
    name: str,
    sentence: str,
    line: int,
    start: int,
    end: int,
    question: str,
    prompt: str | None,
    description: str | None,
    evidence: str | None = None,
    phrases: tuple[str, ...] = (),
    written: str | None = None,
    accept: tuple[str, ...] = (),
) -> FoundFact:
    """The named thing ``name`` at ``start``-``end`` of ``sentence`` ("Storm Edda", "the
    bulk carrier Cerulean Dawn"), asked ``question`` by ``prompt``; other prompts call it
    ``description`` ("the storm") and hide ``phrases`` whole; its evidence the sentence
    unless given, its words as ``written`` there (``name`` unless given), and ``accept``
    other right answers."""
    from trainer.core.authoring.find_facts import FoundFact

    return FoundFact(
        "text",
        "facts",
        name,
        name if written is None else written,
        sentence,
        start,
        end,
        question,
        line,
        evidence=sentence if evidence is None else evidence,
        prompt=prompt,
        description=description,
        named_thing=True,
        phrases=phrases,
        accept=accept,
    )
