"""Point by point, in line mode and in `trainer try`: which points an answer held."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from quiz_fixtures import write_deck

from trainer.cli import main

AIM = {
    "id": "sindoor-aim",
    "kind": "text",
    "prompt": "What did India launch Operation Sindoor to do?",
    "answer": "dismantle terror infrastructure in Pakistan and Pakistan-occupied Kashmir",
    "points": [
        ["dismantle", "destroy", "take down"],
        ["terror", "terrorist", "militant"],
        ["infrastructure", "camps", "launch pads"],
        ["Pakistan", "PoK"],
    ],
}


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "decks", "aims", [AIM], title="Aims")


def test_line_mode_lists_the_points_held_and_missing(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
    data_dir: Path,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("destroying terror camps\n"))
    assert main(["quiz", str(deck_path), "--plain"]) == 0
    out = capsys.readouterr().out
    assert "Close. Answer: dismantle terror infrastructure" in out
    lines = out.splitlines()
    start = lines.index("  ✓ dismantle: “destroying”")
    assert lines[start : start + 4] == [
        "  ✓ dismantle: “destroying”",
        "  ✓ terror",
        "  ✓ infrastructure: “camps”",
        "  ✗ Pakistan: missing",
    ]


def test_try_shows_the_reasoning_point_by_point(
    capsys: pytest.CaptureFixture[str], deck_path: Path, data_dir: Path
) -> None:
    assert (
        main(["try", str(deck_path), "sindoor-aim", "build terror infrastructure in Pakistan"]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("wrong ")
    assert lines[1:6] == [
        "  ✗ dismantle: missing",
        "  ✓ terror",
        "  ✓ infrastructure",
        "  ✓ Pakistan",
        "  + not in the answer: build",
    ]
    assert "point 3: infrastructure | camps | launch pads" in lines


def test_try_on_three_phrasings_gives_the_marker_s_verdicts(
    capsys: pytest.CaptureFixture[str], deck_path: Path, data_dir: Path
) -> None:
    verdicts = []
    for response in (
        "take down militant launch pads in PoK",
        "destroy terror camps",
        "protect terror camps in Pakistan",
    ):
        main(["try", str(deck_path), "sindoor-aim", response])
        verdicts.append(capsys.readouterr().out.split()[0])
    assert verdicts == ["correct", "close", "wrong"]


def test_the_readme_card_with_points_grades_as_the_readme_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    import re

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = next(
        block
        for block in re.findall(r"```yaml\n(.*?)```", readme, flags=re.DOTALL)
        if "points:" in block
    )
    path = tmp_path / "readme.yaml"
    path.write_text("id: readme\ntitle: README\ncards:\n" + block, encoding="utf-8")
    verdicts = []
    for response in (
        "be less dependent on China",
        "reduce reliance",
        "increase reliance on Chinese resources",
    ):
        assert main(["try", str(path), "minerals-us-aim", response]) == 0
        verdicts.append(capsys.readouterr().out.split()[0])
    assert verdicts == ["correct", "close", "wrong"]
