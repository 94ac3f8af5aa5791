"""The marks that show where a response and the answer part ways."""

from __future__ import annotations

from textual.content import Content

from trainer.core.deck import Card
from trainer.tui.widgets.answer_diff import ANSWER_MARK, RESPONSE_MARK, marked_pair
from trainer.tui.widgets.feedback import comparison


def marked(content: Content, mark: str) -> str:
    return "".join(content.plain[s.start : s.end] for s in content.spans if s.style == mark)


def test_a_slip_marks_only_the_differing_characters() -> None:
    response, answer = marked_pair("Islamabd", "Islamabad")
    assert (response.plain, answer.plain) == ("Islamabd", "Islamabad")
    assert marked(response, RESPONSE_MARK) == ""
    assert marked(answer, ANSWER_MARK) == "a"


def test_a_wrong_digit_is_marked_on_both_sides() -> None:
    response, answer = marked_pair("19", "29%")
    assert marked(response, RESPONSE_MARK) == "1"
    assert marked(answer, ANSWER_MARK) == "2%"


def test_case_alone_is_not_a_difference() -> None:
    response, answer = marked_pair("state department", "State Department")
    assert not response.spans and not answer.spans


def test_texts_with_little_in_common_are_left_unmarked() -> None:
    response, answer = marked_pair("Karachi", "Gwadar and Qasim")
    assert not response.spans and not answer.spans


def test_a_slip_nearer_an_accepted_form_is_shown_against_that_form() -> None:
    card = Card(
        id="title", kind="text", prompt="Rubio's title?", answer="U.S. Senator", accept=("Senator",)
    )
    lines = comparison(card, "Senater", exact=False).plain.splitlines()
    assert lines == [
        "You said  Senater",
        "Closest   Senator  (also accepted)",
        "Answer    U.S. Senator",
    ]


def test_an_accepted_form_given_word_for_word_is_not_repeated() -> None:
    card = Card(
        id="title", kind="text", prompt="Rubio's title?", answer="U.S. Senator", accept=("Senator",)
    )
    lines = comparison(card, "senator", exact=False).plain.splitlines()
    assert lines == ["You said  senator  (an accepted form)", "Answer    U.S. Senator"]


def test_a_response_near_no_accepted_form_is_shown_against_the_answer_only() -> None:
    card = Card(
        id="sector",
        kind="text",
        prompt="Which sector?",
        answer="critical minerals",
        accept=("critical minerals sector", "minerals"),
    )
    lines = comparison(card, "Rubio", exact=False).plain.splitlines()
    assert lines == ["You said  Rubio", "Answer    critical minerals"]


def test_a_choice_letter_is_shown_with_its_option() -> None:
    card = Card(
        id="where",
        kind="choice",
        prompt="Where?",
        answer="Pentagon",
        options=("White House", "Pentagon"),
    )
    lines = comparison(card, "a", exact=False).plain.splitlines()
    assert lines == ["You said  a) White House", "Answer    b) Pentagon"]
