"""What a sentence says was decided or is to be done, asked where its only cards ask a
figure or a date beside it.

A marker keys the decision as a short phrase in the article's words, and the finders ask
the number or the date in its side phrase: "Results should be published by ward, in a
printable format, within 48 hours" is asked "within how many hours?", while a marker keys
"publish results by ward"; "The plants at Ayr and Dundee will close by the end of March"
is asked the month, while a marker keys "Ayr and Dundee". Two forms of English are read
here, whatever their verb:

- a step put in the passive: "<subject> should (or must) be <participle> <rest>" asks
  "What should be done about <subject>?" and answers in the active, as a marker writes the
  step ("publish results by ward");
- what is closed, opened or sold, named by its places: "The <things> at/in <places> will
  <verb>" (or "are to <verb>", or a past) with no object asks "Where are the <things> that
  will <verb>?" ("Ayr and Dundee"; a place's county or region set off by commas is no
  part of the answer).

The card is added only where the sentence's cards ask no text (a card that asks a name or
a claim already asks what the sentence is about) and no figure they ask sits inside the
decision's words: a figure in a side phrase ("within 48 hours", "by the end of March") is
a fact beside the decision, the decision the sentence's own.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.unasked_claims import (
    claim_answer,
    claim_gives_away,
    claim_in_a_prompt,
    claim_subject,
    lower_case_words,
    past_to_base,
)
from trainer.core.authoring.unasked_names import body_line, drafted_from, fold_text, new_text_card

# "should be published", "must also be strengthened": a step put in the passive.
_PASSIVE_STEP = re.compile(
    r"\s+(?P<modal>should|must)\s+(?:(?:also|now|urgently|first)\s+)?be\s+"
    rf"(?P<participle>[{SMALL}]{{3,}}ed)(?:\s+and\s+(?P<also>[{SMALL}]{{3,}}ed))?\b(?!\s+(?:to|that|as|of)\b)"
)
# A place name: "Larne", "Port Talbot", "St Helens".
_PLACE = rf"[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,3}}"
# The things a sentence opens on and where they are: "The plants at Ayr and Dundee",
# "Its depots in Hull, East Yorkshire, and Leeds" (a place's county set off by commas).
_THINGS_AT = re.compile(
    rf"(?:The|Its|Their)\s+(?P<things>[{SMALL}]+s)\s+(?:at|in)\s+"
    rf"(?P<places>{_PLACE}(?:(?:,\s+(?:and\s+|in\s+)?|\s+and\s+|\s+in\s+)(?:the\s+)?{_PLACE})*),?"
    # ... and the verb they take, with no object: "will close", "are to shut", "closed".
    rf"\s+(?P<verb>(?:will|are\s+to|were\s+to)\s+[{SMALL}]{{3,}}|[{SMALL}]{{3,}}ed)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:by|in|on|at|next|this|from|before|after|with|under|over"
    r"|within|early|later|permanently|temporarily)\b)"
)
# One place and, after a comma, its county or region: "Wakefield, West Yorkshire".
_PLACE_AND_REGION = re.compile(rf"^(?P<place>{_PLACE})(?:,\s+(?:in\s+)?(?:the\s+)?{_PLACE})?$")


def with_decided_claims(
    groups: dict[str, list[dict[str, Any]]], story: Article, taken: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with a card for the decision a body sentence of ``story`` states beside
    the figures its cards ask. Cards carry "_group" and "_written" as drafting.py leaves
    them before finishing; ``taken`` is the card ids in use (new ids are added to it)."""
    cards = [card for group in groups.values() for card in group]
    lowered = lower_case_words(story)
    added: list[dict[str, Any]] = []
    for line in story.lines:
        if not body_line(line):
            continue
        for start, end in sentence_spans(line):
            sentence = line[start:end]
            decided = decided_claim(sentence, lowered)
            if decided is None:
                continue
            prompt, answer, where, read = decided
            if inside_quotation(line, start + max(sentence.find(read), 0) + len(read)):
                continue  # a speaker's words are asked as the quotation
            on_it = [card for card in cards if drafted_from(card, sentence)]
            if not _beside_others(read, on_it):
                continue
            if claim_gives_away(prompt, cards + added):
                continue
            rewritten = {id(card): _without(where, str(card["prompt"])) for card in on_it}
            others = [card for card in cards if id(card) not in rewritten]
            if claim_in_a_prompt(answer, others) or any(
                fold_text(answer) in fold_text(asked) for asked in rewritten.values()
            ):
                continue
            for card in on_it:
                card["prompt"] = rewritten[id(card)]
            added.append(new_text_card(prompt, answer, sentence, taken))
    if added:
        groups.setdefault("facts", []).extend(added)
    return groups


