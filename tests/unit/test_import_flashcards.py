"""`trainer import`: Quizlet and Anki plain-text exports become decks that validate clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import load_deck, paths
from trainer.cli import main
from trainer.core.validate import validate_paths

IMPORTS = Path(__file__).resolve().parents[1] / "data" / "imports"


def imported(data_dir: Path, deck_id: str) -> Path:
    return paths.user_decks_dir(data_dir) / f"{deck_id}.yaml"


def test_quizlet_tsv_becomes_a_deck_with_every_term(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(IMPORTS / "quizlet.tsv")]) == 0
    path = imported(data_dir, "quizlet")
    assert str(path) in capsys.readouterr().out
    assert validate_paths([path]).errors == 0
    deck = load_deck(path)
    assert deck.id == "quizlet"
    pairs = [(card.prompt, card.answer) for card in deck.cards]
    assert pairs == [
        # An answer that is plainly a date is a date card, in the deck format's form.
        ("Date Dar met Rubio at the State Department", "2025-07-25"),
        ("Tariff Trump imposed on imports from Pakistan", "29%"),
        # Quizlet does not quote: a term that starts with a quotation mark keeps it.
        ('"Hallmark" of future ties, in Rubio\'s words', "cooperation in economy and trade"),
        ("Pakistan's exports to the US, fiscal year 2023-2024", "$5.44 billion"),
        (
            "Group designated a foreign terrorist organisation: TRF, a proxy of",
            "Lashkar-e-Taiba (LeT)",
        ),
    ]
    assert len({card.id for card in deck.cards}) == len(deck.cards)
    assert [card.kind for card in deck.cards] == ["date", "number", "text", "number", "text"]


def test_anki_text_export_with_headers_html_and_tags(data_dir: Path) -> None:
    assert main(["import", str(IMPORTS / "anki.txt"), "--deck", "from-anki"]) == 0
    path = imported(data_dir, "from-anki")
    assert validate_paths([path]).errors == 0
    cards = load_deck(path).cards
    assert [(card.prompt, card.answer, card.tags) for card in cards] == [
        (
            "What did Rubio call cooperation in economy and trade?",
            'the "hallmark" of future ties',
            ("rubio", "quotes"),
        ),
        ("Who is Pakistan's Chief of Army Staff?", "Field Marshal Asim Munir", ("people",)),
        ("Which sectors did Rubio single out?\nName one.", "critical minerals", ("rubio", "trade")),
        ('Dar: a minerals deal in "weeks and days, not ___"', "months", ("dar", "quotes")),
        ("Where did Dar and Rubio meet on 25 July 2025?", "State Department, Washington", ()),
    ]


def test_anki_export_with_guid_note_type_and_deck_columns(tmp_path: Path, data_dir: Path) -> None:
    export = tmp_path / "anki-full.txt"
    export.write_text(
        "#separator:tab\n#html:false\n#guid column:1\n#notetype column:2\n#deck column:3\n"
        "#tags column:6\n"
        "f6Z!x\tBasic\tBriefing\tWho called trade the <i>hallmark</i>?\tRubio\tquotes\n",
        encoding="utf-8",
    )
    assert main(["import", str(export)]) == 0
    (card,) = load_deck(imported(data_dir, "anki-full")).cards
    # html:false: angle brackets are the author's text, kept as written.
    assert (card.prompt, card.answer, card.tags) == (
        "Who called trade the <i>hallmark</i>?",
        "Rubio",
        ("quotes",),
    )


def test_csv_with_a_header_row_and_quoted_commas(tmp_path: Path, data_dir: Path) -> None:
    export = tmp_path / "spreadsheet.csv"
    export.write_text(
        'Term,Definition\n"Exports to the US, FY2023-24","$5.44 billion"\nTariff rate,29%\n',
        encoding="utf-8",
    )
    assert main(["import", str(export)]) == 0
    cards = load_deck(imported(data_dir, "spreadsheet")).cards
    assert [(card.prompt, card.answer) for card in cards] == [
        ("Exports to the US, FY2023-24", "$5.44 billion"),
        ("Tariff rate", "29%"),
    ]


def test_bad_rows_are_each_named_with_file_and_line(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "broken.tsv"
    export.write_text(
        "good term\tgood definition\n\nno tab on this line\n\tno front\nfront only\t\n",
        encoding="utf-8",
    )
    assert main(["import", str(export)]) != 0
    error = capsys.readouterr().err
    assert f"{export}:3: expected a front and a back separated by a tab, found one field" in error
    assert f"{export}:4: the front is empty" in error
    assert f"{export}:5: the back is empty" in error
    assert f"{export}:1:" not in error
    assert "Traceback" not in error
    assert not imported(data_dir, "broken").exists()


def test_an_unclosed_quote_in_anki_export_names_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "anki.txt"
    export.write_text('#separator:tab\nfront\tback\n"never closed\tback\n', encoding="utf-8")
    assert main(["import", str(export)]) != 0
    assert f"{export}:3: cannot be read" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cards.tsv", "caf\u00e9\tlait\n".encode("latin-1"), ":1: is not UTF-8 text"),
        ("cards.tsv", b"\n\n", ": holds no cards"),
        ("cards.json", b"{}", ": expected a .csv, .tsv or .txt export"),
    ],
)
def test_unusable_files_are_one_clear_sentence(
    name: str, content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / name
    export.write_bytes(content)
    assert main(["import", str(export)]) != 0
    error = capsys.readouterr().err
    assert f"{export}{message}" in error
    assert len(error.strip().splitlines()) == 1


def test_import_refuses_to_overwrite(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(IMPORTS / "quizlet.tsv")]) == 0
    assert main(["import", str(IMPORTS / "quizlet.tsv")]) != 0
    assert "already exists" in capsys.readouterr().err


def test_windows_line_endings_and_byte_order_mark(tmp_path: Path, data_dir: Path) -> None:
    export = tmp_path / "windows.tsv"
    export.write_bytes("\ufeffterm one\tdef one\r\nterm two\tdef two\r\n".encode())
    assert main(["import", str(export)]) == 0
    cards = load_deck(imported(data_dir, "windows")).cards
    assert [(card.prompt, card.answer) for card in cards] == [
        ("term one", "def one"),
        ("term two", "def two"),
    ]
