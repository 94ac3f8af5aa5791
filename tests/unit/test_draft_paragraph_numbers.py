"""An official document's paragraph, section and recommendation numbers are structure
(issue 15): never asked as a figure, never left in a prompt, and the sentence after the
number is drafted as any other. Each test writes its own short document in a different
institution's style, never a benchmark article's lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.paragraph_numbers import numbering_end
from trainer.core.deck import Card

_NUMBERS = ("1.1", "1.2", "2.1", "2.2", "3.1", "4.2.1", "R1", "R2", "12", "4")


def _no_paragraph_number_asked(cards: list[Card]) -> None:
    for card in cards:
        assert card.answer_text not in _NUMBERS, card.prompt
        assert not card.prompt.startswith(("1.", "2.", "3.", "4.", "(", "R1", "R2")), card.prompt
        assert not card.prompt.startswith(("How many The", "How many This")), card.prompt


def test_a_statements_numbered_paragraphs_are_no_figures(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Changes to fishing quotas\nMINISTRY OF FISHERIES AND OCEANS\nMedia statement\n\n"
        "1. Purpose\n\n"
        "1.1 This statement sets out the quota for North Sea cod announced today.\n\n"
        "1.2 The quota for cod will fall by 12 per cent from 1 January 2027.\n\n"
        "2. Exemptions\n\n"
        "2.1 Vessels under 10 metres are not covered by this change.\n\n"
        "2.2 The Ministry expects the cut to save about 4,000 tonnes of cod a year.\n",
    )
    _no_paragraph_number_asked(cards)
    cut = card_answering(cards, "12%")
    assert cut.prompt.startswith("The quota for cod will fall by")
    assert card_answering(cards, "4,000").evidence.startswith("The Ministry expects")
    assert_no_give_aways(cards)


def test_a_three_level_number_and_a_headings_number(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Inspection of Northgate Prison\nHM Inspectorate of Prisons\nInspection report\n\n"
        "4. Safety\n\n4.2 Violence\n\n"
        "4.2.1 Assaults on staff rose to 214 in the year to March 2026.\n\n"
        "4.2.2 The prison held 1,150 men at the time of the inspection.\n",
    )
    _no_paragraph_number_asked(cards)
    assert card_answering(cards, "214").prompt.startswith("Assaults on staff rose to")


def test_a_reports_findings_and_coded_recommendations(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Managing the Rural Roads Fund\nOffice of the Auditor General\nPerformance audit\n\n"
        "Key findings\n\n"
        "1. Spending has overrun. The fund's budget was $410 million in 2022.\n\n"
        "2. Repairs are late. Only 38% of the planned repairs were finished on time.\n\n"
        "Recommendations\n\n"
        "R1. publish a revised programme for the remaining 212 roads by 30 June 2027;\n\n"
        "R2. cut the backlog of urgent repairs by at least 40% by the end of 2028.\n",
    )
    _no_paragraph_number_asked(cards)
    assert card_answering(cards, "212").evidence.startswith("publish a revised programme")
    assert card_answering(cards, "40%")
    assert_no_give_aways(cards)


def test_lettered_items_and_labelled_parts(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Water Services Regulation Notice\nWater Services Regulator\nDetermination\n\n"
        "Section 3: The operator must cut leakage by 15% by March 2028.\n\n"
        "Para 7 The operator was fined €2.5 million for missed targets in 2025.\n\n"
        "Recommendation 4: Customers should receive a rebate of €30 each.\n\n"
        "The Regulator also requires the operator to:\n"
        "(a) replace 600 km of mains by 2030;\n"
        "(b) install 90,000 smart meters.\n",
    )
    for card in cards:
        assert card.answer_text not in {"3", "7", "4"}, card.prompt
        assert not card.prompt.startswith(("Section", "Para", "Recommendation", "(")), card.prompt
    assert card_answering(cards, "€2.5 million")
    assert card_answering(cards, "90,000")


def test_a_law_named_by_its_section_keeps_its_number(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Tariff powers explained\n\n"
        "Section 232 of the Trade Expansion Act of 1962 lets the President restrict imports "
        "that threaten national security, the service said on 3 March 2026.\n",
    )
    assert any("Section 232" in card.prompt or "232" in card.answer_text for card in cards)


def test_a_figure_opening_a_line_is_a_figure(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Floods displace thousands\n\n"
        "1.5 million people were displaced by the floods, the agency said on 3 March 2026.\n\n"
        "12 people died in the worst-hit province, officials said.\n",
    )
    assert card_answering(cards, "1.5 million")
    assert card_answering(cards, "12")


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("1.1 This statement sets out the changes.", "1.1 "),
        ("4.2.1 Assaults rose.", "4.2.1 "),
        ("(iv) the operator must report", "(iv) "),
        ("b) install meters", "b) "),
        ("R3. require a risk register", "R3. "),
        ("Section 4 – Exemptions", "Section 4 – "),
        ("Para 12. The Committee notes", "Para 12. "),
        ("Recommendation 3: The Department should", "Recommendation 3: "),
        ("§ 4.2 Scope", "§ 4.2 "),
        ("12. People who qualify", "12. "),
    ],
)
def test_the_forms_a_paragraph_number_takes(line: str, number: str) -> None:
    assert line[: numbering_end(line)] == number


@pytest.mark.parametrize(
    "line",
    [
        "1.5 million people were displaced.",
        "Section 232 of the Trade Expansion Act applies.",
        "Article 5 requires members to act.",
        "2026 was the warmest year on record.",
        "12 people died.",
        "G7 leaders met in Rome.",
    ],
)
def test_a_sentences_own_number_is_no_paragraph_number(line: str) -> None:
    assert numbering_end(line) == 0


def test_a_bare_number_needs_a_numbered_list() -> None:
    assert numbering_end("12. People who qualify", listed=False) == 0
    assert numbering_end("(a) the operator", listed=False) == len("(a) ")


def test_a_pointer_to_the_documents_own_part_is_no_provision(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Fisheries quota statement\nMINISTRY OF FISHERIES\nMedia statement\n"
        "Lisbon, 3 March 2026\n\n"
        "The exemptions set out in paragraph 4.2 apply to vessels under 10 metres.\n\n"
        "As noted in Section 3, the Ministry expects catches to fall by 8,000 tonnes.\n\n"
        "Boats may land up to 40 tonnes a week (see paragraph 5.1) until 30 June 2026.\n",
    )
    assert not [card for card in cards if card.answer_text.startswith(("Section", "paragraph"))]
    for card in cards:
        assert "Section 3" not in card.prompt and "paragraph" not in card.prompt, card.prompt
    assert card_answering(cards, "8,000").prompt == (
        "The Ministry expects catches to fall by how many tonnes?"
    )


def test_a_provision_of_a_law_is_still_asked(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Tariff powers explained\n\n"
        "The President used Section 301 of the Trade Act of 1974 to impose the duties on "
        "3 March 2026.\n",
    )
    assert any("Section 301" in card.answer_text for card in cards)


def test_a_judgments_bracketed_paragraphs_and_a_treatys_article_headings(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Harbour Board v Northfield Shipping Ltd\nIN THE HIGH COURT OF JUSTICE\nJudgment\n\n"
        "[1] This is an appeal against a fine of £2.4 million imposed by the Harbour Board.\n\n"
        "[2] The vessel ran aground on 14 June 2024 with 23 crew aboard.\n\n"
        "Article 1\nThe Parties agree to share a total catch of 90,000 tonnes of cod.\n",
    )
    for card in cards:
        assert not card.prompt.startswith("["), card.prompt
        assert card.answer_text not in {"Article 1", "1", "2"}, card.prompt
    assert card_answering(cards, "£2.4 million")
    assert card_answering(cards, "90,000")


def test_a_number_after_the_part_it_numbers_is_no_count(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Council extends mission\n\n"
        "The Security Council on 3 March 2026 extended the mission's mandate for 12 months. "
        "Operative paragraph 4 requests a report every 90 days.\n",
    )
    assert not [card for card in cards if card.answer_text == "4"]
    assert card_answering(cards, "90 days")


def test_a_numbered_estimate_is_asked_of_what_is_estimated(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Steel safeguard duties\nMINISTRY OF TRADE\nMedia statement\n\n"
        "6.1 The Ministry estimates the measures will raise about $96 million in their first "
        "full year.\n\n6.2 Steel imports rose 43 per cent in the year to June 2026.\n",
    )
    estimate = card_answering(cards, "$96 million")
    # (not "About how much will the Ministry estimates the measures raise ...?")
    assert estimate.prompt.endswith(
        "the measures will raise about how much in their first full year?"
    )
