"""A question about someone whose post belongs to "its" or "their" owner ("Who is its
spokesman?") needs the article to say whose. A sentence opening "Its spokesman, ..." is
about the subject of the sentence before ("The government reacted within hours."), so the
card asks "Who is the government's spokesman?"; with no plain subject there, the card asks
nothing a reader can answer, and goes.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.subject_before import plain_subject, sentence_before
from trainer.core.validate import fold_typography

_BARE_OWNER = re.compile(r"^Who (?P<verb>is|was|are|were) (?:its|their) ")
# "What did its spokesman call ...?": the owner in a question about what was done.
_OWNED_IN_QUESTION = re.compile(r"^(?:What|How|When|Where|Which)\s+\w+\s+(?P<its>its|their)\s+")


def without_unresolved_owners(
    groups: dict[str, list[dict[str, Any]]], story: Article
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with each "Who is its ...?" card's owner named, or without the card."""
    kept: dict[str, list[dict[str, Any]]] = {}
    for name, group in groups.items():
        kept[name] = []
        for card in group:
            prompt = str(card["prompt"])
            bare = _BARE_OWNER.match(prompt)
            asked_of = _OWNED_IN_QUESTION.match(prompt)
            if bare is None and asked_of is not None:
                # "What did its spokesman call the speech?": named where it can be, else
                # left as it is (the question still asks what was said).
                owner = _owner(story, str(card.get("evidence", "")))
                if owner is not None:
                    card["prompt"] = (
                        f"{prompt[: asked_of.start('its')]}{owner}'s " + prompt[asked_of.end() :]
                    )
            if bare is not None:
                owner = _owner(story, str(card.get("evidence", "")))
                if owner is None:
                    continue
                rest = str(card["prompt"])[bare.end() :]
                card["prompt"] = f"Who {bare.group('verb')} {owner}'s {rest}"
            kept[name].append(card)
    return kept


def _owner(story: Article, evidence: str) -> str | None:
    """Whose "Its ..." the sentence holding ``evidence`` opens on: the plain subject of the
    sentence before, in small letters ("the government")."""
    folded = fold_typography(evidence).casefold()
    for line in story.lines:
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            if not folded or folded not in fold_typography(sentence).casefold():
                continue
            if not sentence.startswith(("Its ", "Their ")):
                return None
            before = sentence_before(story, sentence)
            subject = plain_subject(before) if before else None
            if subject is None:
                return None
            return re.sub(r"^The\b", "the", subject)
    return None
