"""The team screen under Pilot, against a real server: `t` on the history screen (shown only
with a team server set) opens each member's readiness and the team's weakest cards."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from analyst_rows import answer_as
from conftest import ServerDatabase
from quiz_fixtures import make_deck, numbered_cards
from textual.widgets import DataTable, Static

from trainer.core.clock import utc_now
from trainer.core.scheduler import Scheduler
from trainer.core.server.admin import add_analyst, init_server
from trainer.core.server.connection import connect
from trainer.core.server.team_view import set_team_briefing
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.screens.history import HistoryScreen
from trainer.tui.screens.team import TeamScreen


def footer_keys(app: TrainerApp) -> set[str]:
    return {binding.key for (_, binding, enabled, _) in app.active_bindings.values() if enabled}


async def test_t_on_the_history_screen_shows_the_team(
    pg_database: ServerDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead, ann, other = (pg_database.role_name(base) for base in ("lead", "ann", "eve"))
    with connect(pg_database.admin_url) as conn:
        init_server(conn)
        for name, team, is_lead in (
            (lead, "desk", True),
            (ann, "desk", False),
            (other, "wire", False),
        ):
            add_analyst(conn, name, team=team, lead=is_lead, password=f"pw-{name}")
            pg_database.remember_password(name, f"pw-{name}")
    make_deck(tmp_path / "decks", "ports", numbered_cards(3))
    set_team_briefing(pg_database.url(lead), None, utc_now() + timedelta(days=2), ["ports"])
    answer_as(
        pg_database, ann, "ports", [("c0", "good", utc_now() - timedelta(hours=5))], Scheduler()
    )

    with Store.open(tmp_path / "data", backup=False) as store:
        # No server set: no Team key.
        monkeypatch.delenv("TRAINER_STORE", raising=False)
        app = TrainerApp(store, [tmp_path / "decks"], poll_interval=None, cursor_blink=False)
        async with app.run_test(size=(110, 32)) as pilot:
            app.open_history(None)
            await pilot.pause()
            assert isinstance(app.screen, HistoryScreen) and "t" not in footer_keys(app)

        monkeypatch.setenv("TRAINER_STORE", pg_database.url(lead))
        app = TrainerApp(store, [tmp_path / "decks"], poll_interval=None, cursor_blink=False)
        async with app.run_test(size=(110, 32)) as pilot:
            app.open_history(None)
            await pilot.pause()
            assert "t" in footer_keys(app)
            await pilot.press("t")
            await pilot.pause()
            assert isinstance(app.screen, TeamScreen)
            await app.workers.wait_for_complete()
            await pilot.pause()
            members = app.screen.query_one("#team-members", DataTable)
            names = [str(members.get_row_at(row)[0]) for row in range(members.row_count)]
            assert names == [f"{lead} (lead)", ann]  # not the other team's analyst
            assert str(members.get_row_at(1)[3]) == "1 of 3"
            weakest = app.screen.query_one("#team-weakest", DataTable)
            assert weakest.row_count == 3
            # The card neither member has answered comes first, named by its question.
            assert str(weakest.get_row_at(0)[0]) == "What is c1?"
            # Every cell is drawn whole: the columns grow to what they hold.
            shown = app.screen.query_one("#team-members", DataTable)
            first = next(iter(shown.columns.values()))
            assert first.get_render_width(shown) >= len(f"{lead} (lead)")
            question = next(iter(weakest.columns.values()))
            assert question.get_render_width(weakest) >= len("What is c1?")
            heading = str(app.screen.query_one("#team-heading", Static).render())
            assert "Team desk" in heading
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HistoryScreen)


async def test_a_member_who_is_not_a_lead_reads_one_sentence(
    pg_database: ServerDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ann = pg_database.role_name("ann")
    with connect(pg_database.admin_url) as conn:
        init_server(conn)
        add_analyst(conn, ann, team="desk", password=f"pw-{ann}")
    pg_database.remember_password(ann, f"pw-{ann}")
    make_deck(tmp_path / "decks", "ports", numbered_cards(2))
    monkeypatch.setenv("TRAINER_STORE", pg_database.url(ann))
    with Store.open(tmp_path / "data", backup=False) as store:
        app = TrainerApp(store, [tmp_path / "decks"], poll_interval=None, cursor_blink=False)
        async with app.run_test(size=(110, 32)) as pilot:
            app.open_history(None)
            await pilot.pause()
            await pilot.press("t")
            await app.workers.wait_for_complete()
            await pilot.pause()
            heading = str(app.screen.query_one("#team-heading", Static).render())
            assert f"{ann} leads no team" in heading
