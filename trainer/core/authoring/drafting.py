"""A draft deck from an article: candidate cards for a person to check, reword or delete.

Every card carries evidence copied verbatim from the article, so `trainer validate` can
confirm it; answers are written in the form each card kind requires.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.core.authoring.appointment_cards import (
    appointment_cards,
    as_former_holder,
    asks_the_post_taken,
    not_asked_by_role,
)
from trainer.core.authoring.article import Article, wire_lead_end
from trainer.core.authoring.bare_title_people import asked_of_bare_title
from trainer.core.authoring.comparison_years import dates_a_comparison
from trainer.core.authoring.contact_lines import without_contact_lines
from trainer.core.authoring.decided_claims import with_decided_claims
from trainer.core.authoring.deck_file import relative_path, render_deck, slugify, unique_id
from trainer.core.authoring.document_facts import find_document_facts
from trainer.core.authoring.duration_kinds import counted_kind
from trainer.core.authoring.editor_cuts import without_editor_cuts
from trainer.core.authoring.find_aims import FoundAim, find_aims
from trainer.core.authoring.find_appointments import described_by_post, find_appointments
from trainer.core.authoring.find_characterisations import without_quote_asked_twice
from trainer.core.authoring.find_dates import (
    MONTH_NAMES,
    Dateline,
    FoundDate,
    find_dateline,
    find_dates,
    is_date_line,
)
from trainer.core.authoring.find_facts import FoundFact, find_facts
from trainer.core.authoring.find_figures import (
    FoundFigure,
    amount_key,
    find_figures,
    whole_figure_at,
)
from trainer.core.authoring.find_labelled_people import find_labelled_people
from trainer.core.authoring.find_life_events import find_life_events, subject_description
from trainer.core.authoring.find_lists import without_listed_counts
from trainer.core.authoring.find_named_things import named_in, named_phrases
from trainer.core.authoring.find_people import (
    HEAD_WORDS,
    ORGANISATION_WORDS,
    TITLE_WORDS,
    FoundPerson,
    find_people,
)
from trainer.core.authoring.find_profiles import (
    about_predecessor,
    covered_spans,
    find_profile_facts,
    outside_career,
)
from trainer.core.authoring.find_quotes import FoundQuote, find_quotes
from trainer.core.authoring.find_role_appositives import (
    ROLE_HEADS,
    WINNER_ROLE,
    find_role_appositives,
)
from trainer.core.authoring.find_role_forms import (
    DEED_ROLE,
    find_role_forms,
    from_the_body,
    introduced_by_age,
)
from trainer.core.authoring.finishing import finish_cards, gives_away
from trainer.core.authoring.first_time_since import first_time_asked
from trainer.core.authoring.headline import without_page_furniture
from trainer.core.authoring.key_facts_box import without_key_facts_box
from trainer.core.authoring.lead_actor import lead_actor
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.list_items import with_list_context
from trainer.core.authoring.main_claims import with_main_claims
from trainer.core.authoring.named_in_full import full_name_of, people_named_in_full
from trainer.core.authoring.paragraph_numbers import without_paragraph_numbers
from trainer.core.authoring.participle_dates import aside_date_prompt
from trainer.core.authoring.person_names import (
    OCCUPATION_WORDS,
    POST_NOMINAL,
    core_name,
    full_name,
    gender_of,
    pronoun_gender,
    resolve_pronoun,
    written_as_body,
)
from trainer.core.authoring.pronoun_subjects import called_for, named_person, named_subject
from trainer.core.authoring.propose_points import propose_points
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.quoted_claims import quoted_claim, with_quoted_claims
from trainer.core.authoring.quoted_figures import ask_in_quotation, quotation_around
from trainer.core.authoring.rate_notes import without_rate_notes
from trainer.core.authoring.record_dates import asked_as_record
from trainer.core.authoring.relative_dates import (
    find_relative_dates,
    find_relative_years,
    speaks_of_future,
)
from trainer.core.authoring.relative_days import find_relative_days
from trainer.core.authoring.relative_months import find_relative_months
from trainer.core.authoring.role_owners import owner_of
from trainer.core.authoring.role_phrases import noun_phrase_role
from trainer.core.authoring.sentence_coverage import with_sentence_coverage
from trainer.core.authoring.split_number_words import without_split_number_words
from trainer.core.authoring.stand_alone import PROMPT_WORDS, quotation_opening
from trainer.core.authoring.subject_before import with_subject
from trainer.core.authoring.subject_pronouns import with_subject_pronouns
from trainer.core.authoring.transcripts import in_speakers_voice, read_transcript
from trainer.core.authoring.unasked_claims import with_unasked_claims
from trainer.core.authoring.unasked_lists import with_unasked_lists
from trainer.core.authoring.unasked_names import with_unasked_names
from trainer.core.authoring.unnamed_speakers import names_no_one
from trainer.core.authoring.unresolved_owners import without_unresolved_owners
from trainer.core.authoring.unyeared_periods import find_unyeared_periods
from trainer.core.authoring.yearless_dateline import (
    story_dateline,
    yearless_dateline,
    yearless_note,
)
from trainer.core.errors import TrainerError
from trainer.core.wording import shorten

SOURCE_KEY = "s1"
PROMPT_LIMIT = 240
_WHO_SAID = "Who said this?"
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


def extracted_text_path(deck_path: Path) -> Path:
    """Where draft saves the text it took from a web page, PDF or Markdown: beside the deck."""
    return deck_path.with_name(f"{deck_path.stem}.article.txt")


def draft_deck(
    article: Article,
    deck_id: str,
    deck_path: Path,
    title: str | None = None,
    origin: str | None = None,
    today: dt.date | None = None,
) -> Draft:
    """The draft deck for ``article``, to be written at ``deck_path``.

    ``origin`` names what the text was taken from when that is not ``article.path`` itself
    (a web page, a PDF, standard input). ``today`` (the day of drafting unless given) dates
    a wire dateline written without a year.
    """
    dateline = find_dateline(article)
    yearless = None
    if dateline is None:
        yearless = dateline = yearless_dateline(article, today or dt.date.today())
    else:
        dateline = story_dateline(article, dateline)
    # Cards come from the story's own text, never from the page around it.
    story = _without_wire_leads(
        _without_headline(
            without_key_facts_box(without_contact_lines(without_page_furniture(article))),
            article.headline,
        )
    )
    story = without_rate_notes(story)  # "($1 = 48.35 tarvas)" is a note, no fact
    # What the document's structure states (its date, title, signatory, "Label: value"
    # lines, named programmes): asked as its own facts, those lines left out of the story.
    document = find_document_facts(
        article, story, dateline, yearless_note(yearless) if yearless else None
    )
    # "1.1 This statement sets out ...": a paragraph's number is structure, never a figure
    # (the document's own passes read it: "(d) an Executive Programme ..." is a list item).
    story = without_paragraph_numbers(document.story)
    # "DR REED: We are ...": a speaker's label is no part of their turn (transcripts.py).
    transcript = read_transcript(article, story)
    if transcript is not None:
        story = transcript.story
    people = _merge_people(
        sorted(
            (
                _as_noun_phrase(found)
                for found in find_people(story)
                + find_role_appositives(story)
                + find_labelled_people(story)
                + find_role_forms(story)
            ),
            key=lambda found: found.line,
        )
    )
    people = _with_owners(people, "\n".join(story.lines))
    published = dateline.date if dateline else None
    taken: set[str] = set()
    appointments = not_asked_by_role(
        find_appointments(story, [person.name for person in people]),
        {person.name: [m.role for m in (person.first, *person.others)] for person in people},
    )
    groups: dict[str, list[dict[str, Any]]] = {
        "dates": _date_cards(_fact_dates(story), dateline, taken)
        + _relative_date_cards(story, published, taken),
        "figures": _figure_cards(find_figures(story), taken, story.lines),
        "quotes": _quote_cards(find_quotes(story), people, taken, "\n".join(story.lines)),
        # Who takes which post is asked before who holds a role: "Priya Venkatesh, the
        # business secretary" in "He is replaced by ..." is the new chancellor.
        "appointments": appointment_cards(appointments, taken),
        "people": _person_cards(people, taken),
        "facts": [],
        "aims": _aim_cards(find_aims(story), taken),
    }
    for fact in find_facts(story) + document.facts + (transcript.facts if transcript else []):
        if _period_of_a_change(fact) or _reporting_period(fact):
            continue
        if dates_a_comparison(fact.sentence, fact.start, fact.answer):
            continue  # "against 1,950 in 2024": the compared figure is the card
        groups.setdefault(fact.group, []).append(_fact_card(fact, taken))
    # A profile's cards name their person by role where the name is another card's answer,
    # so only a person the article gives a role is asked about.
    described = [person.name for person in people if _described(person)]
    # ("X was sworn in as Minister of Health": the post taken names her as well.)
    described += [
        found.name
        for found in appointments
        if found.post and not found.leaves and found.name not in described
    ]
    groups = _with_profile(groups, story, described, taken)
    groups["life"] = [_fact_card(fact, taken) for fact in find_life_events(story)]
    # A life card asks the whole title or span ("Salt and Paper", "1990 to 1994"): a card
    # of the same sentence on a piece of it ("Salt", "1994") is a fragment of that fact.
    lives = [(card["evidence"], f" {card['answer']} ") for card in groups["life"]]
    for name, group in groups.items():
        if name != "life":
            groups[name] = [
                card
                for card in group
                if not any(
                    (card["evidence"] in evidence or evidence in card["evidence"])
                    and f" {card['answer']} " in whole
                    and f" {card['answer']} " != whole
                    for evidence, whole in lives
                )
            ]
    for card in groups["people"]:
        # "Who is the housing secretary?" of the one another takes the post from.
        held = re.fullmatch(r"Who is (the .+)\?", card["prompt"])
        if held:
            former = as_former_holder(held.group(1), str(card["answer"]), appointments)
            card["prompt"] = f"Who is {former}?"
    groups["profile"] = [
        card for card in groups["profile"] if not asks_the_post_taken(card, appointments)
    ]
    # "Dr Elena Sokolova, the mission manager" read as a named thing as well as a person:
    # one card per fact, and the person's card asks it ("Who is the mission manager?").
    people_named = {str(card["answer"]) for card in groups["people"]}
    # "head of the emergency department at Malatya ... Hospital": a body in a person's role
    # is asked with the role, not as a card of its own that would hide it there.
    roles = " ".join(str(card["prompt"]) for card in groups["people"])
    groups["facts"] = [
        card
        for card in groups["facts"]
        if core_name(str(card["answer"])) not in people_named
        # (a thing other prompts can name by its kind, "the council", keeps its card)
        and not (
            card.pop("_named", False)
            and "_description" not in card
            and named_in(str(card["answer"]), roles)
        )
    ]
    if yearless is not None:
        for card in groups["dates"]:
            if card.get("note"):
                card["note"] = f"{card['note']} {yearless_note(yearless)}"
    groups = _quoted_figures_asked_as_quoted(groups)
    groups = without_quote_asked_twice(groups)  # "Who described X as …?" or "How did …?"
    # A speaker the deck asks already is asked what a further quotation claims.
    groups = with_quoted_claims(groups)
    text = "\n".join(story.lines)
    for group in groups.values():
        for card in group:
            # "It is the highest rate since February 2024": the record, not what "it" is.
            record = asked_as_record(
                card["prompt"], card["evidence"], card["kind"]
            ) or first_time_asked(card["prompt"])  # "It is the first time since … that …"
            # "It was followed by …": the subject the sentence before named, if any.
            named = named_subject(card["prompt"], card["evidence"], text)
            if record is not None:
                card["prompt"] = record
            elif named is not None:
                card["prompt"] = named
            elif (asked := called_for(card["prompt"])) is not None:
                card["prompt"] = asked
    for name, group in groups.items():
        for card in group:
            card["_group"] = name
            # "It was followed by ...": the question names what "it" is.
            card["prompt"] = with_subject(
                card["prompt"], story, card["evidence"], [person.name for person in people]
            )
    # Each sentence asked its most salient facts, whatever its form.
    groups = with_sentence_coverage(
        groups, story, [person.name for person in people] + lead_actor(story), taken
    )
    # A name a sentence mentions with nothing asked of it: the catch-all after the finders.
    groups = with_unasked_names(groups, story, [person.name for person in people], taken)
    # A list a sentence names whole with nothing asked of it ("spent on a villa, ...").
    groups = with_unasked_lists(groups, story, [person.name for person in people], taken)
    # "compares which five countries?" asks the count with the list: no card of its own.
    groups = without_listed_counts(groups)
    # A decision, duty or finding a sentence states with no card drafted from it.
    groups = with_unasked_claims(groups, story, taken)
    # A decision or a step beside the figure or the date a sentence's cards ask.
    groups = with_decided_claims(groups, story, taken)
    # A main clause's deed asked in place of the card on a piece of its object.
    groups = with_main_claims(groups, story, taken)
    # A winner is named in other prompts by "…": "the winner of the runoff" in place of
    # the name would retell the sentence it stands in.
    descriptions = {
        person.name: as_former_holder(person_description(person), person.name, appointments)
        for person in people
        if not _best_role(person).role.startswith(WINNER_ROLE)
    }
    # Someone who takes a post is named by it: what the story is about is the move.
    descriptions |= {
        found.name: described_by_post(found.post, found.leaves)
        for found in appointments
        if found.post
    }
    descriptions |= {
        str(card["answer"]): card.pop("_description")
        for group in groups.values()
        for card in group
        if "_description" in card
    }
    # An obituary's subject is named by the role its lead gives them ("the diplomat").
    if (subject := subject_description("\n".join(story.lines))) is not None:
        descriptions.setdefault(*subject)
    _name_pronoun_subjects(groups, text, [person.name for person in people], descriptions)
    groups = finish_cards(in_speakers_voice(groups, transcript), descriptions)
    # "Total revenue of how much?": a list item asked with its lead-in, period or subject.
    groups = with_list_context(groups, story, gives_away)
    # A span, an age or a turn of speech that only qualifies another card's fact.
    groups = without_editor_cuts(groups)
    # "She married ... in what year?": the subject of a story about one person, named.
    groups = with_subject_pronouns(groups, "\n".join(story.lines))
    groups = without_unresolved_owners(groups, story)
    groups = without_split_number_words(groups)
    for group in groups.values():
        for card in group:
            card.pop("_group", None)
    cards = [card for group in groups.values() for card in group]
    if not cards:
        raise TrainerError(
            f"{origin or article.path}: found no dates, figures, quotes or named people to "
            "draft cards from; start from `trainer new` instead"
        )
    source: dict[str, str] = {"file": relative_path(article.path, deck_path)}
    if article.headline:
        source["title"] = article.headline
    if dateline and dateline.is_publication:
        source["published"] = dateline.date.isoformat()
    from_name = (
        Path(origin).name
        if origin and origin != "standard input"
        else (origin or article.path.name)
    )
    deck = {
        "id": deck_id,
        "title": title or f"Draft: {article.headline or from_name}",
        "description": f"Candidate cards drafted from {from_name}; check each one.",
        "sources": {SOURCE_KEY: source},
        "cards": cards,
    }
    comments = [
        f"A draft from {from_name}: candidate cards for you to check.",
        "Each card's evidence is copied from the article. Reword the prompts, fix any answer,",
        "delete the cards not worth learning, then check the file with `trainer validate`.",
    ]
    if origin and article.path.name != Path(origin).name:
        comments.insert(1, f"The article's text, as the cards cite it, is in {article.path.name}.")
    counts = {name: len(group) for name, group in groups.items()}
    return Draft(deck_id=deck_id, text=render_deck(deck, comments, deck_path), counts=counts)


# -- dates ----------------------------------------------------------------------------------


def _without_headline(story: Article, headline: str | None) -> Article:
    """The story without its headline line: a headline repeats the body in title case."""
    if not headline:
        return story
    lines = list(story.lines)
    for index, line in enumerate(lines):
        if line.strip() == headline:
            lines[index] = ""
            break
    return dataclasses.replace(story, lines=tuple(lines))


def _without_wire_leads(story: Article) -> Article:
    """The story with each line's wire dateline ("BOSTON -- ") blanked out: it dates the
    story and names where it was filed, and a prompt holding it reads as noise. Blanked with
    spaces, so every sentence is still the article's text where it stands."""
    lines = tuple(" " * wire_lead_end(line) + line[wire_lead_end(line) :] for line in story.lines)
    return dataclasses.replace(story, lines=lines)


