"""The README's promises: the two commands, CI running the test one, the example deck valid."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from trainer.core.validate import validate_paths

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_readme_gives_two_commands_and_ci_runs_the_test_one() -> None:
    commands = [block.strip() for block in code_blocks("sh")[:2]]
    assert len(commands) == 2
    assert commands[0].endswith("trainer")
    assert commands[1].endswith("pytest")
    ci_script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci_script.splitlines()


def test_readme_example_deck_validates(tmp_path: Path) -> None:
    example = code_blocks("yaml")[0]
    (tmp_path / "decks").mkdir()
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    (tmp_path / "decks" / "example.yaml").write_text(example, encoding="utf-8")
    report = validate_paths([tmp_path / "decks"])
    assert [str(problem) for problem in report.problems] == []
    assert report.cards == 1
