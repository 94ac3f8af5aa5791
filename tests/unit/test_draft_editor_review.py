"""Faults a briefing editor found reading the cards of the newer families (helper c16o):
each test writes its own short article in the pattern, and says what must not be drafted as
well as what must."""

from __future__ import annotations

import re
from pathlib import Path

from draft_fixtures import drafted_cards

from trainer.core.authoring.unasked_actors import unasked_actor_facts


def _said(tmp_path: Path, text: str) -> dict[str, str]:
    return {
        card.prompt: card.answer_text
        for card in drafted_cards(tmp_path, text)
        if card.prompt.startswith("Who said this?")
    }


def test_a_quote_after_a_set_off_name_is_the_named_speakers(tmp_path: Path) -> None:
    # "the charity's director in Malawi, Tendai Ross, said": Malawi is where, not who.
    said = _said(
        tmp_path,
        '"We came with nothing at all," the charity\'s director in Malawi, Tendai Mbeki-Ross, '
        'said after visiting the camp on Monday. "What they ask for first is not food. It is '
        'news of their families."',
    )
    assert set(said.values()) == {"Tendai Mbeki-Ross"}
    assert len(said) == 2


def _cards(tmp_path: Path, text: str) -> dict[str, str]:
    return {card.prompt: card.answer_text for card in drafted_cards(tmp_path, text)}


def test_a_sentences_subject_and_verb_are_no_kind_of_name(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The result brings Kelso a third Border Cup title and prize money of 1.2 million "
        "euros. The poll shows Mira Holt well inside the margin of error on Sunday.",
    )
    assert not any(prompt.startswith("What is the name of the") for prompt in cards)


def test_a_plural_standing_set_off_after_a_name_is_not_asked(tmp_path: Path) -> None:
    # "Farrow, the holders," names no thing: "What is the holders called?".
    cards = _cards(
        tmp_path,
        "Farrow, the holders, had started the brighter side and scored in the 12th minute.",
    )
    assert "Farrow" not in cards.values()


def test_a_name_holding_a_particle_is_asked_whole(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "A poll published on Tuesday for the daily Gazeta do Norte put the LNP on 31 per cent.",
    )
    assert cards.get("What is the name of the daily?") == "Gazeta do Norte"


def test_the_next_opponent_is_asked_of_the_winners_by_their_win(tmp_path: Path) -> None:
    # The winner is another card's answer: "Who will meet in the Shield?" would ask both.
    cards = _cards(
        tmp_path,
        "Kelso beat Farrow 3-2 in the Border Cup final at Park Lane on Saturday. Kelso will "
        "meet league champions Tarvin United in the Champions Shield on 9 January.",
    )
    assert cards["Who won the Border Cup final?"] == "Kelso"
    assert cards["Who will the Border Cup winners meet in the Champions Shield?"] == (
        "Tarvin United"
    )


OBITUARY = (
    "Dame Alma Reyes-Thorne, the diplomat who negotiated the Tromsø Accord, has died aged "
    "81. Born on 14 March 1944 in Accra, she read history at Girton College and, in 1966, "
    "joined the Foreign Office. She married the Danish painter Erik Holm in 1970. He died "
    "in 2018. In 2014 she moved to Australia. Reyes-Thorne is survived by two sons."
)


def test_an_obituarys_pronoun_is_its_subject_named_by_role(tmp_path: Path) -> None:
    cards = _cards(tmp_path, OBITUARY)
    assert cards["The diplomat married the Danish painter Erik Holm in what year?"] == "1970"
    assert cards["In 2014 the diplomat moved to where?"] == "Australia"
    assert cards["The diplomat read history at which college?"] == "Girton College"
    assert cards["The diplomat was born on what date in Accra?"] == "1944-03-14"


