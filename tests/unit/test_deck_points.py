"""The deck format's `points` and `need` on text cards and `shuffle` on choice cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import DeckError, load_deck

HEAD = "id: d\ntitle: T\ncards:\n"


def _load(tmp_path: Path, cards: str):
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + cards, encoding="utf-8")
    return load_deck(path)


def _problems(tmp_path: Path, cards: str) -> list[str]:
    with pytest.raises(DeckError) as caught:
        _load(tmp_path, cards)
    return [str(problem).replace(str(tmp_path) + "/", "") for problem in caught.value.problems]


def test_points_are_read_as_tuples_of_forms_a_lone_phrase_being_one_form(
    tmp_path: Path,
) -> None:
    deck = _load(
        tmp_path,
        "  - id: aim\n    prompt: What was it launched to do?\n"
        "    answer: dismantle terror infrastructure\n"
        "    points:\n      - [dismantle, take down]\n      - terror\n"
        "      - [infrastructure, launch pads]\n    need: 2\n",
    )
    card = deck.cards[0]
    assert card.points == (
        ("dismantle", "take down"),
        ("terror",),
        ("infrastructure", "launch pads"),
    )
    assert card.need == 2


def test_cards_without_the_new_keys_keep_their_defaults(tmp_path: Path) -> None:
    deck = _load(
        tmp_path,
        "  - id: a\n    prompt: p\n    answer: x\n"
        "  - id: b\n    kind: choice\n    prompt: p\n    answer: x\n    options: [x, y]\n",
    )
    assert deck.cards[0].points == () and deck.cards[0].need is None
    assert deck.cards[1].shuffle is True


@pytest.mark.parametrize(
    ("written", "expected"), [("false", False), ("no", False), ("true", True), ('"false"', False)]
)
def test_shuffle_reads_true_or_false(tmp_path: Path, written: str, expected: bool) -> None:
    deck = _load(
        tmp_path,
        "  - id: b\n    kind: choice\n    prompt: p\n    answer: x\n"
        f"    options: [x, y]\n    shuffle: {written}\n",
    )
    assert deck.cards[0].shuffle is expected


@pytest.mark.parametrize(
    ("cards", "expected"),
    [
        (
            "  - id: a\n    prompt: p\n    answer: x\n    points: dismantle\n",
            [
                "deck.yaml:7:13: points must be a list of points, each a list of interchangeable "
                "words or phrases, like - [dismantle, destroy]"
            ],
        ),
        (
            "  - id: a\n    prompt: p\n    answer: x\n    points: []\n",
            ["deck.yaml:7:13: points is empty; list at least one point or remove the key"],
        ),
        (
            "  - id: a\n    prompt: p\n    answer: x\n    points: [[a], []]\n",
            ["deck.yaml:7:19: a point is empty; give it at least one word or phrase"],
        ),
        (
            "  - id: a\n    prompt: p\n    answer: x\n    points: [{a: b}]\n",
            [
                "deck.yaml:7:14: each point must be a list of interchangeable words or phrases, "
                "not a mapping"
            ],
        ),
        (
            "  - id: a\n    prompt: p\n    answer: x\n    points: [[a], [b]]\n    need: 3\n",
            ["deck.yaml:8:11: need 3 is more than the 2 points"],
        ),
        (
            "  - id: a\n    prompt: p\n    answer: x\n    need: 1\n",
            [
                "deck.yaml:7:5: 'need' on a text card counts its points; add 'points' or remove "
                "'need'"
            ],
        ),
        (
            "  - id: a\n    kind: name\n    prompt: p\n    answer: x\n    points: [[x]]\n",
            ["deck.yaml:8:5: 'points' applies only to text cards"],
        ),
        (
            "  - id: a\n    kind: date\n    prompt: p\n    answer: 2025-01-01\n    need: 1\n",
            ["deck.yaml:8:5: 'need' applies only to list cards and text cards with points"],
        ),
        (
            "  - id: a\n    prompt: p\n    answer: x\n    shuffle: false\n",
            ["deck.yaml:7:5: 'shuffle' applies only to choice cards"],
        ),
        (
            "  - id: a\n    kind: choice\n    prompt: p\n    answer: x\n    options: [x, y]\n"
            "    shuffle: sometimes\n",
            ["deck.yaml:9:14: shuffle 'sometimes' must be true or false"],
        ),
    ],
    ids=[
        "points-not-a-list",
        "points-empty",
        "point-empty",
        "point-a-mapping",
        "need-too-large",
        "need-without-points",
        "points-on-name",
        "need-on-date",
        "shuffle-on-text",
        "shuffle-not-a-flag",
    ],
)
def test_bad_points_need_and_shuffle_are_located(
    tmp_path: Path, cards: str, expected: list[str]
) -> None:
    assert _problems(tmp_path, cards) == expected


def test_the_schema_agrees_on_points_need_and_shuffle() -> None:
    import json

    import jsonschema

    schema_path = Path(__file__).resolve().parents[2] / "trainer" / "schema" / "deck.schema.json"
    validator = jsonschema.Draft7Validator(json.loads(schema_path.read_text(encoding="utf-8")))

    def errors(card: dict) -> list[str]:
        deck = {"id": "d", "title": "T", "cards": [{"id": "c", "prompt": "p", **card}]}
        return [error.message for error in validator.iter_errors(deck)]

    assert errors({"answer": "x", "points": [["a", "b"], "c"], "need": 1}) == []
    assert errors({"kind": "choice", "answer": "x", "options": ["x", "y"], "shuffle": False}) == []
    assert errors({"answer": "x", "need": 1}) != []
    assert errors({"kind": "number", "answer": "1", "points": [["a"]]}) != []
    assert errors({"answer": "x", "shuffle": False}) != []
    assert errors({"answer": "x", "points": []}) != []


def test_the_points_dictionary_can_be_read_ahead_in_the_background() -> None:
    import threading

    from trainer.core.grading import point_words

    point_words.prepare_in_background()
    for thread in threading.enumerate():
        if thread.name == "points-dictionary":
            thread.join(timeout=30)
    assert point_words.is_known_word("instability")
    assert point_words._loaded
