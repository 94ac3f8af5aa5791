"""The deck library: every deck file found, the broken ones and id clashes kept aside."""

from __future__ import annotations

from pathlib import Path

from quiz_fixtures import numbered_cards, write_deck

from trainer.core.library import load_library, resolve_deck
from trainer.core.validate import validate_paths


def test_a_second_deck_with_a_used_id_is_kept_aside_naming_the_first(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    first = write_deck(folder, "shared", numbered_cards(2), title="First")
    second = write_deck(folder / "zz-more", "shared", numbered_cards(3), title="Second")
    library = load_library([folder])
    assert [deck.path for deck in library.decks] == [first]
    [broken] = library.broken
    assert broken.path == second
    assert f"deck id 'shared' is already used by {first}" in broken.first_problem
    # The id means one deck: the first, in path order.
    assert resolve_deck("shared", [folder]).title == "First"


def test_validate_reports_an_id_clash_once(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    write_deck(folder, "shared", numbered_cards(2))
    write_deck(folder / "zz-more", "shared", numbered_cards(2))
    report = validate_paths([folder])
    clashes = [problem for problem in report.problems if "already used by" in problem.message]
    assert len(clashes) == 1
    assert report.decks == 2
