"""`trainer stats`: decks, recent sessions, accuracy by deck/tag/kind, weakest cards, due ahead."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

from trainer.cli.common import data_dir, deck_cache, deck_dirs
from trainer.cli.history import check_deck_known, open_existing_store
from trainer.cli.tables import percent, render_table, shorten

if TYPE_CHECKING:
    from datetime import datetime

    from trainer.core.deck import Deck
    from trainer.core.store import Store

RECENT_SESSIONS = 10
FORECAST_DAYS = 14
# The widest list of deck ids a session's row spells out; more decks are counted instead,
# so a session over every deck keeps the table within a terminal's width.
DECKS_CELL_WIDTH = 40


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--deck", metavar="ID", help="only this deck")
    parser.add_argument(
        "--format", choices=("table", "json"), default="table",
        help="table (default) or json: the same figures as one JSON object",
    )


def run(args: argparse.Namespace) -> int:
    from trainer.core.clock import utc_now
    from trainer.core.library import load_library

    # Through the parsed-deck cache, as a quiz reads them: no deck is parsed again unchanged.
    # Without a data folder there is nothing to report, and nothing is created to say so.
    cache = deck_cache(args) if data_dir(args).is_dir() else None
    library = load_library(deck_dirs(args), cache)
    decks = [deck for deck in library.decks if args.deck in (None, deck.id)]
    store = open_existing_store(args)
    as_json = getattr(args, "format", "table") == "json"
    if store is None:
        if as_json:
            print("{}")
        else:
            print("No reviews yet: answer a few cards with `trainer quiz DECK` first.")
        return 0
    with store:
        if args.deck is not None:
            check_deck_known(store, args.deck, (deck.id for deck in library.decks))
        if as_json:
            write_stats_json(store, decks, args.deck, utc_now(), sys.stdout)
        else:
            write_stats(store, decks, args.deck, utc_now(), sys.stdout)
    return 0


def stats_figures(store: Store, decks: list[Deck], deck_id: str | None,
                  now: datetime) -> dict[str, Any]:
    """Every summary ``trainer stats`` shows, as plain JSON values (times in ISO 8601 UTC)."""
    from trainer.core import history

    return {
        "decks": [
            {"deck": s.deck_id, "cards": s.cards, "due": s.due, "new": s.new,
             "last_score": s.last_score}
            for s in history.deck_statuses(store, decks, now)
        ] if decks else [],
        "recent_sessions": [
            {"started_at": s.started_at.isoformat(), "decks": list(s.deck_ids),
             "answered": s.answered, "score": s.score, "cram": s.cram}
            for s in history.session_scores(store, deck_id, latest=RECENT_SESSIONS)
        ],
        **{
            f"accuracy_by_{dimension}": [
                {dimension: a.key, "reviews": a.reviews, "correct": a.correct,
                 "close": a.close, "wrong": a.wrong, "rate": a.rate}
                for a in history.accuracy_by(store, dimension, deck_id)
            ]
            for dimension in ("deck", "tag", "kind")
        },
        "weakest_cards": [
            {"deck": w.deck_id, "card": w.card_id, "reviews": w.reviews, "wrong": w.wrong,
             "rate": w.rate, "last_response": w.last_response}
            for w in history.weakest_cards(store, deck_id)
        ],
        "due_forecast": [
            {"day": day.day.isoformat(), "reviews": day.count}
            for day in history.due_forecast(store, now, FORECAST_DAYS, deck_id)
        ],
    }


def write_stats_json(store: Store, decks: list[Deck], deck_id: str | None, now: datetime,
                     out: TextIO) -> None:
    import json

    json.dump(stats_figures(store, decks, deck_id, now), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_stats(store: Store, decks: list[Deck], deck_id: str | None, now: datetime,
                out: TextIO) -> None:
    """Every summary as a titled table."""
    from trainer.core import history

    def section(title: str, lines: list[str]) -> None:
        out.write(f"{title}\n")
        for line in lines or ["(none yet)"]:
            out.write(f"  {line}\n")
        out.write("\n")

    if decks:
        statuses = history.deck_statuses(store, decks, now)
        section("Decks", render_table(
            ("deck", "cards", "due", "new", "last score"),
            [(s.deck_id, s.cards, s.due, s.new, percent(s.last_score)) for s in statuses],
            right=(1, 2, 3, 4),
        ))
    sessions = history.session_scores(store, deck_id, latest=RECENT_SESSIONS)
    section("Recent sessions", render_table(
        ("started (UTC)", "decks", "answered", "score"),
        [(s.started_at.strftime("%Y-%m-%d %H:%M"), decks_cell(s.deck_ids, cram=s.cram),
          s.answered, percent(s.score))
         for s in sessions],
        right=(2, 3),
    ) if sessions else [])
    for dimension in ("deck", "tag", "kind"):
        rows = history.accuracy_by(store, dimension, deck_id)
        section(f"Accuracy by {dimension}", render_table(
            (dimension, "reviews", "correct", "close", "wrong", "correct %"),
            [(a.key, a.reviews, a.correct, a.close, a.wrong, percent(a.rate)) for a in rows],
            right=(1, 2, 3, 4, 5),
        ) if rows else [])
    weak = history.weakest_cards(store, deck_id)
    section("Weakest cards", render_table(
        ("deck", "card", "reviews", "wrong", "correct %", "last answer"),
        [(w.deck_id, w.card_id, w.reviews, w.wrong, percent(w.rate), shorten(w.last_response, 30))
         for w in weak],
        right=(2, 3, 4),
    ) if weak else [])
    forecast = history.due_forecast(store, now, FORECAST_DAYS, deck_id)
    section(f"Due in the next {FORECAST_DAYS} days (UTC)", render_table(
        ("day", "reviews"),
        [(day.day.strftime("%a %Y-%m-%d"), day.count) for day in forecast],
        right=(1,),
    ))


def decks_cell(deck_ids: tuple[str, ...], *, cram: bool = False) -> str:
    """A session's decks for its row: their ids when they fit, else how many ("6 decks")."""
    names = " ".join(deck_ids)
    if len(deck_ids) > 1 and len(names) > DECKS_CELL_WIDTH:
        names = f"{len(deck_ids)} decks"
    return names + (" (cram)" if cram else "")
