"""A question over the word limit keeps its subject and verb: the phrases that do not ask go
(a parenthesis, a place ending a clause), rather than the sentence's opening words."""

from trainer.core.authoring.stand_alone import within_words


def test_a_place_ending_the_main_clause_goes_before_its_subject_does() -> None:
    prompt = (
        "The nurses' union demanded a full review of staffing at the hospital in Dunmere, "
        "saying wards had run short of cover on how many nights?"
    )
    assert within_words(prompt) == (
        "The nurses' union demanded a full review of staffing, saying wards had run short of "
        "cover on how many nights?"
    )


def test_a_parenthesis_that_does_not_ask_goes() -> None:
    prompt = (
        "An emergency levy will apply to shipments of cold-rolled and galvanised aluminium "
        "sheet (customs codes 7606 to 7607) from what date?"
    )
    assert within_words(prompt) == (
        "An emergency levy will apply to shipments of cold-rolled and galvanised aluminium "
        "sheet from what date?"
    )


def test_a_place_phrase_that_holds_a_clause_stays() -> None:
    # "at sites was postponed ...": the phrase carries the clause's verb, so it is no place.
    prompt = (
        "A planned survey with volunteers at depots was moved from summer 2025 to winter "
        "2026, and then cut to how many volunteers at a single depot in the north?"
    )
    assert not within_words(prompt).startswith("A planned survey with volunteers,")


def test_a_verb_completed_by_its_phrase_keeps_it() -> None:
    # "handed over to ...": the phrase completes the verb; leaving it out reads broken.
    prompt = (
        "Every well would be handed over to a registered village council across the county, "
        "at least what share of whose members must be elected by ballot every two years?"
    )
    assert "handed," not in within_words(prompt)
