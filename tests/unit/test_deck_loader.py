"""load_deck: every error class, with the exact line and column of the problem."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from trainer import DeckError, load_deck


def write(tmp_path: Path, text: str, name: str = "deck.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    return [str(problem) for problem in caught.value.problems]


VALID = """\
    id: dar-rubio
    title: Dar and Rubio
    sources:
      s1:
        file: article.txt
        title: An article
        published: "2025-07-26"
    cards:
      - id: meeting-date
        kind: date
        prompt: On what date did they meet?
        answer: 2025-07-25
        source: s1
        evidence: July 25, 2025
      - id: tariff
        kind: number
        prompt: What tariff, in per cent?
        answer: 29%
        tolerance: 0.5
      - id: answer-no
        prompt: Did they disagree?
        answer: no
      - id: version
        prompt: Which version?
        answer: 3.10
      - id: venue
        kind: choice
        prompt: Where?
        options: [State Department, White House]
        answer: State Department
      - id: topics
        kind: list
        prompt: Name two topics.
        answer: [trade, critical minerals, counterterrorism]
        need: 2
"""


def test_valid_deck_loads_with_answers_as_written(tmp_path: Path) -> None:
    deck = load_deck(write(tmp_path, VALID))
    assert deck.id == "dar-rubio"
    assert [card.id for card in deck.cards] == [
        "meeting-date",
        "tariff",
        "answer-no",
        "version",
        "venue",
        "topics",
    ]
    cards = {card.id: card for card in deck.cards}
    assert cards["meeting-date"].answer == "2025-07-25"
    assert cards["answer-no"].answer == "no"
    assert cards["version"].answer == "3.10"
    assert cards["tariff"].tolerance == "0.5"
    assert cards["topics"].answer == ("trade", "critical minerals", "counterterrorism")
    assert cards["topics"].need == 2
    assert cards["answer-no"].kind == "text"
    assert deck.sources["s1"].file == tmp_path / "article.txt"
    assert deck.sources["s1"].published == "2025-07-26"
    assert cards["meeting-date"].line == 9
    assert cards["meeting-date"].evidence_line == 14


def test_every_card_shares_the_decks_answers(tmp_path: Path) -> None:
    deck = load_deck(write(tmp_path, VALID))
    first, second = deck.cards[0], deck.cards[1]
    assert first.deck_answers is second.deck_answers
    assert {"2025-07-25", "29%", "no", "trade"} <= first.deck_answers


def test_unquoted_short_date_becomes_iso_text(tmp_path: Path) -> None:
    deck = load_deck(
        write(
            tmp_path,
            """\
        id: d
        title: T
        cards:
          - id: c
            kind: date
            prompt: When?
            answer: 2025-7-5
    """,
        )
    )
    assert deck.cards[0].answer == "2025-07-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    anser: x\n",
            [
                "deck.yaml:4:5: the card has no 'answer'",
                "deck.yaml:6:5: unknown key 'anser' in a card (did you mean 'answer'?)",
            ],
        ),
        (
            "id: d\ntitle: T\ntitel: U\ncards: []\n",
            [
                "deck.yaml:3:1: unknown key 'titel' in the deck (did you mean 'title'?)",
                "deck.yaml:4:8: the deck has no cards",
            ],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n    answer: b\n",
            ["deck.yaml:7:5: duplicate key 'answer' (first at line 6)"],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n"
            "  - id: c\n    prompt: q\n    answer: b\n",
            ["deck.yaml:7:5: duplicate card id 'c' (first at line 4)"],
        ),
        (
            "id: Bad_Id\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n",
            [
                "deck.yaml:1:5: the deck id 'Bad_Id' must be lowercase letters, digits and "
                "hyphens, starting with a letter or digit"
            ],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: -c\n    prompt: p\n    answer: a\n",
            [
                "deck.yaml:4:9: the card id '-c' must be lowercase letters, digits and "
                "hyphens, starting with a letter or digit"
            ],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    kind: choice\n    prompt: p\n"
            "    options: [Senate, Congress]\n    answer: Senat\n",
            [
                "deck.yaml:8:13: the answer 'Senat' is not one of the options "
                "(did you mean 'Senate'?)"
            ],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    kind: number\n    prompt: p\n"
            "    answer: lots\n",
            ["deck.yaml:7:13: the answer 'lots' is not a number the trainer can read"],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    kind: date\n    prompt: p\n"
            "    answer: 2025-02-30\n",
            [
                "deck.yaml:7:13: the answer '2025-02-30' is not a real date written as "
                "YYYY-MM-DD (or YYYY-MM)"
            ],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    kind: list\n    prompt: p\n"
            "    answer: [a, b]\n    need: 3\n",
            ["deck.yaml:8:11: need 3 is more than the 2 items in the answer"],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n"
            "    options: [a, b]\n",
            ["deck.yaml:7:5: 'options' applies only to choice cards"],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    kind: quiz\n    prompt: p\n    answer: a\n",
            [
                "deck.yaml:5:11: unknown kind 'quiz'; use one of text, name, number, date, "
                "choice, list"
            ],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n"
            "    evidence: words\n",
            ["deck.yaml:7:5: evidence needs a 'source' saying where it is from"],
        ),
        (
            "id: d\ntitle: T\nsources:\n  s1:\n    file: a.txt\ncards:\n  - id: c\n"
            "    prompt: p\n    answer: a\n    source: s2\n",
            ["deck.yaml:10:13: source 's2' is not among the deck's sources (s1)"],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    kind: number\n    prompt: p\n"
            "    answer: 5\n    tolerance: some\n",
            [
                "deck.yaml:8:16: tolerance 'some' must be a number like 0.5 or a percentage "
                "like '2%'"
            ],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: [a, b]\n",
            ["deck.yaml:6:13: the answer of a text card is one value; use kind: list for several"],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    kind: choice\n    prompt: p\n",
            [
                "deck.yaml:4:5: the card has no 'answer'",
                "deck.yaml:4:5: a choice card needs 'options'",
            ],
        ),
        (
            "id: d\ntitle: T\ncards:\n  - id: c\n    kind: choice\n    prompt: p\n    answer: a\n",
            ["deck.yaml:4:5: a choice card needs 'options'"],
        ),
        (
            "id: d\ntitle: Pakistan\u2019s a\x07b\ncards: []\n",
            ["deck.yaml:2:20: contains the character U+0007, which YAML does not allow; remove it"],
        ),
    ],
    ids=[
        "unknown-card-key",
        "unknown-deck-key",
        "duplicate-key",
        "duplicate-card-id",
        "bad-deck-slug",
        "bad-card-slug",
        "choice-answer-not-an-option",
        "unreadable-number",
        "unreal-date",
        "need-too-large",
        "kind-specific-key",
        "unknown-kind",
        "evidence-without-source",
        "unknown-source",
        "bad-tolerance",
        "list-for-text-card",
        "choice-without-options-or-answer",
        "choice-without-options",
        "control-character",
    ],
)
def test_each_error_class_is_reported_at_its_line(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    path = write(tmp_path, text)
    assert problems_of(path) == [f"{tmp_path}/{line}" for line in expected]


def test_every_problem_in_the_file_is_listed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        id: d
        title: T
        cards:
          - id: a
            prompt: p
            anser: x
          - id: b
            kind: dates
            prompt: q
            answer: 2025-01-01
          - id: a
            prompt: r
            answer: s
    """,
    )
    problems = problems_of(path)
    assert len(problems) == 4
    assert [problem.split(":")[1] for problem in problems] == ["4", "6", "8", "11"]


