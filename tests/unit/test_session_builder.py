"""The one place a session is built (SessionOptions, open_session) and QuizSession.end()."""

from __future__ import annotations

from pathlib import Path

import pytest
from quiz_fixtures import card, make_deck, numbered_cards

from trainer.core.clock import ManualClock
from trainer.core.errors import TrainerError
from trainer.core.session_builder import SessionOptions, check_tags, open_session
from trainer.core.settings import Settings
from trainer.core.store import Store


def test_flags_given_win_and_the_settings_fill_in_the_rest() -> None:
    settings = Settings(new_limit=7, target=0.8)
    assert SessionOptions.from_settings(settings) == SessionOptions(new_limit=7, target=0.8)
    given = SessionOptions.from_settings(
        settings, new_limit=0, tags=["a"], kinds=["text"], cram=True
    )
    assert given == SessionOptions(new_limit=0, tags=("a",), kinds=("text",), cram=True, target=0.8)
    changed = given.with_settings(Settings(new_limit=3, target=0.95))
    assert (changed.new_limit, changed.target, changed.tags, changed.cram) == (
        3,
        0.95,
        ("a",),
        True,
    )
    assert SessionOptions().crammed().cram


def test_the_session_asks_what_the_options_say(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    cards = [
        card("t1", "one", tags=["x"]),
        card("t2", "two"),
        card("c1", "red", kind="choice", options=["red", "blue"]),
        *numbered_cards(3, prefix="n"),
    ]
    deck = make_deck(tmp_path, "deck", cards)
    limited = open_session([deck], store, SessionOptions(new_limit=2), clock=clock)
    assert (limited.total, limited.new_count) == (2, 2)
    tagged = open_session([deck], store, SessionOptions(tags=("x",)), clock=clock)
    assert tagged.total == 1 and tagged.current is not None and tagged.current.id == "t1"
    choices = open_session([deck], store, SessionOptions(kinds=("choice",)), clock=clock)
    assert choices.current is not None and choices.current.id == "c1"
    crammed = open_session([deck], store, SessionOptions(new_limit=0, cram=True), clock=clock)
    assert crammed.cram and crammed.total == len(cards)
    assert open_session([deck], store, SessionOptions(target=0.75), clock=clock).target == 0.75


def test_a_tag_no_card_carries_is_refused_with_the_nearest_one(tmp_path: Path) -> None:
    deck = make_deck(tmp_path, "deck", [card("a", "one", tags=["tariffs"])])
    check_tags(deck, ["tariffs"])
    with pytest.raises(TrainerError, match=r"no card in deck 'deck' has the tag 'tarifs'.*tariffs"):
        check_tags(deck, ["tarifs"])


def test_ending_counts_the_card_on_screen_as_skipped_and_records_nothing_for_it(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    session = open_session([deck], store, SessionOptions(), clock=clock)
    first = session.current
    assert first is not None
    session.submit(first.answer_text)
    summary = session.end(card_open=True)
    assert (summary.correct, summary.skipped, summary.asked, summary.queued) == (1, 1, 2, 3)
    assert summary.left_open and summary.ended_early
    assert [skipped.id for _, skipped in summary.skipped_cards] == ["c1"]
    assert store.memory("deck", "c0") is not None
    assert store.memory("deck", "c1") is None  # skipped: nothing recorded
    # Ending again (a second Esc, say) skips nothing more.
    assert session.end(card_open=True).skipped == 1


def test_ending_with_no_card_on_screen_skips_nothing(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(2))
    session = open_session([deck], store, SessionOptions(), clock=clock)
    first = session.current
    assert first is not None
    session.submit(first.answer_text)  # the feedback shows; the next card is not yet asked
    summary = session.end(card_open=False)
    assert (summary.skipped, summary.asked, summary.left_open) == (0, 1, False)


def test_a_missed_card_back_again_and_left_open_is_not_skipped(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(1))
    session = open_session([deck], store, SessionOptions(), clock=clock)
    session.submit("no idea at all")
    assert session.asked_again  # the only card, missed, is asked again at once
    summary = session.end(card_open=True)
    # Its first try was the wrong answer: it is neither skipped nor left unanswered.
    assert (summary.wrong, summary.skipped, summary.left_open) == (1, 0, False)
