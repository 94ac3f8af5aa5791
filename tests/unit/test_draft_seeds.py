"""`trainer draft` on the five seed articles: valid decks that find the facts we know are there."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from trainer import load_deck, paths
from trainer.cli import main
from trainer.core.deck import Deck
from trainer.core.validate import validate_paths

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass(frozen=True)
class Expected:
    """What a careful reader finds in one seed."""

    dates: set[str] = field(default_factory=set)  # date-card answers (ISO), or text answers
    text_dates: set[str] = field(default_factory=set)  # dates with no year: text cards
    figures: set[str] = field(default_factory=set)
    quotes: dict[str, str] = field(default_factory=dict)  # words of the quote -> speaker
    people: dict[str, str] = field(default_factory=dict)  # name -> words of the role


EXPECTED = {
    "000_74089b7fbb18ad15.txt": Expected(
        people={
            "Ishaq Dar": "Deputy Prime Minister and Foreign Minister",
            "Marco Rubio": "Senator",
        },
    ),
    "001_7ef7ea6c6ed4c750.txt": Expected(
        # "22 April" and "10 May" take their year from the dated tweet, July 25, 2025; the
        # tweets' signature lines date the posts and give no card. "Friday" is read from it.
        dates={"2025-04-22", "2025-05-10", "2025-07-25"},
        quotes={
            "I think we are very close to finalising a deal": "Ishaq Dar",
            "Met with Pakistani Deputy Prime Minister": "Marco Rubio",
            "The Secretary underscored the importance": "Tammy Bruce",
            "The two sides acknowledged the positive trajectory": "Ministry of Foreign Affairs",
            # '"…," he said' after "Dar stressed the need ...": he is Dar.
            "For peace in South Asia": "Ishaq Dar",
        },
        people={
            "Ishaq Dar": "Deputy Prime Minister and Foreign Minister",
            "Marco Rubio": "Secretary of State",
            "Asim Munir": "Field Marshal",
            "Tammy Bruce": "State Department spokesperson",
            "Wang Yi": "FM",
            # "President Donald Trump" alone is a bare title: no "Who is the President?" card.
        },
    ),
    "002_6b80a5632606fcf9.txt": Expected(
        # Not from its two "Updated" lines, which date the page (and would give one prompt).
        # "on Saturday" is read from its publication date, Sunday 14 September 2025. "From
        # July 2024 to February 2025, exports rose 10%" bounds a figure: no date cards.
        # "a ceasefire ... in May" and "finalizing a trade deal in July" name no year: the
        # last May and July before its date, 2025.
        dates={"2025-07-25", "2023-06", "2025-09-13", "2025-05", "2025-07"},
        figures={"$5.44 billion", "10%"},
        people={
            "Marco Rubio": "Secretary of State",
            "Ishaq Dar": "Deputy Prime Minister and Foreign Minister",
            "Donald Trump": "President",
            # "General Sahir Shamshad Mirza" is a bare title: no "Who is the General?" card.
        },
    ),
    "003_8639da7ce7bc701f.txt": Expected(
        # Its "First Published" line dates the page and gives no card; the breadcrumb trail
        # above the headline, and the "$1 billion" of another story's headline under "Also
        # Read", give none either. "today" is the day of its date line, 7 April 2025.
        dates={"2025-04-07"},
        people={
            "Marco Rubio": "Secretary of State",
            "Ishaq Dar": "Deputy Prime Minister/Foreign Minister",
        },
    ),
    "004_a18e08ca00a97366.txt": Expected(
        dates={"2021-08"},
        text_dates={"April 5", "April 9"},  # the article carries no date line to give a year
        figures={"$7 billion", "29%", "10%"},
        people={
            "Ishaq Dar": "Foreign Minister",
            "Marco Rubio": "Secretary of State",
            "Donald Trump": "President",
        },
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every seed drafted once into one folder, as `trainer draft` writes them."""
    folder = tmp_path_factory.mktemp("drafts")
    written: dict[str, Path] = {}
    for name in EXPECTED:
        path = folder / f"{Path(name).stem}.yaml"
        assert main(["draft", str(SEEDS / name), "-o", str(path)]) == 0
        written[name] = path
    return written


def cards_tagged(deck: Deck, tag: str) -> list:
    return [card for card in deck.cards if tag in card.tags]


