"""`trainer draft` reads the articles analysts get: saved web pages, PDFs, Markdown, stdin."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from fpdf import FPDF

from trainer import paths
from trainer.cli import main
from trainer.core.authoring.reading import markdown_as_text, read_source
from trainer.core.deck import load_deck
from trainer.core.errors import TrainerError
from trainer.core.validate import validate_paths

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def _decks(data_dir: Path) -> Path:
    return paths.user_decks_dir(data_dir)


def test_a_saved_web_page_gives_the_story_with_its_headline_date_and_author() -> None:
    source = read_source(str(ARTICLES / "wikinews-matariki.html"))
    assert source.headline == "New Zealand announces new Matariki public holiday"
    # The page's own publication date, not the "checked on 24 January 2023" stamp.
    assert source.published is not None and source.published.isoformat() == "2021-02-07"
    assert source.author == "Wikinews contributors"
    assert "Matariki marks the beginning of the Māori New Year" in source.text
    for furniture in (
        "Main Page",
        "Share this",
        "Related stories",
        "Privacy policy",
        "Aboriginal flag",
        "Creative Commons",
    ):
        assert furniture not in source.text


def test_draft_from_a_web_page_saves_the_text_beside_the_deck_and_cites_it(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "matariki.html"
    shutil.copy(ARTICLES / "wikinews-matariki.html", page)
    assert main(["draft", str(page)]) == 0
    out = capsys.readouterr().out
    deck_path = _decks(data_dir) / "matariki.yaml"
    text_path = _decks(data_dir) / "matariki.article.txt"
    assert f"wrote {text_path}" in out and f"wrote {deck_path}" in out
    deck = load_deck(deck_path)
    assert deck.sources["s1"].file == text_path
    assert deck.sources["s1"].published is not None
    assert deck.title == "Draft: New Zealand announces new Matariki public holiday"
    # The cards' evidence is in the saved text, word for word: validate finds every piece.
    assert validate_paths([deck_path]).errors == 0
    # "on Thursday" in a story published Sunday 7 February 2021 is 4 February 2021.
    thursday = next(card for card in deck.cards if card.answer == "2021-02-04")
    assert "Thursday" in (thursday.note or "") and "7 February 2021" in (thursday.note or "")


def test_draft_from_a_pdf(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(ARTICLES / "crs-tariff-authorities.pdf"), "--deck", "crs"]) == 0
    deck_path = _decks(data_dir) / "crs.yaml"
    deck = load_deck(deck_path)
    assert validate_paths([deck_path]).errors == 0
    answers = {card.answer for card in deck.cards}
    assert {"17.4%", "2.5%", "1930", "International Emergency Economic Powers Act"} <= answers
    # The PDF's printed lines are joined back into the article's paragraphs.
    saved = (_decks(data_dir) / "crs.article.txt").read_text(encoding="utf-8")
    assert "to regulate commerce with foreign nations. The last time" in saved


def test_a_scanned_pdf_with_no_text_is_one_clear_sentence(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scanned = tmp_path / "scan.pdf"
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 150, style="F")  # a page that is all picture, no text
    pdf.output(str(scanned))
    assert main(["draft", str(scanned)]) != 0
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"{scanned}: the PDF has no text layer (a scanned document?)" in err
    assert not _decks(data_dir).exists() or not list(_decks(data_dir).iterdir())


def test_a_file_that_is_not_a_pdf_says_so(tmp_path: Path) -> None:
    fake = tmp_path / "report.pdf"
    fake.write_text("not a pdf at all", encoding="utf-8")
    with pytest.raises(TrainerError, match="cannot be read as a PDF"):
        read_source(str(fake))


def test_draft_from_standard_input(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ARTICLES / "voa-wto-hong-kong.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["draft", "-", "--deck", "wto"]) == 0
    deck_path = _decks(data_dir) / "wto.yaml"
    assert (_decks(data_dir) / "wto.article.txt").read_text(encoding="utf-8") == text
    assert validate_paths([deck_path]).errors == 0
    speakers = {card.answer for card in load_deck(deck_path).cards if "quotes" in card.tags}
    assert speakers == {"Keith Rockwell"}  # "…," he said, after "spokesman Keith Rockwell"


def test_empty_standard_input_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["draft", "-"]) != 0
    assert "standard input: is empty" in capsys.readouterr().err


def test_markdown_loses_its_markup() -> None:
    text = markdown_as_text(
        "# Talks end\n\n**Dar** said the deal was [close](http://x).\n\n"
        "- first point\n> quoted line\n"
    )
    assert text.splitlines() == [
        "Talks end",
        "",
        "Dar said the deal was close.",
        "",
        "first point",
        "quoted line",
    ]
