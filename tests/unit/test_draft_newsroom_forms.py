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
