"""Patterns of news copy QA round 6 found the drafter missing or garbling (issue 15): each
test writes its own short article in the pattern, never the QA article's sentence, and says
what must not become a card as well as what must."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

# -- figures ----------------------------------------------------------------------------------


def test_a_count_a_passive_verb_acted_on_is_a_card_and_each_clause_asks_its_own(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "At least 12 climbers have died and 37 have been rescued; 5 climbers remain unaccounted "
        "for.\n\nThe club had expected more than 90 to be certified by the spring.\n",
    )
    # The second count borrows the first's noun (find_sibling_counts).
    assert card_answering(cards, "37").prompt == "How many climbers have been rescued?"
    assert card_answering(cards, "12").prompt == "At least how many climbers have died?"
    assert card_answering(cards, "5").prompt.startswith("How many climbers remain")
    assert "how many" in card_answering(cards, "90").prompt.casefold()


def test_the_figure_a_count_rose_from_is_a_card_of_its_own(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "About 48,200 households are now without power, up from 31,500 reported on Monday "
        "evening.\n",
    )
    assert "31,500" in [card.answer_text for card in cards]
    assert "48,200" in [card.answer_text for card in cards]


def test_a_change_to_a_decimal_duration_keeps_its_decimals_and_unit(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, "The average crossing time rose to 6.5 hours in May, officials said.\n"
    )
    card = card_answering(cards, "6.5 hours")
    assert "what.5" not in card.prompt and "how many hours" in card.prompt
    assert "6" not in [c.answer_text for c in cards]


def test_a_range_of_scaled_counts_is_one_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "We estimate that a failed harvest would cut 1.5 million to 2 million tonnes of maize "
        "from the market.\n",
    )
    card = card_answering(cards, "1.5 million to 2 million tonnes")
    assert not card.prompt.startswith("We ")
    assert not {"1.5 million", "2 million"} & {c.answer_text for c in cards}


def test_the_year_a_plan_was_to_be_done_rather_than_now_is_a_card(tmp_path: Path) -> None:
    answers = [
        card.answer_text
        for card in drafted_cards(
            tmp_path, "The last bridge is now due to open in 2034, rather than 2030 as promised.\n"
        )
    ]
    assert {"2034", "2030"} <= set(answers)


def test_the_second_thing_a_spokesperson_reported_is_asked_as_its_own_clause(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        'A spokesperson for the trust said the scheme had "changed lives across the county" '
        "and that 27 clinics were already open.\n",
    )
    assert card_answering(cards, "27").prompt == "How many clinics were already open?"


# -- people -----------------------------------------------------------------------------------


def test_a_body_and_office_before_a_speaker_are_no_part_of_the_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        '"Seed that arrives after the rains is wasted seed," HarvestAid Head of Programmes '
        "Kofi Mensah-Larbi warned.\n",
    )
    assert card_answering(cards, "Kofi Mensah-Larbi").kind == "name"


def test_a_vice_chair_after_a_name_is_a_role(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Priya Anand-Shaw, the council's vice-chair, said the delay was costly.\n",
    )
    assert card_answering(cards, "Priya Anand-Shaw").prompt == "Who is the council's vice-chair?"


def test_a_headteacher_named_after_an_opening_phrase_is_asked_what_she_said(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "At Riverside Academy in Leeds, where half of the pupils have been taught in huts since "
        "the roof failed in March 2024, headteacher Joan Abbey said she had been promised "
        "three different reopening dates.\n",
    )
    answers = [card.answer_text for card in cards]
    assert "Joan Abbey" in answers
    assert card_answering(cards, "Joan Abbey").prompt.startswith("Who said she had been promised")
    # The count is asked where it stands, not of the "where" clause.
    assert "how many" in card_answering(cards, "three").prompt.casefold()
    assert not any(card.prompt.startswith("Where ") for card in cards)


def test_a_brief_names_its_first_author_with_the_others(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Keeping the Lights On: Grid Risk in the Baltic\n"
        "Authors: Dr Ilse Varga and Tomas Lind\n"
        "Published 3 March 2026\n\n"
        "Grid operators reported 14 cable faults in 2025.\n",
    )
    # One rule asks a document's author line (find_document_lines).
    assert (
        card_answering(cards, "Ilse Varga").prompt == "Who is the first-named author of the paper?"
    )


# -- a profile ----------------------------------------------------------------------------------


_PROFILE = (
    "LIMA, Mar 12 (Andes Wire) - Chile's new ambassador to Peru, Rosa Villanueva-Ortiz, says "
    "trade will come first.\n\n"
    "Villanueva-Ortiz, 61, said copper would dominate her first year.\n\n"
    "A career diplomat, she joined the foreign service in 1989 and served as consul general "
    "in Lyon from 2004 to 2008. She was ambassador to Kenya between 2012 and 2016 and, "
    "until her appointment in January, ran the ministry's office of trade promotion.\n\n"
    "Villanueva-Ortiz succeeds Andres Molina-Paz, who served in Lima for four years and has "
    "been appointed Chile's permanent representative in Geneva.\n"
)


def test_a_profile_asks_age_posts_with_their_years_and_the_predecessor(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, _PROFILE, today=dt.date(2027, 3, 20))
    assert (
        card_answering(cards, "Rosa Villanueva-Ortiz").prompt
        == "Who is Chile's new ambassador to Peru?"
    )
    assert card_answering(cards, "61").prompt == "How old is Chile's new ambassador to Peru?"
    assert card_answering(cards, "consul general in Lyon").prompt == (
        "What post did Chile's new ambassador to Peru hold from 2004 to 2008?"
    )
    assert card_answering(cards, "ambassador to Kenya").prompt.endswith("between 2012 and 2016?")
    assert card_answering(cards, "the ministry's office of trade promotion").prompt == (
        "What did Chile's new ambassador to Peru run until her appointment?"
    )
    assert card_answering(cards, "Andres Molina-Paz").prompt == (
        "Whom does Chile's new ambassador to Peru succeed?"
    )
    post = "permanent representative in Geneva"
    assert "predecessor" in card_answering(cards, post).prompt
    # The years of a post are asked with it, not as cards of their own.
    answers = [card.answer_text for card in cards]
    assert not {"2004", "2012 to 2016"} & set(answers)
    assert card_answering(cards, "1989").prompt.endswith("joined the foreign service in what year?")
    served = card_answering(cards, "four years").prompt
    assert served.startswith("Chile's new ambassador to Peru’s predecessor served in Lima")


def test_a_wire_dateline_without_a_year_dates_the_story_up_to_the_drafting_day(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(tmp_path, _PROFILE, today=dt.date(2027, 3, 20))
    appointed = card_answering(cards, "2027-01")
    assert appointed.prompt == "In which month was Chile's new ambassador to Peru appointed?"
    assert "2027 is assumed" in (appointed.note or "")
    # Drafted in February, the March dateline is last year's.
    earlier = drafted_cards(tmp_path, _PROFILE, today=dt.date(2027, 2, 1))
    assert "2026-01" in [card.answer_text for card in earlier]


# -- dates --------------------------------------------------------------------------------------


def test_a_month_and_a_half_of_next_year_resolve_from_the_publication_date(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 9 October 2026\n\n"
        "The board also calls for an audit of the ferry contracts, to report by the end of "
        "March next year.\n\n"
        'The minister said she hoped the line could open "in the second half of next year".\n',
    )
    march = card_answering(cards, "2027-03")
    assert march.kind == "date"
    assert not any(card.answer_text == "2027" for card in cards)
    assert card_answering(cards, "second half of 2027").kind == "text"


def test_what_it_calls_for_is_asked_of_itself(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 9 October 2026\n\n"
        "The panel makes nine recommendations. Chief among them is a new budget line. It also "
        "calls for an inquiry into the tender, to report by the end of May next year.\n",
    )
    assert card_answering(cards, "2027-05").prompt == (
        "An inquiry into the tender is to report by the end of what month?"
    )


def test_a_visit_followed_by_another_is_still_to_come(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 9 October 2026\n\n"
        "The envoy said her first trip would be to Porto, followed by a visit to a shipyard "
        "in Gdansk in February.\n",
    )
    assert "2027-02" in [card.answer_text for card in cards]


def test_a_multiplier_in_words_is_asked_with_what_it_multiplies(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Cargo through the canal reached 41 million tonnes in 2025, nearly twice the volume "
        "of five years earlier.\n",
    )
    card = card_answering(cards, "nearly twice")
    assert (
        card.prompt
        == "Cargo through the canal reached what multiple of the volume of five years earlier?"
    )
    # The years are asked with the multiplier, not as a card of their own.
    assert "five years" not in [c.answer_text for c in cards]


def test_a_run_of_consecutive_years_keeps_its_qualifier(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, "Foreign orders at the plant have fallen for four consecutive years.\n"
    )
    assert card_answering(cards, "four consecutive years").prompt.endswith(
        "how many consecutive years?"
    )


def test_a_count_after_its_owner_and_a_when_clause_asks_how_many(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "When the fisheries pact was signed in Tromso on 3 May 2026, its seven member states "
        "hailed it as a model for the region.\n",
    )
    assert card_answering(cards, "seven").prompt == (
        "When the fisheries pact was signed in Tromso, how many member states hailed it as a "
        "model for the region?"
    )


def test_a_span_of_years_is_no_year_card_and_stays_whole_in_prompts(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, "Average fares rose from $61 in 2017-2019 to $98 in 2022-2024.\n"
    )
    answers = [card.answer_text for card in cards]
    assert not {"2017", "2022"} & set(answers)
    assert card_answering(cards, "$61").prompt == "Average fares rose from how much in 2017-2019?"


def test_part_of_a_year_is_asked_as_written(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, "The new terminal is due to be completed in late 2029.\n")
    assert card_answering(cards, "late 2029").prompt == (
        "The new terminal is due to be completed in which part of which year?"
    )


def test_a_bullet_and_a_cut_dash_aside_are_no_part_of_a_question(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "HIGHLIGHTS\n"
        "- Some 8,400 people have been evacuated from the valley.\n\n"
        "On housing, Mayor Lena Brandt said the city was ready to rehouse families without "
        "papers in the district - around 900 people by the council's count - but wanted "
        '"money that is real, not promised" in return.\n',
    )
    # "Some 8,400 people" asks "How many people" (hedged_questions.py).
    assert card_answering(cards, "8,400").prompt.startswith("How many people")
    assert not any(re.search(r"\s[-–]\s+\w+\?$", card.prompt) for card in cards)
    assert not any(card.prompt.startswith("-") for card in cards)


def test_the_end_month_of_a_span_is_no_date_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The panel surveyed 2,000 farmers between March and June 2026, the ministry said.\n"
        "The results will be published in September 2026.\n",
    )
    answers = [card.answer_text for card in cards]
    assert "2026-06" not in answers
    assert "2026-09" in answers


def test_a_share_told_as_a_ratio_is_one_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, "The port now handles roughly one in four containers bound for the region.\n"
    )
    card = card_answering(cards, "one in four")
    assert card.prompt.endswith("one in how many containers bound for the region?")
    assert "four" not in [c.answer_text for c in cards]


def test_a_date_before_a_description_is_no_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "A relief helicopter began flights from Pemba on 5 March, the only way of reaching the "
        "northern islands.\n",
    )
    assert not any("called" in card.prompt for card in cards)
    assert "March 5" in [card.answer_text for card in cards]


def test_it_is_named_by_the_subject_before_its_first_verb(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The tribunal found that the merged firm would have controlled most of the market. "
        "It also raised concerns about the firm's ownership of three ports.\n",
    )
    assert card_answering(cards, "three").prompt.startswith("The tribunal also raised concerns")


def test_a_post_of_a_named_body_is_a_role_and_a_profile_names_its_person_by_it(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Malawi's new director general of the Roads Authority, Chikondi Banda-Phiri, says "
        "bridges come first.\n\n"
        '"A road without a bridge is a promise," Banda-Phiri said.\n\n'
        "She served as harbour master in Nkhata Bay from 2009 to 2013.\n",
    )
    assert "Who is Malawi's new director general of the Roads Authority?" in [
        card.prompt for card in cards if card.answer_text == "Chikondi Banda-Phiri"
    ]
    assert card_answering(cards, "harbour master in Nkhata Bay").prompt == (
        "What post did Malawi's new director general of the Roads Authority hold from 2009 to 2013?"
    )


def test_a_person_with_no_role_is_not_asked_about_by_a_blank(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        '"We will open the line by spring," Tomas Reyes-Luna said.\n\n'
        "Reyes-Luna, 47, succeeds Ana Morel, who ran the railway for a decade.\n",
    )
    assert not any("…" in card.prompt and "How old" in card.prompt for card in cards)
    assert not any(card.prompt.startswith("Whom does ") and "…" in card.prompt for card in cards)


def test_the_day_an_earlier_figure_was_reported_is_no_date_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 October 2026\n\n"
        "Storms have cut power to about 18,000 homes, up from 9,500 reported on Monday, the "
        "grid operator said on Wednesday.\n",
    )
    answers = [card.answer_text for card in cards]
    assert "2026-09-28" not in answers  # Monday: when the earlier count was told
    assert "2026-09-30" in answers
    assert "9,500" in answers


def test_times_a_figure_is_asked_of_the_subject_before_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Analysts expect maize losses to reach 40,000 tonnes, nearly three times the losses "
        "of the 2023 drought.\n",
    )
    assert card_answering(cards, "three times").prompt == (
        "Analysts expect maize losses to reach nearly how many times the losses of the 2023 "
        "drought?"
    )


def test_two_posts_in_one_sentence_each_keep_their_years(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "LIMA, Dec 3 (Andes Wire) - Peru's chief negotiator, Ana Quispe-Rojas, says talks "
        "resume next week.\n\n"
        "A former economist, she served as consul in Osaka from 2011 to 2014 and was deputy "
        "trade minister between 2016 and 2019. Until her appointment in May, she ran the "
        "ministry's Asia department.\n",
        today=dt.date(2026, 12, 6),
    )
    prompts = {card.answer_text: card.prompt for card in cards}
    assert prompts["deputy trade minister"].endswith("hold between 2016 and 2019?")
    assert prompts["consul in Osaka"].endswith("hold from 2011 to 2014?")
    assert "2016 to 2019" not in prompts
    assert prompts["the ministry's Asia department"].endswith("run until her appointment?")
    assert prompts["2026-05"] == "In which month was Peru's chief negotiator appointed?"
