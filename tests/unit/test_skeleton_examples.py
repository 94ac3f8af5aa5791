"""A `trainer new` skeleton's example cards are never quizzed until they are replaced."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.scaffold import scaffold_deck
from trainer.core.clock import ManualClock
from trainer.core.deck import load_deck
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store


def _skeleton(folder: Path) -> Path:
    path = folder / "mine.yaml"
    path.write_text(scaffold_deck("mine", path, []), encoding="utf-8")
    return path


def test_a_fresh_skeleton_has_nothing_to_ask(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = load_deck(_skeleton(tmp_path))
    assert len(deck.cards) == 6
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    assert session.total == 0 and session.current is None


def test_a_replaced_example_is_asked_and_the_others_stay_out(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    path = _skeleton(tmp_path)
    # The author rewrites the text example as their own card, with their own id.
    text = path.read_text(encoding="utf-8").replace("id: example-text", "id: meeting-city", 1)
    path.write_text(text, encoding="utf-8")
    session = QuizSession([load_deck(path)], store, Scheduler(fuzz=False), clock)
    assert session.total == 1
    assert session.current is not None and session.current.id == "meeting-city"


def test_the_deck_list_counts_no_example_as_new(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # The deck list said "0 cards due, 6 new", then Enter said no new card was left.
    from trainer.core.history import deck_statuses

    path = _skeleton(tmp_path)
    (status,) = deck_statuses(store, [load_deck(path)], clock())
    assert (status.cards, status.due, status.new) == (6, 0, 0)
    text = path.read_text(encoding="utf-8").replace("id: example-text", "id: meeting-city", 1)
    path.write_text(text, encoding="utf-8")
    (status,) = deck_statuses(store, [load_deck(path)], clock())
    assert (status.cards, status.new) == (6, 1)


def test_a_quiz_on_a_fresh_skeleton_says_why_it_asks_nothing(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    import io

    from trainer.cli.plain_quiz import PlainQuiz

    deck = load_deck(_skeleton(tmp_path))
    for cram in (False, True):
        session = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=cram)
        assert session.only_examples
        out = io.StringIO()
        PlainQuiz(session, lambda _prompt: "", out, clock=clock).run("Mine")
        text = out.getvalue()
        assert "only the example cards `trainer new` wrote" in text
        assert "--cram" not in text  # cramming asks no example either


def test_plain_cram_with_nothing_to_ask_does_not_suggest_cram(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    import io

    from trainer.cli.plain_quiz import PlainQuiz

    path = _skeleton(tmp_path)
    text = path.read_text(encoding="utf-8").replace("id: example-text", "id: meeting-city", 1)
    path.write_text(text, encoding="utf-8")
    deck = load_deck(path)
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=True, tags=["nope"])
    assert session.total == 0 and not session.only_examples
    out = io.StringIO()
    PlainQuiz(session, lambda _prompt: "", out, clock=clock).run("Mine")
    assert "Nothing to ask now." in out.getvalue()
    assert "Use --cram" not in out.getvalue()
