"""How well `trainer draft` turns outside articles into cards, against an answer key.

For each article in tests/data/articles/keys.yaml (and the same articles as a saved web page
and a PDF), draft a deck and count:
- facts_drafted: key facts with a card whose answer the trainer's grader marks correct
  against the key's answer, and whose evidence overlaps the key's evidence;
- cards_per_fact: cards drafted per key fact;
- give_aways: prompts holding their own answer or another card's, as the grader reads them;
- long_prompts: prompts over 20 words.

The articles come in groups: "tuned", the ones the drafting rules were first developed
while reading; "held_out", written and keyed for the check and never tuned to; and one
group per QA round ("qa_round_1", "qa_round_2", ...), five or six articles each, written
and keyed by a tester who had read none of the drafter's code, tests, docs or earlier
articles. A group is any top-level mapping of keys.yaml (its articles' keys under it);
the tuned articles' keys are top-level lists. Each round's articles, styles, licence and how
it was measured (unseen, then read) are in tests/data/articles/SOURCES.md, and its figures,
taken before anyone changing the drafter read it, in docs/drafting-log.md (the current
ones in docs/authoring.md, "How well drafting works"). The benchmark's test holds the goal
on every group but the newest unseen one (tests/unit/test_drafting_benchmark.py,
UNSEEN_GROUPS).

Prints JSON: one object per article, a total per group, then the overall total (last).
Run: python benchmarks/drafting.py [--cards]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import tempfile
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.core.authoring.drafting import draft_deck, extracted_text_path  # noqa: E402
from trainer.core.authoring.finishing import gives_away  # noqa: E402
from trainer.core.authoring.reading import read_source  # noqa: E402
from trainer.core.deck import Card, parse_deck  # noqa: E402
from trainer.core.grading import grade  # noqa: E402
from trainer.core.validate import fold_typography  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
# The same stories in the other forms draft reads, graded against the text's key, per group.
OTHER_FORMS_BY_GROUP = {
    "tuned": {
        "wikinews-matariki.html": "wikinews-matariki.txt",
        "crs-tariff-authorities.pdf": "crs-tariff-authorities.txt",
    },
    "qa_round_1": {"a4-council-budget.html": "a4-council-budget.txt"},
    "qa_round_2": {"b2-radar-press-release.pdf": "b2-radar-press-release.txt"},
}
# A prompt longer than this many words is counted as long (the issue's reviewers' limit).
LONG_PROMPT = 20


def grouped_keys() -> dict[str, dict[str, list[dict[str, str]]]]:
    """keys.yaml's facts by group, "tuned" first: a top-level mapping is a group of its own
    (its articles' keys under it), a top-level list an article of the tuned group."""
    keys: dict[str, Any] = yaml.safe_load((ARTICLES / "keys.yaml").read_text(encoding="utf-8"))
    grouped: dict[str, dict[str, list[dict[str, str]]]] = {
        "tuned": {name: key for name, key in keys.items() if isinstance(key, list)}
    }
    grouped |= {name: group for name, group in keys.items() if isinstance(group, dict)}
    return grouped


GROUPS = tuple(grouped_keys())
# The day the articles are drafted as of: a wire dateline without a year ("BERLIN, Dec 4")
# is read as the latest such day up to the drafting day, and the keys were written in the
# week of December 2026 the stories are set in, so the run does not move with the clock.
DRAFTED_ON = dt.date(2026, 12, 6)
# Evidence overlaps when it shares this many characters in a row (or all of the shorter).
OVERLAP = 20
_BARE_YEAR = re.compile(r"\d{4}")
# `--cards` adds each article's drafted cards to its line, for reading them by hand.
SHOW_CARDS = "--cards" in sys.argv[1:]


def main() -> None:
    grouped = grouped_keys()
    runs = [(group, name, key) for group in GROUPS for name, key in grouped[group].items()]
    for _, name, key in runs:
        _check_key(name, key)
    for group, forms in OTHER_FORMS_BY_GROUP.items():
        runs += [(group, name, grouped[group][text]) for name, text in forms.items()]
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for group, file_name, key in runs:
            results.append({"group": group} | measure(file_name, key, Path(folder)))
    for result in results:
        print(json.dumps(result, ensure_ascii=False))
    for group in GROUPS:
        print(json.dumps({"group": group} | _totals([r for r in results if r["group"] == group])))
    print(json.dumps({"total": True} | _totals(results)))


KEY_FIELDS = {"kind", "answer", "evidence"}


def _check_key(file_name: str, key: list[dict[str, str]]) -> None:
    """Stop on a fact with other fields: an unquoted comma in a flow mapping ("answer:
    about 1,200 people") ends the answer there and makes the rest a field of its own."""
    for fact in key:
        if set(fact) != KEY_FIELDS:
            raise SystemExit(
                f"keys.yaml: {file_name}: the fact {fact!r} has fields {sorted(set(fact))}, "
                f"not {sorted(KEY_FIELDS)} (quote an answer that holds a comma)"
            )


def _totals(results: list[dict[str, Any]]) -> dict[str, Any]:
    facts = sum(result["key_facts"] for result in results)
    drafted = sum(result["facts_drafted"] for result in results)
    cards = sum(result["cards"] for result in results)
    return {
        "articles": len(results),
        "key_facts": facts,
        "facts_drafted": drafted,
        "share_drafted": round(drafted / facts, 3) if facts else 0.0,
        "cards": cards,
        "cards_per_fact": round(cards / facts, 2) if facts else 0.0,
        "give_aways": sum(len(result["give_aways"]) for result in results),
        "long_prompts": sum(result["long_prompts"] for result in results),
    }


def measure(file_name: str, key: list[dict[str, str]], folder: Path) -> dict[str, Any]:
    deck_path = folder / f"{Path(file_name).stem}-{Path(file_name).suffix[1:]}.yaml"
    source = read_source(str(ARTICLES / file_name))
    text_path = extracted_text_path(deck_path) if source.extracted else ARTICLES / file_name
    if source.extracted:
        text_path.write_text(source.text, encoding="utf-8")
    draft = draft_deck(
        source.article(text_path), "bench", deck_path, origin=source.origin, today=DRAFTED_ON
    )
    deck = parse_deck(draft.text.encode("utf-8"), deck_path)
    missed = [fact for fact in key if not any(_matches(card, fact) for card in deck.cards)]
    cards = [
        {
            "id": card.id,
            "kind": card.kind,
            "prompt": card.prompt,
            "answer": card.answer_text,
            "evidence": card.evidence or "",
        }
        for card in deck.cards
    ]
    leaks = [
        f"{card['id']}: gives away {other['id']}"
        for card in cards
        for other in cards
        if gives_away(card["prompt"], other)
    ]
    return {
        "article": file_name,
        "key_facts": len(key),
        "facts_drafted": len(key) - len(missed),
        "share_drafted": round((len(key) - len(missed)) / len(key), 3),
        "cards": len(cards),
        "cards_per_fact": round(len(cards) / len(key), 2),
        "give_aways": leaks,
        "long_prompts": sum(len(card["prompt"].split()) > LONG_PROMPT for card in cards),
        "missed": [str(fact["answer"]) for fact in missed],
    } | ({"drafted": cards} if SHOW_CARDS else {})


def _matches(card: Card, fact: dict[str, str]) -> bool:
    """The card's answer is right for the fact, by the grader, and its evidence is the fact's."""
    kind = fact["kind"]
    # A year alone is not a date card's answer (docs/deck-format.md: "a bare year ... is
    # wrong"): the drafter asks it as a text card, so a key's "date" of a bare year is graded
    # as text, the way the older keys write it.
    if kind == "date" and _BARE_YEAR.fullmatch(str(fact["answer"])):
        kind = "text"
    # Graded as the trainer grades an answer to the card's own question: the key's answer
    # is the right one, and words of it the question states need not be given again
    # ("Medical University of Lublin", asked "She studied medicine at which university?",
    # for the key's "medicine at the Medical University of Lublin").
    key_card = Card(id="key", kind=kind, prompt=card.prompt, answer=str(fact["answer"]))  # type: ignore[arg-type]
    if not grade(key_card, card.answer_text).accepted:
        return False
    return _overlap(card.evidence or "", fact["evidence"])


def _overlap(evidence: str, key_evidence: str) -> bool:
    left = fold_typography(evidence).casefold()
    right = fold_typography(key_evidence).casefold()
    if not left or not right:
        return False
    match = SequenceMatcher(None, left, right, autojunk=False).find_longest_match(
        0, len(left), 0, len(right)
    )
    return match.size >= min(OVERLAP, len(left), len(right))


if __name__ == "__main__":
    main()
