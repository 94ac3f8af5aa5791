"""Loading a generated 10,000-card deck, next to PyYAML's CSafeLoader alone.

Prints one JSON object: seconds for each (best of several runs) and their ratio.
Usage: python benchmarks/deck_load.py [--cards N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from trainer.core.deck import load_deck

KIND_ANSWERS = (
    ("text", "critical minerals"),
    ("name", "Marco Rubio"),
    ("number", "29%"),
    ("date", "2025-07-25"),
)


def generate_deck(cards: int) -> str:
    """A deck file with ``cards`` cards of mixed kinds, as an author would write them."""
    lines = [
        "id: generated",
        "title: Generated deck",
        "sources:",
        "  s1:",
        "    file: article.txt",
        "    title: An article",
        "cards:",
    ]
    for index in range(cards):
        kind, answer = KIND_ANSWERS[index % len(KIND_ANSWERS)]
        lines += [
            f"  - id: card-{index}",
            f"    kind: {kind}",
            f"    prompt: Question number {index} about the article?",
            f'    answer: "{answer}"',
            "    accept: [first form, second form]",
            "    source: s1",
            f"    evidence: words from the article {index}",
            "    tags: [generated, bench]",
            "    note: A note shown after answering.",
        ]
    return "\n".join(lines) + "\n"


def best_of(repeat: int, action: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def measure(cards: int, repeat: int) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yaml"
        path.write_text(generate_deck(cards), encoding="utf-8")
        csafe = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        def yaml_alone() -> object:
            with path.open("rb") as handle:
                return yaml.load(handle, Loader=csafe)

        yaml_s = best_of(repeat, yaml_alone)
        load_s = best_of(repeat, lambda: load_deck(path))
    return {
        "cards": cards,
        "yaml_csafe_s": round(yaml_s, 4),
        "load_deck_s": round(load_s, 4),
        "ratio": round(load_s / yaml_s, 3),
        "c_loader": csafe is not yaml.SafeLoader,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    json.dump(measure(args.cards, args.repeat), sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