def _opens_a_wire_lead(story: Article, line: int, sentence: str) -> bool:
    """True when ``sentence`` is the first after the wire dateline blanked out of ``line``:
    the story's lead, whose "today" is the dateline's own day."""
    text = story.lines[line - 1]
    return text[:1] == " " and text.lstrip().startswith(sentence)


def _fact_dates(story: Article) -> list[FoundDate]:
    """The dates the story states as facts: not the page's "Updated" line or a post's
    signature, which date the writing rather than anything in it."""
    return [
        date
        for date in find_dates(story)
        if not is_date_line(story.lines[date.line - 1], date.text)
        and not _relative_year_after(story.lines[date.line - 1], date.text)
        and not _ends_a_span(story.lines[date.line - 1], date.text)
        and not _EARLIER_FIGURE.search(date.sentence[: date.sentence.find(date.text)])
    ]


# "displaced 52,000, up from 31,000 reported on Monday": the day the earlier figure was
# reported dates that figure, no event of the story.
_EARLIER_FIGURE = re.compile(
    rf"\b(?:up|down)\s+from\s+(?:about\s+|some\s+)?[\d.,]+(?:\s+[{SMALL}]+){{0,2}}?\s+"
    r"(?:reported|recorded|counted|registered|estimated)\b[^,;]{0,40}?(?:\s+(?:on|in))?\s+$"
)


