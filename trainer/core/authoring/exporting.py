"""``trainer export``: a deck as an Anki package (.apkg) or as CSV for spreadsheets."""

from __future__ import annotations

import csv
import hashlib
import html
import tempfile
from pathlib import Path
from typing import TextIO

from trainer.core.deck import Card, Deck
from trainer.core.deck_fields import CSV_COLUMNS, CSV_FORM_SEPARATOR
from trainer.core.spreadsheet import safe_cell

ANKI_FIELDS = ("Prompt", "Answer", "Evidence", "Source")
# genanki's advice: ids between 2**30 and 2**31, the same every time for the same thing,
# so re-importing an export updates the notes instead of duplicating them.
_ID_BASE = 1 << 30

_FRONT = "<div class=prompt>{{Prompt}}</div>"
_BACK = (
    "{{FrontSide}}<hr id=answer><div class=answer>{{Answer}}</div>"
    "{{#Evidence}}<div class=evidence>“{{Evidence}}”</div>{{/Evidence}}"
    "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
)
_CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: left; }
.answer { font-weight: bold; }
.evidence { margin-top: 1em; font-style: italic; color: #555; }
.source { margin-top: 0.5em; font-size: 14px; color: #777; }
"""


def stable_id(*parts: str) -> int:
    """An id for Anki that is the same for the same parts, on every machine."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return _ID_BASE + int.from_bytes(digest[:8], "big") % _ID_BASE


def source_label(deck: Deck, card: Card) -> str:
    """Where a card's fact comes from, in words: the source's title and file name."""
    source = deck.sources.get(card.source) if card.source else None
    if source is None:
        return ""
    label = f"{source.title} ({source.file.name})" if source.title else source.file.name
    return f"{label}, {source.published}" if source.published else label


def write_csv(deck: Deck, stream: TextIO) -> int:
    """Write one row per card (with a header row) to ``stream``; returns the number of cards.

    A cell holding several values (a list card's items, accept, reject, options, points) has
    one value per line: a value may itself hold a comma or a semicolon, never a line break,
    and spreadsheets show such a cell as one value under another. A point's interchangeable
    forms share its line, between " | ".
    """
    writer = csv.writer(stream, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for card in deck.cards:
        cells = {
            "prompt": card.prompt,
            "answer": "\n".join(card.answers),
            "kind": card.kind,
            "tags": "; ".join(card.tags),
            "evidence": card.evidence or "",
            "source": source_label(deck, card),
            "accept": "\n".join(card.accept),
            "reject": "\n".join(card.reject),
            "options": "\n".join(card.options),
            "need": "" if card.need is None else str(card.need),
            "points": "\n".join(CSV_FORM_SEPARATOR.join(point) for point in card.points),
            "shuffle": "" if card.shuffle else "false",
            "unit": card.unit or "",
            "tolerance": card.tolerance or "",
            "note": card.note or "",
            "hint": card.hint or "",
            "id": card.id,
        }
        # The columns are the field table's (deck_fields.CSV_COLUMNS); a key it gains with a
        # column fails here until its cell is written.
        writer.writerow(safe_cell(cells[name]) for name in CSV_COLUMNS)
    return len(deck.cards)


def anki_package(deck: Deck) -> bytes:
    """The deck as the bytes of an Anki .apkg file: one note per card."""
    import genanki  # only this command needs it

    model = genanki.Model(
        stable_id("briefing-trainer model", deck.id),
        f"Briefing trainer ({deck.id})",
        fields=[{"name": name} for name in ANKI_FIELDS],
        templates=[{"name": "Recall", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS,
    )
    anki_deck = genanki.Deck(
        stable_id("briefing-trainer deck", deck.id),
        deck.title,
        description=html.escape(deck.description or ""),
    )
    for card in deck.cards:
        anki_deck.add_note(
            genanki.Note(
                model=model,
                fields=[
                    _prompt_html(card),
                    html.escape(card.answer_text),
                    _html(card.evidence or ""),
                    html.escape(source_label(deck, card)),
                ],
                tags=[tag.replace(" ", "_") for tag in card.tags],
                guid=genanki.guid_for(deck.id, card.id),
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.apkg"
        genanki.Package(anki_deck).write_to_file(str(path))
        return path.read_bytes()


def _prompt_html(card: Card) -> str:
    prompt = _html(card.prompt)
    if card.kind == "choice":
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        options = "<br>".join(
            f"{letters[index]}. {html.escape(option)}"
            for index, option in enumerate(card.options[:26])
        )
        prompt += f"<br><br>{options}"
    return prompt


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
