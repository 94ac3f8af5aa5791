"""A list a body sentence names with nothing asked of it: "The money was spent on a villa
near Valencia, two boats and a racehorse" asks "The money was spent on what?", the list
whole its answer (find_lists.object_list reads it).

Like unasked_names.py, a catch-all after the finders and sentence coverage: a list in object
position follows any verb, so no finder of one phrase reads it. Cards per fact are a budget:
one list card a sentence, none where the sentence already holds two cards, none for a list
another card answers or another prompt holds.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_lists import object_list
from trainer.core.authoring.pronoun_subjects import named_subject
from trainer.core.authoring.questions import MAX_WORDS, ask_in_place
from trainer.core.authoring.subject_before import with_subject
from trainer.core.authoring.tidy_prompts import reads_garbled
from trainer.core.authoring.unasked_names import (
    body_line,
    drafted_from,
    fold_text,
    new_text_card,
)


def with_unasked_lists(
    groups: dict[str, list[dict[str, Any]]],
    story: Article,
    people: list[str],
    taken: set[str],
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with a card for a list each body sentence of ``story`` leaves unasked
    (cards as drafting.py leaves them before finishing; new ids are added to ``taken``)."""
    cards = [
        card
        for group in groups.values()
        for card in group
        if not reads_garbled(str(card["prompt"]))
    ]
    added: list[dict[str, Any]] = []
    text = "\n".join(story.lines)
    for line in story.lines:
        if not body_line(line):
            continue
        for start, end in sentence_spans(line):
            sentence = line[start:end]
            if sum(drafted_from(card, sentence) for card in cards + added) >= 2:
                continue
            card = _list_card(sentence, cards + added, taken)
            if card is None:
                continue
            # "They were repelled with what?": "They" is the subject of the sentence before,
            # or the card asks of no one.
            named = named_subject(card["prompt"], sentence, text)
            if named is None:
                continue
            card["prompt"] = with_subject(named, story, sentence, people)
            added.append(card)
    if added:
        groups.setdefault("facts", []).extend(added)
    return groups


def _list_card(
    sentence: str, cards: list[dict[str, Any]], taken: set[str]
) -> dict[str, Any] | None:
    found = object_list(sentence)
    if found is None:
        return None
    answer, question, start, end = found
    whole = fold_text(answer)
    for card in cards:
        if whole in fold_text(str(card["answer"])):
            return None  # asked already
        if whole in fold_text(str(card["prompt"])):
            return None  # another question holds it, and would give it away
    prompt = ask_in_place(sentence, start, end, question)
    words = prompt.split()
    if len(words) < 4 or len(words) > MAX_WORDS or question not in prompt.casefold():
        return None
    if reads_garbled(prompt):
        return None
    if any(
        len(form) > 2
        and re.search(rf"(?<!\w){re.escape(fold_text(form))}(?!\w)", fold_text(prompt))
        for card in cards
        for form in [str(card["answer"]), *map(str, card.get("_written", []))]
    ):
        return None  # the question would give another card's answer away
    return new_text_card(prompt, answer, sentence, taken)
