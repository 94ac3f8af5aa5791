"""Opened straight on a quiz, the app builds the deck list only once it is needed."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.message import Message
from textual.widgets import DataTable, OptionList, Static
from tui_support import SECOND_DECK, answer, press, shown, wait_for, write_deck

from trainer import load_deck
from trainer.core.deck_cache import DeckCache
from trainer.core.session_builder import SessionOptions
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.screens.decks import DeckListScreen
from trainer.tui.screens.history import HistoryScreen
from trainer.tui.screens.quiz import QuizScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.widgets.feedback import Feedback


async def test_the_deck_list_waits_until_the_quiz_ends(
    open_on_quiz: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert app.deck_list not in app.screen_stack
        assert not app.deck_list.loaded
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        await press(pilot, "enter")
        assert app.screen is app.deck_list
        assert app.deck_list.query_one(DataTable).row_count == 2
        assert app.deck_list.checked


async def test_the_quiz_opened_on_is_the_first_screen_and_leaves_for_the_deck_list(
    make_app: Callable[..., TrainerApp], deck_dir: Path, store: Store
) -> None:
    deck = load_deck(deck_dir / "harbour-talks.yaml")
    app = make_app(start_decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first_quiz = app.screen
        assert isinstance(first_quiz, QuizScreen) and app.screen_stack == [first_quiz]
        await pilot.press(*"2025-07-25", "enter")
        # Two end requests before either is handled still end the session once.
        first_quiz.action_finish()
        first_quiz.action_finish()
        # The summary's figures are filled in when it mounts.
        assert await wait_for(pilot, lambda: isinstance(app.screen, SummaryScreen))
        score = app.screen.query_one("#summary-score", Static)
        assert await wait_for(pilot, lambda: "✓ 1" in str(score.content))
        await press(pilot, "enter")
        assert app.screen is app.deck_list
        assert first_quiz not in app.screen_stack
        # A quiz started from the deck list is an ordinary screen on top of it.
        await press(pilot, "enter")
        second_quiz = app.screen
        assert isinstance(second_quiz, QuizScreen) and second_quiz is not first_quiz
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        await press(pilot, "enter")
        assert app.screen is app.deck_list
    assert store.review_count() == 1


async def test_history_opened_during_the_quiz_still_lists_every_deck(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    deck = load_deck(deck_dir / "harbour-talks.yaml")
    app = make_app(start_decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_history(None)
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert sorted(deck.id for deck in app.screen.decks) == ["harbour-talks", "ports"]
        # Titles were needed, the deck list's content checks not yet.
        assert app.deck_list.loaded and not app.deck_list.checked


async def test_ending_the_quiz_with_nothing_answered_lands_on_the_deck_list(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        await press(pilot, "enter")
        assert isinstance(app.screen, DeckListScreen)
        assert app.deck_list.loaded


async def test_the_deck_list_reads_decks_through_the_cache(
    make_app: Callable[..., TrainerApp], deck_dir: Path, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    app = make_app(deck_cache=DeckCache(cache_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.deck_list.loaded
        assert len(list(cache_dir.glob("*.deck"))) == 1


async def test_the_feedback_panel_joins_with_the_first_answer(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query(Feedback)
        # Answered at once, before the panel could be composed: the answer is shown and kept.
        app.screen.submit("2025-07-25")
        await pilot.pause()
        feedback = app.screen.query_one(Feedback)
        assert feedback.display
        assert "Correct" in shown(app, "#verdict")
        assert store.review_count() == 1
        await press(pilot, "enter")
        assert not feedback.display
        await answer(pilot, "19")
        assert feedback.display and len(app.screen.query(Feedback)) == 1
        assert "Wrong" in shown(app, "#verdict")
        assert store.review_count() == 2


async def test_a_choice_card_after_answers_gets_its_options_under_the_answer_box(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#choices")
        # Answer the first card (the feedback panel joins), then skip to the choice card.
        await answer(pilot, "2025-07-25")
        await press(pilot, "enter", "ctrl+n", "enter", "ctrl+n", "enter", "ctrl+n", "enter")
        body = [child.id for child in app.screen.children if child.id]
        assert body == ["prompt", "answer", "choices", "feedback"]
        choices = app.screen.query_one("#choices", OptionList)
        assert choices.display and choices.has_focus and choices.option_count > 1
        assert not app.screen.query_one("#answer").display
        await press(pilot, "b")
        assert "Correct" in shown(app, "#verdict")
        assert not choices.display
        assert store.review_count() == 2


async def test_the_first_quiz_options_do_not_carry_over_to_the_deck_list(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    deck = load_deck(deck_dir / "harbour-talks.yaml")
    app = make_app(start_decks=[deck], start_options=SessionOptions(kinds=("choice",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.session.total == 1
        await press(pilot, "escape")
        await pilot.press("enter")  # leave the summary for the deck list
        await pilot.pause()
        await press(pilot, "enter")
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.session.total == len(deck.cards)


async def test_the_card_on_screen_when_the_session_ends_counts_as_skipped(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 34)) as pilot:
        await answer(pilot, "2025-07-25")
        await pilot.press("enter")  # on to the second card, then leave it unanswered
        await pilot.pause()
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        summary = app.screen.summary
        assert (summary.asked, summary.correct, summary.skipped) == (2, 1, 1)
        assert store.review_count() == 1
        headline = str(app.screen.query_one("#summary-title", Static).content)
        assert headline.startswith("Session ended early: 2 of 5 cards asked")


async def test_ending_on_the_feedback_skips_nothing(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 34)) as pilot:
        await answer(pilot, "2025-07-25")
        await press(pilot, "escape")
        summary = app.screen.summary
        assert (summary.asked, summary.skipped) == (1, 0)
        assert store.review_count() == 1


async def test_a_quiz_that_cannot_start_closes_the_app_with_the_reason(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    store.close()  # as if the database went away before the first read
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert app.startup_error is not None
    assert "review database" in str(app.startup_error)
    assert app.return_code == app.startup_error.exit_code != 0


async def test_a_quiz_that_cannot_start_from_the_deck_list_is_reported_there(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        store.close()
        await press(pilot, "enter")
        assert isinstance(app.screen, DeckListScreen)
        assert any(n.title == "The quiz cannot start" for n in app._notifications)


async def test_two_deck_files_with_one_id_quiz_only_the_first(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    copy = (deck_dir / "harbour-talks.yaml").read_text(encoding="utf-8")
    (deck_dir / "zz-copy.yaml").write_text(
        copy.replace("title: ", "title: Copy of ", 1), encoding="utf-8"
    )
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        deck_list = app.screen
        assert isinstance(deck_list, DeckListScreen)
        assert [deck.path.name for deck in app.library.decks] == ["harbour-talks.yaml"]
        [broken] = app.library.broken
        assert broken.path.name == "zz-copy.yaml"
        assert "already used by" in broken.first_problem
        await pilot.press("a")  # quiz every deck: the clash no longer stops it
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


# One character run of a screenshot: its column, its row, its text.
_SVG_TEXT = re.compile(r'<text [^>]*?x="([\d.]+)"[^>]*?line-(\d+)\)">(.*?)</text>')


def _rows_above_footer(app: TrainerApp) -> dict[int, list[tuple[str, str]]]:
    """The screen as its screenshot draws it, row by row, the footer's last row left out."""
    rows: dict[int, list[tuple[str, str]]] = {}
    for x, row, text in _SVG_TEXT.findall(app.export_screenshot()):
        if int(row) < app.size.height - 1:
            rows.setdefault(int(row), []).append((x, text))
    return rows


