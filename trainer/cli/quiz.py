"""`trainer quiz DECK`: the full-screen quiz, or with --plain a line-mode quiz on stdin/stdout."""

from __future__ import annotations

import argparse

from trainer.core.deck import KINDS
from trainer.core.errors import TrainerError

PLAIN_HELP = """\
line mode (--plain): each card prints its prompt; type the answer and press Enter.
  ANSWER? / ANSWER??    a trailing ? says you are unsure, ?? that you are guessing
                        (Enter alone on an answer means sure); a right answer you were
                        unsure of comes back sooner than a sure one
  ?  or an empty line   show the card's hint (a hinted answer counts at most as close)
  !                     "I was right": count the last wrong or close answer as correct
  undo                  take back the last answer; its card is asked again
  skip                  leave this card for another time (nothing is recorded); shows
                        the answer
  end of input (Ctrl+D) or Ctrl+C ends the session; every answer given is already saved.
"""


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = PLAIN_HELP
    parser.add_argument("deck", metavar="DECK", help="a deck id or the path of a deck file")
    parser.add_argument(
        "--plain",
        action="store_true",
        help="line mode on stdin/stdout, for scripts, screen readers and plain terminals",
    )
    parser.add_argument(
        "--cram",
        action="store_true",
        help="ask every card now, whatever its schedule; due times stay as they were, but "
        "each answer updates the card's memory (and so its readiness for a briefing)",
    )
    parser.add_argument(
        "--new-limit",
        metavar="N",
        type=_count,
        default=None,
        help="most new cards to introduce per deck per day (default: the settings file's, "
        "20 unless changed with `trainer settings --new-limit N`)",
    )
    parser.add_argument(
        "--tag",
        metavar="TAG",
        action="append",
        default=[],
        dest="tags",
        help="ask only cards with this tag (repeatable: any of them)",
    )
    parser.add_argument(
        "--kind",
        metavar="KIND",
        action="append",
        default=[],
        dest="kinds",
        choices=KINDS,
        help=f"ask only cards of this kind (repeatable): {', '.join(KINDS)}",
    )


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is below 0")
    return value


def run(args: argparse.Namespace) -> int:
    if not args.plain:
        from trainer.cli import app_launcher

        run_quiz = getattr(app_launcher, "run_quiz", None)
        if run_quiz is None:
            raise TrainerError("the full-screen quiz is not available yet; add --plain")
        return int(run_quiz(args) or 0)
    from trainer.cli.plain_quiz import run_plain

    return run_plain(args)
