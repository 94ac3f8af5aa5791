"""Cards an editor would delete or rewrite, found by reading every drafted card (issue 15,
"no card an editor would delete as junk"): each test writes its own short article in the
pattern and says what must not be drafted as well as what must."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards

from trainer.core.authoring.reading import _pdf_paragraphs
from trainer.core.grading import grade

SITUATION_REPORT = (
    "RIVERLAND: Floods - Situation Report No. 4\n"
    "Office for Relief Coordination (ORC)\n"
    "As of 9 March 2027, 06:00 local time\n"
    "\n"
    "HIGHLIGHTS\n"
    "- At least 41 people have died and 230 have been injured; 17 people remain missing.\n"
    "- An appeal for $22 million was launched on 6 March to reach 90,000 people.\n"
    "\n"
    "The next Situation Report will be issued on or around 12 March.\n"
    "\n"
    "A relief flight landed in Tarsa on 7 March, the only means of reaching the upper "
    "valley.\n"
)


def test_list_bullets_start_no_prompt(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, SITUATION_REPORT)
    assert cards
    assert not any(card.prompt.startswith(("-", "•")) for card in cards)
    [died] = [card for card in cards if card.answer_text == "41"]
    assert died.prompt == "At least how many people have died?"


def test_an_as_of_line_dates_the_days_with_no_year(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, SITUATION_REPORT)
    dates = {card.answer_text: card for card in cards if card.kind == "date"}
    # "6 March" and "12 March" take the report's year, as date cards.
    assert "2027-03-06" in dates
    assert "2027-03-12" in dates
    assert not any(card.answer_text in ("March 6", "March 12") for card in cards)
    # The report's own date is a fact of its own, asked as one.
    assert dates["2027-03-09"].prompt == "The figures given are as of what date?"


def test_which_one_of_a_series_and_a_date_are_no_names(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, SITUATION_REPORT)
    assert not any("name of the next" in card.prompt for card in cards)
    assert not any(card.answer_text in ("Situation Report", "March") for card in cards)
    [next_one] = [card for card in cards if card.answer_text == "2027-03-12"]
    assert next_one.prompt == ("The next Situation Report will be issued on or around what date?")


def test_a_count_before_a_capitalised_word_names_no_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Rural households in the four Atlantic provinces waited 31 months for service.\n",
    )
    assert not any(card.answer_text == "Atlantic" for card in cards)


def test_a_speaker_with_a_role_before_the_name_is_answered_by_the_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        '"Aid that comes in May comes too late," ORC Head of Office Pieter Vos warned.\n\n'
        "For further information, please contact:\n"
        "Pieter Vos, Head of Office, ORC Riverland, vos@orc.example.org\n",
    )
    [said] = [card for card in cards if card.prompt.startswith("Who said this?")]
    assert said.kind == "name"
    assert said.answer_text == "Pieter Vos"
    assert grade(said, "Vos").accepted


def test_a_pdf_list_item_is_a_paragraph_of_its_own() -> None:
    page = (
        "Key points\n"
        "- Wheat shipments across the strait reached 2.1 million tonnes in the season, a\n"
        "record for the route and well above the forecast made by the ministry in May.\n"
        "- The route now carries one in four tonnes of the country's wheat exports.\n"
    )
    paragraphs = _pdf_paragraphs(page).split("\n\n")
    assert (
        paragraphs[-1]
        == "- The route now carries one in four tonnes of the country's wheat exports."
    )
    assert paragraphs[-2].startswith("- Wheat shipments")


def test_a_garbled_prompt_is_mended_or_left_out_never_drafted(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Buses will run every 8 minutes at peak times, and the trip from end to end will "
        "take 24 minutes, against up to 50 minutes by car today.\n\n"
        "Drones were seen over the terminal on 2 March and again on 19 August.\n",
    )
    prompts = [card.prompt for card in cards]
    assert "How many minutes will the trip from end to end take?" in prompts
    assert not any("every at" in prompt or "and again?" in prompt for prompt in prompts)
    assert not any(prompt.startswith("On and again") for prompt in prompts)


def test_a_name_holding_the_start_of_an_abbreviation_is_no_expansion(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The UN Migration Agency (UNIOM) said on Friday that 4,000 people had left the "
        "port. The International Maritime Organization (IMO) said shipping had resumed.\n",
    )
    prompts = {card.prompt: card.answer_text for card in cards}
    assert "What does UNIOM stand for?" not in prompts
    assert prompts["What does IMO stand for?"] == "International Maritime Organization"


def test_a_hidden_name_keeps_the_and_before_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Independent candidate Marta Solis, a former mayor, won the runoff. In the first "
        "round she won 28.4% and Solis's rival, the conservative senator Pablo Ruiz, 33.9%.\n",
    )
    assert not any(
        " won and " in card.prompt or "won what percentage the" in card.prompt for card in cards
    )
