"""`trainer history`: every saved answer, as a table, CSV or JSON (oldest first)."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trainer import paths
from trainer.cli.common import data_dir, deck_dirs
from trainer.cli.tables import render_table
from trainer.core.errors import TrainerError
from trainer.core.spreadsheet import safe_cell
from trainer.core.terminal_text import safe_text
from trainer.core.wording import shorten

if TYPE_CHECKING:
    from trainer.core.card_texts import CardTexts
    from trainer.core.store import ReviewRecord, ReviewStore

FORMATS = ("table", "csv", "json")
# Reviews joined into one write of the JSON export.
JSON_BATCH = 1000
FIELDS = (
    "reviewed_at",
    "deck",
    "card",
    "prompt",
    "answer",
    "kind",
    "tags",
    "response",
    "confidence",
    "verdict",
    "score",
    "rating",
    "overridden",
    "hinted",
    "cram",
    "elapsed_s",
    "session",
)


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--deck", metavar="ID", help="only reviews of this deck")
    parser.add_argument(
        "--since",
        metavar="DATE",
        type=parse_since,
        help="only reviews at or after DATE (YYYY-MM-DD, or an ISO 8601 time; UTC if no zone)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="table (default), csv, or json: a list of reviews with ISO 8601 UTC times",
    )


def parse_since(text: str) -> datetime:
    """A --since value as an aware UTC datetime; a bare date means its midnight UTC."""
    try:
        if len(text.strip()) == 10:
            day = date.fromisoformat(text.strip())
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, like 2025-07-25"
        ) from None
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError:
        # 0001-01-01T00:00:00+14:00 is in the year 0 in UTC, which Python cannot hold.
        raise argparse.ArgumentTypeError(
            f"'{text}' falls outside the years 1 to 9999 in UTC; give a time within them"
        ) from None


def open_existing_store(args: argparse.Namespace) -> ReviewStore | None:
    """The review database if one exists; None rather than creating one just to read it.

    A data folder or database that cannot be written is opened read-only: these commands
    only read, and must neither write nor upgrade what they cannot write.
    """
    from trainer.core.store import Store
    from trainer.core.store.open import open_review_store, server_url

    folder = data_dir(args)
    if server_url(folder, getattr(args, "store", None)) is not None:
        return open_review_store(folder, getattr(args, "store", None))
    refuse_a_file_as_data_folder(folder)
    database = paths.database_path(folder)
    if not database.exists():
        return None
    if not _writable(folder) or not _writable(database):
        return Store.open_read_only(folder)
    from trainer.cli.common import upgrade_progress

    return Store.open(folder, backup=False, progress=upgrade_progress)


def refuse_a_file_as_data_folder(folder: Path) -> None:
    """StoreError, worded as `trainer quiz` words it, when the data folder is not a folder.

    Without it a file given as the data folder would read as a folder with no reviews yet.
    """
    from trainer.core.store import StoreError

    if folder.exists() and not folder.is_dir():
        raise StoreError(f"cannot use {folder} as the data folder: it is a file, not a folder")
    for parent in folder.parents:
        if parent.exists():
            if not parent.is_dir():
                raise StoreError(
                    f"cannot use {folder} as the data folder: part of that path is a file, "
                    "not a folder; choose another with --data-dir"
                )
            return


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK | (os.X_OK if path.is_dir() else 0))


def run(args: argparse.Namespace) -> int:
    from trainer.core.card_texts import CardTexts
    from trainer.core.deck_cache import DeckCache
    from trainer.core.history import reviews
    from trainer.core.library import load_library

    # Read before the database, so a mistyped deck folder is said even with no reviews yet;
    # the decks also give each review its question and answer.
    # Through the parsed-deck cache where it has the deck (a 100k-card deck parsed again
    # took seconds), never writing to it: reading creates nothing in the data folder.
    cache = DeckCache(paths.cache_dir(data_dir(args)), write=False)
    decks = load_library(deck_dirs(args), cache).decks
    texts = CardTexts(decks)
    store = open_existing_store(args)
    if store is None:
        records: Iterable[ReviewRecord] = iter(())
        write(args.format, records, sys.stdout, filtered=False, texts=texts)
        return 0
    with store:
        if args.deck is not None:
            check_deck_known(store, args.deck, [deck.id for deck in decks])
        if args.format == "json":
            from trainer.core.history_json import review_json

            # Written a review at a time from SQLite's rows: no record or dict per review.
            write_json_lines(review_json(store, args.deck, args.since, texts), sys.stdout)
        elif args.format == "csv":
            # The store's plain tuples, written as they come: no record per review.
            write_csv_rows(store.review_rows(args.deck, args.since), sys.stdout, texts)
        else:
            write(
                args.format,
                reviews(store, args.deck, args.since),
                sys.stdout,
                filtered=bool(args.deck or args.since),
                texts=texts,
            )
    return 0


def check_deck_known(store: ReviewStore, deck_id: str, library_ids: Iterable[str]) -> None:
    """TrainerError when ``deck_id`` is neither a deck here nor a deck with reviews.

    A deck id mistyped after --deck would otherwise read as an empty history.
    """
    from trainer.core.deck import close_match_hint
    from trainer.core.errors import TrainerError

    known = sorted({*store.reviewed_deck_ids(), *library_ids})
    if deck_id in known:
        return
    raise TrainerError(
        f"no deck '{deck_id}' among the decks or the reviews"
        f"{close_match_hint(deck_id, known)}; known decks: "
        f"{', '.join(known) or 'none'}"
    )


def write(
    form: str,
    records: Iterable[ReviewRecord],
    out: TextIO,
    *,
    filtered: bool = False,
    texts: CardTexts | None = None,
) -> None:
    """Write the reviews in the chosen format, each with its card's question and answer."""
    if form == "json":
        write_json(records, out, texts)
    elif form == "csv":
        write_csv(records, out, texts)
    elif form == "table":
        write_table(records, out, filtered=filtered, texts=texts)
    else:
        raise TrainerError(f"unknown format '{form}'; use one of {', '.join(FORMATS)}")