def test_invalid_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_bytes(b"id: d\ntitle: T\ncards:\n  - id: c\n    prompt: caf\xe9\n")
    assert problems_of(path) == [f"{path}:5:16: is not valid UTF-8 text; save it as UTF-8"]


@pytest.mark.parametrize("text", ["", "   \n\n", "# only a comment\n"])
def test_empty_file_is_one_sentence(tmp_path: Path, text: str) -> None:
    problems = problems_of(write(tmp_path, text))
    assert len(problems) == 1
    assert ":1:1: " in problems[0]
    assert "empty" in problems[0] or "only comments" in problems[0]


def test_top_level_list_is_refused(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, "- id: c\n  prompt: p\n"))
    assert problems == [
        f"{tmp_path}/deck.yaml:1:1: the top level must be a mapping with id, "
        "title and cards, not a list"
    ]


def test_tab_indent_is_named(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, "id: d\ntitle: T\ncards:\n\t- id: c\n"))
    assert problems == [
        f"{tmp_path}/deck.yaml:4:1: a tab is used for indentation; indent with spaces"
    ]


def test_yaml_syntax_error_has_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: a: b\n")
    assert problems_of(path) == [
        f"{path}:5:14: YAML syntax error: mapping values are not allowed in this context"
    ]


CARD_HEAD = "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CARD_HEAD + '    answer: "abc\n', "6:13: YAML syntax error: the quote opened here"),
        (CARD_HEAD + "    answer: 'abc", "6:13: YAML syntax error: the quote opened here"),
        (CARD_HEAD + '    answer: "abc\n\n\n', "6:13: YAML syntax error: the quote opened here"),
        (
            'id: d\ntitle: "unclosed\ncards: []\n',
            "2:8: YAML syntax error: the quote opened here is never closed",
        ),
        (
            CARD_HEAD + "    answer: a\n    tags: [x, y\n",
            "7:11: YAML syntax error: the '[' opened here is never closed with ']'",
        ),
        (
            CARD_HEAD + "    answer: a\n    tags: [x,\n      y,\n",
            "7:11: YAML syntax error: the '[' opened here is never closed with ']'",
        ),
        (
            "id: d\ntitle: T\ncards:\n  - {id: c, prompt: p,\n     answer: a\n",
            "4:5: YAML syntax error: the '{' opened here is never closed with '}'",
        ),
        (
            "id: d\ntitle: T\ncards:\n  - {id: c, prompt: p,\n",
            "4:5: YAML syntax error: the '{' opened here is never closed with '}'",
        ),
    ],
    ids=[
        "quote-last-line",
        "quote-no-final-newline",
        "quote-then-blank-lines",
        "quote-mid-file",
        "bracket-last-line",
        "bracket-trailing-comma",
        "flow-mapping",
        "flow-mapping-trailing-comma",
    ],
)
def test_file_ending_inside_a_quote_or_bracket_points_where_it_opens(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path, text)
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:{expected}")


