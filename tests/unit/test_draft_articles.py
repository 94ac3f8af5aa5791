"""`trainer draft` on articles written to be awkward: YAML-hostile text, years, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import load_deck
from trainer.cli import main
from trainer.core.validate import validate_paths

# Colons, hashes, quotes of both kinds, a leading dash, YAML indicators and a tab: each must
# reach the deck unchanged without breaking the file.
AWKWARD = (
    "Updated 5 January 2025\n"
    '- Note: the #1 "risk" is *scale* & !tags: {braces} [brackets] | pipes > more.\n'
    "On 20 December, Finance Minister Jane Q. Example said the deficit hit 4.5%.\n"
    "\u201cWe will not accept terms: none, zero, nada \u2014 and that\u2019s final,\u201d "
    "Example said.\n"
    "Officials said:\tthe fund paid out $12.5 million on 3 January.\n"
)


def draft(article: Path, output: Path) -> int:
    return main(["draft", str(article), "-o", str(output)])


def test_yaml_hostile_text_is_written_safely_and_copied_verbatim(tmp_path: Path) -> None:
    article = tmp_path / "awkward.txt"
    article.write_text(AWKWARD, encoding="utf-8")
    output = tmp_path / "awkward.yaml"
    assert draft(article, output) == 0
    report = validate_paths([output])
    assert report.errors == 0, [str(problem) for problem in report.problems]
    deck = load_deck(output)
    for card in deck.cards:
        assert card.evidence in AWKWARD, card.id
    answers = {card.answer for card in deck.cards}
    assert {"4.5%", "$12.5 million", "2025-01-03"} <= answers
    quote = next(card for card in deck.cards if "quotes" in card.tags)
    assert "We will not accept terms: none, zero, nada" in quote.prompt


def test_a_month_and_day_after_the_date_line_belongs_to_the_year_before(tmp_path: Path) -> None:
    article = tmp_path / "awkward.txt"
    article.write_text(AWKWARD, encoding="utf-8")
    output = tmp_path / "awkward.yaml"
    assert draft(article, output) == 0
    deck = load_deck(output)
    december = next(card for card in deck.cards if "20 December" in (card.evidence or ""))
    assert (december.kind, december.answer) == ("date", "2024-12-20")
    assert "year before" in december.note
    january = next(card for card in deck.cards if card.answer == "2025-01-03")
    assert "2025 comes from its date line" in january.note


def test_the_role_and_the_speaker_resolve_to_one_full_name(tmp_path: Path) -> None:
    article = tmp_path / "awkward.txt"
    article.write_text(AWKWARD, encoding="utf-8")
    output = tmp_path / "awkward.yaml"
    assert draft(article, output) == 0
    deck = load_deck(output)
    quote = next(card for card in deck.cards if "quotes" in card.tags)
    person = next(card for card in deck.cards if "people" in card.tags)
    assert person.prompt == "Who is the Finance Minister?"
    assert quote.answer == person.answer


def test_an_article_with_nothing_to_draft_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("nothing here but lowercase words and no facts at all.\n", encoding="utf-8")
    assert draft(article, tmp_path / "plain.yaml") != 0
    error = capsys.readouterr().err
    assert "found no dates, figures, quotes or named people" in error
    assert not (tmp_path / "plain.yaml").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"ok line\n\xff\xfe broken\n", ":2: is not UTF-8 text"),
        (b"", ": is empty"),
        (b"text\x00with a NUL\n", ":1: contains a NUL byte"),
    ],
)
def test_an_unreadable_article_is_one_clear_sentence(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    assert draft(article, tmp_path / "bad.yaml") != 0
    error = capsys.readouterr().err
    assert f"{article}{message}" in error
    assert "Traceback" not in error


def test_a_bad_deck_id_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "awkward.txt"
    article.write_text(AWKWARD, encoding="utf-8")
    assert main(["draft", str(article), "--deck", "Not An Id"]) != 0
    assert "'Not An Id' cannot be a deck id" in capsys.readouterr().err


# A page as copied from a news site: a breadcrumb trail, the story, then links to others.
PAGE = (
    "Home / World / Asia / Rubio, Dar agree on 10 April talks\n"
    "Rubio, Dar agree on trade talks\n"
    "By Staff Reporter\n"
    "Updated 7 April 2025\n"
    "\n"
    "Foreign Minister Ishaq Dar said trade reached nearly $7 billion in 2024.\n"
    "Also Read: Pakistan sells $2 billion of bonds on 3 March\n"
    "Officials will meet on 10 April in Washington.\n"
    "\n"
    "Related stories\n"
    "UK withdraws nearly $1 billion from treasury bills\n"
    "Army chief meets Senator Jane Doe on 2 April\n"
    "\n"
    "The talks follow a call in March.\n"
)


def test_navigation_and_other_stories_give_no_cards(tmp_path: Path) -> None:
    article = tmp_path / "page.txt"
    article.write_text(PAGE, encoding="utf-8")
    output = tmp_path / "page.yaml"
    assert draft(article, output) == 0
    deck = load_deck(output)
    answers = {card.answer for card in deck.cards}
    assert {"$7 billion", "2025-04-10", "Ishaq Dar"} <= answers
    assert not answers & {"$2 billion", "$1 billion", "2025-03-03", "2025-04-02", "Jane Doe"}
    assert not [
        card.id for card in deck.cards if "Home /" in card.evidence or "Also Read" in card.evidence
    ]
    # The date line above the story still dates it (10 April is read in 2025), but it dates
    # the page rather than stating a fact, so it gives no card.
    assert "2025-04-07" not in answers


def test_hedged_figures_keep_the_hedge_in_a_note(tmp_path: Path) -> None:
    article = tmp_path / "page.txt"
    article.write_text(PAGE, encoding="utf-8")
    output = tmp_path / "page.yaml"
    assert draft(article, output) == 0
    card = next(card for card in load_deck(output).cards if card.answer == "$7 billion")
    assert "nearly $7 billion" in card.note


DATED_PAGE = (
    "1 min read Last Updated : Apr 07 2025 | 10:43 PM IST\n"
    "Updated 14 September 2025\n"
    "The review, published 3 March 2025, found that talks were held on 2 April.\n"
    "Talks were held on 5 April 2025.\n"
    "— Secretary Jane Example (@JaneExample) April 6, 2025\n"
    "Updated 08 November 2025\n"
    "Talks were held on 9 April 2025.\n"
    "First Published: Apr 07 2025 | 10:43 PM IST\n"
)


def test_page_dates_and_signatures_give_no_card_and_no_prompt_is_repeated(
    tmp_path: Path,
) -> None:
    article = tmp_path / "dated.txt"
    article.write_text(DATED_PAGE, encoding="utf-8")
    output = tmp_path / "dated.yaml"
    assert draft(article, output) == 0
    deck = load_deck(output)
    dates = {card.answer: card for card in deck.cards if "dates" in card.tags}
    # The "Updated" and "Published" lines and the signature date the page, not a fact; the
    # first of them still gives the year of "2 April". A date inside a sentence is a fact,
    # whatever word comes before it.
    assert set(dates) == {"2025-03-03", "2025-04-02", "2025-04-05"}
    assert "2025 comes from its date line" in dates["2025-04-02"].note
    # "Talks were held on ____." would ask for 5 April and 9 April alike: only the first stays.
    prompts = [card.prompt for card in deck.cards]
    assert len(prompts) == len(set(prompts))
    # Nothing to fix but the check every drafted card still needs (its draft tag).
    problems = validate_paths([output]).problems
    assert [problem.message.split(" (")[0] for problem in problems] == [
        f"{len(deck.cards)} cards still tagged draft"
    ]