def _ends_a_span(line: str, text: str) -> bool:
    """ "surveyed between February and April 2026": the end of a period, no date of its
    own; a card would ask "between February and in what month?"."""
    before = line[: line.find(text)]
    months = "|".join(MONTH_NAMES)
    return (
        re.search(rf"\b(?:between\s+(?:{months})\s+and|from\s+(?:{months})\s+to)\s+$", before)
        is not None
    )


def _first_day(answer: str, first_day: str) -> str | None:
    """The first of a span of days (``first_day`` "4" of "4-5 February 2027") as an ISO date,
    from the last day's ``answer``; None where the answer is no whole date."""
    try:
        last = dt.date.fromisoformat(answer)
        first = last.replace(day=int(first_day))
    except ValueError:
        return None
    return first.isoformat() if first < last else None


def _relative_year_after(line: str, text: str) -> bool:
    """ "June 24 of next year" is read by the relative dates, from the publication date."""
    at = line.find(text) + len(text)
    return re.match(r"\s+(?:of\s+)?(?:next|last|this)\s+year\b", line[at:]) is not None


def _date_cards(
    dates: list[FoundDate], dateline: Dateline | None, taken: set[str]
) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = []
    seen: set[str] = set()
    for date in dates:
        kind, answer, note = _date_answer(date, dateline)
        if answer in seen or _qualifies_a_figure(date):
            continue
        seen.add(answer)
        question = "what month" if date.precision == "month" else "what date"
        sentence = _record_clause(date.sentence, date.sentence.find(date.text))
        start = sentence.find(date.text)
        span = _DAY_SPAN.search(sentence, 0, start) if date.precision == "day" else None
        first_day = (
            _first_day(answer, span.group("first")) if span and span.end() == start else None
        )
        if span and first_day is not None:
            # "on 4-5 February 2027": a meeting is asked when it opens, as a marker would
            # ask it; the days it runs stay in the note.
            begin = span.start()
            opening = re.search(r"\bon\s+$", sentence[:begin])
            begin = opening.start() if opening else begin
            prompt = ask_in_place(sentence, begin, start + len(date.text), "from what date")
            card = _card(
                taken, f"date-{first_day}", "date", prompt, first_day, date.sentence, "dates"
            )
            card["_written"] = [sentence[span.start("first") : start + len(date.text)]]
            card["note"] = f"The article gives the days as “{card['_written'][0]}”."
            cards.append(card)
            continue
        if span and span.end() == start:
            # "from 16 to 18 November 2026": a visit's or a meeting's days are one fact.
            written = f"{span.group('first')} to {date.text}"
            prompt = ask_in_place(sentence, span.start(), start + len(date.text), "on which dates")
            card = _card(
                taken, f"date-{slugify(written)}", "text", prompt, written, date.sentence, "dates"
            )
            card["_written"] = [sentence[span.start("first") : start + len(date.text)], date.text]
            card["accept"] = [f"{span.group('first')}-{date.text}"]
            cards.append(card)
            continue
        begin, stop = _with_preposition(sentence, start, start + len(date.text))
        prompt = (
            aside_date_prompt(sentence, start) if date.precision != "month" else None
        ) or ask_in_place(sentence, begin, stop, _preposition_question(sentence, begin, question))
        card = _card(taken, f"date-{answer}", kind, prompt, answer, date.sentence, "dates")
        card["_written"] = [date.text]
        if note:
            card["note"] = note
        cards.append(card)
    return cards


# "from 16 to 18 November", "16-18 November": the first day of a span of days.
_DAY_SPAN = re.compile(
    r"(?:\b(?:from|between)\s+)?\b(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|[-–]|and|until)\s*$"
)


