"""Every sentence of the story asked about its most salient facts, within a card budget.

The finders draft cards sentence form by sentence form, so a sentence in a form none of them
reads gets no card, and one they half read gets a card on its least telling fact: the year
of a trailing comparison, a ratio that restates two figures, the month a person acted in
rather than the person. This pass reads each sentence in general terms
(sentence_facts.py), and where its most salient fact is not asked:

- a card on a qualifier the sentence adds (a year a figure is counted in, a ratio, a date
  ranked below the fact) gives way to a card on the fact, so a deck asks what a marker would
  without growing;
- otherwise the fact gets a card of its own, when the sentence holds fewer cards than its
  length allows (a short sentence is asked one or two things, never three).

Only facts of the main clause earn a card of their own; a trailing clause's fact only
replaces a qualifier, since cards per fact is a budget the whole deck shares.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.bare_counts import same_count_fact
from trainer.core.authoring.deck_file import slugify, unique_id
from trainer.core.authoring.find_figures import amount_key
from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.main_doers import main_doer_facts
from trainer.core.authoring.named_in_full import people_named_in_full
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.sentence_facts import (
    MAIN,
    MAIN_DATE,
    QUALIFIER,
    TRAILING,
    SentenceFact,
    in_description,
    sentence_facts,
    titled_names,
    trailing_start,
)
from trainer.core.authoring.subject_before import with_subject
from trainer.core.authoring.unasked_actors import unasked_actor_facts
from trainer.core.validate import fold_typography

# The source key every drafted card cites (drafting.py's SOURCE_KEY).
_SOURCE = "s1"
# "more than four times", "twice", "half": a ratio of two figures the sentence states.
_RATIO = re.compile(r"(?i)\b(?:times|twice|double|doubled|triple|tripled|half|fold)\b")
_REASON = re.compile(r",?\s+(?:because|since|although|though|while|whereas)\s")
# A second clause with its own verb: "and has lost", "; the other", ", while exports fell".
_JOINED_CLAUSE = re.compile(
    rf"\s+and\s+(?:has|have|had|is|are|was|were|will)\s+[{SMALL}]+|;\s+|,\s+(?:while|but|whereas)\s"
)
_NO_SUBJECT = re.compile(r"(?:It|They|This|These|Its|Their)\s")
_HEDGE = r"(?:just|only|some|about|around|nearly|almost|roughly|more\s+than|at\s+least)"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Which group (and tag) a new card joins: who did what is a group of its own, beside who
# said what and who holds which role.
_GROUP = {"number": "facts", "text": "facts", "name": "actions"}


def card_budget(sentence: str) -> int:
    """How many cards a sentence may hold: more words, more facts; a clause joined on with
    a verb of its own ("... on Wednesday and has lost 11% this year") says one more."""
    words = len(sentence.split())
    budget = 1 if words < 8 else 2 if words < 22 else 3
    return min(budget + len(_JOINED_CLAUSE.findall(sentence)), 4)


def with_sentence_coverage(
    groups: dict[str, list[dict[str, Any]]],
    story: Article,
    names: list[str],
    taken: set[str],
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with each sentence of ``story`` asked its most salient facts.

    Cards carry their group under "_group" and the ways their answer is written under
    "_written", as drafting.py leaves them before finishing. ``names`` are the people the
    article names; ``taken`` the card ids in use (new ids are added to it).
    """
    cards = [card for group in groups.values() for card in group]
    # The people the article names: found with a role, a quotation's speaker, or after a
    # title of any wording.
    names = [*names, *(str(card["answer"]) for card in cards if card["kind"] == "name")]
    names += [name for line in story.lines for name in titled_names(line)]
    dropped: set[int] = set()
    added: list[dict[str, Any]] = []
    for line in story.lines:
        for start, end in sentence_spans(line):
            sentence = line[start:end]
            on_it = [
                card
                for card in cards
                if id(card) not in dropped and _fold(sentence) in _fold(card["evidence"])
            ]
            parts = [
                card
                for card in cards
                if id(card) not in dropped
                and card not in on_it
                and _fold(card["evidence"]) in _fold(sentence)
            ]
            for fact in sentence_facts(sentence, names):
                # "48" read out of "48.60" is a piece of the fact, no card of it; a question
                # opening on "It" with nothing it stands for is no card either (finishing.py
                # drops it), so the fact is asked in a question of its own.
                for piece in [
                    card
                    for card in on_it
                    if _piece_of(card, fact) or (fact.prompt and _NO_SUBJECT.match(card["prompt"]))
                ]:
                    dropped.add(id(piece))
                    on_it.remove(piece)
                if any(_asks(card, fact, sentence) for card in on_it + parts):
                    continue
                # A person other prompts name would be given away by them, and those cards
                # lost (finishing.py drops a prompt holding another card's answer).
                if fact.kind == "name" and _named_elsewhere(fact.answer, cards, on_it + parts):
                    continue
                # A figure asked anywhere is one fact (finishing.py keeps one card of it).
                if fact.kind == "number" and any(
                    card["kind"] == "number"
                    and amount_key(str(card["answer"])) == amount_key(fact.answer)
                    and same_count_fact(fact.answer, _fold(sentence), _fold(card["evidence"]))
                    for card in cards + added
                    if id(card) not in dropped
                ):
                    continue
                written = sentence[fact.start : fact.end]
                if fact.kind != "name" and any(
                    card not in added
                    and card_weight(card, sentence) != QUALIFIER
                    # A date's question reads as well with the count hidden ("Army
                    # helicopters began ferrying the injured on what date?").
                    and card["kind"] != "date"
                    and _opens(card["prompt"], written)
                    for card in on_it
                ):
                    # Asked beside a card whose question opens on it, it would be hidden
                    # there, leaving that question without its subject ("… notices and how
                    # many bans were issued?"): that card asks the sentence already.
                    continue
                worst = _replaceable(on_it, sentence, fact, len(on_it) >= card_budget(sentence))
                if worst is not None:
                    dropped.add(id(worst))
                    on_it.remove(worst)
                elif fact.weight != MAIN or len(on_it) >= card_budget(sentence):
                    continue
                if (
                    fact.prompt
                    and fact.alternative
                    and _holds_an_answer(fact.prompt, cards + added)
                ):
                    fact = dataclasses.replace(fact, prompt=fact.alternative)
                card = _new_card(fact, sentence, taken)
                # "It touched a record low of how many?": "it" named, as every card's is.
                card["prompt"] = with_subject(card["prompt"], story, sentence, names)
                added.append(card)
                on_it.append(card)
    added += _unasked_actor_cards(story, cards + added, dropped, taken)
    covered: dict[str, list[dict[str, Any]]] = {
        name: [card for card in group if id(card) not in dropped] for name, group in groups.items()
    }
    for card in added:
        covered.setdefault(card["_group"], []).append(card)
    return covered


