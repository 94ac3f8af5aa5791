"""A list item's card asked with what the list hangs from: its lead-in line or its heading.

A results release's highlights ("Third Quarter 2026 Highlights" / "- Total revenue of $412.6
million, up 18% year over year") and an audit's recommendations ("The Office recommends that
the Department:" / "R1. publish a revised delivery schedule ... by 31 March 2027;") state a
fact with no subject or period of its own: the line above supplies it. Asked alone, the item
reads "Total revenue of how much?" or "Publish a revised delivery schedule ... by what date?",
which no reader can place. So:

- an item under a lead-in clause ending in a colon is asked as that clause and the item,
  one sentence ("The Office recommends that the Department publish ... by what date?");
- a noun-phrase item under a heading that names a period takes it ("How much was total
  revenue in the third quarter of 2026?"; "Total revenue was up what percentage year over
  year in the third quarter of 2026?");
- an item opening on a verb in the past ("Repurchased approximately 1.2 million shares ...")
  takes the document's subject, the name its first sentence opens on ("Norvale Systems
  repurchased ..."); with none known the card goes, as an editor would delete it.

A prompt that does not open on the item's own words (another rule already gave it a
subject) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.cut_question import cut_after_question
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.stand_alone import PROMPT_WORDS

# A list marker: "- ", "• ", "* ", "1. ", "R1. ", "(a) ", "a) ".
_MARKER = re.compile(rf"^\s*(?:[-•*–]|\(?[{CAPITAL}{SMALL}]?\d{{1,2}}[.)]|\(?[{SMALL}][.)])\s+")
# A heading is a short line with no sentence end.
_HEADING_WORDS = 8
_ORDINALS = r"first|second|third|fourth"
# "Third Quarter 2026", "Q3 2026", "First Half 2026", "Full Year 2026", "Fiscal 2026".
_PERIOD = re.compile(
    rf"\b(?:(?P<ord>{_ORDINALS})[\s-]+(?P<part>quarter|half)|Q(?P<q>[1-4])|H(?P<h>[12])|"
    r"(?P<full>full[\s-]+year|fiscal(?:\s+year)?))(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_QUARTER_WORDS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
# "Total revenue of how much?", "... margin of approximately what percentage?"
_OF_QUESTION = re.compile(
    rf"^(?P<np>[{CAPITAL}][^,?]{{2,60}}?)\s+of\s+(?:approximately\s+|about\s+|roughly\s+|nearly\s+)?"
    r"(?P<q>how much|how many|what percentage|what share)\?$"
)
# "Total revenue, up what percentage year over year?", "X, representing what share of Y?"
_CHANGE_QUESTION = re.compile(
    rf"^(?P<np>[{CAPITAL}][^,?]{{2,60}}?),\s+(?P<verb>up|down|representing)\s+(?P<rest>[^?]+)\?$"
)
# "GAAP net income, or how much per diluted share?": the same amount per unit.
_PER_UNIT_QUESTION = re.compile(
    rf"^(?P<np>[{CAPITAL}][^,?]{{2,60}}?),\s+or\s+(?P<q>(?:how much|how many|what "
    rf"[{SMALL}]+)\s+per\s+[^?,]+)\?$"
)
# "Adjusted EBITDA, with an adjusted EBITDA margin of what percentage?": the measure asked.
_WITH_QUESTION = re.compile(
    rf"^[{CAPITAL}][^,?]{{2,60}}?,\s+with\s+(?:an?|the)\s+(?P<measure>[^,?]{{2,60}}?)\s+of\s+"
    r"(?P<q>how much|how many|what percentage)\?$"
)
# "Remaining performance obligations (RPO) of $1.06 billion, up 31% ...": what is measured.
_ITEM_AMOUNT = re.compile(rf"^(?P<np>[{CAPITAL}][^,]{{2,60}}?)\s+of\s+[^,]+,\s+(?:up|down)\b")
_CHANGE_OPENING = re.compile(r"^(?:Up|Down)\s")
# "Repurchased ...", "Completed ...", "Opened ...": an item whose subject is the document's.
_PAST_VERB = re.compile(
    rf"^(?P<verb>[{CAPITAL}][{SMALL}]{{2,}}ed)\s+(?P<rest>[{SMALL}].*)$", re.DOTALL
)
# "Interested parties may make ...": the "-ed" word describes the subject that follows.
_PARTICIPLE = re.compile(
    r"^[\w-]+\s+(?:may|might|will|would|can|could|must|should|shall|are|were|is|was|have|has)\b"
)
# The document's subject: a capitalised name opening its first full sentence, after any
# dateline ("AUSTIN, Texas, Oct. 28, 2026 /PRNewswire/ -- ").
_DATELINE = re.compile(r"^.{0,120}?\s(?:--|—|–)\s+")
_NAME = re.compile(
    rf"^(?P<name>(?:[{CAPITAL}][\w&'’.-]*\s+){{0,3}}[{CAPITAL}][\w&'’-]*)"
    rf"(?=,|\s+[{SMALL}(])"
)
_COMPANY_ENDINGS = re.compile(r"(?:,?\s+(?:Inc|Ltd|plc|LLC|Corp|Co|SA|AG|NV|ApS)\.?)+$")
_FIRST_SENTENCE_WORDS = 8
# Words that open a sentence capitalised without naming anyone.
_NOT_A_NAME = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "We",
        "Our",
        "They",
        "Their",
        "He",
        "She",
        "In",
        "On",
        "At",
        "For",
        "By",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "Since",
        "From",
        "With",
        "Under",
        "Over",
    ]
)


@dataclass(frozen=True)
class ListItem:
    """Where a card's evidence sits in a list: the item's text and what the list hangs from."""

    item: str
    lead_in: str | None
    heading: str | None


def list_item_of(evidence: str, story: Article) -> ListItem | None:
    """The list item ``evidence`` is, with its lead-in clause or heading, or None."""
    lines = story.lines
    for at, line in enumerate(lines):
        marker = _MARKER.match(line)
        item = line[marker.end() :] if marker else line.strip()
        if not item or not _same_text(item, evidence):
            continue
        above = _line_above_list(lines, at)
        if above is None:
            return None
        if marker is None:
            # A paragraph after "X said:" is a quotation, not a list's item.
            return None
        if above.endswith(":"):
            return ListItem(item=item, lead_in=above[:-1].strip(), heading=None)
        if _is_heading(above):
            return ListItem(item=item, lead_in=None, heading=above)
        return None
    return None


def asked_from_list(prompt: str, item: ListItem, subject: str | None) -> str:
    """``prompt`` (asked from ``item``) with the list's lead-in, period or ``subject``;
    ``prompt`` itself when it needs none; "" when it cannot stand alone and nothing fits."""
    if not _opens_on_item(prompt, item.item):
        # "Up what percentage year over year?": the change of the item's opening amount.
        measured = _ITEM_AMOUNT.match(item.item)
        if measured and item.heading and _CHANGE_OPENING.match(prompt):
            prompt = f"{measured['np']}, {prompt[0].lower()}{prompt[1:]}"
        else:
            return prompt
    if item.lead_in is not None:
        # ("The budget contains the following changes:" / "- The corporate tax rate will be
        # cut ...": an item that is a sentence of its own completes no lead-in)
        if not _is_clause(item.lead_in) or _OWN_SENTENCE.match(item.item):
            return prompt
        joined = f"{item.lead_in} {prompt[0].lower()}{prompt[1:]}"
        if len(joined.split()) > PROMPT_WORDS:
            # "recommends the Department publish": the "that" a long question can spare.
            joined = re.sub(r"\b(\w+s) that ", r"\1 ", joined, count=1)
        if len(joined.split()) <= PROMPT_WORDS:
            return joined
        # "... by what year that sets quotas as shares of actual?": the tail goes first.
        return cut_after_question(joined, PROMPT_WORDS) or ""
    period = _period_in(item.heading or "")
    # "... compared with what percentage in the third quarter?": a prompt that names the
    # period already is not given it twice.
    if period is not None and period.split(" of ")[0].casefold() not in prompt.casefold():
        if found := _OF_QUESTION.match(prompt):
            question = found["q"][0].upper() + found["q"][1:]
            verb = "were" if found["q"] == "how many" else "was"
            return f"{question} {verb} {_lower_first(found['np'])} in {period}?"
        if found := _PER_UNIT_QUESTION.match(prompt):
            question = found["q"][0].upper() + found["q"][1:]
            return f"{question} was {_lower_first(found['np'])} in {period}?"
        if found := _WITH_QUESTION.match(prompt):
            question = found["q"][0].upper() + found["q"][1:]
            return f"{question} was the {found['measure']} in {period}?"
        if found := _CHANGE_QUESTION.match(prompt):
            changed = {"up": "was up", "down": "was down", "representing": "represented"}
            return f"{found['np']} {changed[found['verb']]} {found['rest']} in {period}?"
    if (found := _PAST_VERB.match(prompt)) and not _PARTICIPLE.match(found["rest"]):
        if subject is None:
            return ""
        return f"{subject} {found['verb'].lower()} {found['rest']}"
    return prompt


def document_subject(story: Article) -> str | None:
    """The name the document's first full sentence opens on ("Norvale Systems"), or None."""
    for line in story.lines:
        for begin, end in sentence_spans(line):
            sentence = _DATELINE.sub("", line[begin:end], count=1)
            # A headline or standfirst has no full stop; the first sentence has.
            if len(sentence.split()) < _FIRST_SENTENCE_WORDS or not sentence.endswith("."):
                continue
            found = _NAME.match(sentence)
            if found is None:
                return None
            name = _COMPANY_ENDINGS.sub("", found["name"]).rstrip(",")
            return name if name.split()[0] not in _NOT_A_NAME else None
    return None


