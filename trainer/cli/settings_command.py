"""`trainer settings`: show the settings file, or change a setting (`--new-limit 30`)."""

from __future__ import annotations

import argparse

from trainer.cli.common import data_dir


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-limit", metavar="N", type=int, help="new cards per deck per day")
    parser.add_argument(
        "--target",
        metavar="P",
        type=_target,
        help="chance of recall at the briefing that counts as ready (0.9, or 90%%)",
    )


def _target(text: str) -> float:
    from trainer.core.settings import SettingsError, target_from_text

    try:
        return target_from_text(text)
    except SettingsError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def run(args: argparse.Namespace) -> int:
    from trainer import paths
    from trainer.core.settings import load_settings, update_settings

    folder = data_dir(args)
    changes = {
        name: value
        for name, value in (("new_limit", args.new_limit), ("target", args.target))
        if value is not None
    }
    settings = update_settings(folder, **changes) if changes else load_settings(folder)
    print(f"new-card limit: {settings.new_limit} per deck per day")
    print(f"readiness target: {settings.target:.0%}")
    print(f"(kept in {paths.settings_path(folder)})")
    return 0
