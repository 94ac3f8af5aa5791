"""A unit the article defines in brackets and then writes short (issue 15): "8.2 billion
cubic metres (bcm)" then "2.5 bcm a year", each a figure in that unit. Each test writes its
own short article, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

from trainer.core.authoring.defined_units import unit_symbol_missing, units_defined


def test_a_unit_defined_in_brackets_is_read_wherever_it_is_written_short(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Norland and Kestavia signed a pipeline deal on 2 March 2026 that will carry up to "
        "8.2 billion cubic metres (bcm) of gas a year. Deliveries will start at an initial "
        "rate of 2.5 bcm a year. Kestavia is guaranteed that Norland will pay for at least "
        "four bcm a year. Norland will also spend about 90 million euros upgrading four "
        "pumping stations.\n",
    )
    defined = card_answering(cards, "8.2 bcm")
    # Spelled out in the question where it fits the prompt's 20 words; accepted either way.
    assert "how many bcm" in defined.prompt
    assert "8.2 billion cubic metres" in defined.accept
    assert card_answering(cards, "2.5 bcm").prompt.endswith("initial rate of how many bcm a year?")
    guaranteed = card_answering(cards, "four bcm")
    assert guaranteed.prompt.endswith("pay for at least how many bcm a year?")
    # "four pumping stations" is another count, neither hidden nor merged with "four bcm".
    stations = card_answering(cards, "four")
    assert "pumping stations" in stations.prompt


def test_only_a_bracket_whose_letters_run_through_the_words_is_a_unit() -> None:
    text = (
        "The mine produces 3.1 million tonnes (mt) a year and the farm 1.2 gigawatts (GW). "
        "It sold 40 trucks (Reuters) and 12 units (TER) last year."
    )
    assert units_defined(text) == {"mt": "million tonnes", "GW": "gigawatts"}


def test_a_figure_in_a_unit_is_given_away_only_with_its_unit() -> None:
    assert unit_symbol_missing("three bcm", "Why upgrade three pumping stations?")
    assert not unit_symbol_missing("2.5 bcm", "Deliveries start at 2.5 bcm a year?")
    assert not unit_symbol_missing("£4bn", "Profit of 4?")
