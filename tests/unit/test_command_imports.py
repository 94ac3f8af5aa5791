"""Each command loads only what it needs: the parser imports only the command it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from trainer.cli import command_named


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["quiz", "deck"], "quiz"),
        (["--data-dir", "quiz", "validate"], "validate"),
        (["--decks", "d1", "--decks", "d2", "history", "--format", "json"], "history"),
        (["--version"], None),
        ([], None),
        (["bogus"], None),
        (["--data=somewhere", "stats"], "stats"),
    ],
)
def test_the_command_is_found_after_the_global_options(
    argv: list[str], command: str | None
) -> None:
    assert command_named(argv) == command


@pytest.mark.slow
def test_validate_loads_neither_the_grader_nor_the_authoring_tools(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from trainer.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'validate', {str(tmp_path)!r}])\n"
        "loaded = [name for name in sys.modules if name.startswith(\n"
        "    ('trainer.core.grading', 'trainer.core.authoring', 'trainer.cli.draft'))]\n"
        "print(sorted(loaded), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_every_command_still_shows_its_options_in_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "quiz", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--new-limit" in result.stdout
    listing = subprocess.run(
        [sys.executable, "-m", "trainer", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("quiz", "validate", "history", "stats", "draft", "serve"):
        assert command in listing.stdout


@pytest.mark.slow
def test_a_deck_from_the_cache_loads_without_pyyaml(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from trainer.core.deck_cache import DeckCache\n"
        f"deck = DeckCache(Path({str(tmp_path / 'cache')!r})).load(Path({str(deck)!r}))\n"
        "print(deck.cards[0].answer, 'yaml' in sys.modules)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    # The first run parses the file; the second is served from the cache.
    assert runs == [["a", "True"], ["a", "False"]]


@pytest.mark.slow
def test_the_quiz_screen_loads_without_the_other_screens() -> None:
    code = (
        "import sys\n"
        "import trainer.tui.app\n"
        "loaded = [name for name in sys.modules if name.startswith(('fsrs', 'yaml',\n"
        "    'trainer.core.grading', 'trainer.core.outcome',\n"
        "    'trainer.tui.screens.decks', 'trainer.tui.screens.help',\n"
        "    'trainer.tui.screens.summary', 'trainer.tui.widgets.feedback'))]\n"
        "print(sorted(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_help_asked_before_a_command_still_lists_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from trainer.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser(["-h", "quiz"]).parse_args(["-h", "quiz"])
    listing = capsys.readouterr().out
    for command in ("quiz", "validate", "history", "stats", "serve"):
        assert command in listing
    args = build_parser(["quiz", "deck", "--cram"]).parse_args(["quiz", "deck", "--cram"])
    assert (args.command, args.deck, args.cram) == ("quiz", "deck", True)
