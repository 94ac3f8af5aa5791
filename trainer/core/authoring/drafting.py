"""A draft deck from an article: candidate cards for a person to check, reword or delete.

Every card carries evidence copied verbatim from the article, so `trainer validate` can
confirm it; answers are written in the form each card kind requires.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.core.authoring.article import Article
from trainer.core.authoring.deck_file import relative_path, render_deck, slugify, unique_id
from trainer.core.authoring.find_dates import (
    MONTH_NAMES,
    Dateline,
    FoundDate,
    find_dateline,
    find_dates,
    is_date_line,
)
from trainer.core.authoring.find_figures import FoundFigure, find_figures
from trainer.core.authoring.find_people import (
    ORGANISATION_WORDS,
    TITLE_WORDS,
    FoundPerson,
    find_people,
)
from trainer.core.authoring.find_quotes import FoundQuote, find_quotes
from trainer.core.authoring.headline import without_page_furniture
from trainer.core.errors import TrainerError
from trainer.core.wording import shorten

SOURCE_KEY = "s1"
BLANK = "____"
PROMPT_LIMIT = 240
# A month and day with no year is read in the date line's year, unless that lands this many
# days after the article's own date: then it must mean the year before.
_FUTURE_SLACK = dt.timedelta(days=31)


@dataclass(slots=True)
class Draft:
    """A drafted deck, as YAML text, with how many cards of each sort it holds."""

    deck_id: str
    text: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def default_deck_id(article_path: Path) -> str:
    """The deck id a draft gets from its article's file name."""
    return slugify(article_path.stem) or "draft"


def draft_deck(article: Article, deck_id: str, deck_path: Path, title: str | None = None) -> Draft:
    """The draft deck for ``article``, to be written at ``deck_path``."""
    dateline = find_dateline(article)
    # Cards come from the story's own text, never from the page around it.
    story = without_page_furniture(article)
    people = _merge_people(find_people(story))
    taken: set[str] = set()
    groups: dict[str, list[dict[str, Any]]] = {
        "dates": _date_cards(_fact_dates(story), dateline, taken),
        "figures": _figure_cards(find_figures(story), taken),
        "quotes": _quote_cards(find_quotes(story), people, taken),
        "people": _person_cards(people, taken),
    }
    groups = _without_repeated_prompts(groups)
    cards = [card for group in groups.values() for card in group]
    if not cards:
        raise TrainerError(
            f"{article.path}: found no dates, figures, quotes or named people to draft cards "
            "from; start from `trainer new` instead"
        )
    source: dict[str, str] = {"file": relative_path(article.path, deck_path)}
    if article.headline:
        source["title"] = article.headline
    if dateline and dateline.is_publication:
        source["published"] = dateline.date.isoformat()
    deck = {
        "id": deck_id,
        "title": title or f"Draft: {article.headline or article.path.name}",
        "description": f"Candidate cards drafted from {article.path.name}; check each one.",
        "sources": {SOURCE_KEY: source},
        "cards": cards,
    }
    comments = [
        f"A draft from {article.path.name}: candidate cards for you to check.",
        "Each card's evidence is copied from the article. Reword the prompts, fix any answer,",
        "delete the cards not worth learning, then check the file with `trainer validate`.",
    ]
    counts = {name: len(group) for name, group in groups.items()}
    return Draft(deck_id=deck_id, text=render_deck(deck, comments, deck_path), counts=counts)