def test_bracket_left_open_mid_file_points_where_it_opens(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        id: d
        title: T
        cards:
          - id: c
            tags: [dates, calls
            prompt: p
            answer: a
        """,
    )
    assert problems_of(path) == [
        f"{path}:5:11: YAML syntax error: the '[' opened here is still open at line 6; "
        "close it with ']'"
    ]


def test_python_tags_are_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        id: d
        title: !!python/object/apply:os.system ["echo owned"]
        cards:
          - id: c
            prompt: p
            answer: a
    """,
    )
    problems = problems_of(path)
    assert problems == [
        f"{path}:2:8: the tag 'tag:yaml.org,2002:python/object/apply:os.system' "
        "is not allowed in a deck; remove it"
    ]


def test_alias_bomb_is_refused_without_expanding(tmp_path: Path) -> None:
    # Nine levels of nine aliases each: expanded, this would be 9**9 (387 million) strings.
    levels = ['a0: &a0 ["lol"]']
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    text = "\n".join([*levels, "id: d", "title: T", "cards: *a9"]) + "\n"
    problems = problems_of(write(tmp_path, text))
    assert any("unknown key 'a0' in the deck" in problem for problem in problems)
    assert len(problems) < 30


@pytest.mark.parametrize("text", ["---\n", "# A deck\n--- \n\n", "---"])
def test_a_lone_document_marker_is_an_empty_deck_at_line_1(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:1:1: is an empty document; a deck needs id, title and cards"
    ]


def test_an_empty_value_at_the_very_end_points_at_the_last_line(tmp_path: Path) -> None:
    # An explicit key with no value: PyYAML places the empty value past the end of the file.
    path = write(tmp_path, "title: T\ncards: []\n? id")
    assert f"{path}:3:5: the deck id is empty" in problems_of(path)


def test_missing_required_keys(tmp_path: Path) -> None:
    path = write(tmp_path, "description: nothing else\n")
    assert problems_of(path) == [
        f"{path}:1:1: the deck has no 'id'",
        f"{path}:1:1: the deck has no 'title'",
        f"{path}:1:1: the deck has no 'cards'",
    ]


def test_missing_file_and_folder_are_deck_errors(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "absent.yaml") == [f"{tmp_path}/absent.yaml: no such file"]
    assert problems_of(tmp_path) == [f"{tmp_path}: is a folder, not a deck file"]
