"""People a sentence names with a role where its cards ask something else: a surname given a
role after the full name came earlier ("Varga-Lund, the project's principal investigator,"),
one appointed with an age or a description set off ("named Castellan-Hobbs, 52, a
hydrologist, as its new chief executive"), and a role whose last word is "investigator"."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_appointments import find_appointments
from trainer.core.authoring.find_role_appositives import find_role_appositives
from trainer.core.authoring.thing_pronouns import with_thing_named


def _article(text: str) -> Article:
    return Article(Path("story.txt"), text, tuple(text.splitlines()))


def _roles(text: str) -> list[tuple[str, str]]:
    return [(found.name, found.role) for found in find_role_appositives(_article(text))]


def test_a_surname_given_a_role_is_the_person_named_in_full_before() -> None:
    text = (
        "Professor Ines Varga-Lund has led the survey for a decade.\n"
        "Varga-Lund, the project's principal investigator and a geologist at the Kestrel "
        "Institute in Bergen, has spent most of her career on it."
    )
    assert ("Ines Varga-Lund", "the project's principal investigator") in _roles(text)


def test_a_surname_with_no_full_name_before_it_is_no_one() -> None:
    text = "Varga-Lund, the project's principal investigator, said it would work."
    assert _roles(text) == []


def test_a_surname_with_a_role_of_no_one_in_particular_is_left() -> None:
    text = (
        "Corin Albescu-Tal signed the accord on Monday.\n"
        "Talks began in March, when Albescu-Tal, then a junior minister, led a delegation."
    )
    assert all(name != "Corin Albescu-Tal" for name, _ in _roles(text))


def test_a_second_role_ends_the_first_at_and() -> None:
    text = (
        '"Falls are common," said Professor Adaeze Mbeki, chief investigator of the study '
        "and professor of rehabilitation at the University of Kestrel."
    )
    assert ("Adaeze Mbeki", "chief investigator of the study") in _roles(text)


def test_an_appointment_with_an_age_and_description_set_off() -> None:
    text = (
        "Wiremu Castellan-Hobbs grew up in Napier.\n"
        "On Thursday, the utility's board named Castellan-Hobbs, 52, a hydrologist, as its new "
        "chief executive."
    )
    found = [
        (found.name, found.prompt, found.post) for found in find_appointments(_article(text), [])
    ]
    assert found == [
        (
            "Wiremu Castellan-Hobbs",
            "Who did the utility's board name as its new chief executive?",
            "the utility's new chief executive",
        )
    ]


def test_a_place_after_a_preposition_is_not_what_it_stands_for() -> None:
    before = (
        "At dawn, when the only light in the control room in Fenwick came from a lamp, "
        'Ana Ruiz said, "Well."'
    )
    sentence = "It is a phrase she has repeated since the probe arrived on 9 July."
    prompt = "It is a phrase she has repeated since the probe arrived on what date?"
    assert with_thing_named(prompt, [before, sentence], sentence, ["Ana Ruiz"]) == prompt


def test_what_a_speaker_did_as_they_spoke_is_asked_of_them() -> None:
    from trainer.core.authoring.unasked_actors import unasked_actor_facts

    def asked(sentence: str, in_full: list[str] | None = None) -> list[tuple[str, str | None]]:
        return [(fact.answer, fact.prompt) for fact in unasked_actor_facts(sentence, in_full or [])]

    assert asked(
        "Giving the lead judgment, Lady Justice Harrow-Adeyemi said the builder knew."
    ) == [("Lady Justice Harrow-Adeyemi", "Who gave the lead judgment?")]
    assert asked("Passing sentence, Judge Thale said the fraud was planned.", ["Osric Thale"]) == [
        ("Osric Thale", "Who passed sentence?")
    ]
    assert asked(
        "Opening the debate, Dr Carys Vantongeren, the housing minister, said it was overdue."
    ) == [("Carys Vantongeren", "Who opened the debate?")]
    # Speaking says nothing of the person.
    assert asked("Speaking to reporters, Carys Vantongeren said it was overdue.") == []


def test_reported_speech_of_that_one_named_with_a_demonstrative() -> None:
    from trainer.core.authoring.find_quotes import find_quotes

    text = (
        "The balance lies with the Green bloc, whose leader has refused to say how it will "
        "vote.\n"
        'That leader, Tavi Okonjo-Brand, said on Thursday that her deputies would decide "after '
        'reading the text, not the headlines".'
    )
    found = [(quote.speaker, quote.described) for quote in find_quotes(_article(text))]
    assert ("Tavi Okonjo-Brand", True) in found


def test_reported_speech_after_a_role_and_the_body_it_describes() -> None:
    from trainer.core.authoring.find_quotes import find_quotes

    text = (
        "Dr Ines Morlaix, chief executive of Vantor Rail, the body set up to run the line, told "
        'members on 14 October that the company had been "building the plane while flying it".'
    )
    assert [quote.speaker for quote in find_quotes(_article(text))] == ["Dr Ines Morlaix"]


def test_counsel_set_off_after_the_name_is_asked_whom_they_spoke_for() -> None:
    from trainer.core.authoring.unasked_actors import unasked_actor_facts

    def asked(sentence: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (fact.answer, fact.prompt, fact.alternative)
            for fact in unasked_actor_facts(sentence, [])
        ]

    assert asked("In mitigation, Ruth Kemploe, for Dolan, said his client was ashamed.") == [
        (
            "Ruth Kemploe",
            "Who spoke for Dolan in mitigation?",
            "Who spoke for the defendant in mitigation?",
        )
    ]
    assert asked("Ruth Kemploe, prosecuting, told the court the fraud was planned.") == [
        ("Ruth Kemploe", "Who spoke for the prosecution?", None)
    ]
    # "for example" is no party.
    assert asked("Ruth Kemploe, for example, said it was fine.") == []