def as_dict(record: ReviewRecord, texts: CardTexts | None = None) -> dict[str, Any]:
    """One review as plain JSON values, with its card's prompt and answer (empty when the
    card is no longer in its deck)."""
    from trainer.core.card_texts import UNKNOWN

    text = UNKNOWN if texts is None else texts.get(record.deck, record.card)
    return {
        "deck": record.deck,
        "card": record.card,
        "prompt": text.prompt,
        "answer": text.answer,
        "response": record.response,
        "confidence": record.confidence,
        "verdict": record.verdict,
        "score": record.score,
        "rating": record.rating,
        "reviewed_at": record.reviewed_at.isoformat(),
        "overridden": record.overridden,
        "elapsed_s": record.elapsed_s,
        "kind": record.kind,
        "tags": list(record.tags),
        "hinted": record.hinted,
        "cram": record.cram,
        "session": record.session,
    }


def write_json(
    records: Iterable[ReviewRecord], out: TextIO, texts: CardTexts | None = None
) -> None:
    write_json_lines(
        (json.dumps(as_dict(record, texts), ensure_ascii=False) for record in records), out
    )


def write_json_lines(objects: Iterable[str], out: TextIO) -> None:
    """A JSON list of the given objects' texts, one to a line."""
    # Streamed a batch of reviews at a time so a long history never sits in memory whole.
    from itertools import islice

    objects = iter(objects)
    batch = list(islice(objects, JSON_BATCH))
    if not batch:
        out.write("[]\n")
        return
    out.write("[\n  ")
    while batch:
        out.write(",\n  ".join(batch))
        batch = list(islice(objects, JSON_BATCH))
        if batch:
            out.write(",\n  ")
    out.write("\n]\n")


def write_csv(records: Iterable[ReviewRecord], out: TextIO, texts: CardTexts | None = None) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    # Written to a file, the answers are kept as typed; shown on a terminal, never obeyed.
    shown = safe_text if out.isatty() else str
    for record in records:
        row = as_dict(record, texts)
        row["tags"] = ";".join(record.tags)
        writer.writerow([_csv_cell(csv_value(row[field]), shown) for field in FIELDS])


def write_csv_rows(
    rows: Iterable[tuple[Any, ...]], out: TextIO, texts: CardTexts | None = None
) -> None:
    """The CSV export from ``ReviewStore.review_rows``' plain tuples, the same text as
    ``write_csv`` of their records."""
    from trainer.core.card_texts import UNKNOWN
    from trainer.core.history_json import stored_time_iso

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    shown = safe_text if out.isatty() else str
    joined_tags: dict[str, str] = {}  # tag lists repeat: each decoded once
    for row in rows:
        deck, card, response, verdict, score, rating, reviewed_at, overridden = row[:8]
        elapsed_s, kind, tags, hinted, cram, session, _review_id, confidence = row[8:]
        text = UNKNOWN if texts is None else texts.get(deck, card)
        joined = joined_tags.get(tags)
        if joined is None:
            joined = joined_tags[tags] = ";".join(json.loads(tags))
        values = (
            stored_time_iso(reviewed_at),
            deck,
            card,
            text.prompt,
            text.answer,
            kind,
            joined,
            response,
            confidence or "",
            verdict,
            float(score),
            rating,
            "true" if overridden else "false",
            "true" if hinted else "false",
            "true" if cram else "false",
            "" if elapsed_s is None else float(elapsed_s),
            session,
        )
        writer.writerow([_csv_cell(value, shown) for value in values])


def _csv_cell(value: object, shown: Callable[[str], str]) -> object:
    # Text a spreadsheet would run as a formula is neutralised (docs/data.md).
    return safe_cell(shown(value)) if isinstance(value, str) else value


def csv_value(value: object) -> object:
    """A value as the JSON export writes it: true/false, and empty for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_table(
    records: Iterable[ReviewRecord],
    out: TextIO,
    *,
    filtered: bool = False,
    texts: CardTexts | None = None,
) -> None:
    from trainer.core.card_texts import UNKNOWN

    rows = []
    for record in records:
        text = UNKNOWN if texts is None else texts.get(record.deck, record.card)
        rows.append(
            (
                record.reviewed_at.strftime("%Y-%m-%d %H:%M"),
                record.deck,
                shorten(text.prompt, 36) or record.card,
                record.verdict + (" (I was right)" if record.overridden else ""),
                f"{record.score:.2f}",
                record.confidence or "-",
                record.rating,
                shorten(record.response, 24),
                shorten(text.answer, 24),
            )
        )
    if not rows:
        out.write("No reviews match these filters.\n" if filtered else "No reviews yet.\n")
        return
    headers = (
        "reviewed (UTC)",
        "deck",
        "question",
        "verdict",
        "score",
        "confidence",
        "rating",
        "response",
        "answer",
    )
    for line in render_table(headers, rows, right=(4,)):
        out.write(line + "\n")
