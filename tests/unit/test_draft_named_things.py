"""Names of things stated plainly, with no role word or figure beside them (issue 15): a
place, a body or company, a ship, an exercise, a thing named after its kind. Each test
writes its own short article in the pattern, never a benchmark article's sentence, and says
what must not become a card as well as what must."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.cut_remains import lost_a_word


def test_a_place_with_a_kind_word_after_at_is_asked_which(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The drill will be run by 12 Signal Regiment from a forward camp at Tarbet "
        "Barracks, the army said.\n\n"
        "Pupils will move to Ashgrove Junior School, three miles away.\n",
    )
    barracks = card_answering(cards, "Tarbet Barracks")
    assert "which barracks" in barracks.prompt
    assert "Tarbet" not in barracks.prompt
    school = card_answering(cards, "Ashgrove Junior School")
    assert "which school" in school.prompt
    assert_no_give_aways(cards)


def test_a_body_named_with_of_or_for_is_asked_whole(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The shipowner said it would appeal to the 9th U.S. Circuit Court of Appeals.\n\n"
        "Parents said they would write to the Department for Rural Affairs asking it to "
        "act.\n",
    )
    court = card_answering(cards, "9th U.S. Circuit Court of Appeals")
    assert court.prompt.endswith("which court?")
    assert "which department" in card_answering(cards, "Department for Rural Affairs").prompt


def test_a_month_or_weekday_after_a_place_is_no_part_of_its_name(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, "An open day will be held at Carrick Air Base on Saturday.\n")
    assert "Carrick Air Base" in [card.answer_text for card in cards]


def test_a_company_by_its_legal_form_after_with(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The health service signed a €48 million contract with Norrvik Medical AB for "
        "new scanners.\n",
    )
    company = card_answering(cards, "Norrvik Medical AB")
    assert "which company" in company.prompt
    # The amount's card no longer shows the company it would give away.
    money = card_answering(cards, "€48 million")
    assert "Norrvik" not in money.prompt


def test_a_ship_by_its_prefix_is_asked_what_it_does(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Six frigates will take part, while HMS Thornbury will act as the fleet's "
        "supply ship.\n\nHMS Thornbury will leave Plymouth on 3 May 2026.\n",
    )
    ship = card_answering(cards, "HMS Thornbury")
    assert ship.prompt == "Which ship will act as the fleet's supply ship?"
    # Other prompts call it "the ship", never by name.
    assert all("Thornbury" not in card.prompt for card in cards)


def test_a_named_exercise_is_asked_once_and_called_the_exercise_elsewhere(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Exercise Iron Lantern, the navy's largest winter drill, will begin on 2 March "
        "2026.\n\nExercise Iron Lantern was last held in 2019.\n",
    )
    exercise = card_answering(cards, "Exercise Iron Lantern")
    assert exercise.prompt == "What is the name of the exercise?"
    assert sum(card.answer_text == "Exercise Iron Lantern" for card in cards) == 1
    year = card_answering(cards, "2019")
    assert year.prompt.startswith("The exercise was last held")


def test_a_thing_named_after_its_kind_and_the(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Inspectors said the ferry, the Morning Tern, had sailed with a faulty door.\n",
    )
    ferry = card_answering(cards, "Morning Tern")
    assert ferry.prompt == "What is the ferry called?"


def test_a_company_as_an_owner_s_parent_and_advisers(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Shares in Kestrel's owner, Oslo-listed Fjellnes Holdings, fell 4%.\n\n"
        "Lindqvist Partners is advising Kestrel, while Harbour Street Capital is advising "
        "the buyer.\n",
    )
    assert "Kestrel's owner?" in card_answering(cards, "Fjellnes Holdings").prompt
    assert card_answering(cards, "Lindqvist Partners").prompt == "Who is advising Kestrel?"


def test_places_with_no_kind_word_only_where_the_phrase_says_place(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The firm, which is based in Ghent, makes about 400 boats a year.\n\n"
        "Airlines began rerouting flights to Lyon and Turin after the strike.\n\n"
        "The bus link to Marsh Green will open next year.\n\n"
        "Oil leaked into the Tavy estuary.\n\n"
        "Norland Gas has closed its Skerry processing plant.\n",
    )
    assert card_answering(cards, "Ghent").prompt == "Where is the firm based?"
    assert "to where" in card_answering(cards, "Lyon and Turin").prompt
    assert card_answering(cards, "Marsh Green").prompt == "Where does the bus link run to?"
    assert "which estuary" in card_answering(cards, "Tavy estuary").prompt
    assert "which processing plant" in card_answering(cards, "Skerry").prompt
    assert_no_give_aways(cards)


def test_no_card_on_a_place_that_is_part_of_a_person_s_role(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The study was led by researchers at Tallis University and published in May "
        "2026.\n\n"
        "Dr Amara Quist, head of surgery at Brennan Memorial Hospital, said 40 patients "
        "were treated.\n",
    )
    answers = [card.answer_text for card in cards]
    # Who led a study is a fact of the study's own (find_named_in_passing.py), asked once.
    assert answers.count("Tallis University") == 1
    assert card_answering(cards, "Tallis University").prompt == (
        "Researchers at which university led the study?"
    )
    assert "Brennan Memorial Hospital" not in answers
    # The role keeps its body: the person's card still names it.
    assert any("Brennan Memorial Hospital" in card.prompt for card in cards)


def test_no_card_on_common_nouns_or_a_lone_kind_word(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The money will go to the Fund next year.\n\n"
        "Delegates met at the World Trade Organization conference in the city.\n\n"
        "The plant will close in March 2027 and its Monday shift ends.\n",
    )
    answers = [card.answer_text for card in cards]
    assert "Fund" not in answers
    assert "World Trade Organization" not in answers
    assert "Monday" not in answers


def test_a_prompt_a_hidden_answer_left_without_a_word_is_dropped() -> None:
    assert lost_a_word("Will be shared with partners under agreements signed in what year?")
    assert lost_a_word("Since the season began on compared with an average of how many?")
    assert not lost_a_word("The petition was handed in at the town hall in which month?")
    assert not lost_a_word("Contractors moved on to the site on what date?")
    assert not lost_a_word("Will the council vote on the plan?")


def test_the_end_of_a_reporting_period_is_no_date_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Sales rose 4% in the three months to 30 June 2026, the company said.\n\n"
        "The company will report again on 14 October 2026.\n",
    )
    answers = [card.answer_text for card in cards]
    assert "2026-06-30" not in answers
    assert "2026-10-14" in answers


def test_a_quotation_told_on_with_but_is_one_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        'Cllr Ruth Amberley, the council leader, spoke first. "No one here wants '
        'higher fares," she said. "But the buses cannot run on goodwill."\n\n'
        '"We will keep the night service," Ms Amberley said.\n',
    )
    quotes = [card for card in cards if card.prompt.startswith("Who said this?")]
    assert len(quotes) == 1
    assert not any("goodwill" in card.prompt for card in cards)
    # (her second quotation is asked for what it says: test_draft_quoted_claims.py)
    assert any(card.answer_text == "the night service" for card in cards)


def test_a_bullet_and_a_doubled_article_are_tidied_away() -> None:
    from trainer.core.authoring.cut_remains import tidied

    assert tidied("- The board has how many members?") == "The board has how many members?"
    assert tidied("The the chief engineer said what?") == "The chief engineer said what?"
    assert tidied("Theft at the theatre rose how much?") == "Theft at the theatre rose how much?"


def test_where_an_event_is_held(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Ministers agreed a text on 9 June 2026 for the summit in Windhoek.\n\n"
        "The hearing in March will decide the appeal.\n",
    )
    assert card_answering(cards, "Windhoek").prompt == "Where is the summit?"
    assert "March" not in [card.answer_text for card in cards]


def test_ships_named_together_are_one_answer_and_a_name_given_is_asked_what(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "The new boats will replace RFA Wave Knight and RFA Wave Ruler in 2030.\n\n"
        "The first, to be named RFA Tidespring Two, will sail in 2032.\n",
    )
    pair = card_answering(cards, "RFA Wave Knight and RFA Wave Ruler")
    assert "which ships" in pair.prompt
    named = card_answering(cards, "RFA Tidespring Two")
    assert named.prompt.endswith("named what?")


def test_an_operation_s_name_is_not_read_as_a_kind_then_a_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The cuts follow Operation Long Reach, a review carried out in 2025.\n",
    )
    operation = card_answering(cards, "Operation Long Reach")
    assert operation.prompt == "What is the name of the operation?"
