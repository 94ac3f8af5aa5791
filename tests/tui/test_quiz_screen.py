"""A whole session driven by keys under Pilot, checked against the real review database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.widgets import Button, Footer, Input
from tui_support import ANSWER_SECONDS, answer, burst, press, progress, shown, wait_for

from trainer.core import history
from trainer.core.session_builder import SessionOptions
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.screens.decks import DeckListScreen
from trainer.tui.screens.quiz import QuizScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.widgets.answer_diff import ANSWER_MARK, RESPONSE_MARK
from trainer.tui.widgets.card_prompt import CardPrompt


async def test_a_whole_session_records_each_answer_as_given(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 34)) as pilot:
        await press(pilot, "enter")
        assert isinstance(app.screen, QuizScreen)
        assert progress(app).endswith("1 / 5")

        # correct, with the evidence, its source and the note shown
        await answer(pilot, "2025-07-25")
        assert "Correct" in shown(app, "#verdict")
        assert "on July 25, 2025" in shown(app, "#evidence")
        assert "Ministers meet at the harbour" in shown(app, "#evidence")
        assert "A Friday" in shown(app, "#note")

        # wrong, the differing characters marked, then "I was right"
        await pilot.press("enter")
        assert progress(app).endswith("2 / 5")
        await answer(pilot, "19")
        assert "Wrong" in shown(app, "#verdict")
        comparison = app.screen.query_one("#comparison").content
        marked = "".join(
            comparison.plain[span.start : span.end]
            for span in comparison.spans
            if span.style == RESPONSE_MARK
        )
        assert marked == "1"
        assert app.screen.query_one("#override", Button).display
        await press(pilot, "ctrl+r")
        assert "Correct" in shown(app, "#verdict")
        assert not app.screen.query_one("#override", Button).display

        # a hint caps a right answer at close
        await pilot.press("enter")
        await press(pilot, "ctrl+t")
        assert "The capital." in (app.screen.query_one(CardPrompt).hint_text or "")
        await answer(pilot, "Islamabad")
        assert "Close" in shown(app, "#verdict")

        # skip: the answer is shown, nothing is saved; then a choice card answered by letter
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        assert "Skipped" in shown(app, "#verdict")
        assert "Ishaq Dar" in shown(app, "#comparison")
        assert not app.screen.query_one("#override", Button).display
        await pilot.press("enter")
        await pilot.pause()
        assert progress(app).endswith("5 / 5")
        await press(pilot, "b")
        assert "Correct" in shown(app, "#verdict")
        assert "b) State Department" in shown(app, "#comparison")

        # the card answered close comes back before the summary, marked so
        await pilot.press("enter")
        await pilot.pause()
        assert "6 / 6  again: missed earlier" in progress(app)
        await answer(pilot, "Islamabad")
        assert "Correct" in shown(app, "#verdict")

        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        summary = app.screen.summary
        # The score is the first tries'; the final one counts the card put right.
        assert (summary.correct, summary.close, summary.wrong, summary.skipped) == (3, 1, 0, 1)
        assert "skipped 1" in shown(app, "#summary-score")
        first_try = f"First try {round(summary.score * 100)}%   Final 100%"
        assert summary.score < 1 and first_try in shown(app, "#summary-score")

    saved = [(r.card, r.verdict, r.overridden) for r in history.reviews(store)]
    assert saved == [
        ("meeting-date", "correct", False),
        ("tariff", "wrong", False),
        ("tariff", "correct", True),
        ("city", "close", False),
        ("signing", "correct", False),
        ("city", "correct", False),
    ]
    first = next(iter(history.reviews(store)))
    assert first.elapsed_s == ANSWER_SECONDS


async def test_quitting_mid_session_keeps_the_answers_given(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await answer(pilot, "2025-07-25")
        await pilot.press("enter")
        await answer(pilot, "30%")
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.asked == 2
        await press(pilot, "ctrl+q")
    assert app.return_code == 0
    assert [(r.card, r.verdict) for r in history.reviews(store)] == [
        ("meeting-date", "correct"),
        ("tariff", "wrong"),
    ]


async def test_ctrl_q_quits_from_inside_the_answer_box(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await answer(pilot, "2025-07-25")
        await press(pilot, "enter", *"half typed", "ctrl+q")
    assert not app.is_running
    assert len(list(history.reviews(store))) == 1


async def test_a_typo_is_close_and_marked(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app(quiz_options=SessionOptions(kinds=("text",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await answer(pilot, "Islamabd")
        assert "Close" in shown(app, "#verdict")
        comparison = app.screen.query_one("#comparison").content
        assert [
            comparison.plain[s.start : s.end] for s in comparison.spans if s.style == ANSWER_MARK
        ] == ["a"]
    assert [(r.card, r.verdict) for r in history.reviews(store)] == [("city", "close")]


async def test_an_empty_answer_is_not_graded(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert not screen.answered
        assert screen.query_one("#answer", Input).has_focus
    assert list(history.reviews(store)) == []


async def test_choice_cards_take_a_number_too(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app(quiz_options=SessionOptions(kinds=("choice",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        assert progress(app).endswith("1 / 1")
        await press(pilot, "3")
        assert "Wrong" in shown(app, "#verdict")
        assert "c) Pentagon" in shown(app, "#comparison")
    # The label is stored as the option it named: once shuffled, a letter means nothing.
    assert [r.response for r in history.reviews(store)] == ["Pentagon"]


async def test_a_label_naming_no_option_is_a_slip_said_as_line_mode_says_it(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app(quiz_options=SessionOptions(kinds=("choice",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        card = screen.session.current
        assert card is not None
        count = len(card.options)
        await press(pilot, "z")
        messages = [n.message for n in app._notifications]
        assert (
            f"There is no option Z. Answer with a letter a-{'abcdefghi'[count - 1]}, "
            f"or a number 1-{count}." in messages
        )
        assert not screen.answered  # the card stays asked
        await press(pilot, "1")
        assert screen.answered
    assert len(list(history.reviews(store))) == 1


async def test_start_decks_open_straight_on_the_quiz(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        await press(pilot, "enter")
        assert isinstance(app.screen, DeckListScreen)


async def test_nothing_due_stays_on_the_deck_list_and_says_so(
    make_app: Callable[..., TrainerApp],
) -> None:
    app = make_app(quiz_options=SessionOptions(new_limit=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        assert isinstance(app.screen, DeckListScreen)
        assert any("Nothing to review" in n.message for n in app._notifications)


async def test_a_skeleton_of_examples_says_why_it_asks_nothing(
    make_app: Callable[..., TrainerApp], tmp_path: Path
) -> None:
    from trainer.core.authoring.scaffold import scaffold_deck

    folder = tmp_path / "skeleton"
    folder.mkdir()
    path = folder / "mine.yaml"
    path.write_text(scaffold_deck("mine", path, []), encoding="utf-8")
    app = make_app(deck_folders=[folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        assert isinstance(app.screen, DeckListScreen)
        messages = [n.message for n in app._notifications]
        assert any("only the example cards `trainer new` wrote" in m for m in messages)
        assert not any("no new card is left" in m for m in messages)


async def test_an_answer_the_store_cannot_save_is_reported_not_lost_silently(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        # The session's count is on screen once the rest of its queue is read.
        assert await wait_for(pilot, lambda: progress(app).endswith("1 / 5"))
        store.close()  # as if the disk went away under the running app
        await answer(pilot, "2025-07-25")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert not screen.answered
        assert progress(app).endswith("1 / 5")
        assert any(n.title == "Not saved" for n in app._notifications)


async def test_typing_straight_after_enter_goes_into_the_next_answer(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer(pilot, "2025-07-25")
        assert "Correct" in shown(app, "#verdict")
        # Keys typed together: the letters are read while the feedback still has focus.
        for key in ("enter", "2", "9", "percent_sign"):
            app.post_message(
                events.Key(key, None if key == "enter" else {"percent_sign": "%"}.get(key, key))
            )
        await pilot.pause()
        assert progress(app).endswith("2 / 5")
        answer_box = app.screen.query_one("#answer", Input)
        assert answer_box.has_focus and answer_box.value == "29%"
        await press(pilot, "enter")
        assert "Correct" in shown(app, "#verdict")
    assert store.review_count() == 2


async def test_an_option_letter_typed_straight_after_enter_picks_it(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for response in ("2025-07-25", "29%", "Washington"):
            await answer(pilot, response)
            await pilot.press("enter")
        await answer(pilot, "Ishaq Dar")
        assert progress(app).endswith("4 / 5")
        # The next card is a choice card; its letter is read while the feedback has focus.
        for key, character in (("enter", None), ("b", "b")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        assert progress(app).endswith("5 / 5")
        assert "Correct" in shown(app, "#verdict")
    assert store.review_count() == 5


async def test_answers_typed_in_one_burst_are_each_saved_as_typed(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst(
            app,
            "2025-07-25",
            "enter",
            "enter",
            "29%",
            "enter",
            "enter",
            "Karachi",
            "enter",
            "enter",
            "Dar",
            "enter",
            "enter",
            "b",
            "enter",
            "enter",
            "Islamabad",
            "enter",
            "enter",
        )
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    saved = [(review.card, review.response) for review in history.reviews(store)]
    # The city, missed, comes back after the others and is answered again.
    assert saved == [
        ("meeting-date", "2025-07-25"),
        ("tariff", "29%"),
        ("city", "Karachi"),
        ("minister", "Dar"),
        ("signing", "State Department"),
        ("city", "Islamabad"),
    ]


async def test_ctrl_t_on_a_card_without_a_hint_says_so(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        # The first card has no hint: the footer does not offer one, and asking says so.
        assert "ctrl+t" not in screen.active_bindings
        await press(pilot, "ctrl+t")
        assert [n.message for n in app._notifications] == ["This card has no hint."]
        assert screen.query_one(CardPrompt).hint_text is None
        await answer(pilot, "2025-07-25")
        assert "Correct" in shown(app, "#verdict")

        # The third card has one, and the footer offers it.
        await pilot.press("enter")
        await answer(pilot, "29%")
        await press(pilot, "enter")
        assert "ctrl+t" in screen.active_bindings
    assert [(r.card, r.verdict, r.hinted) for r in history.reviews(store)] == [
        ("meeting-date", "correct", False),
        ("tariff", "correct", False),
    ]


async def test_the_feedback_box_is_as_tall_as_what_it_says(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        await answer(pilot, "2025-07-26")
        panel = app.screen.query_one("#feedback")
        box = app.screen.query_one("#feedback-box")
        # The border closes right under the buttons, its last row.
        assert box.region.bottom == box.query_one("#feedback-actions").region.bottom + 1
        assert box.outer_size.height < panel.size.height // 2
        assert panel.max_scroll_y == 0


async def test_on_a_short_terminal_the_feedback_scrolls_above_the_footer(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        await answer(pilot, "2025-07-26")
        panel = app.screen.query_one("#feedback")
        footer = app.screen.query_one(Footer)
        assert panel.region.bottom <= footer.region.y
        assert panel.max_scroll_y > 0
        await pilot.press("end")
        await pilot.wait_for_scheduled_animations()
        assert panel.scroll_y == panel.max_scroll_y
        assert app.screen.query_one("#next", Button).region.bottom <= panel.region.bottom


async def test_an_answer_typed_ahead_of_the_focus_is_submitted_by_its_enter(
    open_on_quiz: Callable[..., TrainerApp], store: Store
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await answer(pilot, "2025-07-25")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.focused is screen.query_one("#feedback")
        # Enter, the next answer and its Enter arrive together, before the focus moves on.
        burst(app, "enter", "29%", "enter")
        await pilot.pause()
        assert "Correct" in shown(app, "#verdict")
    saved = [(review.card, review.response) for review in history.reviews(store)]
    assert saved == [("meeting-date", "2025-07-25"), ("tariff", "29%")]
