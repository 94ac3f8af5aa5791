"""An editor's read of every drafted prompt: the ones that would be deleted or rewritten.

Drafts every article of the drafting benchmark (benchmarks/drafting.py, the same runs and
drafting day) and flags prompts that read as junk, by these checks on the prompt's words
and its card's evidence (never one article's):

- ellipsis_start: the prompt opens on "…" (its subject was cut off);
- dateline: a wire dateline asked as part of a sentence ("MONROVIA, on what date ...");
- role_verb: a role phrase holding the verb before the name ("Who is the face incumbent
  vice-president?" from "... will face incumbent vice-president X");
- role_case: a role opening on a capital the sentence had only as its first word ("Who is
  the Former finance minister?");
- bare_title: "Who is the President?", a title with nothing the article says about it;
- dangling: a determiner or verb left before the question phrase when a figure was cut
  ("of the how many registered voters", "Turnout was the registered voters, ...");
- capital_inside: a capitalised function word inside the sentence ("How much will Those
  paying ...");
- long_fill_in: a fill-in sentence (not opening on a question word) over 15 words.

Prints one JSON line per flagged prompt (group, article, flags, prompt), then per group the
prompts drafted and flagged, each check's count, then the total (last).
Run: python benchmarks/prompt_review.py [--quiet]
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import drafting as bench

from trainer.core.authoring.drafting import draft_deck, extracted_text_path
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck

CHECKS = (
    "ellipsis_start",
    "dateline",
    "role_verb",
    "role_case",
    "bare_title",
    "dangling",
    "capital_inside",
    "long_fill_in",
)
# A fill-in sentence longer than this many words reads as the article, not a question.
LONG_FILL_IN = 15
QUIET = "--quiet" in sys.argv[1:]

_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*,\s"
    r"|\((?:[A-Z][\w&-]*\s+){0,3}(?:Press|News|Wire|Agency|Service)\b[^)]*\)"
)
_ROLE_PROMPT = re.compile(r"^Who (?:is|was) (?:the |an? )?(?P<role>[^?]+)\?$")
# A word after one of these in the evidence is a verb ("will face", "to meet", "has beaten").
_VERB_BEFORE = r"(?:will|would|to|can|could|may|might|must|shall|should|did|does|do|has|have|had)"
_CAPITAL_ADJECTIVE = re.compile(
    r"^(?:Former|Incumbent|Outgoing|Acting|Interim|Current|New|Then|Newly|Veteran|Ex)\s+[a-z]"
    r"|^(?:Incumbent|Outgoing|Current|Then|Veteran)\s"
)
_TITLE_WORDS = frozenset(
    [
        "President",
        "Prime",
        "Minister",
        "Chairman",
        "Chair",
        "Chancellor",
        "Governor",
        "Mayor",
        "Senator",
        "Secretary",
        "Director",
        "Ambassador",
        "Speaker",
        "King",
        "Queen",
        "Premier",
        "Chief",
        "Executive",
        "Commissioner",
        "Judge",
    ]
)
_DANGLING = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:how|what|which)\b(?!\s+(?:of|is|are|was|were)\b)"
    r"|\b(?:is|was|are|were)\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:down|up)\s+from\b"
)
# A figure cut between a verb and its object: "Turnout was the registered voters".
_COPULA_THEN_DETERMINER = re.compile(r"\b(?P<verb>is|was|are|were)\s+(?P<det>the|a|an)\s")
_CAPITAL_INSIDE = re.compile(
    r"(?<=[a-z,] )(?:The|Those|These|This|That|A|An|Its|Their|His|Her|It|They|Some|Many|"
    r"Former|Incumbent|Outgoing)\b(?!\s+[A-Z])"
)
_ASKS_FIRST = re.compile(r"^(?:Who|Whom|Whose|What|Which|When|Where|How|Why|In what|On what)\b")


def flags(prompt: str, evidence: str, article: str = "") -> list[str]:
    """The checks ``prompt`` fails, read with its card's ``evidence`` (and the ``article``'s
    text, where a role's words are looked up in their sentence)."""
    found: list[str] = []
    if prompt.startswith("…"):
        found.append("ellipsis_start")
    if _DATELINE.search(prompt):
        found.append("dateline")
    role = _ROLE_PROMPT.match(prompt)
    if role and role.group("role") and not role.group("role").startswith(("said", "told")):
        words = role.group("role").split()
        if any(
            word.islower()
            and re.search(
                rf"\b{_VERB_BEFORE}\s+{re.escape(word)}\s+{re.escape(' '.join(words[1:]))}",
                f"{evidence} {article}",
            )
            for word in words[:1]
        ):
            found.append("role_verb")
        if _CAPITAL_ADJECTIVE.match(role.group("role")):
            found.append("role_case")
        qualifiers = {"former", "incumbent", "outgoing", "acting", "current"}
        titles = [word for word in words if word.casefold() not in qualifiers]
        if titles and all(word in _TITLE_WORDS for word in titles) and len(titles) <= 2:
            found.append("bare_title")
    if _DANGLING.search(prompt) or _figure_cut_after_copula(prompt, evidence):
        found.append("dangling")
    if _CAPITAL_INSIDE.search(prompt.split("“")[0].split('"')[0]):
        found.append("capital_inside")
    if len(prompt.split()) > LONG_FILL_IN and not _ASKS_FIRST.match(prompt):
        found.append("long_fill_in")
    return found


