"""The deck parser walks cards as they are composed (deck_stream): the same deck and the
same problems, at the same lines and columns, as walking the whole composed tree."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer.core.deck import Deck, Problem
from trainer.core.deck_parser import DeckWalk, DeckYaml, parse
from trainer.core.deck_stream import StreamComposer

DECKS = sorted((Path(__file__).parents[2] / "decks").glob("*.yaml"))

GOOD_CARD = "  - id: c{n}\n    prompt: Question {n}?\n    answer: a{n}\n    source: s1\n"
SOURCES = "sources:\n  s1:\n    file: article.txt\n"

AWKWARD = {
    "sources after the cards": (
        "id: d\ntitle: T\ncards:\n" + GOOD_CARD.format(n=1) + GOOD_CARD.format(n=2) + SOURCES
    ),
    "a card naming an unknown source": (
        "id: d\ntitle: T\n" + SOURCES + "cards:\n" + GOOD_CARD.format(n=1).replace("s1", "s2")
    ),
    "duplicate ids and a bad kind": (
        "id: d\ntitle: T\ncards:\n"
        "  - id: a\n    prompt: P?\n    answer: x\n"
        "  - id: a\n    prompt: Q?\n    answer: y\n"
        "  - id: b\n    kind: nope\n    prompt: R?\n    answer: z\n"
    ),
    "two cards keys": (
        "id: d\ntitle: T\ncards:\n  - id: a\n    prompt: P?\n    answer: x\n"
        "cards:\n  - id: b\n    prompt: Q?\n    answer: y\n"
    ),
    "cards not a list first, then a list": (
        "id: d\ntitle: T\ncards: 3\ncards:\n  - id: b\n    prompt: Q?\n    answer: y\n"
    ),
    "an empty cards list": "id: d\ntitle: T\ncards: []\n",
    "a tagged cards list": (
        "id: d\ntitle: T\ncards: !!seq\n  - id: a\n    prompt: P?\n    answer: x\n"
    ),
    "a duplicate anchor": (
        "id: d\ntitle: T\ncards:\n  - &one\n    id: a\n    prompt: P?\n    answer: x\n"
        "  - &one\n    id: b\n    prompt: Q?\n    answer: y\n"
    ),
    "an anchored card used twice": (
        "id: d\ntitle: T\ncards:\n  - &one\n    id: a\n    prompt: P?\n    answer: x\n  - *one\n"
    ),
    "an undefined alias": "id: d\ntitle: T\ncards:\n  - *nowhere\n",
    "a flow deck with sources last": (
        '{id: d, title: T, cards: [{id: a, prompt: "P?", answer: x, source: s1}],'
        " sources: {s1: {file: article.txt}}}\n"
    ),
    "bad cards, then a syntax error": (
        "id: d\ntitle: T\ncards:\n  - id: A B\n    prompt: P?\n    answer: x\n"
        "  - id: b\n    prompt: [unclosed\n    answer: y\n"
    ),
    "two documents": (
        "id: d\ntitle: T\ncards:\n  - id: a\n    prompt: P?\n    answer: x\n---\nid: e\n"
    ),
}


def whole_tree(data: bytes, path: Path) -> tuple[Deck | None, list[Problem]]:
    """The parser as it was: the whole file composed by PyYAML, then walked."""
    reading = DeckYaml(str(path))
    root = reading.compose(data)
    if root is None:
        return None, reading.problems
    walk = DeckWalk(str(path), reading.yaml_text)
    deck = walk.build(root, path)
    return deck, sorted(reading.problems + walk.problems, key=lambda p: (p.line, p.column))


@pytest.mark.parametrize("path", DECKS, ids=lambda path: path.name)
def test_every_bundled_deck_reads_the_same(path: Path) -> None:
    data = path.read_bytes()
    assert parse(data, path) == whole_tree(data, path)


@pytest.mark.parametrize("name", sorted(AWKWARD))
def test_awkward_decks_give_the_same_deck_and_problems(tmp_path: Path, name: str) -> None:
    path = tmp_path / "deck.yaml"
    data = AWKWARD[name].encode("utf-8")
    streamed, expected = parse(data, path), whole_tree(data, path)
    assert streamed == expected
    assert streamed[1] or streamed[0] is not None


def test_sources_after_the_cards_still_resolve(tmp_path: Path) -> None:
    deck, problems = parse(AWKWARD["sources after the cards"].encode(), tmp_path / "d.yaml")
    assert problems == []
    assert deck is not None and [card.source for card in deck.cards] == ["s1", "s1"]


def test_cards_are_handed_over_one_at_a_time_and_not_kept() -> None:
    text = (
        "id: d\ntitle: T\n"
        + SOURCES
        + "cards:\n"
        + "".join(GOOD_CARD.format(n=n) for n in range(50))
    )
    seen: list[str] = []

    def take(node: yaml.Node) -> None:
        assert isinstance(node, yaml.MappingNode)
        seen.append(node.value[0][1].value)

    root = StreamComposer(text).compose(take, lambda root: True)
    assert seen == [f"c{n}" for n in range(50)]
    assert isinstance(root, yaml.MappingNode)
    cards = dict((key.value, value) for key, value in root.value)["cards"]
    assert cards.value == [] and cards.count == 50
    # Marks are those PyYAML gives.
    composed = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert [(key.start_mark.line, key.start_mark.column) for key, _ in root.value] == [
        (key.start_mark.line, key.start_mark.column) for key, _ in composed.value
    ]