def _relative_date_cards(
    story: Article, published: dt.date | None, taken: set[str]
) -> list[dict[str, Any]]:
    """Cards for "on Thursday" and "June 24 of next year", read from the publication date."""
    if published is None:
        return []
    cards: list[dict[str, Any]] = []
    for date in find_relative_dates(story, published) + find_relative_days(story, published):
        start = date.sentence.find(date.text)
        if _EARLIER_FIGURE.search(date.sentence[:start]):
            continue  # "up from 31,000 reported on Monday": when the earlier figure was told
        if date.text.casefold() == "today" and _opens_a_wire_lead(story, date.line, date.sentence):
            continue  # "AUSTIN, ... -- Norvale today reported": the dateline's card asks it
        end = start + len(date.text)
        # "Friday, June 24 of next year": the weekday goes with its date.
        weekday = re.search(
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*$",
            date.sentence[:start],
        )
        if weekday:
            start = weekday.start()
        begin, stop = _with_preposition(date.sentence, start, end)
        prompt = (
            date.prompt
            or aside_date_prompt(date.sentence, start)
            or ask_in_place(
                date.sentence, begin, stop, _preposition_question(date.sentence, begin, "what date")
            )
        )
        answer = date.value.isoformat()
        card = _card(taken, f"date-{answer}", "date", prompt, answer, date.sentence, "dates")
        card["note"] = date.note
        # "Tuesday's election" in another prompt names the day, not the date asked.
        card["_written"] = [] if date.prompt else [date.text]
        cards.append(card)
    for year in find_relative_years(story, published):
        if _A_FIGURE.search(year.sentence):
            # "Last year such payments cost £1.7 billion": the year is when the figure was
            # counted, asked with the figure ("... how much last year?"), no fact of its own.
            continue
        start = year.sentence.find(year.text)
        prompt = ask_in_place(year.sentence, start, start + len(year.text), year.question)
        card = _card(
            taken, f"year-{year.value}", "text", prompt, str(year.value), year.sentence, "dates"
        )
        card["note"] = year.note
        # "last year" stays in other prompts: it says when, and no card's answer is in it.
        card["_written"] = []
        cards.append(card)
    for period in find_unyeared_periods(story, published):
        start = period.sentence.find(period.text)
        if _FIGURE_THEN_IN.search(period.sentence[:start]) or _FIGURES_SPAN.search(
            period.sentence[:start]
        ):
            continue  # "grew by 0.3% in the third quarter": when the figure was counted

        prompt = ask_in_place(period.sentence, start, start + len(period.text), period.question)
        card = _card(
            taken,
            f"date-{slugify(period.value)}",
            period.kind,
            prompt,
            period.value,
            period.sentence,
            "dates",
        )
        card["note"] = period.note
        # "September last year" in another prompt gives no answer away, as "last year" does.
        relative = re.search(r"(?:next|last|this)\s+year", period.text)
        card["_written"] = [] if relative else [period.text]
        cards.append(card)
    for month in find_relative_months(story, published):
        start = month.sentence.find(month.text)
        if _FIGURE_THEN_IN.search(month.sentence[:start]) or _FIGURES_SPAN.search(
            month.sentence[:start]
        ):
            continue  # "fell to 2.9% in September": the month the figure was counted

        # "by the end of next September": "by the end of which month?", no second "in".
        after_preposition = re.search(
            r"\b(?:of|by|in|until|from|before|after)\s+$", month.sentence[:start]
        )
        question = "which month" if after_preposition else "in which month"
        prompt = ask_in_place(month.sentence, start, start + len(month.text), question)
        card = _card(
            taken, f"date-{month.value}", "date", prompt, month.value, month.sentence, "dates"
        )
        card["note"] = month.note
        card["_written"] = []  # "next month" in another prompt gives no answer away
        cards.append(card)
    return cards


# ("in mid-January 2027": the part of the month goes with the preposition; the month is
# what is asked)
_PREPOSITION = re.compile(
    r"(?i)\b(on|by|since|until|through|from|before|after|in|for|of|to)\s+(?:mid-|early\s+|late\s+)?$"
)