def _figure_cut_after_copula(prompt: str, evidence: str) -> bool:
    """ "Turnout was the registered voters" from "Turnout was 61.4% of the 2.48 million
    registered voters": a figure the verb's complement was, cut from between them."""
    for found in _COPULA_THEN_DETERMINER.finditer(prompt):
        subject = prompt[: found.start()].split()[-1:] or [""]
        pattern = rf"\b{re.escape(subject[0])}\s+{found.group('verb')}\s+[^\s,]*\d"
        if subject[0] and re.search(pattern, evidence):
            return True
    return False


def drafted_cards(file_name: str, folder: Path) -> list[dict[str, Any]]:
    """The cards ``trainer draft`` writes for the article, with their evidence."""
    deck_path = folder / f"{Path(file_name).stem}-{Path(file_name).suffix[1:]}.yaml"
    source = read_source(str(bench.ARTICLES / file_name))
    text_path = extracted_text_path(deck_path) if source.extracted else bench.ARTICLES / file_name
    if source.extracted:
        text_path.write_text(source.text, encoding="utf-8")
    draft = draft_deck(
        source.article(text_path), "bench", deck_path, origin=source.origin, today=bench.DRAFTED_ON
    )
    deck = parse_deck(draft.text.encode("utf-8"), deck_path)
    article = text_path.read_text(encoding="utf-8")
    return [
        {"prompt": card.prompt, "evidence": card.evidence or "", "article": article}
        for card in deck.cards
    ]


def main() -> None:
    grouped = bench.grouped_keys()
    runs = [(group, name) for group in bench.GROUPS for name in grouped[group]]
    for group, forms in bench.OTHER_FORMS_BY_GROUP.items():
        runs += [(group, name) for name in forms]
    totals: dict[str, Counter[str]] = {group: Counter() for group in bench.GROUPS}
    with tempfile.TemporaryDirectory() as folder:
        for group, file_name in runs:
            for card in drafted_cards(file_name, Path(folder)):
                failed = flags(card["prompt"], card["evidence"], card["article"])
                totals[group]["prompts"] += 1
                totals[group].update(failed)
                totals[group]["flagged"] += bool(failed)
                if failed and not QUIET:
                    line = {"group": group, "article": file_name, "flags": failed}
                    print(json.dumps(line | {"prompt": card["prompt"]}, ensure_ascii=False))
    overall: Counter[str] = Counter()
    for group in bench.GROUPS:
        overall.update(totals[group])
        print(json.dumps({"group": group} | _figures(totals[group])))
    print(json.dumps({"total": True} | _figures(overall)))


def _figures(counts: Counter[str]) -> dict[str, int]:
    return {"prompts": counts["prompts"], "flagged": counts["flagged"]} | {
        check: counts[check] for check in CHECKS
    }


if __name__ == "__main__":
    main()