def _unasked_actor_cards(
    story: Article, cards: list[dict[str, Any]], dropped: set[int], taken: set[str]
) -> list[dict[str, Any]]:
    """One card for each person the article names in full, says did something and asks
    nothing of yet: "Who resigned in August?" (unasked_actors.py)."""
    live = [card for card in cards if id(card) not in dropped]
    in_full = people_named_in_full("\n".join(story.lines))
    added: list[dict[str, Any]] = []
    for line in story.lines:
        for start, end in sentence_spans(line):
            sentence = line[start:end]
            for fact in unasked_actor_facts(sentence, in_full):
                if _asked_or_named(fact.answer, sentence, live, added):
                    continue  # asked already, or another question names them
                if fact.prompt is not None and _holds_an_answer(fact.prompt, live + added):
                    fact = dataclasses.replace(fact, prompt=fact.alternative)
                if fact.prompt is None or _holds_an_answer(fact.prompt, live + added):
                    continue
                card = _new_card(fact, sentence, taken)
                added.append(card)
            for fact, description in main_doer_facts(sentence):
                # A person another prompt names is asked only where finishing can name them
                # there by a description ("The candidate of the Unity Party won ...").
                if description is not None:
                    if _answered(fact.answer, live + added):
                        continue
                elif _asked_or_named(fact.answer, sentence, live, added):
                    continue
                if fact.prompt is None or _holds_an_answer(fact.prompt, live + added):
                    continue
                card = _new_card(fact, sentence, taken)
                if description is not None:
                    card["_description"] = description
                added.append(card)
    return added


