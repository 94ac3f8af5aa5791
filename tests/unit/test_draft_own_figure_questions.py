"""A figure whose sentence holds a sibling figure (cut to "…" as another card's answer, or
left out) is asked as a short question about its subject: "What was turnout at the 2019
election?", not "Turnout was …, down from what percentage at the 2019 election?"."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.own_figure_questions import asked_of_own_figure
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


@pytest.mark.parametrize(
    ("prompt", "evidence", "asked"),
    [
        (
            "Turnout was …, down from what percentage at the 2019 election?",
            "Officials said turnout was 58 per cent, down from 64 per cent at the 2019 election.",
            "What was turnout at the 2019 election?",
        ),
        (
            "Turnout in the county was up from what percentage in 2021?",
            "Turnout in the county was 58 per cent, up from 51 per cent in 2021.",
            "What was turnout in the county in 2021?",
        ),
        (
            "However, burglaries rose to …, up from how many in 2023?",
            "However, burglaries rose to 412, up from 301 in 2023.",
            "How many burglaries were there in 2023?",
        ),
        (
            "Average rent reached … a month, compared with how much across the region?",
            "Average rent reached £950 a month, compared with £720 across the region.",
            "What was average rent across the region?",
        ),
        (
            "The cost of a school meal had reached … a day, compared with a national average "
            "of how much?",
            "The cost of a school meal had reached £3.10 a day, compared with a national average "
            "of £2.60.",
            "What was the national average for the cost of a school meal?",
        ),
        (
            "The refit will cost about …, of which the lottery fund is paying how much?",
            "The refit will cost about £12m, of which the lottery fund is paying £4m.",
            "How much of the cost of the refit is the lottery fund paying?",
        ),
        (
            "The council puts the bill at about …, of which the state has promised how much?",
            "The council puts the bill at about £3.2m, of which the state has promised £1m.",
            "How much of the bill has the state promised?",
        ),
        (
            "The deficit rose from … in 2021 to how much in 2024?",
            "The deficit rose from £4m in 2021 to £9m in 2024.",
            "What was the deficit in 2024?",
        ),
        (
            "Inflation is forecast at … in 2026 and what percentage in 2027?",
            "Inflation is forecast at 2.1 per cent in 2026 and 1.9 per cent in 2027.",
            "Inflation is forecast at what percentage in 2027?",
        ),
        (
            "Side effects occurred in … of patients on the drug versus what percentage on placebo?",
            "Side effects occurred in 4.2% of patients on the drug versus 3.9% on placebo.",
            "Side effects occurred in what percentage of patients on placebo?",
        ),
        (
            "Prices rose in the year to May, down from what percentage in the year to April?",
            "Prices rose 2.4 per cent in the year to May, down from 2.9 per cent in the year "
            "to April.",
            "By what percentage did prices rise in the year to April?",
        ),
        (
            "Unemployment fell in the third quarter, compared with what percentage a year earlier?",
            "Unemployment fell to 4.2 per cent in the third quarter, compared with 4.6 per cent "
            "a year earlier.",
            "What was unemployment a year earlier?",
        ),
        (
            "Of the 120 confirmed cases and a further how many are in adults over 60?",
            "Of the 120 confirmed cases, 45 are in children, and a further 30 are in adults "
            "over 60.",
            "How many confirmed cases are in adults over 60?",
        ),
        (
            "Cases are in children under five, and a further one in how many are young adults?",
            "Most cases are in children under five, and a further one in four are young adults.",
            "One in how many cases are young adults?",
        ),
        (
            "Over two years compared with how many in the control group?",
            "Over two years, there were 310 falls in the treated group, compared with 450 in the "
            "control group.",
            "Over two years, how many falls were there in the control group?",
        ),
        (
            "Net profit of …, or … per share, compared with how much a year earlier?",
            "Net profit of $41.2 million, or $0.61 per share, compared with $22.5 million a year "
            "earlier.",
            "What was net profit a year earlier?",
        ),
    ],
)
def test_a_sibling_figure_cut_asks_its_own(prompt: str, evidence: str, asked: str) -> None:
    assert asked_of_own_figure(prompt, evidence) == asked


@pytest.mark.parametrize(
    "prompt",
    [
        # A pronoun's subject is in another sentence: the question cannot name it.
        "That is up from how many a year earlier?",
        # No qualifier says which earlier value: "What was net profit?" would ask the other.
        "Net profit was up from how much?",
        # A share of a whole is no value of the label's own.
        "Sales of …, representing … of revenue, compared with what percentage in 2025?",
        # A period still holding a cut says nothing alone.
        "The subsidy rose from … in 2019-… to how much in 2023-…?",
        # A name is no common noun to lower, and a question already standing alone stays.
        "Operating profit rose to how much in the three months through March?",
    ],
)
def test_other_prompts_stay(prompt: str) -> None:
    assert asked_of_own_figure(prompt, "") == prompt


def test_a_drafted_election_story_asks_the_earlier_turnout(tmp_path: Path) -> None:
    article_path = tmp_path / "article.txt"
    article_path.write_text(
        "Voters return Harlow mayor\n\nThe Valley Post | Thursday 3 December 2026\n\n"
        "Turnout in the borough was 47 per cent, down from 52 per cent at the 2022 election.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "article.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "t", deck_path)
    asked = {
        card.prompt: str(card.answer) for card in parse_deck(draft.text.encode(), deck_path).cards
    }
    assert asked.get("What was turnout in the borough at the 2022 election?") == "52%"


def test_a_she_opening_a_figure_sentence_is_the_person_named_before(tmp_path: Path) -> None:
    article_path = tmp_path / "article.txt"
    article_path.write_text(
        "Brewer's shares slide\n\nThe Valley Post | Thursday 3 December 2026\n\n"
        "Shares in Hollin Ales fell 12 per cent on Wednesday after the brewer cut its outlook.\n\n"
        '"The outlook is worse than anyone expected," said Marta Quill, an analyst at the '
        "broker Fenwick Lowe. She cut her price target on the shares to 150p.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "article.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "t", deck_path)
    cards = parse_deck(draft.text.encode(), deck_path).cards
    target = next(card for card in cards if str(card.answer) == "150p")
    assert not target.prompt.startswith("She ")
    assert target.prompt.endswith("cut her price target on the shares to how many pence?")
