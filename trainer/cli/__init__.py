"""The ``trainer`` command: parses arguments and hands each subcommand to its own module.

Each subcommand lives in ``trainer/cli/<name>.py`` with ``add_parser(subparsers)`` and
``run(args) -> int``. Modules are imported only when their command runs, and heavy imports
(textual above all) stay inside ``run`` so ``trainer validate`` and ``trainer history``
start fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Sequence

from trainer import __version__
from trainer.core.errors import TrainerError
from trainer.core.terminal_text import safe_text

# command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "quiz": ("quiz", "quiz yourself on a deck (full screen, or --plain for line mode)"),
    "validate": ("validate", "check decks for errors: structure, sources, evidence"),
    "try": ("try_answer", "grade one response against a card, to check its accept list"),
    "history": ("history", "list past reviews (table, csv or json)"),
    "brief": ("brief", "name a briefing: its time and the decks it covers (--list, --clear)"),
    "readiness": ("readiness", "forecast recall at each briefing, per deck and per card"),
    "settings": ("settings_command", "show or change settings (new-card limit per deck, target)"),
    "stats": ("stats", "score summaries: by session, deck, tag and kind; weakest cards"),
    "new": ("new", "write a new deck skeleton to fill in"),
    "draft": ("draft", "draft candidate cards from an article (text, web page, PDF)"),
    "import": ("import_deck", "turn a Quizlet or Anki text export (.csv/.tsv) into a deck"),
    "export": ("export", "export a deck to Anki (.apkg) or CSV"),
    "serve": ("serve", "serve the trainer to a web browser on this machine"),
    "server": ("server", "set up a PostgreSQL server for a team: init, add-analyst"),
    "store": ("store_command", "copy a history between a data folder and a team server"),
    "team": ("team", "a lead's view of the team: readiness at its briefing (brief: set one)"),
}

EPILOG = """\
With no command, the trainer opens its deck list in the terminal.

examples:
  trainer                          pick a deck and start
  trainer quiz rubio-dar-call-april-2025  go straight to a quiz
  trainer validate decks/          check decks while you write them
  trainer history --format csv     export your results
  trainer brief my-deck --at "fri 9:00"   set a briefing; then: trainer readiness
"""


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command-line parser; given ``argv``, only the command it runs is set up.

    Other commands are left out altogether (building ten subparsers takes longer than the
    one), unless ``argv`` asks for help, which lists every command.
    """
    chosen = command_named(argv) if argv is not None else None
    if argv is not None and ("-h" in argv or "--help" in argv):
        chosen = None
    parser = argparse.ArgumentParser(
        # No abbreviations: "--deck" must not quietly mean "--decks".
        allow_abbrev=False,
        prog="trainer",
        description="Drill the facts of news articles before a briefing.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if chosen is not None and name != chosen:
            continue
        sub = subparsers.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
        # Repeated on each subcommand so that `trainer quiz X --data-dir D` works as well.
        add_global_options(sub, suppress_defaults=True)
        module = importlib.import_module(f"trainer.cli.{module_name}")
        module.add_parser(sub)
        sub.set_defaults(run=module.run)
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs, when plain to see: the first word after the global options.

    None (so every command is loaded) when there is none or it is not a known command.
    """
    takes_value = {"--data-dir", "--decks", "--store"}
    tokens = iter(argv)
    for token in tokens:
        if token in takes_value:
            next(tokens, None)
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return None


def add_global_options(parser: argparse.ArgumentParser, *, suppress_defaults: bool = False) -> None:
    default = argparse.SUPPRESS if suppress_defaults else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="where reviews and backups are kept (default: $TRAINER_DATA_DIR or the "
        "platform's user data folder)",
    )
    parser.add_argument(
        "--decks",
        metavar="DIR",
        action="append",
        default=default,
        help="read decks from DIR instead of the default folders (repeatable; "
        "default: $TRAINER_DECKS or the bundled decks plus DATA_DIR/decks)",
    )
    parser.add_argument(
        "--store",
        metavar="URL",
        default=default,
        help="keep reviews on a team's PostgreSQL server, postgresql://HOST/DB?user=NAME "
        "(default: $TRAINER_STORE, the settings file's store line, or the data dir's file)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``trainer`` command; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        if getattr(args, "run", None) is None:
            from trainer.cli import app_launcher

            return app_launcher.run(args)
        return int(args.run(args) or 0)
    except TrainerError as error:
        print(safe_text(f"trainer: {error}"), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        # Every answered review is committed as it is given; nothing is left to save.
        print(file=sys.stderr)
        return 128 + signal.SIGINT
    except BrokenPipeError:
        # `trainer history | head`: the reader left; that is not an error of ours.
        sys.stderr.close()
        return 0
    except OSError as error:
        # The last net for a file problem no command words itself: still one sentence.
        print(safe_text(f"trainer: {os_error_sentence(error)}"), file=sys.stderr)
        return TrainerError.exit_code


def os_error_sentence(error: OSError) -> str:
    """An OSError as one sentence: its file (shortened) and the system's reason."""
    from trainer.core.wording import quoted_part

    reason = error.strerror or str(error)
    if error.filename is None:
        return f"a file operation failed: {reason}"
    return f"{quoted_part(os.fsdecode(error.filename))}: {reason}"