def _asked_or_named(
    name: str, sentence: str, live: list[dict[str, Any]], added: list[dict[str, Any]]
) -> bool:
    """Whether a card answers ``name`` already, or another prompt names them (a
    quotation's speaker excepted: they are asked only what they said, and other questions
    name them by "…")."""
    surname = re.compile(rf"(?<![\w’'-]){re.escape(name.split()[-1])}(?![\w’'-])")
    speaker = any(surname.search(str(card["answer"])) and _asks_the_speaker(card) for card in live)
    return any(
        (surname.search(str(card["answer"])) and not _asks_the_speaker(card))
        or (
            not speaker
            and surname.search(card["prompt"])
            and not _named_as_speaker(card, name, sentence)
        )
        for card in live + added
    )


def _answered(name: str, cards: list[dict[str, Any]]) -> bool:
    """Whether a card other than a quotation's "Who said this?" answers ``name``."""
    surname = re.compile(rf"(?<![\w’'-]){re.escape(name.split()[-1])}(?![\w’'-])")
    return any(
        surname.search(str(card["answer"])) and not _asks_the_speaker(card) for card in cards
    )


def _named_as_speaker(card: dict[str, Any], name: str, sentence: str) -> bool:
    """Whether ``card``, on ``sentence``, names ``name`` only as who said what it asks
    ("Lady Justice Hale said the evidence showed that by what year ...?"): finishing leaves
    the reporting frame out where another card answers the name."""
    # (the card's evidence may be the sentence's clause alone: "In mitigation, ..." left out)
    evidence = card["evidence"].strip()
    return (
        bool(evidence)
        and evidence in sentence
        and (
            # ("Ruth Kemp, for Dolan, said": a side set off after the name)
            re.search(
                rf"^{re.escape(name)}(?:,\s+[^,]{{1,40}},)?\s+(?:said|says|told|wrote|added)\b",
                card["prompt"],
            )
            is not None
        )
    )


def _asks_the_speaker(card: dict[str, Any]) -> bool:
    return str(card["prompt"]).startswith("Who said this?")


def card_weight(card: dict[str, Any], sentence: str) -> int:
    """How salient a drafted card's fact is in ``sentence`` (lower is asked first)."""
    answer = str(card["answer"])
    at = _position(card, sentence)
    trailing = at is not None and at >= trailing_start(sentence)
    # A year or a ratio in a trailing comparison qualifies a figure; a year the main clause
    # says ("will be finished by 2030") is its date.
    if card["kind"] == "text" and _RATIO.search(answer):
        return QUALIFIER
    if card["kind"] == "text" and _YEAR.fullmatch(answer):
        return QUALIFIER if trailing else MAIN_DATE
    if card["kind"] == "date":
        return QUALIFIER if trailing else MAIN_DATE
    described = at is not None and in_description(sentence, at)
    return TRAILING if trailing or described else MAIN


def _replaceable(
    cards: list[dict[str, Any]], sentence: str, fact: SentenceFact, full: bool
) -> dict[str, Any] | None:
    """The card on ``sentence`` least worth asking, when it is worth less than ``fact``:
    a qualifier, or a date where the fact is the main clause's."""
    candidates = [
        card
        for card in cards
        if card["evidence"].strip() == sentence.strip()
        and card["_group"] not in ("quotes", "people")
        and (
            card_weight(card, sentence) == QUALIFIER
            # A sentence at its budget asks its main fact before an aside's detail.
            or (
                full
                and fact.weight == MAIN
                and card["kind"] != "name"
                and card_weight(card, sentence) == TRAILING
            )
        )
        and fact.weight < QUALIFIER
    ]
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda card: (card_weight(card, sentence), _position(card, sentence) or 0),
    )


