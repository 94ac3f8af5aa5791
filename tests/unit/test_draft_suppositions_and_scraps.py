"""What no card asks (invented sentences): a figure a clause only supposes ("If rates move by
even one per cent"), and a quotation that hiding other cards' answers cut to a scrap."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards

_DATED = "Published 2 December 2026\n\n"


def test_a_supposed_figure_is_no_card_but_one_with_a_condition_after_it_is(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + "The council approved the scheme on Tuesday.\n\n"
        '"If interest rates move by even one per cent, this scheme costs far more than we have'
        ' been told," councillor Aoife Kenny said.\n\n'
        "The scheme costs £4 million if it goes ahead.\n"
    )
    answers = {card.answer_text for card in drafted_cards(tmp_path, text)}
    assert "1%" not in answers and "one per cent" not in answers
    assert "£4 million" in answers


def test_a_quotation_cut_to_a_scrap_is_not_asked_who_said_it(tmp_path: Path) -> None:
    text = (
        _DATED + "Ferro Lines won the £18 million contract on Monday.\n\n"
        '"We bid for the £18 million contract after," said Fiona Baird, its chief executive.\n'
    )
    prompts = [card.prompt for card in drafted_cards(tmp_path, text)]
    assert not any(prompt.startswith("Who said this? “We bid for the …") for prompt in prompts)


def test_a_relative_which_left_alone_and_a_sentence_item_under_a_lead_in(
    tmp_path: Path,
) -> None:
    text = (
        _DATED + "The budget was presented on Friday.\n\n"
        "The budget contains the following changes to taxation:\n\n"
        "- The corporate income tax rate will be cut from 24 per cent to 22 per cent from 1"
        " January 2027.\n\n"
        "Dr Rupert Vance, who was medical director, failed to act on two reviews.\n"
    )
    cards = drafted_cards(tmp_path, text)
    prompts = [card.prompt for card in cards]
    # An item that is a sentence of its own is asked as it stands, no lead-in glued on.
    assert "The corporate income tax rate will be cut from what date?" in prompts
    assert not any("following changes" in prompt for prompt in prompts)
    # "who was medical director" is a clause about him, no role named "who was ...".
    assert not any("who was" in prompt for prompt in prompts)


def test_a_which_whose_clause_was_cut_reads_garbled() -> None:
    from trainer.core.authoring.tidy_prompts import reads_garbled

    assert reads_garbled("He did not comment … beyond the company statement, in which?")
    assert not reads_garbled("The firm was sold to which group?")
