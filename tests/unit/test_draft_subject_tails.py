"""A subject cut short by hiding another card's answer is named whole again."""

from __future__ import annotations

from trainer.core.authoring.subject_tails import with_whole_subject


def test_a_list_tail_opening_the_question_is_named_by_its_head_noun() -> None:
    shown = (
        "A … scheme to turn the old bus garage into a library, cafe and … flats was "
        "backed by … on what date?"
    )
    assert (
        with_whole_subject("Cafe and flats was backed on what date?", shown)
        == "The scheme was backed on what date?"
    )


def test_a_list_tail_with_no_verb_after_it_is_dropped() -> None:
    shown = "A … plan to build a school, pool and … homes, approved in what month?"
    assert with_whole_subject("Pool and homes, approved in what month?", shown) == ""


def test_an_opening_phrase_before_a_joined_subject_is_no_list() -> None:
    shown = "From …, phone and email alerts will reach how many tenants?"
    prompt = "Phone and email alerts will reach how many tenants?"
    assert with_whole_subject(prompt, shown) == prompt


def test_a_subject_joined_by_and_gets_its_opening_words_back() -> None:
    shown = (
        "If funding is agreed, a builder will be chosen in …, and the new library and "
        "cafe are due to open in what month?"
    )
    assert (
        with_whole_subject("If funding is agreed and cafe are due to open in what month?", shown)
        == "If funding is agreed, the new library and cafe are due to open in what month?"
    )


def test_two_clauses_joined_by_and_are_left() -> None:
    shown = "Rents rose by … and the share of tenants in arrears was what percentage?"
    prompt = "Rents rose and the share of tenants in arrears was what percentage?"
    assert with_whole_subject(prompt, shown) == prompt


def test_a_participle_after_and_is_no_subject() -> None:
    shown = "The pipe burst at …, flooding the road and cutting water to how many homes?"
    prompt = "The pipe burst, flooding the road and cutting water to how many homes?"
    assert with_whole_subject(prompt, shown) == prompt
