"""Patterns of news copy QA round 3 found the drafter missing or garbling (issue 15): each
test writes its own short article in the pattern, never the QA article's sentence, and says
what must not become a card as well as what must."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards

from trainer.core.deck import Card


def _asked(cards: list[Card]) -> dict[str, str]:
    return {card.prompt: card.answer_text for card in cards}


def test_a_possessive_before_an_office_names_its_holder_and_he_said_is_that_holder(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Floods closed 40 roads on Monday, said Tom Baker, the chief of the county fire "
        "service.\n\nOntario's Minister of Roads and Bridges, Paul Drummond, said repairs "
        'would take a year.\n\n"Nobody will be left stranded on my watch," he said.\n',
    )
    asked = _asked(cards)
    assert asked["Who is Ontario's Minister of Roads and Bridges?"] == "Paul Drummond"
    [quote] = [card for card in cards if "left stranded" in card.prompt]
    assert quote.answer_text == "Paul Drummond"  # not Tom Baker, named first


def test_a_lower_case_office_after_a_possessive_and_its_quote(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        '"The trial met every goal we set for it," Norvia\'s head of clinical development, '
        "Dr. Lena Berg, told analysts on a call.\n",
    )
    asked = _asked(cards)
    assert asked["Who is Norvia's head of clinical development?"] == "Lena Berg"
    [quote] = [card for card in cards if card.id.startswith("quote")]
    assert quote.answer_text == "Lena Berg"


def test_a_lower_case_role_after_a_body_before_a_name_and_the_later_partial_quote(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Met Eireann hydrologist Ciara Walsh said rivers had risen 2 metres. Ms Walsh "
        'described the forecast as "wet but improving".\n',
    )
    asked = _asked(cards)
    assert asked["Who is the Met Eireann hydrologist?"] == "Ciara Walsh"
    # The later partial quote is asked of her by role: how she described the forecast.
    assert asked["How did the Met Eireann hydrologist describe the forecast?"] == (
        "wet but improving"
    )


def test_a_role_before_a_name_after_a_day_is_no_body_and_a_bare_role_no_card(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(tmp_path, "On Monday analyst John Smith said costs rose 4%.\n")
    assert not [card for card in cards if card.id.startswith("person")]


def test_a_role_at_a_body_in_a_city_after_the_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        '"Margins are thin and getting thinner," said Omar Haddad, a strategist at Kestrel '
        "Partners in Dubai.\n",
    )
    assert _asked(cards)["Who is the strategist at Kestrel Partners in Dubai?"] == "Omar Haddad"


def test_a_range_of_money_percentages_or_a_count_is_one_card_with_no_end_in_the_prompt(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Vela Foods expects revenue of €4.5 billion to €4.9 billion next year. Brokers see "
        "margins of 11 to 13 per cent. The charity expects between 20,000 and 25,000 "
        "visitors. Prices rose from 5 to 7 per cent.\n",
    )
    asked = _asked(cards)
    assert (
        asked["Vela Foods expects revenue of how much next year?"] == "€4.5 billion to €4.9 billion"
    )
    assert asked["Brokers see margins of what percentage?"] == "11 to 13 per cent"
    assert asked["The charity expects how many visitors?"] == "20,000 to 25,000"
    answers = list(asked.values())
    # No card asks one end with the other in its prompt.
    for end in ("€4.5 billion", "€4.9 billion", "13%", "25,000", "20,000"):
        assert end not in answers
    # "rose from 5 to 7 per cent" is a change: the new figure is asked, not a range.
    assert "7%" in answers and "5 to 7 per cent" not in answers


def test_a_range_card_grades_the_range_typed_in_any_common_form(tmp_path: Path) -> None:
    from trainer.core.grading import grade

    cards = drafted_cards(tmp_path, "Analysts see peak sales of $2.2 billion to $2.6 billion.\n")
    [card] = [card for card in cards if card.answer_text == "$2.2 billion to $2.6 billion"]
    for typed in ("$2.2bn to $2.6bn", "$2.2-2.6 billion", "between 2.2 and 2.6 billion"):
        assert grade(card, typed).verdict == "correct", typed
    for typed in ("$2.2 billion", "$2.2-2.7 billion", "£2.2-2.6 billion"):
        assert grade(card, typed).verdict == "wrong", typed


def test_a_conversion_in_brackets_is_accepted_on_the_one_card_and_hidden_from_its_prompt(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Net profit rose to €96 million (£82 million) in the half. Storms flattened 3.2 "
        "million hectares (7.9 million acres) of crops. A landslide 8km (5 miles) from the "
        "port cut the railway.\n",
    )
    by_answer = {card.answer_text: card for card in cards}
    assert by_answer["€96 million"].accept == ("£82 million",)
    assert by_answer["3.2 million"].accept == ("7.9 million acres",)
    assert by_answer["8 km"].accept == ("5 miles",)
    assert by_answer["8 km"].prompt == "A landslide how many km from the port cut the railway?"
    # The conversion is no card of its own, and no prompt shows either figure.
    assert not {"£82 million", "7.9 million", "5"} & set(by_answer)
    for card in cards:
        assert "(" not in card.prompt


def test_a_figure_with_a_unit_symbol_is_asked_with_its_unit(tmp_path: Path) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "Volunteers received a 250 mg tablet each day. Blood volume fell by 90 mL at "
            "week 12. The town had 48mm of rain overnight.\n",
        )
    )
    assert asked["Volunteers received a tablet of how many mg each day?"] == "250 mg"
    assert asked["Blood volume fell by how many mL at week 12?"] == "90 mL"
    assert asked["The town had how many mm of rain overnight?"] == "48 mm"
    assert "250" not in asked.values()  # not a count "how many mg tablet"


def test_a_change_to_a_bare_figure_asks_the_new_value(tmp_path: Path) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "The relapse rate fell to 0.22 in the treated group, from 0.61 among those on "
            "placebo.\n",
        )
    )
    assert asked == {"The relapse rate fell to what in the treated group?": "0.22"}


def test_counts_next_to_a_model_a_pronoun_a_statistic_or_a_scale(tmp_path: Path) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "The navy ordered 12 Saab Gripen E fighters. Of 90 ships at sea, 14 of them "
            "flew foreign flags. Traffic grew 4% to 11.6 billion. Police logged 410 thefts, "
            "against a ten-year average of about 260. Measles was found in two schools. "
            "The two sides met in Oslo.\n",
        )
    )
    answers = set(asked.values())
    assert {"12", "14", "11.6 billion", "260", "two"} <= answers
    assert "ten years" not in answers  # the average's period is no fact of its own
    assert [p for p, a in asked.items() if a == "two"] == ["Measles was found in how many schools?"]


def test_a_size_made_an_adjective_asks_about_its_whole_noun_in_the_right_number(
    tmp_path: Path,
) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "Nurses accepted a three-year wage agreement in June. Doctors worked 14-hour "
            "shifts all winter. The 10-day festival starts soon.\n",
        )
    )
    assert asked["How long was the wage agreement?"] == "three years"
    assert asked["How long were the shifts?"] == "14 hours"
    assert asked["How long is the festival?"] == "10 days"  # never "the festival starts"


def _dated(body: str) -> str:
    return f"Story\n\nBy A. Writer | Feb 9, 2026\n\n{body}\n"


def test_is_set_to_by_a_date_is_the_next_such_date(tmp_path: Path) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            _dated("The regulator is set to rule on the firm's new pill, zelcor, by March 20."),
        )
    )
    assert "2026-03-20" in asked.values()  # not the March 20 before the article


def test_a_wire_dateline_is_never_in_a_prompt(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _dated(
            "OSLO, Monday 9 February 2026 -- Norvia Foods said on Monday it would shut "
            "4 plants.\n\nBERGEN -- Profits fell 12%."
        ),
    )
    assert cards
    for card in cards:
        assert "OSLO" not in card.prompt and "BERGEN" not in card.prompt, card.prompt
    assert "2026-02-09" in _asked(cards).values()


def test_a_month_or_quarter_without_a_year_is_read_from_the_publication_date(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        _dated(
            "The agency cut aid in half in November. The firm will report results in May. "
            "The firm plans to open a plant in the fourth quarter. The monsoon normally ends in "
            'September. "We saw it coming in June," she said.'
        ),
    )
    by_answer = {card.answer_text: card for card in cards}
    assert by_answer["2025-11"].kind == "date"  # past: the November before February 2026
    assert by_answer["2026-05"].kind == "date"  # future: the next May
    quarter = by_answer["the fourth quarter of 2026"]
    assert quarter.prompt == "The firm plans to open a plant in which quarter?"
    assert "published in February 2026" in (quarter.note or "")
    assert by_answer["September"].prompt == "The monsoon normally ends in which month?"
    assert not {"2025-06", "2026-06", "June"} & set(by_answer)  # a month inside a quotation


def test_this_year_a_possessive_weekday_and_through_a_day_make_no_garbled_card(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        _dated(
            "Sales will rise 4% this year. The firm was worth $2 billion at Friday's close. "
            "Shares had fallen 9% in the year through Wednesday."
        ),
    )
    asked = _asked(cards)
    assert "2026" not in asked.values()  # "this year" asks only the article's own year
    assert "2026-02-06" not in asked.values()  # "Friday's close" times a price, no event
    for prompt in asked:
        assert "on what date's" not in prompt and "through on what date" not in prompt


def test_a_figure_inside_a_quotation_is_asked_as_its_speakers_words(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        '"Demand is strong, and our autumn timetable is already 64% booked," Chief '
        'Executive Officer Ruth Allen said.\n\n"We have fuel for about 40 days," said '
        "Omar Reyes, the port's operations director.\n",
    )
    asked = _asked(cards)
    assert (
        asked[
            "The Chief Executive Officer said: “Our autumn timetable is already what "
            "percentage booked”?"
        ]
        == "64%"
    )
    assert asked[
        "The port's operations director said: “We have fuel for about how many days”?"
    ] == ("40 days")
    for prompt in asked:
        assert not prompt.startswith(("We ", "Our ", "…")), prompt


def test_a_prompt_opening_on_it_or_they_names_the_subject_before_or_goes(
    tmp_path: Path,
) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "The storm struck at dawn. It was followed by 30 hours of rain.\n\nDemand was "
            "weak. They expect to cut 400 jobs.\n",
        )
    )
    assert asked["The storm was followed by how many hours of rain?"] == "30 hours"
    assert "400" not in asked.values()  # "They" stands for no one the text named
    for prompt in asked:
        assert not prompt.startswith(("It ", "They ")), prompt


def test_a_prompt_holding_the_end_of_a_quotation_without_its_start_is_no_card(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        _dated(
            '"We are well placed for the winter, which gives us some room," said Chief '
            "Financial Officer Ana Diaz, who joined from Iberia last year."
        ),
    )
    for card in cards:
        assert card.prompt.count("”") <= card.prompt.count("“"), card.prompt
        assert '," said' not in card.prompt, card.prompt


def test_a_trial_named_by_a_code_and_an_aim_without_its_time(tmp_path: Path) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "The phase 2 HALO-7 trial enrolled 310 patients. The navy sent ships to help "
            "evacuate stranded tourists on Sunday.\n",
        )
    )
    assert asked["What is the name of the phase 2 trial?"] == "HALO-7"
    assert "evacuate stranded tourists" in asked.values()  # not "... tourists on Sunday"
    assert "The phase 2 trial enrolled how many patients?" in asked


def test_a_reporting_period_and_a_pair_of_months_are_no_cards(tmp_path: Path) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            _dated(
                "Profit rose to $80 million in the three months through December. The "
                "festival falls between holidays in May and August."
            ),
        )
    )
    assert "three months" not in asked.values()
    assert not {"2025-05", "2026-05", "May"} & set(asked.values())


def test_speakers_with_a_particle_or_a_lower_case_role_and_its_after_the_name_of_a_body(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        '"We had no choice," said Anna van Dijk, the union\'s chief negotiator.\n\n"It is '
        'a manageable hit," Nordbank economist Lars Holm said.\n\nThe Port of Gdansk '
        "Authority said 30 ships were waiting. Its chief executive, Ewa Nowak, said costs "
        "rose 4%.\n",
    )
    asked = _asked(cards)
    assert {card.answer_text for card in cards if card.id.startswith("quote")} == {
        "Anna van Dijk",
        "Lars Holm",
    }
    assert asked["Who is the Port of Gdansk Authority’s chief executive?"] == "Ewa Nowak"


def test_a_size_before_a_noun_and_an_irregular_verb_and_a_range_of_points(
    tmp_path: Path,
) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "Talks on a new two-year contract broke down. Rates rose by 0.25 percentage points "
            "to 4.5 per cent. Growth could slow by 0.3 to 0.5 "
            "percentage points.\n",
        )
    )
    assert asked["How long was the contract?"] == "two years"
    assert "0.3 to 0.5 percentage points" in asked.values()
    assert {"0.25", "4.5%"} <= set(asked.values())  # "by X to Y" there is a change


def test_a_sentence_opening_between_a_range_an_amount_in_ringgit_and_tripled_to(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "The Ministry of Health pledged RM40 million (US$9 million) after cases tripled to "
        "2,400 in May. Between 30% and 35% of cases are children, the ministry's head of "
        "surveillance, Dr. Tan Mei Ling, said.\n",
    )
    by_answer = {card.answer_text: card for card in cards}
    assert by_answer["RM40 million"].accept == ("US$9 million",)
    assert "US$9 million" not in by_answer  # the conversion is no card of its own
    assert "30% to 35%" in by_answer and not {"30%", "35%"} & set(by_answer)
    assert "2,400" in by_answer
    # The ministry is a card of its own (it pledged the money, and the story comes back to
    # it), so the role's card calls it by its kind.
    assert by_answer["Tan Mei Ling"].prompt == "Who is the ministry’s head of surveillance?"
    assert by_answer["Ministry of Health"].prompt.startswith("Which ministry pledged")


def test_the_judge_said_is_the_one_judge_and_the_company_said_is_no_one(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        'Judge Ana Ruiz fined the firm €2 million for the spill. "This was a choice, not an '
        'accident," the judge said. "We will appeal the ruling," the company said.\n',
    )
    quotes = {card.prompt: card.answer_text for card in cards if card.id.startswith("quote")}
    assert list(quotes.values()) == ["Ana Ruiz"]


def test_until_a_month_after_a_present_perfect_and_a_range_before_a_noun(
    tmp_path: Path,
) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            _dated(
                "Fishing has been banned until September. Tests found 8 to 11 milligrams "
                "per litre. Staff were cut by 200 to 1,800 workers."
            ),
        )
    )
    assert "2026-09" in asked.values()  # still to come, not the September before
    assert "8 to 11" in asked.values()
    assert "200 to 1,800" not in asked.values()  # "cut by X to Y" is a change


def test_a_bare_corporate_title_takes_the_company_the_sentence_opens_with(
    tmp_path: Path,
) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "Velora said sales rose 8%. Velora plans to open 40 stores next year, Chief "
            "Executive Dana Frost said. Rival Kestrel cut 200 jobs. Velora shares rose 2%.\n\n"
            "Revenue climbed 5%, Chief Financial Officer Omar Reyes said.\n",
        )
    )
    assert asked["Who is Velora’s Chief Executive?"] == "Dana Frost"
    # "Revenue" opens its sentence but is no company: the title stays as written.
    assert asked["Who is the Chief Financial Officer?"] == "Omar Reyes"


def test_which_after_a_list_is_the_whole_list_and_a_present_tense_month_is_to_come(
    tmp_path: Path,
) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            _dated(
                "Arcon competes with Vela, Norda and Kite, which together hold 70% of the "
                "market. Construction begins in January. He said the plant would make "
                "3-nanometre chips, which are 12% faster than rivals."
            ),
        )
    )
    assert asked["Vela, Norda and Kite together hold what percentage of the market?"] == "70%"
    assert asked["Construction begins in which month?"] == "2027-01"
    assert "12%" in asked.values()
    for prompt in asked:
        assert "would make chips are" not in prompt, prompt


def test_unnamed_sources_and_a_period_a_figure_is_counted_over_are_no_cards(
    tmp_path: Path,
) -> None:
    asked = _asked(
        drafted_cards(
            tmp_path,
            "The Commission is preparing duties of 20% on steel, three people familiar with "
            "the matter said, after imports rose 31% in the first nine months of the year.\n",
        )
    )
    assert {"20%", "31%"} <= set(asked.values())
    assert not {"three", "nine months"} & set(asked.values())
    for prompt in asked:
        assert "familiar with the matter …?" not in prompt


def test_a_place_after_the_date_line_a_shilling_code_and_a_joining_word_opening_a_prompt(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Maize hits record\n\nPublished 20 July 2026 · Nairobi\n\nThe drought agency in "
        "the arid north of the country needs KSh 9 billion ($70 million) over the next six "
        "months to feed herders, the agency's head said, but has received only a quarter of "
        "that. But the short season typically brings only 30% of rainfall.\n",
    )
    asked = _asked(cards)
    # The date line dates the page: asked only as the article's own date.
    assert [prompt for prompt, answer in asked.items() if answer == "2026-07-20"] == [
        "When was the article published?"
    ]
    assert "KSh 9 billion" in asked.values()
    assert "a quarter" not in asked.values()  # "But has received ..." has lost its subject
    assert "The short season typically brings only what percentage of rainfall?" in asked


def test_said_a_lower_case_role_then_the_name_a_comparative_multiplier_and_a_temperature(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        '"Protection buys the reefs time," said lead author Dr Nia Obi, a marine ecologist at '
        "the University of Hull. Protected reefs recovered 2.5 times faster than others. Sea "
        "temperatures reached a record 21.3C. Co-author Professor Sam Reed, of Deakin "
        "University, agreed.\n",
    )
    asked = _asked(cards)
    assert [c.answer_text for c in cards if c.id.startswith("quote")] == ["Nia Obi"]
    assert "2.5 times" in asked.values()
    assert asked["Sea temperatures reached a record how many degrees?"] == "21.3C"
    assert "Sam Reed" not in asked.values()  # "Co-author Professor" is a bare title
