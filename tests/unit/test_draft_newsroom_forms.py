"""Forms newsrooms outside the bundled seeds write facts in (invented sentences): an amount
in a currency named after it, a masthead's date line, a dateline with the day first, a
paragraph added later with its own "today", a people counted by their country's name, and
a profile's person named by the post they were sworn into."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.grading import grade

_DATED = "Published 2 December 2026\n\n"


def test_an_amount_in_a_currency_named_after_it_is_a_figure(tmp_path: Path) -> None:
    text = (
        _DATED + "The minister inherits a health budget of 247 billion złoty for 2027.\n\n"
        "The audit found that a 1.3-billion-złoty contract had been awarded without a tender.\n\n"
        "The utility will invest 40 million forints in the plant.\n"
    )
    cards = drafted_cards(tmp_path, text)
    budget = card_answering(cards, "247 billion złoty")
    assert budget.kind == "number"
    assert "how much" in budget.prompt
    assert grade(budget, "247bn zloty").accepted
    # The currency is part of the fact: the same figure in another currency is wrong.
    assert not grade(budget, "247 billion euros").accepted
    contract = card_answering(cards, "1.3 billion złoty")
    assert grade(contract, "PLN 1.3 billion").accepted
    assert card_answering(cards, "40 million forints").kind == "number"
    assert_no_give_aways(cards)


def test_a_masthead_date_line_dates_the_story(tmp_path: Path) -> None:
    text = (
        "THE NORTHERN COURIER - Saturday 5 December 2026 - Profile\n\n"
        "The doctor who became minister\n\n"
        "Anna Nowak was sworn in as Minister of Health on Wednesday.\n"
    )
    cards = drafted_cards(tmp_path, text)
    published = card_answering(cards, "2026-12-05")
    # A newspaper's name before the date is no place a story was filed from.
    assert published.prompt == "When was the article published?"
    sworn_in = card_answering(cards, "2026-12-02")
    assert "on what date" in sworn_in.prompt


def test_a_dateline_with_the_day_first_is_the_release_s_date(tmp_path: Path) -> None:
    text = (
        "Government launches home insulation grants\n\n"
        "LISBON, 3 December 2026 - The Ministry of Housing today announced a four-year"
        " programme of grants worth €240 million to insulate older homes.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, "2026-12-03").prompt.endswith("from Lisbon filed?")
    grants = card_answering(cards, "€240 million")
    assert not grants.prompt.startswith("LISBON")


def test_a_paragraph_added_later_counts_its_days_from_its_label(tmp_path: Path) -> None:
    text = (
        "Cargo ship aground off Stroma\n\n"
        "Published Thursday 3 December 2026\n\n"
        "UPDATE, Friday 4 December: The three crew members who had stayed on board were taken"
        " off by the lifeboat at about 10.15am today. Salvors will try to refloat the ship on"
        " Sunday's high tide.\n\n"
        "The cargo ship struck a reef at about 3.40am on Thursday.\n"
    )
    cards = drafted_cards(tmp_path, text)
    taken_off = card_answering(cards, "2026-12-04")
    assert not taken_off.prompt.startswith("UPDATE")
    assert "4 December 2026" in (taken_off.note or "")
    # ("Sunday's high tide" counts from Friday 4 December too: the Sunday after it.)
    assert card_answering(cards, "2026-12-06").prompt == "On what date is the high tide?"
    assert not any(card.prompt.startswith(("UPDATE", "The how many")) for card in cards)


def test_an_update_box_on_a_saved_page_is_part_of_the_story(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ship aground</title>"
        '<meta property="article:published_time" content="2026-12-03T08:47:00+00:00">'
        "</head><body><nav>Home News Sport</nav><article><h1>Ship aground off Stroma</h1>"
        '<aside class="update-box"><p><strong>UPDATE, Friday 4 December:</strong> The last'
        " three crew members were taken off by the Thurso lifeboat at about 10.15am today.</p>"
        "</aside>"
        + "".join(
            f"<p>The cargo ship struck a reef off Stroma at about 3.40am on Thursday, the"
            f" coastguard said in its statement number {n}, adding that fuel was leaking.</p>"
            for n in range(1, 4)
        )
        + '</article><aside class="most-read"><p>Most read: Wick harbour plan</p></aside>'
        "</body></html>"
    )
    cards = drafted_cards(tmp_path, page, name="story.html")
    assert card_answering(cards, "2026-12-04").evidence.startswith("UPDATE, Friday 4 December")
    assert not any("Wick harbour" in (card.evidence or "") for card in cards)


def test_a_people_counted_by_their_country_s_name_is_a_count(tmp_path: Path) -> None:
    text = _DATED + "About 870,000 Poles are on waiting lists for specialist appointments.\n"
    [count] = [card for card in drafted_cards(tmp_path, text) if card.kind == "number"]
    assert count.answer_text == "870,000"
    assert count.prompt.startswith("About how many Poles are on waiting lists")


def test_a_profile_s_person_is_named_by_the_post_they_were_sworn_into(tmp_path: Path) -> None:
    text = (
        _DATED + "When Anna Nowak-Kuś was sworn in as Minister of Health on Tuesday, she"
        " brought a stethoscope.\n\n"
        '"I still do a Saturday clinic once a month," she told reporters.\n\n'
        "Nowak-Kuś, 47, was born in Przemyśl, near the Ukrainian border. She takes over"
        " from Marek Lis, who resigned on 19 November.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert "Who was sworn in as Minister of Health?" in {
        card.prompt for card in cards if card.answer_text == "Anna Nowak-Kuś"
    }
    assert card_answering(cards, "47").prompt == "How old is the new Minister of Health?"
    assert card_answering(cards, "Przemyśl").prompt == "Where was the new Minister of Health born?"
    assert_no_give_aways(cards)


def test_a_level_an_agency_assesses_is_asked_of_what_it_assesses(tmp_path: Path) -> None:
    text = (
        _DATED + "The institute assesses the national risk as HIGH.\n\n"
        "The regional risk is moderate because of frequent cross-border movement.\n\n"
        "The Home Office has raised the threat level to severe.\n"
    )
    cards = drafted_cards(tmp_path, text)
    national = card_answering(cards, "high")
    assert national.prompt == "How does the institute assess the national risk?"
    assert grade(national, "High").accepted
    assert card_answering(cards, "moderate").prompt == "What is the regional risk assessed as?"
    threat = card_answering(cards, "severe")
    assert threat.prompt == "To what level has the Home Office raised the threat level?"


def test_a_name_with_its_kind_set_after_it_is_asked_by_what_it_did(tmp_path: Path) -> None:
    text = (
        _DATED + "The Kestrel Dawn, a 112-metre general cargo vessel owned by a Norwegian"
        " company, struck a reef off the island of Stroma at about 3.40am on Tuesday.\n\n"
        "Northwind Energy, a Danish utility, said on Monday it would close the plant.\n"
    )
    cards = drafted_cards(tmp_path, text)
    ship = card_answering(cards, "Kestrel Dawn")
    assert ship.prompt.startswith("Which cargo vessel struck a reef off the island")
    # Other prompts call it by its kind, the appositive hidden with the name.
    struck = card_answering(cards, "2026-12-01")
    assert struck.prompt.startswith("The cargo vessel struck a reef")
    closing = card_answering(cards, "2026-11-30")
    assert closing.prompt == "The utility said on what date it would close the plant?"
    assert_no_give_aways(cards)


def test_a_date_line_with_the_time_it_was_updated_dates_the_story(tmp_path: Path) -> None:
    text = (
        "Cyber attack on west Wales hospitals: what we know so far\n\n"
        "By Siân Llewellyn, health correspondent\nFriday 4 December 2026, updated 11:40\n\n"
        "Shortly before midnight on Sunday, staff at the hospital in Cardigan found they"
        " could not log in.\n\n"
        "The gang has threatened to publish the data by next Friday.\n\n"
        "Restoring every system could take until Monday evening.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, "2026-12-04").prompt == "When was the article published?"
    # A time set before its clause is asked after it.
    found = card_answering(cards, "2026-11-29")
    assert found.prompt == (
        "Staff at the hospital in Cardigan found they could not log in shortly before"
        " midnight on what date?"
    )
    assert card_answering(cards, "2026-12-11").prompt.startswith("The gang has threatened")
    # What could happen is still to come: the Monday after publication.
    assert card_answering(cards, "2026-12-07").prompt.startswith("Restoring every system")


def test_a_figure_in_a_release_s_highlights_is_asked_from_its_full_sentence(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + "Highlights\n\n- Interim dividend raised by 10.5 per cent to 4.2p per share\n\n"
        "The board has declared an interim dividend of 4.2p per share (2025: 3.8p).\n"
    )
    dividend = card_answering(drafted_cards(tmp_path, text), "4.2p")
    assert dividend.evidence.startswith("The board has declared an interim dividend")


def test_a_saved_live_page_s_date_line_with_its_last_update_dates_it(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Storm live</title>"
        '<meta property="article:published_time" content="2026-12-05T09:15:00+00:00">'
        "</head><body><article><h1>Storm Ingrid live: gusts batter northern Scotland</h1>"
        '<p class="dateline"><time datetime="2026-12-05T16:48:00+00:00">Saturday 5 December'
        " 2026, last updated 16:48 GMT</time></p>"
        + "".join(
            f"<p>The number of homes without electricity has risen to about {n}1,000, the"
            f" network operator said in its update number {n}, adding that crews were out.</p>"
            for n in range(5, 8)
        )
        + "</article></body></html>"
    )
    cards = drafted_cards(tmp_path, page, name="live.html")
    published = card_answering(cards, "2026-12-05")
    assert published.evidence == "Published Saturday 5 December 2026, last updated 16:48 GMT"


def test_a_release_s_place_in_small_letters_and_its_date_make_a_dateline(
    tmp_path: Path,
) -> None:
    text = (
        "ARDMORE PACKAGING GROUP PLC\nResults for the second quarter\n\n"
        "London, Thursday 3 December 2026 - Ardmore Packaging Group plc today announces its"
        " unaudited results for the three months to 31 October 2026.\n\n"
        "- Adjusted operating profit up 11 per cent to £48.3 million\n"
    )
    cards = drafted_cards(tmp_path, text)
    dated = card_answering(cards, "2026-12-03")
    assert dated.evidence == "London, Thursday 3 December 2026"
    assert not any(card.prompt.startswith("London") for card in cards)


def test_a_speaker_s_frame_or_words_are_no_card_of_their_own(tmp_path: Path) -> None:
    text = (
        _DATED + 'Prosecutor Rebecca Ansah told the court: "This was not a business that'
        ' failed."\n\nThe minister, Harriet Okonkwo-Price, said in a statement: "We will study'
        ' the report."\n\nDetective Inspector Marcus Trelawney said: "This sentence reflects the'
        ' misery Viklund-Hayes caused to people who trusted him."\n'
    )
    prompts = [card.prompt for card in drafted_cards(tmp_path, text)]
    assert "Who told the court?" not in prompts
    assert "Who said in a statement?" not in prompts
    assert not any("name of the misery" in prompt for prompt in prompts)


def test_a_committee_report_s_quoted_title_is_asked(tmp_path: Path) -> None:
    text = (
        "COMMITTEE REPORT SUMMARY\n\nCoastal Communities Committee\n\n"
        '"Holding the Line: Paying for Coastal Defences to 2040"\n\n'
        "Fourth Report of Session 2025-27\n\nPublished Tuesday 1 December 2026\n\n"
        "The committee took oral evidence from 47 witnesses across 11 public sessions.\n"
    )
    cards = drafted_cards(tmp_path, text)
    title = card_answering(cards, "Holding the Line: Paying for Coastal Defences to 2040")
    assert title.prompt == "What is the title of the report?"
    assert card_answering(cards, "2026-12-01").prompt == "When was the report published?"


def test_what_lasts_until_a_weekday_lasts_into_the_days_to_come(tmp_path: Path) -> None:
    text = (
        _DATED + "An amber warning covering most of Scotland remains in place until Sunday"
        " lunchtime.\n\nThe road was closed until Monday.\n\n"
        '"Restoring everyone could take until Friday evening."\n\n'
        "The strongest gust has been recorded on the Butt of Lewis, the northern tip of the"
        " Outer Hebrides.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, "2026-12-06").prompt.startswith("An amber warning")
    assert card_answering(cards, "2026-11-30").prompt == "The road was closed until what date?"
    restoring = card_answering(cards, "2026-12-04")
    assert restoring.prompt == "Restoring everyone could take until what date?"
    tip = card_answering(cards, "Butt of Lewis")
    assert tip.prompt == "What is the northern tip of the Outer Hebrides called?"


def test_an_office_s_holder_with_post_nominal_letters_is_asked_by_the_office(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + "The Minister for Defence Procurement, Harriet Okonkwo-Price MP, said in a"
        ' statement that the Government "accepts the central finding".\n'
    )
    prompts = {
        card.prompt
        for card in drafted_cards(tmp_path, text)
        if card.answer_text == "Harriet Okonkwo-Price"
    }
    assert "Who is the Minister for Defence Procurement?" in prompts


def test_a_programme_announced_with_its_name_s_gloss_is_asked_by_its_kind(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + 'The Ministry of Housing today announced Casa Quente ("Warm Home"), a four-year'
        " programme of grants worth €240 million to insulate older homes.\n"
    )
    cards = drafted_cards(tmp_path, text)
    named = card_answering(cards, "Casa Quente")
    assert named.prompt == "What is the programme the Ministry of Housing announced called?"
    # Neither the name nor its translation is left in the other prompts.
    assert not any("Warm Home" in card.prompt for card in cards)
    assert_no_give_aways(cards)


def test_an_answer_s_no_ends_its_sentence_and_a_number_s_does_not() -> None:
    from trainer.core.authoring.article import sentence_spans

    line = "Will it pay? No. The board said it would not. It is Bulletin No. 9 of the year."
    sentences = [line[start:end] for start, end in sentence_spans(line)]
    assert sentences == [
        "Will it pay?",
        "No.",
        "The board said it would not.",
        "It is Bulletin No. 9 of the year.",
    ]


def test_a_party_s_leaning_is_no_kind_and_a_condition_no_part_of_a_thing(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + "The environmentalist Green Coast party climbed from 14 seats to 17.\n\n"
        "Green Coast leader Siim Tõnisson-Aru said his party would join talks.\n\n"
        "Salvors will try to refloat the ship on Sunday's high tide if the weather allows.\n"
    )
    cards = drafted_cards(tmp_path, text)
    prompts = [card.prompt for card in cards]
    assert not any("name of the environmentalist" in prompt for prompt in prompts)
    assert card_answering(cards, "Siim Tõnisson-Aru").prompt == "Who is the Green Coast leader?"
    assert card_answering(cards, "2026-12-06").prompt == "On what date is the high tide?"


def test_what_will_be_paid_is_the_dividend_the_sentence_before_names(tmp_path: Path) -> None:
    text = (
        _DATED + "The board has declared an interim dividend of 4.2p per share. It will be"
        " paid on 29 January 2027 to shareholders on the register on 18 December 2026.\n"
    )
    paid = card_answering(drafted_cards(tmp_path, text), "2027-01-29")
    assert paid.prompt.startswith("The dividend will be paid on what date")
