"""`trainer stats`: decks, recent sessions, accuracy and calibration by deck/tag/kind, weakest
and confidently wrong cards, due ahead; as tables, or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, TextIO

from trainer.cli.common import data_dir, deck_cache, deck_dirs
from trainer.cli.history import check_deck_known, open_existing_store
from trainer.cli.tables import render_table
from trainer.core.wording import percent, shorten

if TYPE_CHECKING:
    from datetime import datetime

    from trainer.core.card_texts import CardTexts
    from trainer.core.deck import Deck
    from trainer.core.store import ReviewStore

RECENT_SESSIONS = 10
FORECAST_DAYS = 14
# The widest list of deck ids a session's row spells out; more decks are counted instead,
# so a session over every deck keeps the table within a terminal's width.
DECKS_CELL_WIDTH = 40


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--deck", metavar="ID", help="only this deck")
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table (default), or json: the same figures as one JSON object",
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
            return 0
        print("No reviews yet: answer a few cards with `trainer quiz DECK` first.")
        return 0
    with store:
        if args.deck is not None:
            check_deck_known(store, args.deck, (deck.id for deck in library.decks))
        if as_json:
            write_stats_json(store, decks, library.decks, args.deck, utc_now(), sys.stdout)
        else:
            write_stats(store, decks, args.deck, utc_now(), sys.stdout, library.decks)
    return 0


def write_stats(
    store: ReviewStore,
    decks: list[Deck],
    deck_id: str | None,
    now: datetime,
    out: TextIO,
    every_deck: list[Deck] | None = None,
) -> None:
    """Every summary as a titled table."""
    from trainer.core import history
    from trainer.core.calibration import calibration_by, confidently_wrong_cards
    from trainer.core.card_texts import CardTexts

    texts = CardTexts(decks if every_deck is None else every_deck)

    def section(title: str, lines: list[str]) -> None:
        out.write(f"{title}\n")
        for line in lines or ["(none yet)"]:
            out.write(f"  {line}\n")
        out.write("\n")

    if decks:
        statuses = history.deck_statuses(store, decks, now)
        section(
            "Decks",
            render_table(
                ("deck", "cards", "due", "new", "last score"),
                [(s.deck_id, s.cards, s.due, s.new, percent(s.last_score)) for s in statuses],
                right=(1, 2, 3, 4),
            ),
        )
    sessions = history.session_scores(store, deck_id, latest=RECENT_SESSIONS)
    section(
        "Recent sessions",
        render_table(
            ("started (UTC)", "decks", "answered", "score"),
            [
                (
                    s.started_at.strftime("%Y-%m-%d %H:%M"),
                    decks_cell(s.deck_ids, cram=s.cram),
                    s.answered,
                    percent(s.score),
                )
                for s in sessions
            ],
            right=(2, 3),
        )
        if sessions
        else [],
    )
    for dimension in ("deck", "tag", "kind"):
        rows = history.accuracy_by(store, dimension, deck_id)
        section(
            f"Accuracy by {dimension}",
            render_table(
                (dimension, "reviews", "correct", "close", "wrong", "correct %"),
                [(a.key, a.reviews, a.correct, a.close, a.wrong, percent(a.rate)) for a in rows],
                right=(1, 2, 3, 4, 5),
            )
            if rows
            else [],
        )
    overall = calibration_by(store, "all", deck_id)[0]
    section(
        "Calibration: right answers by stated confidence (close counts as right)",
        calibration_lines(overall),
    )
    for dimension in ("deck", "tag", "kind"):
        groups = calibration_by(store, dimension, deck_id)  # type: ignore[arg-type]
        section(
            f"Calibration by {dimension}",
            render_table(
                (dimension, "answers", "sure right", "unsure right", "guess right", "Brier"),
                [
                    (
                        g.key,
                        g.answers,
                        *(level_cell(level) for level in g.levels),
                        brier_cell(g.brier),
                    )
                    for g in groups
                ],
                right=(1, 2, 3, 4, 5),
            )
            if groups
            else [],
        )
    wrong = confidently_wrong_cards(store, None if deck_id is None else [deck_id], limit=10)
    section(
        "Confidently wrong: last answered wrong while sure",
        render_table(
            ("deck", "question", "you said", "answer", "times"),
            [
                (
                    w.deck_id,
                    shorten(texts.get(w.deck_id, w.card_id).prompt, 40) or w.card_id,
                    shorten(w.response, 20),
                    shorten(texts.get(w.deck_id, w.card_id).answer, 20),
                    w.times,
                )
                for w in wrong
            ],
            right=(4,),
        )
        if wrong
        else [],
    )
    weak = history.weakest_cards(store, deck_id)
    section(
        "Weakest cards",
        render_table(
            ("deck", "question", "answer", "reviews", "wrong", "correct %", "last answer"),
            [
                (
                    w.deck_id,
                    shorten(texts.get(w.deck_id, w.card_id).prompt, 40) or w.card_id,
                    shorten(texts.get(w.deck_id, w.card_id).answer, 20),
                    w.reviews,
                    w.wrong,
                    percent(w.rate),
                    shorten(w.last_response, 20),
                )
                for w in weak
            ],
            right=(3, 4, 5),
        )
        if weak
        else [],
    )
    forecast = history.due_forecast(store, now, FORECAST_DAYS, deck_id)
    section(
        f"Due in the next {FORECAST_DAYS} days (UTC)",
        render_table(
            ("day", "reviews"),
            [(day.day.strftime("%a %Y-%m-%d"), day.count) for day in forecast],
            right=(1,),
        ),
    )


def decks_cell(deck_ids: tuple[str, ...], *, cram: bool = False) -> str:
    """A session's decks for its row: their ids when they fit, else how many ("6 decks")."""
    names = " ".join(deck_ids)
    if len(deck_ids) > 1 and len(names) > DECKS_CELL_WIDTH:
        names = f"{len(deck_ids)} decks"
    return names + (" (cram)" if cram else "")