def _asks(card: dict[str, Any], fact: SentenceFact, sentence: str) -> bool:
    """Whether ``card`` already asks ``fact``: the same answer, or an answer written where
    the fact stands in the sentence."""
    answer = str(card["answer"])
    if _fold(answer) == _fold(fact.answer):
        return True
    numbers = card["kind"] == "number" and fact.kind == "number"
    if numbers and amount_key(answer) == amount_key(fact.answer):
        return True
    for written in _written(card):
        at = _fold(sentence).find(_fold(written))
        if at >= 0 and at < fact.end and fact.start < at + len(written):
            return True
    return False


def _piece_of(card: dict[str, Any], fact: SentenceFact) -> bool:
    """Whether ``card``'s number answer is part of ``fact``'s number, digits cut away from
    digits ("48" of "48.60")."""
    answer = str(card["answer"])
    if card["kind"] != "number" or fact.kind != "number" or answer == fact.answer:
        return False
    return (
        re.search(rf"{re.escape(answer)}[.,]\d|\d[.,]{re.escape(answer)}", fact.answer) is not None
    )


def _opens(prompt: str, written: str) -> bool:
    """Whether ``prompt`` opens on ``written``, after a hedge ("Some 40 ...") at most."""
    return re.match(rf"(?i)\W*(?:{_HEDGE}\s+)?{re.escape(written)}\b", prompt) is not None


def _holds_an_answer(prompt: str, cards: list[dict[str, Any]]) -> bool:
    """Whether ``prompt`` holds any of ``cards``' answers, as written, as whole words ("it"
    is no part of "kitchen")."""
    folded = _fold(prompt)
    return any(
        re.search(rf"(?<!\w){re.escape(_fold(written))}(?!\w)", folded)
        for card in cards
        for written in _written(card)
    )


def _named_elsewhere(name: str, cards: list[dict[str, Any]], on_it: list[dict[str, Any]]) -> bool:
    """Whether a prompt of a card not on the sentence names ``name``'s surname."""
    surname = re.compile(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)")
    return any(
        card not in on_it and card["kind"] != "name" and surname.search(card["prompt"])
        for card in cards
    )


def _position(card: dict[str, Any], sentence: str) -> int | None:
    """Where ``card``'s answer is written in ``sentence``, if it is."""
    for written in _written(card):
        at = _fold(sentence).find(_fold(written))
        if at >= 0:
            return at
    return None


def _written(card: dict[str, Any]) -> list[str]:
    forms = [str(form) for form in card.get("_written", [])]
    forms.append(str(card["answer"]))
    return [form for form in forms if len(form) >= 2]


def _new_card(fact: SentenceFact, sentence: str, taken: set[str]) -> dict[str, Any]:
    group = _GROUP[fact.kind]
    # "... a record low of how many on Wednesday and has lost 11% ...": the clause joined on
    # after the fact says another fact, and is no part of the question.
    joined = _JOINED_CLAUSE.search(sentence, fact.end)
    clause = sentence[: joined.start()] if joined else sentence
    prompt = fact.prompt or ask_in_place(clause, fact.start, fact.end, fact.question)
    if fact.kind == "name":
        # "Who argued that the session was lawful?": what they did, not why, which is
        # often a card of its own.
        prompt = _REASON.split(prompt, maxsplit=1)[0].rstrip(" ,?") + "?"
    written = sentence[fact.start : fact.end]
    return {
        "id": unique_id(slugify(f"{fact.kind}-{fact.answer}") or group, taken),
        "kind": fact.kind,
        "prompt": prompt,
        "answer": fact.answer,
        "source": _SOURCE,
        "evidence": sentence,
        "tags": ["draft", group],
        "_written": [fact.answer] if fact.kind == "name" else [written],
        "_group": group,
    }


def _fold(text: str) -> str:
    return fold_typography(text).casefold()
