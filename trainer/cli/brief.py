"""`trainer brief DECK... --at WHEN`: name a briefing; `--list` shows them, `--clear` calls off."""

from __future__ import annotations

import argparse

from trainer.cli.common import find_deck, open_store
from trainer.core.errors import TrainerError


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "deck_refs",
        metavar="DECK",
        nargs="*",
        help="the decks the briefing covers (ids or deck files)",
    )
    parser.add_argument(
        "--at",
        metavar="WHEN",
        help="when it starts, in local time: 'fri 9:00', 'tomorrow 14:30', '2026-12-12 09:00'",
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help="list the briefings ahead (and, with --all, past and cleared ones)",
    )
    parser.add_argument("--all", action="store_true", help="with --list: past ones too")
    parser.add_argument(
        "--clear",
        action="store_true",
        help="call off the briefings ahead (of the decks named, if any); they stay in the history",
    )


def run(args: argparse.Namespace) -> int:
    from trainer.core import briefing
    from trainer.core.clock import utc_now
    from trainer.core.when import countdown, parse_when, show_when

    chosen = sum(bool(flag) for flag in (args.at, args.list, args.clear))
    if chosen != 1:
        raise TrainerError(
            "say one of --at WHEN (with decks), --list or --clear; e.g. "
            "trainer brief DECK --at 'fri 9:00'"
        )
    now = utc_now()
    if args.at and not args.deck_refs:
        raise TrainerError("name the decks the briefing covers: trainer brief DECK... --at WHEN")
    decks = [find_deck(args, reference) for reference in args.deck_refs]
    with open_store(args) as store:
        if args.clear:
            count = store.clear_briefings(now, [deck.id for deck in decks])
            print(f"Cleared {count} briefing{'s' if count != 1 else ''}; past ones are kept.")
            return 0
        if args.list:
            shown = briefing.briefings(store) if args.all else briefing.upcoming(store, now)
            if not shown:
                print("No briefing ahead. Set one with: trainer brief DECK --at 'fri 9:00'")
            for item in shown:
                state = "cleared" if item.cleared else countdown(item.at, now)
                print(
                    f"{show_when(item.at, now)}  ({item.at.astimezone():%Y-%m-%d %H:%M %Z}, "
                    f"{state})  {' '.join(item.deck_ids)}"
                )
            return 0
        at = parse_when(args.at, now)
        if at <= now:
            raise TrainerError(f"'{args.at}' is in the past; a briefing must be ahead")
        store.add_briefing(at, [deck.id for deck in decks])
        print(
            f"Briefing {show_when(at, now)} ({at.astimezone():%Y-%m-%d %H:%M %Z}, in "
            f"{countdown(at, now)}): {', '.join(deck.title for deck in decks)}."
        )
        print("See how ready you are with: trainer readiness")
    return 0
