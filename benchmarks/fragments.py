"""Count prompts cut into fragments by asking a figure in place in a long sentence.

Reads the output of `benchmarks/drafting.py --cards` (JSON lines) and prints, per shape and
in total, the prompts of that shape (with --show, each one). The shapes:
- opens_cut: the prompt opens on "…", the tail of a sentence whose subject was cut;
- dangling_join: "or"/"and"/", an increase of" left where a sibling figure was cut ("will
  cost or what percentage?", "council borrowing and how much?");
- no_main_clause: an opener or phrase with no verb of its own ("From Monday on what
  date?", "Speaking to about how many supporters ...?"; benchmarks/_no_main_clause.py, the
  detector of branch d16p);
- lost_subject: a verb or determiner whose word was cut ("What did and warn ...?", "the it
  set aside", "Who said the existing centre?").

Run: python benchmarks/fragments.py CARDS.jsonl [--show] [--groups g1,g2]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from _no_main_clause import is_fragment

_QUESTION = r"(?:how\s+(?:much|many|long)|what\s+(?:percentage|share|proportion))"
_CHANGE = r"(?:increase|rise|fall|drop|decrease|cut|jump|gain|decline|reduction)"
SHAPES = {
    "opens_cut": re.compile(r"^…"),
    "dangling_join": re.compile(
        rf"\b(?:cost|costs|rose|fell|grew|reached|totalled|totaled|stood|raised|projects|"
        rf"amount|borrowing)\s*,?\s+(?:or|and)\s+{_QUESTION}\b"
        rf"|(?:^|\s)(?:or|and)\s+{_QUESTION}(?:\s+\w+){{0,1}}\?$"
        rf"|\b(?:cost|costs|rose|fell|grew|reached|totalled|stood|be|is|was|were|are),\s+"
        rf"(?:an?\s+)?{_CHANGE}\s+of\b"
        r"|,\s+(?:or|and)\s+(?:how|what)\b[^,]*\?$",
        re.IGNORECASE,
    ),
    "lost_subject": re.compile(
        r"^What did and\b|\bthe (?:it|he|she|they)\b|^Who said the [a-z]+ [a-z]+\?$"
        r"|^(?:On|In) what (?:date|year|month) [a-z]+\?$|^[A-Z][a-z]+ he (?:would|said)\b"
    ),
}


def shapes_of(prompt: str) -> list[str]:
    found = [name for name, pattern in SHAPES.items() if pattern.search(prompt)]
    if not found and is_fragment(prompt):
        found.append("no_main_clause")
    return found


def main() -> None:
    args = sys.argv[1:]
    show = "--show" in args
    groups = None
    if "--groups" in args:
        groups = set(args[args.index("--groups") + 1].split(","))
    counts: Counter[str] = Counter()
    total = 0
    with open(args[0], encoding="utf-8") as results:
        lines = results.read().splitlines()
    for line in lines:
        result = json.loads(line)
        if "drafted" not in result or (groups and result["group"] not in groups):
            continue
        for card in result["drafted"]:
            found = shapes_of(card["prompt"])
            if found:
                total += 1
                counts.update(found)
                if show:
                    print(
                        f"{result['article'][:12]} [{','.join(found)}] {card['prompt']}"
                        f" => {card['answer']}"
                    )
    print(json.dumps({"fragments": total} | dict(counts)))


if __name__ == "__main__":
    main()