def decided_claim(
    sentence: str, lowered: frozenset[str] = frozenset()
) -> tuple[str, str, str, str] | None:
    """The question and answer of the step or the closure ``sentence`` states, the words
    the sentence's other questions leave out so as not to give the answer away ("at Ayr
    and Dundee"), and the words of the sentence it is read from; or None."""
    return _passive_step(sentence, lowered) or _things_at_places(sentence)


def _without(where: str, prompt: str) -> str:
    """``prompt`` without the phrase ``where`` ("The plants will close by when?")."""
    if not where:
        return prompt
    return re.sub(rf"\s+{re.escape(where)},?(?=\s)", "", prompt, count=1)


def _beside_others(read: str, on_it: list[dict[str, Any]]) -> bool:
    """Whether the cards on a sentence each ask something beside the words ``read`` the
    decision is read from: a figure or a place in a side phrase ("within 48 hours", "with
    production moved to Hull"), not a piece of the decision ("close 38 of its stores")."""
    folded = fold_text(read)
    return not any(
        len(form) > 1 and re.search(rf"(?<!\w){re.escape(fold_text(form))}(?!\w)", folded)
        for card in on_it
        for form in [str(card["answer"]), *map(str, card.get("_written", []))]
    )


def _passive_step(sentence: str, lowered: frozenset[str]) -> tuple[str, str, str, str] | None:
    """ "Fees should be capped at the 2025 level" asks "What should be done about fees?"
    ("cap fees at the 2025 level")."""
    for match in _PASSIVE_STEP.finditer(sentence):
        subject = claim_subject(sentence, match.start(), lowered)
        if subject is None:
            continue
        # "investigated and prosecuted": both steps are taken to the subject.
        verbs = [past_to_base(verb) for verb in match.group("participle", "also") if verb]
        step = f"{' and '.join(verbs)} {subject}"
        end = match.end("also") if match.group("also") else match.end("participle")
        answer = claim_answer(step + sentence[end:], 0)
        if answer is None or not answer.startswith(step):
            continue
        prompt = f"What {match.group('modal')} be done about {subject}?"
        # (folding keeps every character in place)
        opens = max(fold_text(sentence).rfind(fold_text(subject), 0, match.start()), 0)
        read = sentence[opens:end] + answer[len(step) :]
        return prompt, answer, "", read
    return None


def _things_at_places(sentence: str) -> tuple[str, str, str, str] | None:
    """ "The plants at Ayr and Dundee will close by March" asks "Where are the plants that
    will close?" ("Ayr and Dundee")."""
    match = _THINGS_AT.match(sentence)
    if match is None:
        return None
    places = _without_regions(match.group("places").rstrip(","))
    if places is None:
        return None
    verb = " ".join(match.group("verb").split())
    be = "were" if verb.endswith("ed") or verb.startswith("were") else "are"
    where = sentence[match.end("things") : match.end("places")].strip()
    read = sentence[: match.end("verb")]
    return f"Where {be} the {match.group('things')} that {verb}?", places, where, read


def _without_regions(places: str) -> str | None:
    """The places without the county or region a comma sets after each: "Wakefield, West
    Yorkshire, and Larne, in County Antrim" is "Wakefield and Larne". Only where every
    place has one: "Ayr, Perth, and Leith" is a list, kept as written."""
    if "," not in places:
        return places
    pieces = re.split(r",\s+and\s+", places)
    named = [_PLACE_AND_REGION.match(piece) for piece in pieces]
    regions = [
        found is not None and "," in piece for found, piece in zip(named, pieces, strict=True)
    ]
    if len(pieces) > 2 or not all(regions):
        return places if " and " in places else None
    return " and ".join(found.group("place") for found in named if found is not None)
