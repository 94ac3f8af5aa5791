"""People a story names by a role it writes in lower case, and names it writes with a
particle or gives a group (invented sentences): "The health board's chief executive, Dr
X,", "prosecutor X told the court", "The master, Captain X, stayed aboard", "Rhiannon ap
Gwilym", "A criminal group calling itself Black Lantern"."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

_DATED = "Published 2 December 2026\n\n"


def test_a_role_owned_by_a_body_named_in_two_small_words(tmp_path: Path) -> None:
    text = (
        _DATED + "Hospitals across the region lost their records on Sunday.\n\n"
        "The health board's chief executive, Dr Emyr Pryce-Owen, told a press conference on"
        ' Wednesday: "We will not pay criminals."\n'
    )
    cards = drafted_cards(tmp_path, text)
    asked = {card.prompt for card in cards if card.answer_text == "Emyr Pryce-Owen"}
    assert "Who is the health board's chief executive?" in asked
    # Who said it is the one the sentence names, not "Dr" or no one.
    said = [card for card in cards if "pay criminals" in card.prompt and "Who" in card.prompt]
    assert said
    assert {card.answer_text for card in said} == {"Emyr Pryce-Owen"}
    assert_no_give_aways(cards)


def test_a_lone_role_in_small_letters_names_its_holder(tmp_path: Path) -> None:
    text = (
        _DATED + "The cargo ship ran aground off the island on Thursday.\n\n"
        "The master, Captain Ivan Petrenko, stayed aboard with the chief engineer.\n\n"
        "None of the parks was ever built. Instead, prosecutor Ruth Mensah told the court,"
        " money from new investors was used to pay earlier ones.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, "Ivan Petrenko").prompt == "Who is the master?"
    # What she told the court is a clause of its own: the role asks who she is.
    assert card_answering(cards, "Ruth Mensah").prompt == "Who is the prosecutor?"


def test_a_role_many_hold_or_a_capitalised_title_stays_a_bare_title(tmp_path: Path) -> None:
    text = (
        _DATED + "The firm lost its appeal on Monday.\n\n"
        "A spokesman, Tom Reyes, said the firm would appeal again.\n\n"
        "President Lena Holm said she was pleased.\n"
    )
    cards = drafted_cards(tmp_path, text)
    prompts = [card.prompt for card in cards]
    assert "Who is the spokesman?" not in prompts
    assert "Who is the President?" not in prompts
    # The spokesman's stance is asked of "the spokesman", never "What did A spokesman ...".
    assert not any(" A spokesman" in prompt for prompt in prompts)


def test_a_surname_particle_in_small_letters_is_part_of_the_name(tmp_path: Path) -> None:
    text = (
        _DATED + "The inquiry opened on Monday.\n\n"
        "The criminal investigation is being led by Detective Superintendent Rhiannon ap"
        " Gwilym of the Wales Digital Incident Taskforce.\n"
    )
    cards = drafted_cards(tmp_path, text)
    lead = card_answering(cards, "Rhiannon ap Gwilym")
    assert "Detective Superintendent" in lead.prompt
    assert "Gwilym" not in lead.prompt


def test_a_group_that_calls_itself_a_name_is_asked_what_it_calls_itself(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + "The hospital's systems were shut down on Sunday.\n\n"
        "A criminal group calling itself Black Lantern has claimed responsibility for the"
        " attack.\n"
    )
    cards = drafted_cards(tmp_path, text)
    group = card_answering(cards, "Black Lantern")
    assert group.prompt == (
        "What does the criminal group that has claimed responsibility call itself?"
    )
    assert_no_give_aways(cards)


def test_a_meeting_summary_s_speaker_in_capitals_is_asked_by_their_office(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + "The Security Council met on Friday.\n\n"
        "ILSE BRANDT-OKORO, Special Representative of the Secretary-General for Vardenia,"
        ' said the ceasefire had "effectively collapsed" in the east.\n'
    )
    cards = drafted_cards(tmp_path, text)
    envoy = card_answering(cards, "Ilse Brandt-Okoro")
    assert (
        envoy.prompt == "Who is the Special Representative of the Secretary-General for Vardenia?"
    )
    assert envoy.evidence is not None and envoy.evidence.startswith("ILSE BRANDT-OKORO,")


def test_a_role_opening_a_sentence_is_asked_in_small_letters(tmp_path: Path) -> None:
    text = (
        _DATED + "The fire broke out on Tuesday night.\n\n"
        "Local councillor Anand Kaur-Bishop, who represents the Donnington ward, said the"
        " council would support any families affected.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, "Anand Kaur-Bishop").prompt == "Who is the local councillor?"
    # Other prompts name her by that role, never "Local councillor the local councillor".
    assert not any("Local councillor" in card.prompt for card in cards)


def test_its_after_an_opening_phrase_is_the_subject_s(tmp_path: Path) -> None:
    text = (
        _DATED + "The agency launched the satellite on Thursday.\n\n"
        "Unlike its predecessor, CORAL can see fine detail in estuaries.\n"
        "Its principal investigator, Dr Ngozi Eze-Falk of the Bergen Institute of Marine"
        " Optics, has spent her career studying blooms.\n"
    )
    cards = drafted_cards(tmp_path, text)
    lead = card_answering(cards, "Ngozi Eze-Falk")
    assert lead.prompt.startswith("Who is CORAL’s principal investigator")


def test_a_body_is_asked_by_the_kind_its_name_ends_on(tmp_path: Path) -> None:
    text = (
        _DATED + "The inquiry reported on Wednesday.\n\n"
        "It criticised the North Marches NHS Foundation Trust, which runs the hospital, for a"
        " culture of denial.\n"
    )
    trust = card_answering(drafted_cards(tmp_path, text), "North Marches NHS Foundation Trust")
    assert trust.prompt == "Which trust runs the hospital?"


def test_a_body_s_short_form_in_its_own_language_and_a_state_body(tmp_path: Path) -> None:
    text = (
        _DATED + "The strike was called on Tuesday.\n\n"
        "The União dos Trabalhadores Ferroviários (UTF) said the stoppage would run for three"
        " days.\n\n"
        "The Portuguese Business Confederation (CEP) estimated the cost at €38 million a day.\n\n"
        "Both sides will meet at the state Labour Conciliation Service next Wednesday.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, "União dos Trabalhadores Ferroviários").prompt == (
        "What does UTF stand for?"
    )
    # Initials in another language still name the body the words before them name.
    assert card_answering(cards, "Portuguese Business Confederation").prompt == (
        "What does CEP stand for?"
    )
    answers = {card.answer_text for card in cards}
    # "Labour" before a body's name is no party, and "the state" no kind of thing.
    assert "Labour" not in answers
    assert not any(card.prompt == "What is the name of the state?" for card in cards)


def test_a_quotation_s_he_is_never_someone_named_later_in_its_paragraph(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + "The board has been hit by an attack.\n\n"
        "The board's boss, Emyr Pryce, told a press conference on Wednesday: \"We will not pay"
        ' criminals. Not a penny." He said public bodies were barred from paying. Later,'
        " prosecutor Rebecca Ansah said the firm had failed.\n"
    )
    cards = drafted_cards(tmp_path, text)
    said = [card for card in cards if "pay criminals" in card.prompt and "Who" in card.prompt]
    assert all(card.answer_text != "Rebecca Ansah" for card in said)


def test_a_she_is_never_the_man_she_married_in_the_sentence_before(tmp_path: Path) -> None:
    text = (
        _DATED + "Dame Teodora Vasil-Hart, who has died aged 87, spent four decades on ice"
        " cores. In 1966 she married Geoffrey Hart, a cartographer she met at a dance; he died"
        " in 2019. She is survived by their two sons, Matei and Daniel, and five"
        " grandchildren.\n"
    )
    prompts = [card.prompt for card in drafted_cards(tmp_path, text)]
    assert not any(prompt.startswith("Geoffrey Hart is survived") for prompt in prompts)