def test_someone_elses_pronoun_or_a_cut_set_off_time_is_not_asked(tmp_path: Path) -> None:
    cards = _cards(tmp_path, OBITUARY)
    # "He died in what year?" is the husband's, whom the card cannot name; 1966 is when
    # she joined, not when she was born, and "read history and, in what year?" lost it.
    assert "2018" not in cards.values()
    assert "1966" not in cards.values()
    assert not any(re.match(r"(?:She|He)\b", prompt) for prompt in cards)


def test_a_name_after_a_preposition_is_not_who_acts() -> None:
    # "a slim lead for Mira Holt is inside the margin": the lead is, not Holt.
    sentence = "With eight days to go, a slim lead for Mira Holt is inside the margin of error."
    assert unasked_actor_facts(sentence, ["Mira Holt"]) == []
    [won] = unasked_actor_facts("On Sunday Mira Holt won the vote in the north.", ["Mira Holt"])
    assert won.prompt == "Who won the vote in the north?"


def test_its_post_is_asked_of_the_owner_the_sentence_before_names(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The ministry reacted within hours on Monday. Its spokesman, Ivo Brandt-Lenz, called "
        'the plan "a stunt" and said 4,100 homes had been built. Mr Brandt-Lenz spoke in '
        "Split. The union met on Friday, and some 300 members attended. Their treasurer, "
        "Ana Sala-Voss, said costs had risen by 12 per cent since March.",
    )
    assert cards.get("Who is the ministry's spokesman?") == "Ivo Brandt-Lenz"
    # "The union met ..., and": no plain subject before "Their treasurer", so no card.
    assert not any(re.match(r"Who (?:is|was) (?:its|their)\b", prompt) for prompt in cards)


def test_a_number_in_words_is_not_asked_in_pieces(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Mr Tom Reed (Kelso) (Con): Nine hundred and sixty million pounds sounds generous, "
        "but spread across three years it is barely more than the grant it replaces. The "
        "river overtopped at about half past one. The grant is up to seven and a half "
        "thousand pounds per household. Three and a half years later, forty-one families "
        "remain in hotels.",
    )
    answers = set(cards.values())
    assert not answers & {"hundred", "sixty million", "seven and a half", "about half"}
    assert cards["Three and a half years later, how many families remain in hotels?"] == (
        "forty-one"
    )


def test_the_second_half_of_a_broken_quote_is_no_quote_of_its_own(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        '"We will look at whether the checks met the standard," Dr Ines Varga-Holt said, '
        '"and we will not hesitate to act if they did not."',
    )
    assert said == {
        "Who said this? “We will look at whether the checks met the standard”": ("Ines Varga-Holt")
    }


def test_its_in_a_question_about_a_deed_is_the_owner_named(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The ministry reacted within hours on Monday. Its spokesman, Ivo Brandt-Lenz, called "
        'the plan "a stunt" and said 4,100 homes had been built.',
    )
    assert any(prompt.startswith("What did the ministry's spokesman call") for prompt in cards)


def test_a_short_forms_name_is_not_its_owners(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The arithmetic is hard for the cabinet. Kovac's Union of the Centre (CU) and its "
        "partner hold 108 of the 230 seats.",
    )
    assert cards["What does CU stand for?"] == "Union of the Centre"


def test_a_named_thing_described_by_a_noun_of_plural_things_is_asked(tmp_path: Path) -> None:
    # The plural in "maker of pumps and valves" is not the description's head noun.
    cards = _cards(
        tmp_path,
        "Orrin Holdings has made a cash offer worth £1.2bn for Tarvel Systems, the "
        "Leeds-based maker of pumps and valves, on Monday.",
    )
    assert cards.get("What is the Leeds-based maker of pumps and valves called?") == (
        "Tarvel Systems"
    )


def test_a_deed_said_as_something_is_not_asked_as_who_did_it() -> None:
    sentence = "On Sunday Mira Holt did something candidates rarely do this late in a race."
    assert unasked_actor_facts(sentence, ["Mira Holt"]) == []