async def test_the_first_question_is_drawn_in_one_render(
    open_on_quiz: Callable[..., TrainerApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A second render before the question settles (a container on the quiz screen, or a
    # style set anew once mounted, does it) costs the first question several milliseconds.
    # So the first frame is already the settled question: the screen posts Ready to the app
    # as it draws its first layout, and nothing above the footer (whose keys follow on
    # their own) changes after that frame but the counts, which the rest of the queue
    # brings (QuizScreen._count_session): the title bar's card count and the progress.
    app = open_on_quiz()
    first_frame: list[dict[int, list[tuple[str, str]]]] = []
    post = app.post_message

    def watched(message: Message) -> bool:
        if isinstance(message, events.Ready):
            first_frame.append(_rows_above_footer(app))
        return post(message)

    monkeypatch.setattr(app, "post_message", watched)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        card = screen.session.current
        assert card is not None
        [drawn] = first_frame
        assert any(card.prompt.split()[0] in text for row in drawn.values() for _, text in row)
        first, settled = _row_texts(drawn), _row_texts(_rows_above_footer(app))
        # No count in the first frame (none is known yet), so never a wrong one.
        assert not any("5 cards" in text or "1 / 5" in text for text in first.values())
        assert settled[0].strip() == f"{first[0].strip()} · 5 cards"
        assert settled[2].endswith("1 / 5│") and settled[2].replace("1 / 5", "") == first[2]
        assert {row: text for row, text in settled.items() if row not in (0, 2)} == {
            row: text for row, text in first.items() if row not in (0, 2)
        }


def _row_texts(rows: dict[int, list[tuple[str, str]]]) -> dict[int, str]:
    """Each row's text as drawn, columns ignored."""
    return {
        row: "".join(text for _, text in runs).replace("&#160;", " ") for row, runs in rows.items()
    }


async def test_the_launchers_hook_runs_once_the_first_screen_is_drawn(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    # The launcher turns the cycle collector back on there (app_launcher._resume_collector).
    calls: list[bool] = []
    app = open_on_quiz(after_first_frame=lambda: calls.append(app.screen.is_mounted))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert calls == [True]
        assert isinstance(app.screen, QuizScreen)