def with_list_context(
    groups: dict[str, list[dict[str, Any]]],
    story: Article,
    gives_away: Callable[[str, dict[str, Any]], bool],
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with each list item's prompt asked with what its list hangs from; a card
    whose prompt cannot stand alone goes, and so does a card asking a lead-in clause alone
    ("For which period, Norvale expects?"), whose words the items now carry.
    ``gives_away(prompt, card)`` says whether a prompt gives ``card``'s answer away; a
    rewrite that gives any card's answer away is not made."""
    subject = document_subject(story)
    lead_ins = _lead_in_lines(story)
    groups = {
        name: [card for card in group if not _asks_a_lead_in(card, lead_ins)]
        for name, group in groups.items()
    }
    every = [card for group in groups.values() for card in group]
    finished: dict[str, list[dict[str, Any]]] = {}
    for name, group in groups.items():
        kept = []
        for card in group:
            item = list_item_of(str(card.get("evidence", "")), story)
            prompt = str(card["prompt"])
            asked = prompt if item is None else asked_from_list(prompt, item, subject)
            if asked == "":
                continue
            if (
                asked != prompt
                and len(asked.split()) <= PROMPT_WORDS
                and not any(gives_away(asked, other) for other in every)
            ):
                card["prompt"] = asked
            kept.append(card)
        finished[name] = kept
    return finished


def _lead_in_lines(story: Article) -> set[str]:
    """Lead-in clauses a list of items follows ("For the fourth quarter of 2026, X expects:")."""
    found = set()
    for at, line in enumerate(story.lines):
        stripped = line.strip()
        if not stripped.endswith(":") or not _is_clause(stripped[:-1]):
            continue
        following = next((later for later in story.lines[at + 1 :] if later.strip()), "")
        if _MARKER.match(following):
            found.add(" ".join(stripped.split()))
    return found


def _asks_a_lead_in(card: dict[str, Any], lead_ins: set[str]) -> bool:
    return " ".join(str(card.get("evidence", "")).split()) in lead_ins


def _same_text(line: str, evidence: str) -> bool:
    def squeezed(text: str) -> str:
        return " ".join(text.split())

    return squeezed(line) == squeezed(evidence)


def _line_above_list(lines: tuple[str, ...], at: int) -> str | None:
    """The first line above the list holding line ``at`` that is not an item nor blank."""
    for line in reversed(lines[:at]):
        stripped = line.strip()
        # "annual flow rather than ...": an item a PDF's line break carried on a line of its own.
        if not stripped or _MARKER.match(line) or stripped[:1].islower():
            continue
        return stripped
    return None


_OWN_SENTENCE = re.compile(r"(?:The|A|An|This|These|Its|Their|Our)\s")


def _is_heading(line: str) -> bool:
    return len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "?", "!", ";"))


