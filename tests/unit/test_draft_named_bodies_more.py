"""A company's trading name ("Harlow Constructors") is asked by its kind wherever a count
follows it, and a meeting named with its body ("the annual meeting of the Arctic Shipping
Council in Tromsø in June") is asked where it is held."""

from __future__ import annotations

from trainer.core.authoring.find_named_things import find_named_things


def _asked(sentence: str) -> list[tuple[str | None, str]]:
    return [(fact.prompt or fact.question, fact.answer) for fact in find_named_things(sentence, 1)]


def test_a_company_by_its_trading_name_before_a_count() -> None:
    asked = _asked("The board signed the deal with Harlow Constructors three days later.")
    assert ("which company", "Harlow Constructors") in asked


def test_a_meeting_of_a_named_body_is_asked_where_with_its_date_after() -> None:
    asked = _asked(
        "Ministers will report to the annual meeting of the Arctic Shipping Council in Tromsø "
        "in June 2027."
    )
    assert asked == [("Where is the annual meeting of the Arctic Shipping Council?", "Tromsø")]


def test_a_place_followed_by_other_words_is_not_read_as_the_meeting_s() -> None:
    assert _asked("The meeting in Tromsø harbour was cancelled.") == []
