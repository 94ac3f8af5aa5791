"""`trainer brief`, `trainer readiness` and `trainer settings` on a real data folder."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from quiz_fixtures import make_deck, numbered_cards

from trainer import load_deck
from trainer.cli import main
from trainer.core import briefing
from trainer.core.clock import utc_now
from trainer.core.deck import Card
from trainer.core.scheduler import Scheduler
from trainer.core.store import Store


@pytest.fixture
def options(tmp_path: Path) -> list[str]:
    make_deck(tmp_path / "decks", "ports", numbered_cards(4))
    return ["--data-dir", str(tmp_path / "data"), "--decks", str(tmp_path / "decks")]


def numbered_cards_loaded(tmp_path: Path) -> list[Card]:
    return list(load_deck(tmp_path / "decks" / "ports.yaml").cards)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_briefing_is_set_listed_forecast_and_cleared(
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status, out, _ = run(capsys, *options, "brief", "ports", "--at", "tomorrow 9:00")
    assert status == 0 and out.startswith("Briefing ")
    status, out, _ = run(capsys, *options, "brief", "--list")
    assert status == 0 and out.rstrip().endswith("ports")
    # Answer two cards in line mode; their readiness rises from 0.
    monkeypatch.setattr("sys.stdin", io.StringIO("answer-0\nanswer-1\n"))
    assert main([*options, "quiz", "ports", "--plain"]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, *options, "readiness", "--format", "json")
    report = json.loads(out)
    (deck,) = report["decks"]
    recalls = {card["card"]: card["recall"] for card in deck["card_recall"]}
    assert recalls["c0"] > 0.9 and recalls["c2"] == 0
    # The same figures as the core forecast the screens show.
    with Store.open(tmp_path / "data", backup=False) as store:
        (ahead,) = briefing.upcoming(store, utc_now())
        forecast = briefing.deck_readiness(
            store, "ports", ["c0", "c1", "c2", "c3"], ahead.at, Scheduler()
        )
    assert deck["mean"] == round(forecast.mean, 4)
    assert deck["ready"] == forecast.ready == 2
    status, out, _ = run(capsys, *options, "readiness")
    assert "2 of 4 cards at 90% or more" in out
    # The cards most at risk are named by their questions, the unseen ones said so.
    prompts = {card.id: card.prompt for card in numbered_cards_loaded(tmp_path)}
    assert f"never seen  {prompts['c2']}" in out
    status, out, _ = run(capsys, *options, "brief", "--clear")
    assert out.startswith("Cleared 1 briefing;")
    status, out, _ = run(capsys, *options, "brief", "--list", "--all")
    assert "cleared" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("brief", "ports", "--at", "someday 9:00"), "cannot read 'someday 9:00' as a date"),
        (("brief", "ports", "--at", "2020-01-01 09:00"), "is in the past"),
        (("brief", "--at", "fri 9:00"), "name the decks the briefing covers"),
        (("brief", "ports"), "say one of --at WHEN"),
    ],
)
def test_bad_briefings_are_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    argv: tuple[str, ...],
    message: str,
) -> None:
    status, out, err = run(capsys, *options, *argv)
    assert status != 0 and out == ""
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_the_new_card_limit_comes_from_the_settings_file(
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status, out, _ = run(capsys, *options, "settings", "--new-limit", "2")
    assert status == 0 and "new-card limit: 2 per deck per day" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    main([*options, "quiz", "ports", "--plain"])
    assert "2 cards to ask (0 due, 2 new)" in capsys.readouterr().out


def test_a_briefing_past_leaves_plain_scheduling(tmp_path: Path) -> None:
    deck = make_deck(tmp_path / "decks", "ports", numbered_cards(2))
    with Store.open(tmp_path / "data", backup=False) as store:
        store.add_briefing(utc_now() - timedelta(hours=1), ["ports"])
        assert briefing.deadlines(store, [deck.id], utc_now()) == {}


@pytest.mark.parametrize("typed", ["0.8", "80", "80%"])
def test_the_target_is_taken_as_a_chance_or_in_per_cent(
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    typed: str,
) -> None:
    # The trainer shows the target as "80%", so that is also how it is typed back.
    status, out, _ = run(capsys, *options, "settings", "--target", typed)
    assert status == 0 and "readiness target: 80%" in out


@pytest.mark.parametrize("typed", ["150", "1", "0.3", "ninety"])
def test_a_target_out_of_range_is_refused_in_per_cent(
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    typed: str,
) -> None:
    with pytest.raises(SystemExit) as refused:  # as argparse refuses any bad value
        main([*options, "settings", "--target", typed])
    err = capsys.readouterr().err
    assert refused.value.code != 0
    assert "target must be from 50% to 99%" in err and "Traceback" not in err
