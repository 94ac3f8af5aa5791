"""A person who does a sentence's main thing is asked it even where the sentence's card asks
its figure: a member of a body before the verb, two people as one subject, a person after a
role ending a passive (issue 15). Each test writes its own sentences."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.main_doers import main_doer_facts
from trainer.core.authoring.named_in_full import people_named_in_full


def _asked(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(fact.answer, fact.prompt, said) for fact, said in main_doer_facts(sentence)]


def test_a_member_of_a_party_who_won_is_asked_without_the_figure() -> None:
    sentence = (
        "Dragana Ilić-Morava of the Democratic Renewal Party (DRP) won the mayoral race "
        "outright with 54.2% of the vote."
    )
    assert _asked(sentence) == [
        ("Dragana Ilić-Morava", "Who won the mayoral race outright?", "the candidate")
    ]


def test_a_place_in_the_second_clause_is_asked_with_the_body() -> None:
    sentence = (
        "The mayor came second with 30.1 per cent, and Ivana Sorel of the Green Union "
        "finished third with 8.7 per cent."
    )
    assert _asked(sentence) == [
        ("Ivana Sorel", "Who of the Green Union finished third?", "the candidate")
    ]


def test_a_member_of_a_body_that_is_no_party_is_named_only_by_name() -> None:
    sentence = (
        "Dr Piet Vandamme of the Flemish Soil Institute led the three-year survey of the dunes."
    )
    assert _asked(sentence) == [
        ("Piet Vandamme", "Who led the three-year survey of the dunes?", None)
    ]


def test_two_people_as_one_subject_each_asked_with_the_other_named() -> None:
    sentence = "Board members Anton Veselý and Maren Tollefsen voted against the merger."
    assert _asked(sentence) == [
        (
            "Anton Veselý",
            "Which board member voted against the merger along with Maren Tollefsen?",
            None,
        ),
        (
            "Maren Tollefsen",
            "Which board member voted against the merger along with Anton Veselý?",
            None,
        ),
    ]


def test_a_person_after_a_role_ending_a_passive_is_asked_who_did_it() -> None:
    sentence = (
        "The head of the port authority resigned in May and was replaced on an interim "
        "basis by his deputy, Siri Lund-Aakre."
    )
    assert _asked(sentence) == [
        (
            "Siri Lund-Aakre",
            "Who replaced the head of the port authority on an interim basis?",
            None,
        )
    ]


def test_no_card_for_a_body_or_for_what_a_person_said() -> None:
    assert _asked("Royal Bank of Kestria cut its main rate by half a point.") == []
    assert _asked("Ana Morrow of the Civic Party said the result was a disgrace.") == []
    # A firm "of" a country, and two firms as one subject, are no people.
    assert _asked("Banco Norteño of Spain agreed to buy the lender.") == []
    assert _asked("Kestrel Steel and Ardent Steel warned of job losses.") == []


def test_drafted_the_winner_is_asked_and_the_figure_names_them_by_role(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Results were published on 3 March 2026.\n\n"
        "Dragana Ilić-Morava of the Democratic Renewal Party won the mayoral race outright "
        "with 54.2% of the vote.\n\nTurnout was 61 per cent.\n",
    )
    who = card_answering(cards, "Dragana Ilić-Morava")
    assert who.prompt == "Who won the mayoral race outright?"
    share = card_answering(cards, "54.2%")
    assert share.prompt.startswith("The candidate of the Democratic Renewal Party won")
    assert_no_give_aways(cards)


def test_drafted_a_pair_asks_one_of_them_alone(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The board met on 3 March 2026.\n\n"
        "Board members Anton Veselý and Maren Tollefsen voted against the merger, which "
        "passed by five votes to two.\n",
    )
    who = card_answering(cards, "Anton Veselý")
    assert who.prompt == "Which board member voted against the merger along with Maren Tollefsen?"
    assert_no_give_aways(cards)


def test_a_surname_after_a_courtesy_title_names_the_person_in_full() -> None:
    text = "Hollis Brandvold still keeps the old ledger.\n\nMrs Brandvold is not waiting."
    assert people_named_in_full(text) == ["Hollis Brandvold"]


def test_drafted_a_person_who_still_does_something_and_for_her_part_is_no_reason(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Hollis Brandvold still keeps the old ledger on a shelf in her kitchen.\n\n"
        "Mrs Brandvold, for her part, is not waiting for the report.\n",
    )
    who = card_answering(cards, "Hollis Brandvold")
    assert who.prompt == "Who still keeps the old ledger on a shelf in her kitchen?"
    assert not any("for her" in card.prompt for card in cards)


def test_a_role_at_a_body_named_by_where_it_is_based(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Prices rose on 3 March 2026.\n\n"
        'The jump "shows the market has turned", said Karin Holmqvist, chief economist at '
        "Oslo-based lender Fjordbank.\n",
    )
    who = card_answering(cards, "Karin Holmqvist")
    assert who.prompt == "Who is the chief economist at Oslo-based lender Fjordbank?"


def test_drafted_a_second_clause_s_figure_is_asked_of_its_own_subject(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Results were published on 3 March 2026.\n\n"
        "The incumbent, Mayor Tomas Berg of the Civic League (CL), came second with 30.1 per "
        "cent, and Ivana Sorel of the Green Union finished third with 8.7 per cent.\n",
    )
    assert card_answering(cards, "Ivana Sorel").prompt == "Who of the Green Union finished third?"
    third = card_answering(cards, "8.7%")
    assert third.prompt == "The candidate of the Green Union finished third with what percentage?"
    assert_no_give_aways(cards)