def _with_preposition(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span of a date with the preposition before it ("on Thursday")."""
    before = _PREPOSITION.search(sentence, 0, start)
    return (before.start(), end) if before else (start, end)


def _preposition_question(sentence: str, start: int, question: str) -> str:
    """ "on what date", keeping the sentence's own preposition; "on" where it has none."""
    before = re.match(
        r"(?i)(on|by|since|until|through|from|before|after|in|for|of|to)\s+", sentence[start:]
    )
    if before:
        return f"{before.group(1)} {question}"
    return f"{'in' if question == 'what month' else 'on'} {question}"


# A figure right before the period it was counted in: "2.9 per cent in September".
_FIGURE_THEN_IN = re.compile(
    r"(?:\d\s?(?:%|percent|per cent)|\d\s?(?:million|billion|trillion|bn|mn)|[$€£¥]\s?[\d.,]+)"
    r"\s+in\s+(?:the\s+)?$"
)
# "cut by a cumulative 125 basis points between October 2025 and June": the two months
# bound the figure's period, as "from 2.5% in January" does; neither is an event.
_FIGURES_SPAN = re.compile(
    r"\d[^,;.]*?\bbetween\s+(?:[^,;.]{3,30}?\s+and\s+)?(?:(?:early|mid-|late)\s*)?$"
)
_A_FIGURE = re.compile(
    r"\d\s?(?:%|percent\b|per cent\b)|[$€£¥]\s?\d|\d\s?(?:million|billion|trillion|bn|mn)\b"
    # "to 4.2p a share, from 6.0p last year": an amount in pence or cents.
    r"|\d[p¢]\b|\d\s?(?:pence|cents?)\b"
)


# A superlative and "since" before a date: how long the record goes back.
_RECORD_SINCE = re.compile(
    rf"\b(?:the\s+)?(?:[{SMALL}]{{3,}}est|most|least)\s+(?:[{SMALL}]+\s+){{0,2}}since\s+$"
)


def _record_clause(sentence: str, at: int) -> str:
    """ "Inflation fell to 2.9% in September, down from 3.4% in August and the lowest rate
    since March 2022" asked of its record only: the sentence's first clause and the record
    ("Inflation fell to 2.9% in September, the lowest rate since March 2022"), so the
    figures between leave no broken phrase behind when their answers are hidden."""
    record = _RECORD_SINCE.search(sentence[:at])
    comma = sentence.find(", ")
    if record is None or not 0 < comma < record.start():
        return sentence
    return f"{sentence[:comma]}, {sentence[record.start() :]}"


_PERIOD_ENDING = re.compile(
    r"\b(?:the\s+)?(?:\w+\s+)?(?:months|weeks|quarter|half|year|period)\s+"
    r"(?:to|through|ended|ending)\s+(?:on\s+)?$"
)


def _qualifies_a_figure(date: FoundDate) -> bool:
    """A month in a sentence of figures ("from 2.5% in January 2025", "From July 2024 to
    February 2025, exports rose 10%") bounds the figures' period, no event of its own. (An
    event "expected in mid-January 2027" is one, asked by its month.)"""
    at = date.sentence.find(date.text)
    if _PERIOD_ENDING.search(date.sentence[:at]) or _FIGURES_SPAN.search(date.sentence[:at]):
        return True  # "in the three months to 30 September": a figure's period, no event
    if date.precision != "month":
        return False
    if _RECORD_SINCE.search(date.sentence[:at]):
        return False  # "the lowest rate since March 2022": a record, a fact of its own
    if re.search(r"\d\s?(?:%|percent\b|per cent\b)|[$€£¥]\s?\d", date.sentence) is None:
        return False
    # "It was approved in July 2020 with a cost of £2.9 billion", "with the first cohort
    # expected in September 2027": a month something was done or is due in, in a clause of
    # its own with no figure, is an event, whatever figures the sentence holds.
    clauses = _FIGURE_CLAUSE_BREAK.split(date.sentence)
    own = next((clause for clause in clauses if date.text in clause), date.sentence)
    event = _EVENT_BEFORE.search(date.sentence[:at])
    return event is None or re.search(r"\d", own.replace(date.text, "")) is not None


_EVENT_BEFORE = re.compile(
    rf"\b(?:(?:was|were|is|be|been|being)\s+[{SMALL}]+ed|held(?:\s+in\s+[{CAPITAL}][\w-]*)?|expected|due"
    rf"|scheduled|planned|date(?:\s+[{SMALL}]+){{0,4}}?"
    # "budgeted to cost €3 million and to go live in March 2024": a verb of its own.
    rf"|(?:to|will|would)\s+[{SMALL}]+(?:\s+[{SMALL}]+){{0,2}}?)\s+(?:in|on|for|of)\s+$"
)
_FIGURE_CLAUSE_BREAK = re.compile(
    r"[,;]\s|\s(?:with|and|while|whereas|but|after|before|when|as)\s(?!(?:19|20)\d\d)"
)


def _date_answer(date: FoundDate, dateline: Dateline | None) -> tuple[str, str, str | None]:
    """(kind, answer, note) for a date as written."""
    if date.precision == "day":
        return "date", f"{date.year:04d}-{date.month:02d}-{date.day:02d}", None
    if date.precision == "month":
        return "date", f"{date.year:04d}-{date.month:02d}", "The article gives the month only."
    assert date.day is not None
    written = f"{MONTH_NAMES[date.month - 1]} {date.day}"
    if dateline is None:
        return (
            "text",
            written,
            (
                "The article gives no year for this date, so this is a text card; "
                "add the year and make it a date card if you know it."
            ),
        )
    year = dateline.date.year
    future = speaks_of_future(date.sentence, date.sentence.find(date.text))
    try:
        if future and dt.date(year, date.month, date.day) < dateline.date:
            year += 1  # "takes effect January 1" written in December: the coming one
        elif not future and dt.date(year, date.month, date.day) > dateline.date + _FUTURE_SLACK:
            year -= 1
    except ValueError:  # 29 February in a year without one
        return "text", written, "No year is given, and the date line's year lacks this day."
    line = shorten(dateline.line_text, 80)
    if year == dateline.date.year:
        note = f"The article gives no year; {year} comes from its date line “{line}”."
    elif year > dateline.date.year:
        note = (
            f"The article gives no year and speaks of what is to come; {year} is the year "
            f"after its date line “{line}”, since {written} has passed by then."
        )
    else:
        note = (
            f"The article gives no year; {year} is the year before its date line “{line}”, "
            f"since {written}, {dateline.date.year} would come after the article."
        )
    return "date", f"{year:04d}-{date.month:02d}-{date.day:02d}", note


# -- figures ----------------------------------------------------------------------------------


# A clause that supposes, up to the figure: "If rates move by even", "unless costs rise by".
_SUPPOSED = re.compile(r"(?:^|[,;:“\"]\s*)(?:If|if|Unless|unless|Were|Should)\s[^,;:.”\"]*$")


def _figure_cards(
    figures: list[FoundFigure], taken: set[str], lines: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = []
    seen: set[str] = set()
    written: dict[str, list[str]] = {}
    for figure in figures:
        written.setdefault(amount_key(figure.answer), []).append(figure.text)
    for figure in _in_sentences_first(figures, lines):
        if amount_key(figure.answer) in seen or not _readable_number(figure.answer):
            continue
        seen.add(amount_key(figure.answer))
        start = whole_figure_at(figure.sentence, figure.text)
        start = figure.sentence.find(figure.text) if start is None else start
        end = start + len(figure.text)
        if _SUPPOSED.search(figure.sentence, 0, start):
            continue  # "If interest rates move by even one per cent, ...": no fact, a supposition
        if figure.also:  # the conversion in parentheses is asked with it, never shown
            end = figure.sentence.find(")", end) + 1 or end
        elif figure.restated and figure.sentence.startswith(figure.restated, end):
            end += len(figure.restated)  # ", or 88 per cent": the same change, never shown
        question = "what percentage" if figure.kind == "percent" else "how much"
        base = "figure-" + slugify(figure.answer.replace("%", " percent"))
        card = _card(
            taken,
            base,
            "number",
            ask_in_place(figure.sentence, start, end, question),
            figure.answer,
            figure.sentence,
            "figures",
        )
        # "9.4%" in a standfirst and "9.4 per cent" in the body: either is hidden elsewhere.
        card["_written"] = _unique(written[amount_key(figure.answer)])
        card["_asked"] = (figure.sentence, start, end, question)
        if figure.also:
            card["accept"] = [" ".join(figure.also.split())]
            # "£312 million ($389 million)" in another prompt is hidden whole: "…".
            card["_written"] += [f"{figure.text} ({figure.also})", figure.also]
        if figure.restated:
            share = figure.restated.split(" or ", 1)[1].strip()
            card["accept"] = [share]
            card["_written"] += [figure.text + figure.restated, share]
        if figure.hedge:
            card["note"] = f"The article says “{figure.hedge} {figure.text}”."
        cards.append(card)
    return cards


def _in_sentences_first(
    figures: list[FoundFigure], lines: tuple[str, ...] = ()
) -> list[FoundFigure]:
    """``figures`` in reading order, each amount's first occurrence in a full sentence kept
    in place of an earlier one outside a sentence.

    A standfirst ("shares jump 9.4%") repeats a body sentence's figure without the
    sentence's subject; the body says what the figure is about.
    """
    chosen: dict[str, FoundFigure] = {}
    for figure in figures:
        first = chosen.get(amount_key(figure.answer))
        if first is None or (
            not _FULL_SENTENCE.search(first.sentence) and _fuller(figure, first, lines)
        ):
            chosen[amount_key(figure.answer)] = figure
    return [figure for figure in figures if chosen[amount_key(figure.answer)] is figure]


# A sentence of the body ends in a stop; a headline or standfirst does not.
_FULL_SENTENCE = re.compile(r"[.!?][\"”’']?\s*$")


def _fuller(figure: FoundFigure, standfirst: FoundFigure, lines: tuple[str, ...]) -> bool:
    """Whether ``figure`` states an amount more fully than ``standfirst`` (no full stop):
    in a full sentence, or in an item of the body's list ("- Subscription revenue of $188.3
    million, representing 46% of total revenue") where the standfirst is no list item."""
    if _FULL_SENTENCE.search(figure.sentence):
        return True

    def listed(found: FoundFigure) -> bool:
        return 0 < found.line <= len(lines) and _LIST_ITEM.match(lines[found.line - 1]) is not None

    return listed(figure) and not listed(standfirst)


# A results release's highlights: "- Revenue of $188.3 million, up 12%".
_LIST_ITEM = re.compile(r"\s*[-–•*]\s")


def _fact_card(fact: FoundFact, taken: set[str]) -> dict[str, Any]:
    prompt = fact.prompt or ask_in_place(fact.sentence, fact.start, fact.end, fact.question)
    kind = counted_kind(fact.kind, fact.answer)  # "six months" grades as a count
    if kind == "number" and not _readable_number(fact.answer):
        kind = "text"
    card = _card(
        taken,
        f"{fact.group.rstrip('s')}-{slugify(fact.answer)}",
        kind,
        prompt,
        fact.answer,
        fact.evidence or fact.sentence,
        fact.group,
    )
    card["_written"] = [fact.written]
    if fact.kind == "name" and fact.description:
        # A person other prompts name by role: "Dr Ruiz was reappointed" hides the surname.
        card["_written"] += [f"{title} {fact.answer.split()[-1]}" for title in _TITLES]
        card["_written"] += _name_forms(fact.answer)
    ends = re.split(r"\s+(?:to|and)\s+|\s*[-–]\s*", re.sub(r"^between\s+", "", fact.written))
    if len(ends) == 2 and all(re.search(r"\d", end) for end in ends):
        # A range cut short in another prompt ("to support between 600,000 …") still hides
        # the end it shows.
        card["_written"] += ends
    if fact.prompt is None:
        card["_asked"] = (fact.sentence, fact.start, fact.end, fact.question)
    if fact.description:  # other prompts name the thing this way ("the ship")
        card["_description"] = fact.description
    if fact.named_thing:
        card["_written"] += named_phrases(fact.written) + list(fact.phrases)
        card["_named"] = True
    if fact.note:
        card["note"] = fact.note
    if fact.accept:
        card["accept"] = list(fact.accept)
    if fact.also:  # the same measure in other units, as the article converted it
        card["accept"] = [" ".join(fact.also.split())]
        card["_written"] += [f"{fact.written} ({fact.also})", fact.also]
    return card


_DURATION = re.compile(r"[\w.,-]+\s+(?:years?|months?|weeks?|days?|hours?)")
# "an increase of about 17pc in five months", "rose 4% over three years": the period a
# change was measured over, which says nothing asked on its own.
_AFTER_A_CHANGE = re.compile(
    # (An amount "over three years" is how long a pledge or a budget runs: a fact of its own.)
    r"(?:\d\s?(?:%|pc\b|per\s?cent\b)|\b(?:doubled|tripled|trebled|halved))"
    r"\s+(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?$"
)
# "reviewed by this newspaper over three months": how long the reporting took.
_REPORTERS_OWN = re.compile(r"\b(?:by|to)\s+this\s+(?:newspaper|paper|publication|website)\b")


def _period_of_a_change(fact: FoundFact) -> bool:
    return _DURATION.fullmatch(fact.answer) is not None and (
        _AFTER_A_CHANGE.search(fact.sentence, 0, fact.start) is not None
    )


def _reporting_period(fact: FoundFact) -> bool:
    return _DURATION.fullmatch(fact.answer) is not None and (
        _REPORTERS_OWN.search(fact.sentence, max(0, fact.start - 40), fact.start) is not None
    )


def _described(person: _Person) -> bool:
    """Whether the article gives ``person`` a role a prompt can name them by."""
    return len(_best_role(person).role.split()) >= 2


def _with_profile(
    groups: dict[str, list[dict[str, Any]]], story: Article, names: list[str], taken: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with a profile's career facts (find_profiles) and without the cards that
    would ask a career post's years apart from it ("from what year?")."""
    profile = find_profile_facts(story, names)
    covered = covered_spans(profile)
    kept: dict[str, list[dict[str, Any]]] = {}
    for name, group in groups.items():
        kept[name] = []
        for card in group:
            card["prompt"] = about_predecessor(card["prompt"], profile)
            careers = [c for c in covered if card["evidence"] == c.sentence]
            if any(
                _YEARS.fullmatch(str(card["answer"]))
                and all(written in c.words for written in card.get("_written") or ["\0"])
                for c in careers
            ):
                continue  # a post's years, asked with the post
            for career in careers:
                card["prompt"] = outside_career(card["prompt"], career)
            kept[name].append(card)
    # The career post is the fact; its years are asked with it, as one card.
    return kept | {"profile": [_fact_card(fact, taken) for fact in profile]}


_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s+to\s+(?:19|20)\d{2})?")


def _readable_number(answer: str) -> bool:
    # Imported here so the drafter follows whichever number reader the grader uses today.
    from trainer.core.grading.numbers import parse_number

    return parse_number(answer) is not None


def _quoted_figures_asked_as_quoted(
    groups: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """Each figure or fact inside a quotation asked as its speaker's words; one whose
    speaker no quote card names is left out, as its prompt could only be a broken quote."""
    said = [(card["evidence"], card["answer"]) for card in groups.get("quotes", [])]
    kept: dict[str, list[dict[str, Any]]] = {}
    for name, group in groups.items():
        kept[name] = []
        for card in group:
            asked = card.pop("_asked", None)
            span = quotation_around(asked[0], asked[1]) if asked else None
            if asked is None or span is None:
                kept[name].append(card)
                continue
            words = asked[0][span[0] : span[1]].strip()
            speaker = next((who for evidence, who in said if words in evidence), None)
            sentence, start, end, question = asked
            prompt = ask_in_quotation(sentence, start, end, question, speaker)
            if prompt is not None:
                card["prompt"] = prompt
                kept[name].append(card)
    return kept


# -- quotes -----------------------------------------------------------------------------------


def _quote_cards(
    quotes: list[FoundQuote], people: list[_Person], taken: set[str], text: str
) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = []
    seen: set[str] = set()
    # Where each person is named, line and place in it: one named later in the quotation's
    # own paragraph is no one the quotation's "he" can mean.
    lines = text.split("\n")
    named: list[tuple[int, int, str]] = [
        (mention.line, max(0, lines[mention.line - 1].find(mention.phrase)), person.name)
        for person in people
        for mention in (person.first, *person.others)
        if 0 < mention.line <= len(lines)
    ]
    told_last = (-1, "")
    in_full = people_named_in_full(text)
    for quote in quotes:
        if quote.quote in seen:
            continue
        speaker = quote.speaker
        if quote.pronoun:
            # "he told reporters": the person the text was last about whose gender fits.
            # (or anyone the article names in full and then by surname, role or none)
            known = [entry[2] for entry in named] + in_full
            resolved = resolve_pronoun(quote.speaker, quote.context, known, text)
            if resolved is None:
                # No one in the sentences just before: the nearest sentence before the
                # quotation that names someone who fits, however far back (a paragraph that
                # names her by surname alone counts), not the last full name written.
                before = "\n".join(
                    [*lines[: quote.line - 1], lines[quote.line - 1][: quote.offset]]
                )
                resolved = resolve_pronoun(quote.speaker, before, known, text)
            # (never someone the article shows to be of the other gender: "he" is no woman)
            wanted = pronoun_gender(quote.speaker)
            earlier = [
                entry
                for entry in named
                if entry[:2] < (quote.line, quote.offset)
                and gender_of(entry[2], text) in (None, wanted)
                and not written_as_body(entry[2], text)
            ]
            if resolved is None and not earlier:
                continue
            speaker = resolved or max(earlier)[2]
        # A few quoted words in a sentence that holds a statement already asked are the
        # same statement told on: one card.
        if quote.reported and any(said in quote.reported for said in seen):
            continue
        seen.add(quote.quote)
        kind, answer, note = _speaker_answer(speaker, people, text)
        if not answer or answer in ORGANISATION_WORDS:
            # "the Committee said": a body named by its kind alone is no answer to learn,
            # and hiding it would blank the word in every other prompt ("The also agreed").
            continue
        # Reported speech is drafted only for someone the article names with a role, or in
        # full and again by surname: a capitalised phrase before "said" is too often not a
        # person at all.
        if (
            quote.reported
            and not quote.pronoun
            and not quote.described
            and all(p.name != answer for p in people)
            and answer not in in_full
        ):
            continue
        # '"Nobody wants this," she said. "But we have a duty ..."': a quotation told on
        # after its attribution, in the same paragraph, is the same statement: one card.
        continues = quote.quote.startswith(("But ", "And ", "Yet ", "So "))
        if not quote.reported and continues and (quote.line, answer) == told_last:
            continue
        told_last = (quote.line, answer) if not quote.reported else (-1, "")
        named.append((quote.line, quote.offset, answer))
        if quote.reported:
            begin, end = quote.speaker_span
            prompt = _closed_quotes(ask_in_place(quote.reported, begin, end, quote.question))
        else:
            opening = quotation_opening(quote.quote, PROMPT_WORDS - len(_WHO_SAID.split()) - 1)
            prompt = f"{_WHO_SAID} “{shorten(opening, PROMPT_LIMIT)}”"
        card = _card(
            taken, f"quote-{slugify(answer)}", kind, prompt, answer, quote.evidence, "quotes"
        )
        card["_written"] = _name_forms(answer)
        if not quote.reported:
            card["_claim"] = quoted_claim(quote.quote, quote.context, tuple(answer.split()))
        if note:
            card["note"] = note
        if quote.pronoun:
            card["note"] = (
                f"The article says “{quote.speaker}”; the person the text is about just "
                f"before the quote is {answer}."
            )
        cards.append(card)
    return cards


def _closed_quotes(prompt: str) -> str:
    """Straight quotation marks as curly ones, and a quotation the question's end cut open
    closed again: 'had been "locked for a century.?' reads 'had been “locked for a century”?'."""
    parts = prompt.split('"')
    text = "".join(part + ("“" if at % 2 == 0 else "”") for at, part in enumerate(parts[:-1]))
    text += parts[-1]
    if text.count("“") > text.count("”"):
        text = re.sub(r"[.,]?(?P<end>[?]?)$", lambda m: "”" + m.group("end"), text, count=1)
    return text


# Titles written before a surname ("Dr Ruiz"), hidden with it.
_TITLES = ("Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mrs", "Ms", "Sir", "Dame")


def _name_forms(name: str) -> list[str]:
    """How a name may appear in another card's prompt: in full, or by surname."""
    words = name.split()
    # "Businessman Abraham Kpadeh": a label capitalised before the name is hidden with it.
    labelled = [f"{label} {name}" for label in sorted(OCCUPATION_WORDS)]
    return [*labelled, name, words[-1]] if len(words) > 1 else [name]


# The words of a body or an office before a speaker's name ("Head of Programmes").
_OFFICE_WORDS = ORGANISATION_WORDS | TITLE_WORDS | HEAD_WORDS | {"Head", "Deputy", "Acting"}


def _speaker_answer(
    speaker: str, people: list[_Person], text: str = ""
) -> tuple[str, str, str | None]:
    """(kind, answer, note) for a speaker as the article names them."""
    if names_no_one(speaker):
        return "name", "", None  # "One said:": one of a group, no one to name
    for person in people:
        if any(from_the_body(speaker, m.phrase) for m in (person.first, *person.others)):
            return "name", person.name, None  # "Prof Ann Lee of Oslo University said"
    words = speaker.split()
    # "UNOHCR Head of Office Daniel Osei-Brandt": the body and office before a person's
    # name are no part of it; the name is the words after the last title or body word.
    after_office = 0
    for at, word in enumerate(words):
        # "Head of Programmes": the field after an office's "of" is the office's too.
        joins = word in ("of", "for", "and") and after_office == at
        field = at > 0 and words[at - 1] in ("of", "for", "and") and after_office == at
        if word in _OFFICE_WORDS or field or joins:
            after_office = at + 1
    if 0 < after_office <= len(words) - 2 and all(
        word[:1].isupper() for word in words[after_office:]
    ):
        words = words[after_office:]
        speaker = " ".join(words)
    # "UNOHCR Head of Office Daniel Osei-Brandt warned": a role holding a body's word, then
    # a person the article names; the answer is the person.
    for person in people:
        known = person.name.split()
        if len(known) > 1 and len(words) > len(known) and words[-len(known) :] == known:
            return "name", person.name, None
    if any(word in ORGANISATION_WORDS for word in words):
        return "text", speaker, None
    if words[0] == "the":
        # "the judge said": a title in lower case; "the company said" names no person.
        words = ["the", *(word[:1].upper() + word[1:] for word in words[1:])]
        if not all(word in TITLE_WORDS for word in words[1:]):
            return "name", "", None
    if all(word in TITLE_WORDS for word in words if word not in {"the", "The"}):
        # "the Minister said": the one person the article gave that title, or no card.
        holders = {p.name for p in people for m in (p.first, *p.others) if words[-1] in m.role}
        return ("name", holders.pop(), None) if len(holders) == 1 else ("name", "", None)
    named = core_name(" ".join(word for word in words if word not in TITLE_WORDS) or speaker)
    # "Contreras" is Valeria Contreras when the article writes her name in full anywhere.
    resolved = len(named.split()) == 1
    if resolved:
        named = full_name_of(named, text) or full_name(named, text) or named
    core = named.split()
    for person in people:
        known = person.name.split()
        # "Dar" is Ishaq Dar; "New Zealand Prime Minister Jacinda Ardern" is Jacinda Ardern.
        if known[-len(core) :] == core or core[-len(known) :] == known:
            return "name", person.name, None
    # A full name the article writes stays whole ("Nguyễn Thị Thu Hà" runs to four words).
    name = named if resolved else " ".join(core[-3:])
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


def _as_noun_phrase(found: FoundPerson) -> FoundPerson:
    """``found`` with its role a noun phrase: no verb before it, no sentence's capital."""
    role, phrase = noun_phrase_role(found.role, found.phrase, found.sentence)
    return dataclasses.replace(found, role=role, phrase=phrase)


def _merge_people(found: Iterable[FoundPerson]) -> list[_Person]:
    """One entry per person: "Ishaq Dar" and "Mohammad Ishaq Dar" are the same man."""
    people: list[_Person] = []
    for mention in found:
        tokens = mention.name.split()
        for person in people:
            known = person.name.split()
            shorter, longer = sorted((tokens, known), key=len)
            if longer[-len(shorter) :] == shorter:
                person.others.append(mention)
                break
        else:
            people.append(_Person(name=mention.name, first=mention))
    return people


# The most words a prompt whose "She"/"He" is named may have: "the retired judge" in place
# of "She" must leave the question under the length a cut would shorten it to.
_NAMED_WORDS = 20


def _name_pronoun_subjects(
    groups: dict[str, list[dict[str, Any]]],
    text: str,
    known: list[str],
    descriptions: dict[str, str],
) -> None:
    """Each prompt opening on "She"/"He" names the person the sentence before named ("She
    cut her price target to what?" asks "The analyst at the broker cut ..."): where their
    name is another card's answer, only if the finishing pass can name them by role (hidden
    as "…", the question would have no subject), and only where the question named so stays
    short (cut to fit, it would lose its subject again)."""
    answers = {str(card["answer"]) for group in groups.values() for card in group}
    for group in groups.values():
        for card in group:
            found = named_person(card["prompt"], card["evidence"], text, known)
            if found is None or (found[0] in answers and found[0] not in descriptions):
                continue
            name, prompt = found
            called = descriptions.get(name, name) if name in answers else name
            if len(prompt.split()) - len(name.split()) + len(called.split()) <= _NAMED_WORDS:
                card["prompt"] = prompt


def _with_owners(people: list[_Person], text: str) -> list[_Person]:
    """Each bare office of two or more title words ("Chief Executive") made its owner's
    ("Halcyra's Chief Executive") where the sentence naming it opens with that owner."""
    names = [person.name for person in people]
    for person in people:
        mentions = [person.first, *person.others]
        for at, mention in enumerate(mentions):
            words = mention.role.split()
            if len(words) < 2 or not all(word in TITLE_WORDS for word in words):
                continue
            owner = owner_of(mention.sentence, text, names)
            if owner:
                mentions[at] = dataclasses.replace(mention, role=f"{owner}’s {mention.role}")
        person.first, person.others = mentions[0], mentions[1:]
    return people


def person_description(person: _Person) -> str:
    """ "the WTO spokesman": how a prompt names a person without giving their name away."""
    role = _best_role(person).role
    if role.startswith(("a ", "an ")):  # "a portfolio manager at Northgate Capital"
        role = "the " + role.split(" ", 1)[1]
    if role.startswith(("the ", "its ", "their ")):
        return role
    return role if _starts_possessive(role) else f"the {role}"


def _best_role(person: _Person) -> FoundPerson:
    """The mention with the most specific role: "Russian Foreign Minister" over "Minister"."""
    return max((person.first, *person.others), key=lambda mention: len(mention.role.split()))


def _person_cards(people: list[_Person], taken: set[str]) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = []
    for person in people:
        best = _best_role(person)
        prompt = f"Who is {person_description(person)}?"
        # "chief executive from 2011 to 2020": a post held in years past.
        prompt = re.sub(r"^Who is (?=.*\bfrom \d{4} to \d{4}\?$)", "Who was ", prompt)
        # "the winner of the runoff for governor" is asked as the article says it: who won.
        prompt = re.sub(r"^Who is the winner of ", "Who won ", prompt)
        prompt = re.sub(rf"^Who is the {DEED_ROLE}", "Who ", prompt)  # "Who led the review?"
        evidence = best.phrase
        # A bare title ("Who is the President?") asks nothing the article says; what the
        # person did, said with the title and name as the sentence's subject, does
        # ("Mayor Denise Albright had proposed a 4.5% increase" asks "Who had proposed ...").
        # "Co-author Professor" is a bare title too: "Co-author" says what they did here.
        if len(
            [w for w in best.role.split() if not _DOER_WORD.fullmatch(w)]
        ) < 2 or introduced_by_age(best):
            did = _what_they_did(person) or next(
                (
                    (asked, mention.sentence)
                    for mention in (person.first, *person.others)
                    if (asked := asked_of_bare_title(mention.phrase, mention.sentence))
                ),
                None,
            )
            if did is not None:
                prompt, evidence = did
            elif not _lone_role_in_lower_case(best, people):
                continue
        card = _card(
            taken, f"person-{slugify(person.name)}", "name", prompt, person.name, evidence, "people"
        )
        # The role with the name goes first, so "US Secretary of State Marco Rubio" in another
        # prompt becomes "the US Secretary of State", not "US Secretary of State the US ...".
        mentions = (person.first, *person.others)
        # "Ciarán Moynihan TD": the name with its post-nominal letters is hidden whole.
        lettered = [
            f"{person.name} {m.phrase.split()[-1]}"
            for m in mentions
            if m.phrase.endswith(person.name + " " + m.phrase.split()[-1])
            and POST_NOMINAL.fullmatch(m.phrase.split()[-1])
        ]
        card["_written"] = [m.phrase for m in mentions] + lettered + _name_forms(person.name)
        also = _unique(
            other.phrase for other in (person.first, *person.others) if other.phrase != best.phrase
        )
        if also:
            card["note"] = "The article also calls them: " + "; ".join(also) + "."
        cards.append(card)
    return cards


# What a subject does: after the name, a lowercase word that joins nothing (a verb, in
# news style) and at least three more words.
_DEED = re.compile(
    rf"\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by|who|which)\b)[{SMALL}]+\b(?:\s+\S+){{3,}}"
)


# Roles many hold at once, which name no one in particular without whose they are.
_SHARED_ROLES = frozenset(
    {"member", "partner", "associate", "fellow", "candidate", "incumbent", "deputy", "chief",
     "head", "owner", "spokesman", "spokeswoman", "spokesperson", "representative",
     "analyst", "economist", "author", "researcher", "scientist", "lawyer", "activist",
     "campaigner", "journalist", "correspondent", "columnist", "officer", "manager"}
)  # fmt: skip


def _lone_role_in_lower_case(best: FoundPerson, people: list[_Person]) -> bool:
    """ "prosecutor Rebecca Ansah", "The master, Captain Ivan Petrov,": a one-word role the
    article writes in lower case and gives no one else names its holder in this story (who
    prosecuted, who commanded the ship), unlike a capitalised title of an office everyone
    knows ("President")."""
    if re.match(r"(?:a|an)\s", best.phrase, flags=re.IGNORECASE):
        return False  # "A spokesman, Jo Bell,": one of several
    role = _without_article(best.role)
    if (
        not re.fullmatch(ROLE_HEADS, role)
        or role in _SHARED_ROLES
        # written before the name, in small letters ("Businessman Jo Bell" is a label, and
        # "Jo Bell, director, Harbour Board" a role whose body other passes ask with it)
        or not re.match(rf"(?:the\s+)?{role}\b", best.phrase, flags=re.IGNORECASE)
        or not re.search(rf"(?<![\w-]){role}(?![\w-])", best.phrase)
        or introduced_by_age(best)
    ):
        return False
    holders = [
        person
        for person in people
        for mention in (person.first, *person.others)
        if _without_article(mention.role).endswith(role)
    ]
    return len(holders) == 1


def _without_article(role: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)


_SPEECH_SET_OFF = re.compile(r"(?:said|told|warned|added)(?:\s+[\w’'-]+){0,3},\s")
_SAID_AFTER = re.compile(rf"\s+(?:said|says|told|warned|added)\s+(?:that\s+)?[{SMALL}]")
_DOER_WORD = re.compile(rf"[{CAPITAL}][{SMALL}]*-[{SMALL}][\w-]*")


def _what_they_did(person: _Person) -> tuple[str, str] | None:
    """(prompt, evidence) asking who did what the sentence opening with the person says."""
    for mention in (person.first, *person.others):
        start = 0
        if not mention.sentence.startswith(mention.phrase):
            # "At the school, ..., headteacher Ann Lee said she ...": the subject after an
            # opening phrase.
            start = mention.sentence.find(", " + mention.phrase) + 2
            if start < 2 or not _SAID_AFTER.match(mention.sentence, start + len(mention.phrase)):
                continue
        if _DEED.match(mention.sentence, start + len(mention.phrase)) is None:
            continue
        if start:
            rest = mention.sentence[start + len(mention.phrase) :].strip().rstrip(".")
            if _SPEECH_SET_OFF.match(rest):
                continue  # "told the court, money was ...": what was said is asked elsewhere
            return f"Who {rest}?", mention.sentence
        prompt = ask_in_place(mention.sentence, 0, len(mention.phrase), "who")
        return prompt, mention.sentence
    return None


def _starts_possessive(role: str) -> bool:
    """ "Halden's managing director", "Operation Aspides’s commander": whose role it is."""
    words = role.split()[:4]
    # Only before the office itself: "director of the university's Centre" is no owner's.
    words = words[: next((at for at, w in enumerate(words) if w in _ROLE_JOINS), len(words))]
    return any(word.endswith(("’s", "'s")) for word in words)


_ROLE_JOINS = frozenset({"of", "for", "at", "in", "and"})


# -- reasons, aims and claims -------------------------------------------------------------------


# The aim's words are replaced in place: "launched to do what?", "for its involvement in what?".
_AIM_QUESTIONS = {"aim": "do what", "reason": "what", "claim": "what"}


def _aim_cards(aims: list[FoundAim], taken: set[str]) -> list[dict[str, Any]]:
    """A "why" card for each reason, aim or claim, graded by points proposed from its words."""
    cards = []
    for aim in aims:
        start = aim.sentence.find(aim.text)
        prompt = ask_in_place(aim.sentence, start, start + len(aim.text), _AIM_QUESTIONS[aim.sort])
        card = _card(
            taken,
            f"{aim.sort}-{' '.join(aim.text.split()[:4])}",
            "text",
            prompt,
            aim.text,
            aim.text,
            aim.sort,
        )
        card["points"] = propose_points(aim.text, prompt)
        cards.append(card)
    return cards


# -- shared -----------------------------------------------------------------------------------


def _card(
    taken: set[str], base: str, kind: str, prompt: str, answer: str, evidence: str, tag: str
) -> dict[str, Any]:
    return {
        "id": unique_id(slugify(base) or tag, taken),
        "kind": kind,
        "prompt": prompt,
        "answer": answer,
        "source": SOURCE_KEY,
        "evidence": evidence,
        "tags": ["draft", tag],
    }


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
