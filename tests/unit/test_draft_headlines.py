"""`trainer draft` and `trainer new --source` find an article's headline as a reader would."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer import load_deck
from trainer.cli import main
from trainer.core.authoring.article import read_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BODY = (
    "ISLAMABAD: Pakistan and the United States signed a trade accord on Monday, the "
    "Foreign Office said, after talks that lasted well into the night in the capital.\n"
)

# What the authors of the bundled decks took as each seed's headline (None: it has none).
SEED_HEADLINES = {
    "000_74089b7fbb18ad15.txt": None,  # the text starts with the body
    "001_7ef7ea6c6ed4c750.txt": None,  # "New Delhi: ..." starts the body at once
    "002_6b80a5632606fcf9.txt": (
        "Pakistan’s deputy PM, Rubio discuss global developments, strengthening bilateral ties"
    ),
    # Below a date and a breadcrumb trail longer than any headline.
    "003_8639da7ce7bc701f.txt": (
        "US secy of state expressed interest in deepening co-op in many sectors: Pak"
    ),
    "004_a18e08ca00a97366.txt": "Pak, US vow to enhance counter-terrorism cooperation",
}

MADE_UP = {
    "after blank lines": (
        "\n\n   \nPakistan and US sign trade accord\n\n" + BODY,
        "Pakistan and US sign trade accord",
    ),
    "after a byline": (
        "By Anwar Iqbal\nPakistan and US sign trade accord\n" + BODY,
        "Pakistan and US sign trade accord",
    ),
    "after a byline with a date": (
        "By Staff Reporter | April 7, 2025\n\nPakistan and US sign trade accord\n" + BODY,
        "Pakistan and US sign trade accord",
    ),
    "after a date line": (
        "July 25, 2025\nDar meets Rubio in Washington\n" + BODY,
        "Dar meets Rubio in Washington",
    ),
    "after an updated line with a time": (
        "Updated 14 September 2025, 10:43 PM PKT\n\nDar meets Rubio in Washington\n" + BODY,
        "Dar meets Rubio in Washington",
    ),
    "after a weekday date and page buttons": (
        "Published: Monday, April 7, 2025\nShare This\nFollow\n2 min read\n"
        "Rubio, Dar hold first call\n" + BODY,
        "Rubio, Dar hold first call",
    ),
    "after a breadcrumb trail": (
        "Home / World / Asia\nRubio, Dar hold first call\n" + BODY,
        "Rubio, Dar hold first call",
    ),
    "a headline that names a day": (
        "Talks set for 7 April in Islamabad\n" + BODY,
        "Talks set for 7 April in Islamabad",
    ),
    "a headline ending in an abbreviation": (
        "Pakistan thanks the U.S.\n" + BODY,
        "Pakistan thanks the U.S.",
    ),
    "under a magazine's name and its section and date": (
        "THE HARBOUR QUARTERLY\nFeatures | Sunday 7 March 2027\n\nTHE DIVER WHO MAPPED THE "
        "WRECKS\n" + BODY,
        "THE DIVER WHO MAPPED THE WRECKS",
    ),
    "under a newspaper's name and its date": (
        "The Fenwick Gazette\nSaturday 6 March 2027\nFerry fares to rise by a fifth\n" + BODY,
        "Ferry fares to rise by a fifth",
    ),
    "under a letterhead with its short form and a series number": (
        "LOWMOOR CENTRE FOR COASTAL AND MARITIME ECONOMICS (LCCME)\nWORKING PAPER No. 7/2027\n"
        "Published: 2 March 2027\n\nSALT AND SILT:\nWHY SMALL PORTS KEEP LOSING TRADE\n" + BODY,
        "SALT AND SILT: WHY SMALL PORTS KEEP LOSING TRADE",
    ),
    "under a magazine's name and its issue number": (
        "THE HARBOUR QUARTERLY\nIssue 212\nThe diver who mapped the wrecks\n" + BODY,
        "The diver who mapped the wrecks",
    ),
    "a series number over its authors is the title given": (
        "Harbour Brief No. 3\n\nDr. Ilse Maren Vork, Senior Fellow, Ports Programme\n" + BODY,
        "Harbour Brief No. 3",
    ),
    "under a wire's name in capitals, with no date line": (
        "HARBOURLINE NEWS WIRE\n\nUPDATE 1-Ferry operator to cut 300 jobs\n\nBy Ana Ruiz\n\n"
        + BODY,
        "UPDATE 1-Ferry operator to cut 300 jobs",
    ),
    "under a section label": (
        "OPINION\nWhy the ferry deal will not last\n" + BODY,
        "Why the ferry deal will not last",
    ),
    "a short headline over a date line is still the headline": (
        "Ferry fares rise\nSaturday 6 March 2027\n\n" + BODY,
        "Ferry fares rise",
    ),
    "none: the body comes first": (BODY + "Trade in focus\nMore text here.\n", None),
    "none: a short first sentence": ("The minister arrived on Monday.\nTrade in focus\n", None),
    "none: only a date then the body": ("April 7, 2025\n" + BODY, None),
}


@pytest.mark.parametrize(("name", "expected"), SEED_HEADLINES.items())
def test_seed_headlines(name: str, expected: str | None) -> None:
    assert read_article(SEEDS / name).headline == expected


@pytest.mark.parametrize("case", MADE_UP, ids=list(MADE_UP))
def test_made_up_articles(case: str, tmp_path: Path) -> None:
    text, expected = MADE_UP[case]
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    assert read_article(article).headline == expected


def test_draft_titles_the_deck_and_its_source_with_the_headline_below_the_clutter(
    tmp_path: Path,
) -> None:
    output = tmp_path / "call.yaml"
    assert main(["draft", str(SEEDS / "003_8639da7ce7bc701f.txt"), "-o", str(output)]) == 0
    deck = load_deck(output)
    headline = SEED_HEADLINES["003_8639da7ce7bc701f.txt"]
    assert deck.title == f"Draft: {headline}"
    assert [source.title for source in deck.sources.values()] == [headline]


def test_new_with_a_source_titles_the_source_with_its_headline(tmp_path: Path) -> None:
    article = tmp_path / "accord.txt"
    article.write_text(
        "By Anwar Iqbal\nJuly 25, 2025\nPakistan and US sign trade accord\n" + BODY,
        encoding="utf-8",
    )
    output = tmp_path / "accord.yaml"
    assert main(["new", "accord", "--source", str(article), "-o", str(output)]) == 0
    raw = yaml.safe_load(output.read_text(encoding="utf-8"))
    assert raw["sources"]["s1"]["title"] == "Pakistan and US sign trade accord"
