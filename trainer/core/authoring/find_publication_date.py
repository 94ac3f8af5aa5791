"""The date a document was published, asked as a fact of its own: "Published 2 December
2026" under a policy brief's title asks "When was the policy brief published?", and a wire
dateline ("BERLIN, Dec 4 (Interpress Wire) -") asks "On what date was the story from Berlin
filed?". The date already resolves the story's relative dates (find_dates.find_dateline);
here it becomes a card, with the date line as its evidence.

Only a publication date is asked of the date line: an "Updated" stamp dates an edit, and a
situation report's "As of" line is the cut-off of its figures, which the dates pass asks
already. A paragraph added to the story later and labelled so ("UPDATE, Thursday 3
December: ...") is news of its own: its date is asked as the day the story was updated.
"""

from __future__ import annotations

import datetime as dt
import re

from trainer.core.authoring.article import Article, wire_lead_end
from trainer.core.authoring.document_kind import DEFAULT, WIRE_STORY, document_kind
from trainer.core.authoring.find_dates import (
    Dateline,
    dateline_keyword,
    dates_in_line,
    is_date_line,
)
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.letters import CAPITAL
from trainer.core.authoring.update_labels import update_label

# "Issued: Monday 16 November 2026": the verb the date line itself uses.
_VERB = re.compile(r"(?i)\b(?P<verb>published|issued|posted)\b")
# "BERLIN, Dec 4 (Interpress Wire) -": the place a wire story was filed from.
_WIRE_PLACE = re.compile(rf"\s*(?P<place>[{CAPITAL}][{CAPITAL}.'’ ]*[{CAPITAL}])\b")


def find_publication_date(
    article: Article, dateline: Dateline | None, note: str | None = None
) -> list[FoundFact]:
    """The publication date as a date card's fact, if the article has one.

    ``note`` says how the date was read when that needs saying (a wire dateline without
    its year)."""
    if dateline is None or not dateline.is_publication:
        return []
    found = next(
        (
            (number, line)
            for number, line in enumerate(article.lines, start=1)
            if line.strip() == dateline.line_text
        ),
        None,
    )
    if found is None:
        return []
    number, line = found
    answer = dateline.date.isoformat()
    lead = wire_lead_end(line)
    if lead and _dated_after(line, lead, dateline.date):
        # "THE WARSAW COURIER - Saturday 5 December 2026 - Profile": a masthead's name before
        # its date, no place a story was filed from.
        lead = 0
    stamp = _date_line_above(article, number, dateline.date) if lead else None
    if stamp is not None:
        # "Tuesday 1 December 2026, 14:32 GMT" over "LISBON, Dec 1 (...) -": the story's own
        # date line says when it was published, the dateline only where it was filed from.
        number, line, lead = stamp[0], stamp[1], 0
    if lead:
        # The dateline, not the story's first sentence after it.
        evidence = line[:lead].strip().rstrip("-–— ").strip()
        place = _WIRE_PLACE.match(line)
        where = f" from {_place_name(place.group('place'))}" if place else ""
        prompt = f"On what date was the {document_kind(article) or WIRE_STORY}{where} filed?"
    else:
        evidence = _date_words(line.strip(), dateline.date)
        verb = _VERB.search(evidence)
        done = verb.group("verb").casefold() if verb else "published"
        prompt = f"When was the {document_kind(article) or DEFAULT} {done}?"
    return [
        FoundFact(
            "date",
            "document",
            answer,
            evidence,
            evidence,
            0,
            len(evidence),
            "when",
            number,
            evidence=evidence,
            prompt=prompt,
            note=note,
        )
    ]


def _dated_after(line: str, at: int, date: dt.date) -> bool:
    """Whether ``line`` writes ``date`` at or after position ``at``."""
    return any(
        found.value() == date and line.find(found.text) >= at for found in dates_in_line(line)
    )


def _date_line_above(article: Article, number: int, date: dt.date) -> tuple[int, str] | None:
    """The line before line ``number`` that is ``date`` alone, with its time or weekday (a
    byline's stamp: "Tuesday 1 December 2026, 14:32 GMT"), and its number, if there is one.
    A labelled line ("Published ...") is not taken: on a saved page the reader writes it from
    the page's metadata, and the dateline is the story's own."""
    for above, line in enumerate(article.lines[: number - 1], start=1):
        for found in dates_in_line(line):
            written = (found.year, found.month, found.day)
            labelled = dateline_keyword(line[: max(0, line.find(found.text))])
            if (
                written == (date.year, date.month, date.day)
                and labelled is None
                and is_date_line(line, found.text)
            ):
                return above, line
    return None


def find_update_labels(article: Article, published: dt.date | None) -> list[FoundFact]:
    """The date of each paragraph the story labels as added later, asked "On what date was
    the story updated?"."""
    found: list[FoundFact] = []
    for number, line in enumerate(article.lines, start=1):
        label = update_label(line, published)
        if label is None:
            continue
        sentence = re.split(rf"(?<=[.!?])\s+(?=[{CAPITAL}“\"])", line.strip(), maxsplit=1)[0]
        found.append(
            FoundFact(
                "date",
                "document",
                label.date.isoformat(),
                label.text,
                sentence,
                sentence.find(label.text),
                sentence.find(label.text) + len(label.text),
                "when",
                number,
                evidence=sentence,
                prompt=f"On what date was the {document_kind(article) or DEFAULT} updated?",
            )
        )
    return found


def _place_name(place: str) -> str:
    """ "BERLIN" as a prompt writes it: "Berlin"; "NEW YORK": "New York"."""
    return " ".join(word.capitalize() if word.isupper() else word for word in place.split())


def _date_words(line: str, date: dt.date) -> str:
    """The date line as evidence, without what a scraped page ran on after it ("date
    2025-04-07 Home / External Affairs / News / ..."): a time or place after the date stays."""
    for found in dates_in_line(line):
        if found.value() == date and not is_date_line(line, found.text):
            return line[: line.index(found.text) + len(found.text)].strip()
    return line