def test_every_draft_validates_with_no_errors(drafts: dict[str, Path]) -> None:
    report = validate_paths(drafts.values())
    assert report.decks == len(EXPECTED)
    assert report.errors == 0, [str(problem) for problem in report.problems]
    assert report.cards >= 30


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_every_card_has_evidence_copied_from_its_seed(seed: str, drafts: dict[str, Path]) -> None:
    deck = load_deck(drafts[seed])
    article = (SEEDS / seed).read_text(encoding="utf-8")
    assert [source.file.resolve() for source in deck.sources.values()] == [SEEDS / seed]
    for card in deck.cards:
        assert card.evidence, card.id
        # Verbatim: found in the raw text as it is, not only after folding quotes and spaces.
        assert card.evidence in article, card.id
        assert card.source == "s1"
        assert "draft" in card.tags


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_draft_finds_the_known_dates_and_figures(seed: str, drafts: dict[str, Path]) -> None:
    deck = load_deck(drafts[seed])
    expected = EXPECTED[seed]
    dates = cards_tagged(deck, "dates")
    assert {card.answer for card in dates if card.kind == "date"} == expected.dates
    assert {card.answer for card in dates if card.kind == "text"} == expected.text_dates
    figures = cards_tagged(deck, "figures")
    assert {card.answer for card in figures} == expected.figures
    assert all(card.kind == "number" for card in figures)
    for card in dates + figures:
        # A short question about the fact's subject, asked in place; never a fill-in blank.
        assert card.prompt.endswith("?") and "____" not in card.prompt
        assert len(card.prompt.split()) <= 30, card.prompt


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_draft_finds_the_known_quotes_and_people(seed: str, drafts: dict[str, Path]) -> None:
    deck = load_deck(drafts[seed])
    expected = EXPECTED[seed]
    quotes = {card.prompt: card for card in cards_tagged(deck, "quotes")}
    assert len(quotes) == len(expected.quotes)
    for words, speaker in expected.quotes.items():
        card = next(card for prompt, card in quotes.items() if words in prompt)
        assert card.answer == speaker
        assert words in card.evidence
    people = {card.answer: card for card in cards_tagged(deck, "people")}
    assert set(people) == set(expected.people)
    for name, role in expected.people.items():
        assert role in people[name].prompt
        assert people[name].kind == "name"
        assert name in people[name].evidence and role in people[name].evidence


def test_a_date_without_a_year_says_where_its_year_came_from(drafts: dict[str, Path]) -> None:
    deck = load_deck(drafts["001_7ef7ea6c6ed4c750.txt"])
    card = next(card for card in deck.cards if card.answer == "2025-04-22")
    assert "22 April" in card.evidence
    assert "2025" in card.note and "date line" in card.note
    no_year = next(
        card
        for card in load_deck(drafts["004_a18e08ca00a97366.txt"]).cards
        if card.answer == "April 5"
    )
    assert "no year" in no_year.note


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_no_two_cards_share_a_prompt_and_none_comes_from_a_date_line(
    seed: str, drafts: dict[str, Path]
) -> None:
    deck = load_deck(drafts[seed])
    prompts = [card.prompt for card in deck.cards]
    assert len(prompts) == len(set(prompts))
    for card in deck.cards:
        assert "Updated" not in card.prompt and "Published" not in card.prompt, card.id
        assert "(@" not in card.prompt, card.id  # a post's signature line


def test_no_card_comes_from_navigation_or_other_stories(drafts: dict[str, Path]) -> None:
    deck = load_deck(drafts["003_8639da7ce7bc701f.txt"])
    for card in deck.cards:
        assert "Home / External Affairs" not in card.evidence, card.id
        assert "treasury bills" not in card.evidence, card.id
        assert "Also Read" not in card.evidence, card.id
    also_read = load_deck(drafts["001_7ef7ea6c6ed4c750.txt"])
    assert not [card.id for card in also_read.cards if "Also Read" in card.evidence]


def test_the_summary_counts_each_kind_in_its_own_number(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", str(SEEDS / "003_8639da7ce7bc701f.txt")]) == 0
    # (the page's own date line, "date 2025-04-07", is the document's card)
    assert ": 4 candidate cards (1 date, 2 people, 1 document)\n" in capsys.readouterr().out


def test_draft_goes_to_the_user_decks_folder_named_after_the_article(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", str(SEEDS / "003_8639da7ce7bc701f.txt")]) == 0
    path = paths.user_decks_dir(data_dir) / "003-8639da7ce7bc701f.yaml"
    assert load_deck(path).id == "003-8639da7ce7bc701f"
    assert str(path) in capsys.readouterr().out

    assert main(["draft", str(SEEDS / "003_8639da7ce7bc701f.txt")]) != 0
    assert "already exists" in capsys.readouterr().err
    assert main(["draft", str(SEEDS / "003_8639da7ce7bc701f.txt"), "--deck", "rubio-call"]) == 0
    assert load_deck(paths.user_decks_dir(data_dir) / "rubio-call.yaml").id == "rubio-call"