def _is_clause(lead_in: str) -> bool:
    """A lead-in the item completes as a sentence ("The Office recommends that the
    Department"), not a label ("Key dates")."""
    words = lead_in.split()
    return len(words) >= 3 and any(
        re.fullmatch(rf"[{SMALL}]+(?:s|ed)|will|must|should|to|that", word) for word in words[1:]
    )


def _opens_on_item(prompt: str, item: str) -> bool:
    # The first word only: the second may be the answer, hidden in the prompt.
    def opening(text: str) -> list[str]:
        return [word.strip(",;:").lower() for word in text.split()[:1]]

    return opening(prompt) == opening(item)


def _period_in(heading: str) -> str | None:
    found = _PERIOD.search(heading)
    if found is None:
        return None
    if found["ord"]:
        period = f"the {found['ord'].lower()} {found['part'].lower()}"
    elif found["q"]:
        period = f"the {_QUARTER_WORDS[found['q']]} quarter"
    elif found["h"]:
        period = f"the {_QUARTER_WORDS[found['h']]} half"
    else:
        period = "the full year" if found["full"].lower().startswith("full") else "the fiscal year"
    return f"{period} of {found['year']}" if found["year"] else period


def _lower_first(phrase: str) -> str:
    """ "Total revenue" → "total revenue"; a short form or name keeps its capitals."""
    first, _, rest = phrase.partition(" ")
    if first.isupper() or (len(first) > 1 and first[1:].lower() != first[1:]):
        return phrase
    return f"{first.lower()} {rest}".strip()