def level_cell(level: object) -> str:
    """'3/4 75%' for a level's right answers, '-' with none."""
    from trainer.core.calibration import LevelCalibration

    assert isinstance(level, LevelCalibration)
    if not level.answers:
        return "-"
    return f"{level.right}/{level.answers} {percent(level.accuracy)}"


def brier_cell(brier: float | None) -> str:
    """The Brier score to two places; '-' with no answers."""
    return "-" if brier is None else f"{brier:.2f}"


def calibration_lines(overall: object) -> list[str]:
    """Each level's stated chance beside how often it was right, and the Brier score."""
    from trainer.core.calibration import Calibration
    from trainer.core.confidence import LABEL

    assert isinstance(overall, Calibration)
    if not overall.answers:
        return []
    lines = render_table(
        ("confidence", "stands for", "answers", "right", "right %", "reading"),
        [
            (
                LABEL[level.confidence],
                percent(level.stated),
                level.answers,
                level.right,
                percent(level.accuracy),
                level.reading,
            )
            for level in overall.levels
        ],
        right=(1, 2, 3, 4),
    )
    return [*lines, f"Brier score {brier_cell(overall.brier)} (0 is perfect; lower is better)"]


def write_stats_json(
    store: ReviewStore,
    decks: list[Deck],
    every_deck: list[Deck],
    deck_id: str | None,
    now: datetime,
    out: TextIO,
) -> None:
    """The figures of `trainer stats` as one JSON object (times ISO 8601 UTC)."""
    from trainer.core import history
    from trainer.core.calibration import calibration_by, confidently_wrong_cards
    from trainer.core.card_texts import CardTexts

    texts: CardTexts = CardTexts(every_deck)
    only = None if deck_id is None else [deck_id]

    def card_fields(deck: str, card: str) -> dict[str, str]:
        text = texts.get(deck, card)
        return {"deck": deck, "card": card, "prompt": text.prompt, "answer": text.answer}

    document = {
        "decks": [
            {
                "deck": s.deck_id,
                "cards": s.cards,
                "due": s.due,
                "new": s.new,
                "last_score": s.last_score,
            }
            for s in (history.deck_statuses(store, decks, now) if decks else [])
        ],
        "sessions": [
            {
                "started_at": s.started_at.isoformat(),
                "decks": list(s.deck_ids),
                "answered": s.answered,
                "score": s.score,
                "cram": s.cram,
            }
            for s in history.session_scores(store, deck_id, latest=RECENT_SESSIONS)
        ],
        "accuracy": {
            dimension: [
                {
                    "key": a.key,
                    "reviews": a.reviews,
                    "correct": a.correct,
                    "close": a.close,
                    "wrong": a.wrong,
                    "rate": a.rate,
                }
                for a in history.accuracy_by(store, dimension, deck_id)  # type: ignore[arg-type]
            ]
            for dimension in ("deck", "tag", "kind")
        },
        "calibration": {
            grouping: [group.as_dict() for group in calibration_by(store, grouping, deck_id)]  # type: ignore[arg-type]
            for grouping in ("all", "deck", "tag", "kind")
        },
        "confidently_wrong": [
            {
                **card_fields(w.deck_id, w.card_id),
                "response": w.response,
                "reviewed_at": w.reviewed_at.isoformat(),
                "times": w.times,
            }
            for w in confidently_wrong_cards(store, only)
        ],
        "weakest": [
            {
                **card_fields(w.deck_id, w.card_id),
                "reviews": w.reviews,
                "wrong": w.wrong,
                "rate": w.rate,
                "last_response": w.last_response,
            }
            for w in history.weakest_cards(store, deck_id)
        ],
        "due": [
            {"day": day.day.isoformat(), "count": day.count}
            for day in history.due_forecast(store, now, FORECAST_DAYS, deck_id)
        ],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
