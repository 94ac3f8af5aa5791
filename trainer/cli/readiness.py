"""`trainer readiness`: each deck's forecast chance of recall at its briefing, and each card's."""

from __future__ import annotations

import argparse
import json
import sys

from trainer.cli.common import data_dir, find_deck, library, open_store
from trainer.core.terminal_text import safe_text
from trainer.core.wording import shorten


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "deck_refs",
        metavar="DECK",
        nargs="*",
        help="decks to forecast (default: every deck a briefing ahead covers)",
    )
    parser.add_argument(
        "--at", metavar="WHEN", help="forecast at this time instead of each deck's briefing"
    )
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table (default) or json with every card",
    )


def run(args: argparse.Namespace) -> int:
    from trainer.core import briefing
    from trainer.core.clock import utc_now
    from trainer.core.scheduler import Scheduler
    from trainer.core.settings import load_settings
    from trainer.core.when import countdown, parse_when, show_when

    now = utc_now()
    folder = data_dir(args)
    target = load_settings(folder).target
    at = parse_when(args.at, now) if args.at else None
    decks = (
        [find_deck(args, reference) for reference in args.deck_refs]
        if args.deck_refs
        else library(args).decks
    )
    scheduler = Scheduler()
    with open_store(args) as store:
        times = briefing.deadlines(store, [deck.id for deck in decks], now)
        forecasts = []
        for deck in decks:
            when = at or times.get(deck.id)
            if when is None:
                continue
            forecasts.append(
                (
                    deck,
                    briefing.deck_readiness(
                        store, deck.id, deck.card_index().ids, when, scheduler, target
                    ),
                )
            )
        plans = {}
        for deck, forecast in forecasts:
            plans[deck.id] = briefing.plan(
                store, {deck.id: deck.card_index().ids}, forecast.at, now, scheduler, target
            )
    if args.format == "json":
        json.dump(
            {
                "target": target,
                "decks": [
                    {
                        "deck": deck.id,
                        "title": deck.title,
                        "at": forecast.at.isoformat(),
                        "mean": round(forecast.mean, 4),
                        "ready": forecast.ready,
                        "cards": len(forecast.cards),
                        "plan": {
                            "reviews": plans[deck.id].reviews,
                            "per_day": plans[deck.id].per_day,
                            "minutes_per_day": plans[deck.id].minutes_per_day,
                        },
                        "card_recall": [
                            {
                                "card": card.card_id,
                                "recall": round(card.recall, 4),
                                "answered": card.answered,
                            }
                            for card in forecast.cards
                        ],
                    }
                    for deck, forecast in forecasts
                ],
            },
            sys.stdout,
            indent=2,
        )
        print()
        return 0
    if not forecasts:
        print(
            "No briefing ahead for these decks. Set one with: trainer brief DECK --at "
            "'fri 9:00' (or forecast any time with --at WHEN)"
        )
        return 0
    for deck, forecast in forecasts:
        shown_at = show_when(forecast.at, now)
        print(
            f"{safe_text(deck.title)} ({deck.id}): {forecast.mean:.0%} · {shown_at}, "
            f"{countdown(forecast.at, now)} · {forecast.ready} of {len(forecast.cards)} "
            f"cards at {target:.0%} or more"
        )
        print(f"  {briefing.plan_sentence(plans[deck.id], shown_at)}")
        risky = forecast.at_risk(5)
        if risky:
            print("  most at risk:")
            prompts = {card.id: card.prompt for card in deck.cards}
            for card in risky:
                recall = f"{card.recall:.0%}" if card.answered else "never seen"
                question = shorten(prompts.get(card.card_id, card.card_id), 70)
                print(safe_text(f"    {recall:>10}  {question}"))
    return 0