def _without_repeated_prompts(
    groups: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """Each group with any card whose prompt an earlier card already has left out: in one
    deck, each such card's answer would count as a wrong answer for the other."""
    seen: set[str] = set()
    kept: dict[str, list[dict[str, Any]]] = {}
    for name, group in groups.items():
        kept[name] = []
        for card in group:
            key = " ".join(card["prompt"].casefold().split())
            if key not in seen:
                seen.add(key)
                kept[name].append(card)
    return kept


# -- dates ----------------------------------------------------------------------------------


def _fact_dates(story: Article) -> list[FoundDate]:
    """The dates the story states as facts: not the page's "Updated" line or a post's
    signature, which date the writing rather than anything in it."""
    return [date for date in find_dates(story)
            if not is_date_line(story.lines[date.line - 1], date.text)]


def _date_cards(dates: list[FoundDate], dateline: Dateline | None,
                taken: set[str]) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = []
    seen: set[str] = set()
    for date in dates:
        kind, answer, note = _date_answer(date, dateline)
        if answer in seen:
            continue
        seen.add(answer)
        card = _card(taken, f"date-{answer}", kind, f"Fill in the date: "
                     f"{_cloze(date.sentence, date.text)}", answer, date.sentence, "dates")
        if note:
            card["note"] = note
        cards.append(card)
    return cards


def _date_answer(date: FoundDate, dateline: Dateline | None) -> tuple[str, str, str | None]:
    """(kind, answer, note) for a date as written."""
    if date.precision == "day":
        return "date", f"{date.year:04d}-{date.month:02d}-{date.day:02d}", None
    if date.precision == "month":
        return "date", f"{date.year:04d}-{date.month:02d}", "The article gives the month only."
    assert date.day is not None
    written = f"{MONTH_NAMES[date.month - 1]} {date.day}"
    if dateline is None:
        return "text", written, (
            "The article gives no year for this date, so this is a text card; "
            "add the year and make it a date card if you know it."
        )
    year = dateline.date.year
    try:
        if dt.date(year, date.month, date.day) > dateline.date + _FUTURE_SLACK:
            year -= 1
    except ValueError:  # 29 February in a year without one
        return "text", written, "No year is given, and the date line's year lacks this day."
    line = shorten(dateline.line_text, 80)
    if year == dateline.date.year:
        note = f"The article gives no year; {year} comes from its date line “{line}”."
    else:
        note = (f"The article gives no year; {year} is the year before its date line “{line}”, "
                f"since {written}, {dateline.date.year} would come after the article.")
    return "date", f"{year:04d}-{date.month:02d}-{date.day:02d}", note


# -- figures ----------------------------------------------------------------------------------


def _figure_cards(figures: list[FoundFigure], taken: set[str]) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for figure in figures:
        if (figure.answer, figure.sentence) in seen or not _readable_number(figure.answer):
            continue
        seen.add((figure.answer, figure.sentence))
        base = "figure-" + slugify(figure.answer.replace("%", " percent"))
        card = _card(taken, base, "number", f"Fill in the figure: "
                     f"{_cloze(figure.sentence, figure.text)}", figure.answer, figure.sentence,
                     "figures")
        if figure.hedge:
            card["note"] = f"The article says “{figure.hedge} {figure.text}”."
        cards.append(card)
    return cards


def _readable_number(answer: str) -> bool:
    # Imported here so the drafter follows whichever number reader the grader uses today.
    from trainer.core.grading.numbers import parse_number

    return parse_number(answer) is not None


# -- quotes -----------------------------------------------------------------------------------


def _quote_cards(quotes: list[FoundQuote], people: list[_Person],
                 taken: set[str]) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = []
    seen: set[str] = set()
    for quote in quotes:
        if quote.quote in seen:
            continue
        seen.add(quote.quote)
        kind, answer, note = _speaker_answer(quote.speaker, people)
        prompt = f"Who said this? “{shorten(quote.quote, PROMPT_LIMIT)}”"
        card = _card(taken, f"quote-{slugify(answer)}", kind, prompt, answer, quote.evidence,
                     "quotes")
        if note:
            card["note"] = note
        cards.append(card)
    return cards


def _speaker_answer(speaker: str, people: list[_Person]) -> tuple[str, str, str | None]:
    """(kind, answer, note) for a speaker as the article names them."""
    words = speaker.split()
    if any(word in ORGANISATION_WORDS for word in words):
        return "text", speaker, None
    core = [word for word in words if word not in TITLE_WORDS] or words
    for person in people:
        if person.name.split()[-len(core):] == core:
            return "name", person.name, None
    name = " ".join(core)
    if len(core) == 1:
        return "name", name, f"The article calls the speaker only “{speaker}”; add the full name."
    return "name", name, None


# -- people -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Person:
    """One person, with every role-and-name phrase the article uses for them."""

    name: str
    first: FoundPerson
    others: list[FoundPerson] = field(default_factory=list)


def _merge_people(found: list[FoundPerson]) -> list[_Person]:
    """One entry per person: "Ishaq Dar" and "Mohammad Ishaq Dar" are the same man."""
    people: list[_Person] = []
    for mention in found:
        tokens = mention.name.split()
        for person in people:
            known = person.name.split()
            shorter, longer = sorted((tokens, known), key=len)
            if longer[-len(shorter):] == shorter:
                person.others.append(mention)
                break
        else:
            people.append(_Person(name=mention.name, first=mention))
    return people


def _person_cards(people: list[_Person], taken: set[str]) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = []
    for person in people:
        role = person.first.role
        described = role if _starts_possessive(role) else f"the {role}"
        card = _card(taken, f"person-{slugify(person.name)}", "name", f"Who is {described}?",
                     person.name, person.first.phrase, "people")
        card["hint"] = _cloze(person.first.sentence, person.first.name)
        also = _unique(other.phrase for other in person.others
                       if other.phrase != person.first.phrase)
        if also:
            card["note"] = "The article also calls them: " + "; ".join(also) + "."
        cards.append(card)
    return cards


def _starts_possessive(role: str) -> bool:
    first = role.split()[0]
    return first.endswith(("’s", "'s"))


# -- shared -----------------------------------------------------------------------------------


def _card(taken: set[str], base: str, kind: str, prompt: str, answer: str, evidence: str,
          tag: str) -> dict[str, Any]:
    return {
        "id": unique_id(slugify(base) or tag, taken),
        "kind": kind,
        "prompt": prompt,
        "answer": answer,
        "source": SOURCE_KEY,
        "evidence": evidence,
        "tags": ["draft", tag],
    }


def _cloze(sentence: str, text: str) -> str:
    """The sentence with ``text`` blanked out, cut down to a readable length around the blank."""
    blanked = sentence.replace(text, BLANK)
    if len(blanked) <= PROMPT_LIMIT:
        return blanked
    at = blanked.index(BLANK)
    start = max(0, min(at - PROMPT_LIMIT // 2, len(blanked) - PROMPT_LIMIT))
    end = start + PROMPT_LIMIT
    # Cut at spaces, never inside a word.
    if start:
        start = blanked.find(" ", start, at) + 1 or start
    after_blank = at + len(BLANK)
    if end < len(blanked) and " " in blanked[after_blank:end]:
        end = blanked.rfind(" ", after_blank, end)
    window = blanked[start:end].strip()
    return ("…" if start else "") + window + ("…" if end < len(blanked) else "")


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
