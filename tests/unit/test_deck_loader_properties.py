"""Whatever text an author saves, the loader answers with a Deck or a DeckError, nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trainer import DeckError, load_deck

YAML_PIECES = st.sampled_from(
    [
        "id: d\n",
        "title: T\n",
        "cards:\n",
        "  - id: c\n",
        "    prompt: p\n",
        "    answer: a\n",
        "    kind: number\n",
        "    kind: date\n",
        "    kind: choice\n",
        "    kind: list\n",
        "    options: [a, b]\n",
        "    need: 2\n",
        "    answer: [x, y]\n",
        "sources:\n",
        "  s1:\n",
        "    file: x.txt\n",
        "    source: s1\n",
        "    evidence: e\n",
        "&a ",
        "*a",
        "!!python/object:os.system ",
        "!!binary ",
        "- ",
        ": ",
        "? ",
        "{",
        "}",
        "[",
        "]",
        "'",
        '"',
        "\t",
        " ",
        "\n",
        "#",
        "|",
        ">",
        "---\n",
        "...\n",
        "~",
        "null",
        "2025-02-30",
        "3.10",
        "no",
        "0x1F",
        "\ufeff",
        "\x00",
        "é",
        "\u202e",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YAML_PIECES | st.text(max_size=8), max_size=40).map("".join))
@example("\ufeff\ufeffid: d\n0")  # a second byte-order mark once moved the error a line down
def test_random_yamlish_text_raises_only_deck_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            deck = load_deck(path)
        except DeckError as error:
            assert error.problems
            assert all(str(problem).startswith(str(path)) for problem in error.problems)
            # A problem never points past the file's last line.
            last_line = max(1, len(text.splitlines()))
            assert all(problem.line <= last_line for problem in error.problems)
        else:
            assert deck.id and deck.cards


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_deck_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.yaml"
        path.write_bytes(data)
        try:
            load_deck(path)
        except DeckError as error:
            assert error.problems
