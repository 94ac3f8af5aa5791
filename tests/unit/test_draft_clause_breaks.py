"""A question over the word limit is cut at a break between clauses ("…, average waiting
times have fallen from how many days?"), not in the middle of a name or a phrase; where
what follows the break is no clause of its own, the old cut stays."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.clause_break import from_clause_break
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.authoring.stand_alone import within_words
from trainer.core.deck import parse_deck


def _asked(prompt: str) -> str | None:
    words = prompt.removesuffix("?").split()
    at = next(i for i, word in enumerate(words) if word in ("how", "what"))
    return from_clause_break(words, at, 20)


def test_a_long_question_is_asked_from_the_clause_after_a_comma() -> None:
    prompt = (
        "Since the opening of a second Regional Triage Centre at Dunmore in April 2025, "
        "average waiting times for a first appointment have fallen from how many days?"
    )
    assert within_words(prompt) == (
        "Average waiting times for a first appointment have fallen from how many days?"
    )


def test_a_joining_word_after_the_break_is_left_out() -> None:
    asked = _asked(
        "Around … bridges were closed to lorries or were in use as detours for weeks, and "
        "regional engineers have delayed the reopening of the northern ring road until what date?"
    )
    assert asked == (
        "Regional engineers have delayed the reopening of the northern ring road until what date?"
    )


def test_no_cut_where_the_part_after_the_break_is_no_clause() -> None:
    # A phrase that describes ("about how many miles ...") or a relative clause is no
    # question of its own: the cut is left to the older rule.
    assert (
        _asked(
            "The cargo ship Larkmoor Spirit was struck by the ferry Pelham Rose at 3:10 a.m. "
            "local time, about how many nautical miles north of the breakwater?"
        )
        is None
    )
    assert (
        _asked(
            "The council approved the plan for the Westbrook estate in a vote late on "
            "Monday, which will add how many homes to the eastern edge of the town?"
        )
        is None
    )
    # A verb left after the break lost its subject before it ("…, had been allowed").
    assert (
        _asked(
            "Three suppliers won most of the work, and the inspectors said one of them, … "
            "Services, had been allowed to raise its prices at how many depots without review?"
        )
        is None
    )
    # A hidden answer stays out of the question.
    assert (
        _asked("Of the … sites visited by inspectors, … sites had no records, so … how many?")
        is None
    )


def test_a_drafted_long_sentence_is_asked_from_its_second_clause(tmp_path: Path) -> None:
    article_path = tmp_path / "clinic.txt"
    article_path.write_text(
        "Since the opening of a second Regional Triage Centre at Dunmore in April 2025, "
        "average waiting times for a first appointment have fallen from 41 days to 19 days, "
        "the health board said on Tuesday.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "clinic.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "c", deck_path)
    prompts = [card.prompt for card in parse_deck(draft.text.encode("utf-8"), deck_path).cards]
    assert not any(prompt.startswith("…") for prompt in prompts), prompts
    assert any(prompt.startswith("Average waiting times") for prompt in prompts), prompts
