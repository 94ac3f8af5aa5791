"""`trainer team`: a lead's view of the team on the server, and the briefings set for it.

    trainer team [--team T] [--format table|json] [--store URL]
    trainer team brief DECK... --at WHEN [--team T]     (also --list, --clear)

The server is ``--store``, else TRAINER_STORE, else the settings file's ``store`` line;
the connection logs in as the lead's own role, and the server's row-level security lets it
read the members' card schedules (docs/team.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from trainer.cli.common import data_dir, find_deck
from trainer.core.errors import TrainerError
from trainer.core.terminal_text import safe_text
from trainer.core.wording import shorten

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from trainer.core.team import DeckCards, TeamView


def add_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--team", metavar="T", default=default, help="the team (if you lead more)")
    # A global --store (the store backend's) may already be there; one option, not two.
    if "--store" not in parser._option_string_actions:
        parser.add_argument(
            "--store",
            metavar="URL",
            default=default,
            help="the team server (default: $TRAINER_STORE or the settings file's store line)",
        )


def add_parser(parser: argparse.ArgumentParser) -> None:
    add_options(parser)
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help="table (default) or json"
    )
    actions = parser.add_subparsers(dest="team_action", metavar="ACTION")
    brief = actions.add_parser(
        "brief",
        help="set a briefing for the team (every member sees it as their own)",
        description="Set a briefing for the team you lead: its time and decks. Every member "
        "sees it as one of their own briefings; `trainer team` forecasts the team at it.",
    )
    from trainer.cli import add_global_options

    add_global_options(brief, suppress_defaults=True)
    add_options(brief, suppress=True)
    brief.add_argument("deck_refs", metavar="DECK", nargs="*", help="the decks it covers")
    brief.add_argument("--at", metavar="WHEN", help="when it starts: 'fri 9:00', '2026-12-12 9:00'")
    brief.add_argument("--list", action="store_true", help="list the team's briefings")
    brief.add_argument("--all", action="store_true", help="with --list: past and cleared too")
    brief.add_argument(
        "--clear", action="store_true", help="call off the team's briefings ahead (of DECKs)"
    )


def server_url(args: argparse.Namespace) -> str:
    """The team server's URL: --store, TRAINER_STORE or the settings file; one sentence if none."""
    from trainer.core.settings import store_location

    given = getattr(args, "store", None)
    if given:
        return str(given)
    location = store_location(data_dir(args))
    if location is None:
        raise TrainerError(
            "`trainer team` reads a team server, and none is set: give --store "
            "postgresql://HOST/DB?user=YOU, or set TRAINER_STORE (docs/team.md)"
        )
    return location.url


def deck_finder(args: argparse.Namespace) -> Callable[[str], DeckCards | None]:
    """Find a briefing deck by id in the lead's deck folders; None when it is not there."""
    from trainer.core.team import DeckCards

    def find(deck_id: str) -> DeckCards | None:
        try:
            deck = find_deck(args, deck_id)
        except TrainerError:
            return None
        return DeckCards(
            deck_id=deck.id,
            title=deck.title,
            card_ids=tuple(deck.card_index().ids),
            questions={card.id: card.prompt for card in deck.cards},
        )

    return find


def run(args: argparse.Namespace) -> int:
    from trainer.core.clock import utc_now

    now = utc_now()
    url = server_url(args)
    if getattr(args, "team_action", None) == "brief":
        return run_brief(args, url, now)
    from trainer.core.scheduler import Scheduler
    from trainer.core.server.team_view import read_team_view
    from trainer.core.settings import load_settings

    target = load_settings(data_dir(args)).target
    view = read_team_view(url, args.team, now, deck_finder(args), Scheduler(), target)
    if args.format == "json":
        from trainer.core.team import view_json

        json.dump(None if view is None else view_json(view), sys.stdout, indent=2)
        print()
        return 0
    if view is None:
        print(
            "The team has no briefing ahead. Set one with: trainer team brief DECK... "
            "--at 'fri 9:00'"
        )
        return 0
    for line in table_lines(view, now):
        print(line)
    return 0


def table_lines(view: TeamView, now: datetime) -> list[str]:
    """The team view as terminal lines (every text passed through safe_text)."""
    from trainer.cli.tables import render_table
    from trainer.core.when import countdown, show_when

    at = view.briefing.at
    lines = [
        safe_text(
            f"Team {view.team} · briefing {show_when(at, now)} (in {countdown(at, now)}) · "
            f"{', '.join(view.briefing.deck_ids)} · target {view.target:.0%}"
        )
    ]
    for deck_id in view.missing_decks:
        lines.append(safe_text(f"  (deck {deck_id} is not in your deck folders: left out)"))
    lines.append("")
    rows = [
        [
            forecast.member.name + (" (lead)" if forecast.member.lead else ""),
            f"{forecast.mean:.0%}",
            f"{forecast.ready} of {forecast.cards}",
            f"{forecast.seen} of {forecast.cards}",
        ]
        for forecast in view.members
    ]
    lines += render_table(["analyst", "recall", "at target", "seen"], rows, right=(1, 2, 3))
    if view.weakest:
        lines += ["", "Weakest for the team (mean recall at the briefing):"]
        for card in view.weakest:
            unseen = f", {card.never_seen} never saw it" if card.never_seen else ""
            lines.append(safe_text(f"  {card.mean:>4.0%}  {shorten(card.question, 70)}{unseen}"))
    return lines


def run_brief(args: argparse.Namespace, url: str, now: datetime) -> int:
    from trainer.core.server import team_view
    from trainer.core.when import countdown, parse_when, show_when

    chosen = sum(bool(flag) for flag in (args.at, args.list, args.clear))
    if chosen != 1:
        raise TrainerError(
            "say one of --at WHEN (with decks), --list or --clear; e.g. "
            "trainer team brief DECK --at 'fri 9:00'"
        )
    team = getattr(args, "team", None)
    if args.list:
        name, shown = team_view.team_briefings(url, team)
        if not args.all:
            shown = [item for item in shown if not item.cleared and item.at > now]
        if not shown:
            print(safe_text(f"Team {name} has no briefing ahead."))
        for item in shown:
            state = "cleared" if item.cleared else countdown(item.at, now)
            print(safe_text(f"{show_when(item.at, now)}  ({state})  {' '.join(item.deck_ids)}"))
        return 0
    decks = [find_deck(args, reference) for reference in args.deck_refs]
    if args.clear:
        name, count = team_view.clear_team_briefings(url, team, now, [d.id for d in decks])
        print(safe_text(f"Cleared {count} briefing{'s' if count != 1 else ''} of team {name}."))
        return 0
    if not decks:
        raise TrainerError(
            "name the decks the briefing covers: trainer team brief DECK... --at WHEN"
        )
    at = parse_when(args.at, now)
    if at <= now:
        raise TrainerError(f"'{args.at}' is in the past; a briefing must be ahead")
    name = team_view.set_team_briefing(url, team, at, [deck.id for deck in decks])
    print(
        safe_text(
            f"Team {name}: briefing {show_when(at, now)} ({at.astimezone():%Y-%m-%d %H:%M %Z}, "
            f"in {countdown(at, now)}): {', '.join(deck.title for deck in decks)}."
        )
    )
    print("See who is ready with: trainer team")
    return 0
