"""`trainer` and `trainer quiz DECK` reach the app only with a usable deck; textual loads lazily."""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.cli import app_launcher
from trainer.core.errors import TrainerError


def quiz_args(deck: str, data_dir: Path, deck_dir: Path, **extra: object) -> argparse.Namespace:
    options: dict[str, object] = {
        "deck": deck,
        "data_dir": str(data_dir),
        "decks": [str(deck_dir)],
        "plain": False,
        "cram": False,
        "new_limit": 20,
        "tags": [],
        "kinds": [],
    }
    options.update(extra)
    return argparse.Namespace(**options)


def test_an_unknown_deck_is_one_clear_error(data_dir: Path, deck_dir: Path) -> None:
    with pytest.raises(TrainerError, match=r"no deck with id 'harbour-talk'.*harbour-talks"):
        app_launcher.run_quiz(quiz_args("harbour-talk", data_dir, deck_dir))
    # The cycle collector, off until the first screen is drawn, is back on all the same.
    assert gc.isenabled()


def test_a_tag_no_card_carries_is_refused_before_the_screen_opens(
    data_dir: Path, deck_dir: Path
) -> None:
    with pytest.raises(TrainerError, match="tag 'meetings'"):
        app_launcher.run_quiz(quiz_args("harbour-talks", data_dir, deck_dir, tags=["meetings"]))


@pytest.mark.slow
def test_the_launcher_does_not_import_textual_until_it_runs() -> None:
    code = (
        "import sys, trainer.cli, trainer.cli.app_launcher, trainer.cli.quiz; "
        "print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
