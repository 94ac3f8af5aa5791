"""`trainer team` against a real server: a lead sets a team briefing and sees each member's
readiness at it (read through row-level security as the lead's own role), and the cards the
team is weakest on; a member of another team is not shown; a non-lead is refused in one
sentence."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from analyst_rows import answer_as
from conftest import ServerDatabase
from quiz_fixtures import make_deck, numbered_cards

from trainer.cli import main
from trainer.core.clock import utc_now
from trainer.core.scheduler import Scheduler
from trainer.core.server.admin import add_analyst, init_server
from trainer.core.server.connection import connect


@dataclass(frozen=True)
class Desk:
    lead: str
    ann: str
    bob: str
    other: str  # a member of another team


@pytest.fixture
def desk(pg_database: ServerDatabase) -> Desk:
    names = Desk(*(pg_database.role_name(base) for base in ("lead", "ann", "bob", "eve")))
    with connect(pg_database.admin_url) as conn:
        init_server(conn)
        for name, team, lead in (
            (names.lead, "desk", True),
            (names.ann, "desk", False),
            (names.bob, "desk", False),
            (names.other, "wire", False),
        ):
            add_analyst(conn, name, team=team, lead=lead, password=f"pw-{name}")
            pg_database.remember_password(name, f"pw-{name}")
    return names


@pytest.fixture
def decks(tmp_path: Path) -> list[str]:
    make_deck(tmp_path / "decks", "ports", numbered_cards(4))
    return ["--data-dir", str(tmp_path / "data"), "--decks", str(tmp_path / "decks")]


def trainer(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_lead_sees_each_members_readiness_at_the_team_briefing(
    pg_database: ServerDatabase, desk: Desk, decks: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    lead_url = pg_database.url(desk.lead)
    at_text = (utc_now() + timedelta(days=3)).astimezone().strftime("%Y-%m-%d %H:%M")
    status, out, err = trainer(
        capsys, *decks, "team", "brief", "ports", "--at", at_text, "--store", lead_url
    )
    assert status == 0, err
    assert "Team desk" in out

    scheduler = Scheduler()
    start = utc_now() - timedelta(days=2)
    ann = answer_as(
        pg_database,
        desk.ann,
        "ports",
        [("c0", "good", start), ("c1", "good", start), ("c2", "again", start)],
        scheduler,
    )
    bob = answer_as(pg_database, desk.bob, "ports", [("c0", "easy", start)], scheduler)
    answer_as(pg_database, desk.other, "ports", [("c3", "easy", start)], scheduler)

    status, out, err = trainer(capsys, *decks, "team", "--format", "json", "--store", lead_url)
    assert status == 0, err
    view = json.loads(out)
    assert view["team"] == "desk" and view["briefing"]["decks"] == ["ports"]
    members = {member["analyst"]: member for member in view["members"]}
    assert set(members) == {desk.lead, desk.ann, desk.bob}  # not the other team's analyst
    assert members[desk.lead]["lead"] and not members[desk.ann]["lead"]
    assert members[desk.lead]["seen"] == 0 and members[desk.lead]["mean"] == 0

    # Each member's recall at the briefing, worked out here from the scheduler's own curve.
    at = datetime.fromisoformat(view["briefing"]["at"])
    days = (at - start).total_seconds() / 86400

    def recall(states: dict, card: str) -> float:
        return scheduler.recall_after(states[card].stability, days) if card in states else 0.0

    for name, states in ((desk.ann, ann), (desk.bob, bob)):
        expected = sum(recall(states, f"c{index}") for index in range(4)) / 4
        assert members[name]["mean"] == pytest.approx(expected, abs=1e-3)
        assert members[name]["seen"] == len(states)
        (deck,) = members[name]["decks"]
        assert deck["deck"] == "ports" and deck["cards"] == 4

    # The weakest card is the one no member of the team has answered (c3: only the other
    # team's analyst did), then the lowest mean over the three members.
    weakest = view["weakest"]
    assert weakest[0]["card"] == "c3" and weakest[0]["never_seen"] == 3
    assert weakest[0]["question"] == "What is c3?"
    means = {card["card"]: card["mean"] for card in weakest}
    for card in ("c0", "c1", "c2"):
        expected = (recall(ann, card) + recall(bob, card)) / 3
        assert means[card] == pytest.approx(expected, abs=1e-3)
    assert [card["mean"] for card in weakest] == sorted(card["mean"] for card in weakest)

    status, out, err = trainer(capsys, *decks, "team", "--store", lead_url)
    assert status == 0, err
    assert desk.ann in out and desk.bob in out and desk.other not in out
    assert f"{desk.lead} (lead)" in out and "What is c3?" in out


def test_a_member_who_leads_no_team_is_told_in_one_sentence(
    pg_database: ServerDatabase, desk: Desk, decks: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = trainer(capsys, *decks, "team", "--store", pg_database.url(desk.ann))
    assert status != 0 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{desk.ann} leads no team" in err
    status, _, err = trainer(
        capsys, *decks, "team", "brief", "ports", "--at", "tomorrow 9:00",
        "--store", pg_database.url(desk.ann),
    )  # fmt: skip
    assert status != 0 and "leads no team" in err


def test_a_team_without_a_briefing_ahead_says_how_to_set_one(
    pg_database: ServerDatabase, desk: Desk, decks: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = trainer(capsys, *decks, "team", "--store", pg_database.url(desk.lead))
    assert status == 0 and "trainer team brief" in out
    status, out, _ = trainer(
        capsys, *decks, "team", "--format", "json", "--store", pg_database.url(desk.lead)
    )
    assert status == 0 and json.loads(out) is None


def test_without_a_server_the_command_says_how_to_name_one(
    decks: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRAINER_STORE", raising=False)
    status, _, err = trainer(capsys, *decks, "team")
    assert status != 0 and "TRAINER_STORE" in err and err.count("\n") == 1
