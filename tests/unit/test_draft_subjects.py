"""A proper name as the subject of what a story says (issue 15): the board that acted, the
pact that was signed, the programme set up, the office a brief recommends. Each test writes
its own short article, never a benchmark article's sentence, and says what must not become
a card as well as what must."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.giveaway_tails import without_giveaway_tail


def test_a_body_opening_the_sentence_is_asked_by_its_kind_and_hidden_elsewhere(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "The Harbour Safety Board banned night pilotage in the outer harbour, ending a "
        "nine-month inquiry.\n\n"
        "The board said 14 pilots had been retrained since the inquiry began.\n",
    )
    board = card_answering(cards, "Harbour Safety Board")
    assert board.prompt == "Which board banned night pilotage in the outer harbour?"
    assert board.evidence and board.evidence.startswith("The Harbour Safety Board banned")
    # The other cards name it by its kind, never by the answer.
    assert all("Harbour Safety" not in card.prompt for card in cards)
    assert_no_give_aways(cards)


def test_a_body_named_once_in_passing_is_no_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The Harbour Safety Board banned night pilotage in the outer harbour on 3 March "
        "2026.\n\n"
        "Pilots said 14 pilots had been retrained since the ban.\n",
    )
    assert not [card for card in cards if card.answer_text == "Harbour Safety Board"]


def test_a_pact_in_a_clause_of_time_and_a_scheme_by_how_it_began(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "When the Lakeside Water Compact was signed in Orvel in 2019, its four members "
        "promised to share river data.\n\n"
        "The compact has since been joined by two more states.\n\n"
        "Officials said the Clean Wells Scheme, created in 2020 to test village wells, had "
        "tested 900 wells. The scheme will end next year.\n",
    )
    compact = card_answering(cards, "Lakeside Water Compact")
    assert compact.prompt.startswith("Which compact was signed in Orvel")
    scheme = card_answering(cards, "Clean Wells Scheme")
    assert scheme.prompt.startswith("Which scheme was created")
    assert "test village wells" in scheme.prompt
    assert_no_give_aways(cards)


def test_a_recommendation_to_set_up_a_named_office_asks_which_office(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Recommendations\n\n"
        "1. Establish a Regional Flood Warning Office, run by the river authorities, to "
        "share gauge readings.\n\n"
        "The office would cost about $9 million a year.\n",
    )
    office = card_answering(cards, "Regional Flood Warning Office")
    assert office.prompt == "Which office should be established to share gauge readings?"


def test_a_person_or_a_name_without_a_kind_word_is_no_subject_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Maria Okonjo announced the ban on Monday. Maria Okonjo said it was overdue.\n\n"
        "Bluewater Tern announced 40 job cuts. Bluewater Tern said the cuts were final.\n",
    )
    assert not [card for card in cards if card.prompt.startswith("Which")]


def test_a_closing_phrase_that_gives_another_card_away_goes_not_the_card() -> None:
    def names_may(prompt: str) -> bool:
        return "May" in prompt

    shorter = without_giveaway_tail(
        "The agency said it had inspected how many farms by the end of May?", names_may
    )
    assert shorter == "The agency said it had inspected how many farms?"
    # The phrase holding the question stays, and so nothing is cut.
    assert without_giveaway_tail("In May the agency inspected how many farms?", names_may) is None


def test_a_documents_masthead_names_its_publisher_and_first_author(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Keeping the Lights On: Grid Storage in Small Island States\n\n"
        "Harbourside Institute for Energy | Research Paper No. 4\n\n"
        "Authors: Dr Ana Ruiz and Tom Vale\n\n"
        "Island grids lost power for 41 hours a year on average in 2025.\n\n"
        "The Harbourside Institute for Energy is based in Valletta.\n",
    )
    publisher = card_answering(cards, "Harbourside Institute for Energy")
    assert publisher.prompt == "Which organisation published the research paper?"
    author = card_answering(cards, "Ana Ruiz")
    assert author.prompt == "Who is the first-named author of the research paper?"
    assert author.evidence == "Authors: Dr Ana Ruiz and Tom Vale"
    # The place card calls the publisher by its kind.
    assert card_answering(cards, "Valletta").prompt == "Where is the institute based?"
    assert_no_give_aways(cards)


def test_a_news_byline_is_no_author_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Island grids strained by heat\n\nBy Ana Ruiz, Energy Correspondent\n\n"
        "Island grids lost power for 41 hours a year on average in 2025.\n",
    )
    assert not [card for card in cards if card.answer_text == "Ana Ruiz"]


def test_a_clause_of_time_whose_main_clause_is_about_the_thing_asks_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "When the Northern Rail Accord was signed in Tarvik on 3 May 2025, its seven member "
        "railways presented it as a timetable deal.\n",
    )
    accord = card_answering(cards, "Northern Rail Accord")
    assert accord.prompt == "Which accord was signed in Tarvik?"
    members = card_answering(cards, "seven")
    # The clause of time is not taken for the question: the count is still asked.
    assert "how many" in members.prompt
    assert_no_give_aways(cards)


def test_whose_bid_a_regulator_blocked_is_asked_without_the_figure(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The regulator has blocked Tallis Holdings' $2.4 billion bid for rival grocer "
        "Fenmore.\n\n"
        "The company said it would appeal.\n",
    )
    owner = card_answering(cards, "Tallis Holdings")
    assert owner.prompt == "The regulator has blocked which company’s bid for rival grocer Fenmore?"
    amount = card_answering(cards, "$2.4 billion")
    assert "the company’s" in amount.prompt and "Tallis" not in amount.prompt
    assert_no_give_aways(cards)


def test_where_a_site_is_is_no_kind_of_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Crews moved on to the site above Loch Arran on 4 June 2026.\n",
    )
    assert not [card for card in cards if card.answer_text == "Loch Arran"]
    assert not [card for card in cards if "name of the site" in card.prompt]
