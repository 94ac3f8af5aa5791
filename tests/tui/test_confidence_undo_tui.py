"""Confidence, undo, fair feedback and calibration in the full-screen app, under Pilot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList
from tui_support import SECOND_DECK, seed_two_sessions, shown, write_deck

from trainer import load_deck
from trainer.core import history
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.session_builder import SessionOptions
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.screens.decks import DeckListScreen
from trainer.tui.screens.history import HistoryScreen
from trainer.tui.screens.quiz import QuizScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.widgets.calibration_panel import CalibrationPanel
from trainer.tui.widgets.card_prompt import CardPrompt
from trainer.tui.widgets.score_chart import ScoreChart


async def answer(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*text, "enter")
    await pilot.pause()


def progress(app: TrainerApp) -> str:
    return app.screen.query_one(CardPrompt).progress_text


def store_state(store: Store) -> dict[str, list[tuple]]:
    """The schedules and every tally (sessions with nothing answered read as none)."""
    store.fold_tallies()  # the answers saved since the last fold, counted
    return {
        "card_states": store._db.rows("SELECT * FROM card_states ORDER BY 1, 2"),
        "card_tallies": store._db.rows("SELECT * FROM card_tallies ORDER BY 1, 2"),
        "tallies": store._db.rows("SELECT * FROM tallies ORDER BY 1, 2, 3"),
        "confidence_tallies": store._db.rows(
            "SELECT * FROM confidence_tallies ORDER BY 1, 2, 3, 4"
        ),
        "session_decks": store._db.rows("SELECT * FROM session_decks WHERE answered > 0"),
        "sessions": store._db.rows(
            "SELECT id, answered, score_sum, last_review_at FROM sessions WHERE answered > 0"
        ),
    }


async def test_an_unsure_right_answer_is_scheduled_sooner_than_a_sure_one(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        placeholder = app.screen.query_one("#answer").placeholder  # type: ignore[attr-defined]
        assert "? if unsure, ?? if guessing" in placeholder
        await answer(pilot, "2025-07-25")
        assert "Correct" in shown(app, "#verdict")
        await pilot.press("enter")
        await answer(pilot, "29%?")
        assert "Correct" in shown(app, "#verdict")
        assert "you were unsure" in shown(app, "#verdict")
    due = dict(store._db.rows("SELECT card_id, due FROM card_states"))
    assert due["tariff"] < due["meeting-date"]
    assert [(r.card, r.response, r.confidence, r.rating) for r in history.reviews(store)] == [
        ("meeting-date", "2025-07-25", "sure", "easy"),
        ("tariff", "29%", "unsure", "hard"),
    ]


async def test_ctrl_z_restores_the_schedule_and_tallies_exactly(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await answer(pilot, "2025-07-25")
        await pilot.press("enter")
        await pilot.pause()
        before = store_state(store)
        await answer(pilot, "19%")
        await pilot.press("ctrl+r")  # "I was right", then taken back with the answer
        await pilot.pause()
        assert store_state(store) != before
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert store_state(store) == before
        assert store.card_state("harbour-talks", "tariff") is None  # new again
        assert progress(app).endswith("2 / 5")
        assert isinstance(app.screen, QuizScreen) and not app.screen.answered
        await answer(pilot, "29%")
        assert "Correct" in shown(app, "#verdict")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        summary = app.screen.summary
        assert (summary.correct, summary.wrong) == (2, 0)
        # One definition of the session's score: the summary's is the history's.
        assert summary.score == history.session_scores(store)[-1].score
    assert [(r.card, r.response) for r in history.reviews(store)] == [
        ("meeting-date", "2025-07-25"),
        ("tariff", "29%"),
    ]
    assert store._db.rows("SELECT count(*) FROM undone_reviews") == [(2,)]


@pytest.mark.shuffled
async def test_choice_options_shuffle_and_a_label_picks_the_option_shown(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app(quiz_options=SessionOptions(kinds=("choice",)))
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        options = screen.session.current_options
        picker = screen.query_one("#choices", OptionList)
        shown_texts = [
            str(picker.get_option_at_index(i).prompt).split(") ", 1)[1]
            for i in range(picker.option_count)
        ]
        assert shown_texts == list(options)
        letter = "abc"[options.index("State Department")]
        await pilot.press("?", letter)  # unsure, then the pick
        await pilot.pause()
        assert "Correct" in shown(app, "#verdict")
        assert f"{letter}) State Department" in shown(app, "#comparison")
    assert [(r.response, r.confidence) for r in history.reviews(store)] == [
        ("State Department", "unsure")
    ]


async def test_the_summary_shows_the_answer_beside_what_was_said_and_the_skipped(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await answer(pilot, "25 July 2024??")
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        assert "29%" in shown(app, "#comparison")
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]
    assert [str(c.label) for c in table.columns.values()] == [
        "Card",
        "You said",
        "Answer",
        "Verdict",
        "Next",
    ]
    said, answer_text, verdict = rows[0][1:4]
    assert said == "25 July 2024"
    assert "2025" in answer_text
    assert verdict.endswith("(guessing)")
    assert rows[1][0].startswith("What tariff") and rows[1][3] == "↷ skipped"
    assert rows[1][2] == "29%"


async def test_the_deck_list_refreshes_due_counts_by_itself_and_takes_home_and_end(
    make_app: Callable[..., TrainerApp],
    store: Store,
    deck_dir: Path,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(DeckListScreen, "due_refresh_s", 0.05)
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#deck-table", DataTable)
        new_cell = [str(table.get_row_at(row)[3]) for row in range(table.row_count)]
        assert new_cell == ["5", "1"]
        # Another trainer (line mode, say) answers a card of the first deck.
        other = QuizSession(
            [load_deck(deck_dir / "harbour-talks.yaml")], store, Scheduler(fuzz=False), clock
        )
        other.submit("2025-07-25")
        for _ in range(40):
            await pilot.pause(0.05)
            if str(table.get_row_at(0)[3]) == "4":
                break
        assert str(table.get_row_at(0)[3]) == "4"
        await pilot.press("end")
        assert table.cursor_row == 1
        await pilot.press("home")
        assert table.cursor_row == 0


async def test_history_shows_calibration_at_a_glance_and_keeps_session_markers(
    make_app: Callable[..., TrainerApp], store: Store, deck_dir: Path, clock: ManualClock
) -> None:
    deck = load_deck(deck_dir / "harbour-talks.yaml")
    seed_two_sessions(store, deck, clock)
    clock.advance(days=30)
    third = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    assert third.total == 5
    responses = {
        "meeting-date": "2025-07-25?",
        "tariff": "19%",
        "city": "Karachi??",
        "minister": "Ishaq Dar",
        "signing": "Pentagon",
    }
    while (card := third.current) is not None:
        if third.asked_again:
            third.skip()  # a missed card back for another go: only first tries are seeded
            continue
        third.submit(responses[card.id], elapsed_s=4.0)
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.query_one(ScoreChart).marked == 3
        panel = app.screen.query_one(CalibrationPanel)
        text = str(panel.content)
        # Sure: 5 of 7 right over the two seeded sessions, then Ishaq Dar right and 19% and
        # Pentagon wrong: 6 of 10, short of the 90% "sure" claims.
        sure = panel.calibration.level("sure")
        assert (sure.answers, sure.right) == (10, 6)
        assert "sure       90%   60% ██████░░░┃  10 overconfident" in text
        assert "unsure     60%  100%" in text and "guessing   30%    0%" in text
        assert "unsure" in text and "guessing" in text
        assert "Brier" in str(panel.border_subtitle)
        await pilot.press(
            "right_square_bracket",
            "right_square_bracket",
            "right_square_bracket",
            "right_square_bracket",
        )
        await pilot.pause()
        wrong = app.screen.query_one("#sure-wrong", DataTable)
        prompts = {str(wrong.get_row_at(row)[0]) for row in range(wrong.row_count)}
        assert prompts == {
            "What tariff on steel did both sides agree?",
            "Where was the joint statement signed?",
        }


async def test_a_hint_seen_before_an_undo_is_shown_again_with_the_card(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    # The hint still counts after the undo (a hint seen stays seen), so it must be on screen.
    app = open_on_quiz()
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await answer(pilot, "2025-07-25")
        await pilot.press("enter")
        await answer(pilot, "29%")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.screen.query_one(CardPrompt).hint_text == "Hint The capital."
        await answer(pilot, "Islamabad")
        assert "a hint was shown" in shown(app, "#verdict")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert progress(app).startswith("3 / ")
        assert app.screen.query_one(CardPrompt).hint_text == "Hint The capital."
        await answer(pilot, "Islamabad")
        assert "a hint was shown" in shown(app, "#verdict")
