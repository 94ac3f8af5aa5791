"""`trainer validate`: content checks across files, one line per problem, a summary, exit codes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.core.deck import parse_deck
from trainer.core.validate import deck_problems, fold_typography, validate_paths

ARTICLE = "Rubio said cooperation would be the \u201challmark\u201d of ties \u2014 on Monday.\n"


def deck_text(
    deck_id: str = "d",
    evidence: str = '"hallmark" of ties - on Monday',
    prompt: str = "What would cooperation be?",
    source_file: str = "article.txt",
) -> str:
    return textwrap.dedent(f"""\
        id: {deck_id}
        title: T
        sources:
          s1:
            file: {source_file}
        cards:
          - id: c
            prompt: {prompt}
            answer: hallmark
            source: s1
            evidence: '{evidence}'
    """)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_evidence_matches_across_quote_dash_and_space_styles(folder: Path) -> None:
    (folder / "deck.yaml").write_text(deck_text(evidence='"hallmark"  of ties - on  Monday'))
    report = validate_paths([folder])
    assert report.problems == []
    assert report.summary() == "1 deck, 1 card, 0 errors, 0 warnings"


def test_evidence_not_in_article_is_an_error_at_its_line(folder: Path) -> None:
    path = folder / "deck.yaml"
    path.write_text(deck_text(evidence="cornerstone of ties"))
    report = validate_paths([path])
    assert [str(problem) for problem in report.problems] == [
        f"{path}:11:15: card 'c': evidence not found in source 's1': \"cornerstone of ties\""
    ]
    assert report.errors == 1


def test_content_problems_of_text_not_yet_saved_keep_their_lines(folder: Path) -> None:
    # The file on disk holds another deck: its places must not be lent to this one.
    path = folder / "deck.yaml"
    path.write_text("# An older deck\n" + deck_text(evidence="hallmark", prompt="Was it?"))
    deck = parse_deck(deck_text(evidence="cornerstone").encode(), path)
    assert [str(problem) for problem in deck_problems(deck)] == [
        f"{path}:11:1: card 'c': evidence not found in source 's1': \"cornerstone\""
    ]


def test_missing_source_file_is_an_error(folder: Path) -> None:
    path = folder / "deck.yaml"
    path.write_text(deck_text(source_file="gone.txt"))
    report = validate_paths([path])
    assert [str(problem) for problem in report.problems] == [
        f"{path}:5:11: source 's1': file {folder / 'gone.txt'} does not exist"
    ]


def test_source_file_problems_point_at_the_file_name_however_written(folder: Path) -> None:
    (folder / "latin1.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    path = folder / "deck.yaml"
    path.write_text(
        deck_text().replace(
            "sources:\n",
            "sources:\n  s2: {title: Two, file: gone.txt}\n"
            "  s3:\n    title: Three\n    file:\n      latin1.txt\n",
        )
    )
    report = validate_paths([path])
    assert [str(problem) for problem in report.problems] == [
        f"{path}:4:26: source 's2': file {folder / 'gone.txt'} does not exist",
        f"{path}:8:7: source 's3': {folder / 'latin1.txt'} is not UTF-8 text",
    ]


def test_unknown_source_points_at_the_value(folder: Path) -> None:
    path = folder / "deck.yaml"
    path.write_text(deck_text().replace("    source: s1\n", "    source:   s9\n"))
    report = validate_paths([path])
    assert [str(problem) for problem in report.problems] == [
        f"{path}:10:15: source 's9' is not among the deck's sources (s1)"
    ]


def test_duplicate_deck_ids_across_folders(folder: Path) -> None:
    other = folder / "other"
    other.mkdir()
    (other / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "one.yaml").write_text(deck_text())
    (other / "two.yaml").write_text(deck_text())
    report = validate_paths([folder / "one.yaml", other])
    assert [str(problem) for problem in report.problems] == [
        f"{other / 'two.yaml'}:1:5: deck id 'd' is already used by {folder / 'one.yaml'}:1"
    ]


def test_duplicate_deck_id_points_at_the_id_line_of_each_file(folder: Path) -> None:
    (folder / "a.yaml").write_text("# Deck A\n\n" + deck_text(deck_id="shared"))
    # The id written after the title, its value further right.
    second = deck_text(deck_id="shared").replace(
        "id: shared\ntitle: T\n", "title: T\nid:   shared\n"
    )
    (folder / "b.yaml").write_text("# Deck B\n" + second)
    report = validate_paths([folder])
    assert [str(problem) for problem in report.problems] == [
        f"{folder / 'b.yaml'}:3:7: deck id 'shared' is already used by {folder / 'a.yaml'}:3"
    ]


def test_answer_in_its_own_prompt_is_a_warning(folder: Path) -> None:
    (folder / "deck.yaml").write_text(deck_text(prompt="Was the hallmark cooperation?"))
    report = validate_paths([folder])
    assert report.errors == 0
    assert report.warnings == 1
    assert [str(problem) for problem in report.problems] == [
        f"{folder / 'deck.yaml'}:8:13: warning: card 'c': "
        "the prompt gives away the answer 'hallmark'"
    ]


def test_fold_typography() -> None:
    assert fold_typography("\u201cA\u201d \u2013  b\u2019s\n c\u2026") == '"A" - b\'s c...'


def test_cli_prints_problems_summary_and_exits_1(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "good.yaml").write_text(deck_text())
    (folder / "bad.yaml").write_text("id: bad\ntitle: T\ncards:\n  - id: c\n    prompt: p\n")
    code = main(["validate", str(folder)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out == [
        f"{folder / 'bad.yaml'}:4:5: the card has no 'answer'",
        "2 decks, 1 card in the 1 read, 1 error, 0 warnings; content checks (evidence, sources) "
        "of 1 deck run once its structure errors are fixed",
    ]


def test_cli_clean_exits_0(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "good.yaml").write_text(deck_text())
    assert main(["validate", str(folder / "good.yaml")]) == 0
    assert capsys.readouterr().out == "1 deck, 1 card, 0 errors, 0 warnings\n"


def test_cli_missing_path_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path / 'nowhere'}: no such file or folder",
        "0 decks, 0 cards, 1 error, 0 warnings",
    ]


def test_cli_a_missing_decks_folder_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--decks", str(tmp_path / "nowhere"), "validate"]) == 1
    assert "no such file or folder" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"id: d\ntitle: \xff\xfe\n", ":2:8: is not valid UTF-8 text"),
        (b"", ":1:1: is empty"),
        (b"- a\n- b\n", ":1:1: the top level must be a mapping"),
        (b"id: d\ntitle: T\ncards:\n\t- id: c\n", ":4:1: a tab is used for indentation"),
    ],
    ids=["invalid-utf8", "empty", "top-level-list", "tab-indent"],
)
def test_installed_command_gives_a_sentence_not_a_traceback(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "deck.yaml"
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.splitlines()[0].startswith(f"{path}{expected}")
    assert result.stdout.splitlines()[-1] == (
        "1 deck, 1 error, 0 warnings; content checks (evidence, sources) of 1 deck "
        "run once its structure errors are fixed"
    )


def test_a_broken_deck_says_its_content_checks_wait_for_the_structure(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both wrong: a card with no answer (structure) and evidence not in the article (content).
    broken = deck_text(evidence="words the article never says").replace(
        "    answer: hallmark\n", ""
    )
    (folder / "deck.yaml").write_text(broken)
    (folder / "other.yaml").write_text(deck_text(deck_id="e").replace("answer:", "kind: ["))
    assert main(["validate", str(folder)]) == 1
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary == (
        "2 decks, 2 errors, 0 warnings; content checks (evidence, "
        "sources) of 2 decks run once their structure errors are fixed"
    )
    # Once the structure is fixed, the content problem shows, and the summary is plain.
    (folder / "deck.yaml").write_text(deck_text(evidence="words the article never says"))
    (folder / "other.yaml").unlink()
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert "not found" in out[0] and out[-1] == "1 deck, 1 card, 1 error, 0 warnings"


def cards_deck(folder: Path, cards: str) -> Path:
    """A deck of the given cards (YAML, indented as list items) citing article.txt."""
    path = folder / "deck.yaml"
    path.write_text(
        "id: d\ntitle: T\nsources:\n  s1:\n    file: article.txt\ncards:\n" + textwrap.dedent(cards)
    )
    return path


def test_two_cards_with_one_prompt_warn_at_the_second_naming_the_first(folder: Path) -> None:
    path = cards_deck(
        folder,
        """\
        - id: first
          prompt: 'Fill in the date: Updated ____'
          answer: '2025-09-14'
          kind: date
        - id: other
          prompt: Who said it?
          answer: Rubio
        - id: second
          prompt: "Fill in the date:  Updated ____"
          answer: '2025-11-08'
          kind: date
    """,
    )
    report = validate_paths([path])
    assert [str(problem) for problem in report.problems] == [
        f"{path}:15:11: warning: card 'second': the same prompt as card 'first' (line 7); "
        "each one's answer is then a wrong answer for the other"
    ]


@pytest.mark.parametrize(
    ("kind", "prompt", "answer"),
    [
        ("date", "The call was on 7 April 2025. When was the call?", "2025-04-07"),
        ("date", "On April 7th the two spoke; on which day?", "2025-04-07"),
        ("date", "Talks began in June 2023. When did they begin?", "2023-06"),
        ("date", "Talks began in June. In which month did they begin?", "2023-06"),
        ("number", "Exports rose ten percent. By how much did exports rise?", "10%"),
        ("number", "It cost $7bn. What did it cost?", "$7 billion"),
        # A bare figure, not followed by what it counts, reads as the answer.
        ("number", "Inflation rose to 3 last year. What is the target?", "3%"),
        ("number", "Prices were up by three, the bank said. By how much?", "3%"),
    ],
)
def test_a_prompt_holding_its_answer_in_another_form_is_a_warning(
    folder: Path, kind: str, prompt: str, answer: str
) -> None:
    path = cards_deck(
        folder,
        f"""\
        - id: c
          kind: {kind}
          prompt: "{prompt}"
          answer: '{answer}'
    """,
    )
    report = validate_paths([path])
    assert [problem.message for problem in report.problems] == [
        f"card 'c': the prompt gives away the answer '{answer}'"
    ]


@pytest.mark.parametrize(
    ("kind", "prompt", "answer"),
    [
        ("date", "The deal came on 8 April 2025. When was the call?", "2025-04-07"),
        ("date", "In 2025, when did the call take place?", "2025-04-07"),
        # A day with no year is another date than a month asked: "the year to 30 September".
        ("date", "Sales for the year to 30 September fell. In which month will it end?", "2027-09"),
        ("number", "Exports rose 10% in 2024. By how much did imports rise?", "29%"),
        ("number", "A 10 percent tariff: was it raised to what?", "10"),
        # A figure naming what it counts is not a percentage or an amount of money.
        ("number", "The bank sold how much over the past three weeks?", "3%"),
        ("number", "Two Deputy Governors sit with how many others?", "$2 million"),
    ],
)
def test_a_prompt_with_other_dates_or_numbers_gives_nothing_away(
    folder: Path, kind: str, prompt: str, answer: str
) -> None:
    path = cards_deck(
        folder,
        f"""\
        - id: c
          kind: {kind}
          prompt: "{prompt}"
          answer: '{answer}'
    """,
    )
    assert validate_paths([path]).problems == []
