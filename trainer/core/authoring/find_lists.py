"""A list a sentence names whole, asked as one answer the way the article writes it:

- after a count of the same things: "The report compares six regions - Kent, Essex, Surrey,
  Devon, Dorset and Cornwall - and finds ..." asks "The report compares which six regions?"
  (the count is in the question; a reader who knows the list knows it);
- in object position, in a sentence the draft leaves (nearly) unasked: "The money was spent
  on a villa near Valencia, two boats and a racehorse" asks "The money was spent on what?";
  "Police dispersed them with water cannon and rubber bullets" asks "... with what?"; names
  after "in" ("in Kent, Essex and Surrey") ask "in which places".

A list is read by its shape, not by the verb before it: two or more items of a few words,
joined by commas and a last "and" or "or", none holding a verb or a clause word. A list of
figures ("£9.2 million of borrowing, a £3.1 million grant and ...") is the figures' own
(list_siblings.py), and a list inside a quotation is the speaker's (find_quotes.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.questions import ask_in_place

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# Words no item of a list holds: a verb or a clause word means the "and" joins clauses.
_NOT_IN_ITEM = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "can", "could", "should", "may", "might", "must", "shall", "do", "does",
        "did", "said", "says", "say", "told", "that", "which", "who", "whom", "whose",
        "when", "where", "while", "whereas", "because", "although", "if", "than", "but",
        "not", "it", "its", "they", "their", "he", "she", "his", "her", "we", "our", "you",
        "i", "this", "these", "those", "there", "then", "also", "so", "such", "both",
        "either", "neither", "each", "all", "other", "others", "more", "most", "many",
        "including", "respectively", "etc", "them", "him", "us", "me", "what", "how",
        "why", "plus", "minus",
    }
)  # fmt: skip
# Words that end the last item: what follows the list in its clause.
_AFTER_LIST = frozenset(
    {
        "than", "after", "before", "at", "in", "on", "from", "to", "into", "for", "with",
        "by", "during", "since", "until", "as", "because", "when", "while", "which", "who",
        "that", "but", "over", "under", "between", "across", "through", "per", "last",
        "this", "next", "is", "are", "was", "were", "has", "have", "had", "will", "would",
        "and", "or", "against", "without", "within", "among", "about", "amid",
    }
)  # fmt: skip
_HEAD_WORDS = frozenset(
    {
        "on", "of", "with", "in", "into", "to", "for", "by", "through", "across", "from",
        "including", "between", "among", "at", "about", "against", "like", "as",
    }
)  # fmt: skip
_DETERMINERS = frozenset(
    {
        "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "one", "some", "several", "new", "its", "their", "any", "every", "no",
    }
)  # fmt: skip
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|twenty"
)
_WORD = re.compile(r"\w[\w'’.&-]*")
# How many words an item may have.
_ITEM_WORDS = 6
# A figure opens the item: a list of figures, asked item by item elsewhere.
_FIGURE = re.compile(r"(?:[$€£¥]|\d)")
# "six regions - Kent, ...", "five countries: ...", "two counties, Nimba and ...".
_COUNTED = re.compile(
    rf"(?<![\w-])(?P<count>(?i:{_NUMBER_WORDS})|\d{{1,2}})\s+(?P<noun>(?:[{SMALL}][\w-]*\s+){{0,2}}"
    rf"[{SMALL}][\w-]*s)(?P<mark>\s+[-–—]\s+|:\s+|,\s+)"
)


@dataclass(frozen=True, slots=True)
class Listed:
    """A list found in a sentence: its span, its items' spans, and whether all are names."""

    start: int
    end: int
    items: tuple[tuple[int, int], ...]
    names: bool


def list_from(sentence: str, at: int, *, min_items: int = 2) -> Listed | None:
    """The list whose first item starts at ``at`` of ``sentence``, if one does."""
    items: list[tuple[int, int]] = []
    position = at
    while True:
        comma = _next_separator(sentence, position)
        if comma is None:
            return None
        item_end, joint, next_start = comma
        if not _item(sentence[position:item_end]):
            return None
        items.append((position, item_end))
        position = next_start
        if joint in ("and", "or"):
            break
    last_end = _last_item_end(sentence, position)
    if last_end is None or not _item(sentence[position:last_end]):
        return None
    items.append((position, last_end))
    if len(items) < min_items:
        return None
    texts = [sentence[start:end] for start, end in items]
    if sum(bool(_FIGURE.match(text)) for text in texts) >= 2:
        return None  # a list of figures (list_siblings.py)
    names = all(_a_name(text) for text in texts)
    if not names and any(_a_name(text) for text in texts):
        return None  # names and things mixed: a clause's subject joined on, not a list
    return Listed(at, last_end, tuple(items), names)


def _next_separator(sentence: str, position: int) -> tuple[int, str, int] | None:
    """Where the item starting at ``position`` ends: its end, the joint after it (",",
    "and", "or") and where the next item starts."""
    joint = re.compile(r",\s+(?:(and|or)\s+)?|\s+(and|or)\s+")
    match = joint.search(sentence, position)
    if match is None or len(sentence[position : match.start()].split()) > _ITEM_WORDS:
        return None
    word = match.group(1) or match.group(2) or ","
    return match.start(), word, match.end()


def _last_item_end(sentence: str, position: int) -> int | None:
    """Where the last item, starting at ``position``, ends: before punctuation or a word
    that carries the clause on."""
    end = position
    count = 0
    for word in _WORD.finditer(sentence, position):
        between = sentence[end : word.start()]
        if count and (between.strip() or word.group().casefold() in _AFTER_LIST):
            break
        if not count and between.strip():
            return None
        text = word.group()
        end = word.end() - (1 if text.endswith(".") else 0)
        count += 1
        if text.endswith(".") or count > _ITEM_WORDS:
            break
    if count == 0 or count > _ITEM_WORDS:
        return None
    return end


def _item(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _ITEM_WORDS:
        return False
    if any(word.casefold().strip("'’.") in _NOT_IN_ITEM for word in words):
        return False
    return not any(char in text for char in '()"“”;:')


def _a_name(text: str) -> bool:
    """Whether an item is a proper name: every word but small joining words capitalised."""
    words = text.split()
    return words[0][:1].isupper() and all(
        word[:1].isupper() or word in ("of", "and", "de", "da", "do", "the", "for")
        for word in words
    )


def find_counted_lists(sentence: str, line: int) -> list[FoundFact]:
    """A list after a count of the same things ("six regions - Kent, ..."), asked "which
    six regions", the list its answer."""
    from trainer.core.authoring.text_facts import sentence_text_fact

    found: list[FoundFact] = []
    for match in _COUNTED.finditer(sentence):
        if inside_quotation(sentence, match.start()):
            continue
        listed = list_from(sentence, match.end())
        if listed is None or not listed.names:
            continue  # "two children, a boy and a girl": things told, no names to learn
        count = match.group("count")
        counted = _count_value(count)
        if counted is not None and counted != len(listed.items):
            continue  # the list is not the things counted
        if match.group("mark").strip() == "," and counted is None:
            continue
        answer = " ".join(sentence[listed.start : listed.end].split())
        question = f"which {count.casefold()} {match.group('noun')}"
        asked = sentence
        if match.group("mark").strip() in "-–—":
            # "- Kent, ... and Cornwall - and finds ...": the dash closes the list and its
            # clause; what follows is a clause of its own.
            asked = sentence[: listed.end]
        prompt = ask_in_place(asked, match.start(), listed.end, question)
        # The names alone are this card's words: the count is a card of its own.
        fact = sentence_text_fact(sentence, line, listed.start, listed.end, answer, prompt)
        found.append(replace(fact, named_thing=True))
    return found


def _count_value(count: str) -> int | None:
    words = _NUMBER_WORDS.split("|")
    if count.isdigit():
        return int(count)
    folded = count.casefold()
    return words.index(folded) + 2 if folded in words else None


# The preposition heading a list in object position ("spent on", "repelled with",
# "convicted him of"). "between" and "from" head a span ("between Cork and Mallow").
_HEAD = re.compile(
    r"(?<![\w-])(?P<head>on|of|with|in|into|to|for|by|through|across|including|among|at"
    r"|against|like)\s+(?!the\s+)"
)
# After these, a list of names is where: "in Kent, Essex and Surrey" asks "in which places".
_PLACE_HEADS = frozenset({"in", "across", "to", "into", "through"})
# "urged to bring ...", "throw them away in household waste or ...": after these a list of
# things in small letters is a verb's or a place's, asked badly as "what".
_NOT_THING_HEADS = frozenset({"to", "in", "into", "at"})
# A list of two items is common in any sentence ("prices and wages"): only short ones.
_PAIR_ITEM_WORDS = 3


def object_list(sentence: str) -> tuple[str, str, int, int] | None:
    """The first list in object position in ``sentence``: its answer, the question phrase
    and the span that phrase replaces (the items, after their preposition); None if none."""
    for head in _HEAD.finditer(sentence):
        if inside_quotation(sentence, head.start()):
            continue
        listed = list_from(sentence, head.end())
        if listed is None:
            continue
        texts = [sentence[start:end] for start, end in listed.items]
        if listed.names:
            if head.group("head") not in _PLACE_HEADS:
                continue  # "the ministers of A, B and C": whose names, no kind to ask by
            question = "which places"
        else:
            if head.group("head") in _NOT_THING_HEADS or not _alike(texts):
                continue
            if len(texts) == 2 and "," in " ".join(sentence[: head.start()].split()[-6:]):
                continue  # "higher costs, a weak autumn for clothing and ...": inside a list
            if len(texts) == 2 and any(len(text.split()) > _PAIR_ITEM_WORDS for text in texts):
                continue
            question = "what"
        answer = " ".join(sentence[listed.start : listed.end].split())
        return answer, question, listed.start, listed.end
    return None


def _alike(items: list[str]) -> bool:
    """Whether a list's items are things of one shape: all opening on a determiner or a
    count ("a villa near Valencia, two boats and a racehorse"), or none ("water cannon and
    rubber bullets"). Items of mixed shapes are most often clauses an "and" joins."""
    opened = [item.split()[0].casefold() in _DETERMINERS for item in items]
    if any(opened) != all(opened):
        return False
    # A verb, an adverb or a preposition is no thing: "spoke with reporters and left
    # quickly", "changes in scope and design made", "through to lending and demand".
    for item in items:
        words = item.casefold().split()
        if words[0] in _HEAD_WORDS or _FIGURE.match(words[0]):
            return False
        if any(word.endswith("ly") or word in _PAST_VERBS for word in words):
            return False
        if (words[0] != words[-1] or len(words) == 1) and re.search(
            rf"[{SMALL}]{{3}}ed$", words[-1]
        ):
            return False
        if re.search(rf"[{SMALL}]{{3}}ed$", words[0]) and len(words) > 1:
            return False
    return True


# Verbs in the past with no "-ed" that open a clause an "and" joins ("and left early").
_PAST_VERBS = frozenset(
    {
        "left", "went", "came", "made", "took", "gave", "told", "found", "got", "saw", "met",
        "held", "kept", "sent", "spent", "built", "fell", "rose", "won", "lost", "paid",
        "sold", "bought", "brought", "thought", "became", "began", "ran", "stood", "led",
        "set", "put", "cut", "hit", "struck", "fled", "drove", "flew", "grew", "knew",
        "threw", "wrote", "spoke", "broke", "chose", "sat", "felt", "heard", "meant", "let",
        "shut", "quit", "sought", "taught", "caught", "fought", "wore", "tore", "swore",
    }
)  # fmt: skip


# A list card's answer: items split by commas, the last joined with "and" or "or".
_A_LIST = re.compile(r",\s+[^,]+\s+(?:and|or)\s+\S")


def _counts_inside_lists(groups: dict[str, list[dict[str, Any]]]) -> set[tuple[str, str]]:
    """The counts an item of a list card's answer holds ("two cars" in "spent on a villa,
    two cars and a racehorse"): asked alone, the rest of the list would be its prompt."""
    lists = [
        card
        for group in groups.values()
        for card in group
        if card["kind"] == "text" and _A_LIST.search(str(card["answer"]))
    ]
    return {
        (str(card["evidence"]), str(card["answer"]).casefold())
        for group in groups.values()
        for card in group
        if card["kind"] == "number"
        and any(
            listed["evidence"] == card["evidence"]
            and re.search(
                rf"(?i)(?<!\w){re.escape(str(card['answer']))}\s+[{SMALL}]", str(listed["answer"])
            )
            for listed in lists
        )
    }


def without_listed_counts(
    groups: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` without the count card of a list asked whole with its count ("This brief
    compares which five countries?" asks the five; "... how many countries?" goes)."""
    counts: set[tuple[str, str]] = set()
    for card in groups.get("facts", []):
        evidence, answer = str(card["evidence"]), str(card["answer"])
        for match in _COUNTED.finditer(evidence):
            listed = list_from(evidence, match.end())
            if (
                listed is not None
                and " ".join(evidence[listed.start : listed.end].split()) == answer
            ):
                counts.add((evidence, match.group("count").casefold()))
    # A count another card also answers ("Across the five countries, ...") keeps its card:
    # once this one goes, that one, no fact of its own, would stand for it.
    answers = [
        str(card["answer"]).casefold()
        for group in groups.values()
        for card in group
        if card["kind"] == "number"
    ]
    counts = {(evidence, count) for evidence, count in counts if answers.count(count) == 1}
    counts |= _counts_inside_lists(groups)
    if not counts:
        return groups
    return {
        name: [
            card
            for card in group
            if not (
                card["kind"] == "number"
                and (str(card["evidence"]), str(card["answer"]).casefold()) in counts
            )
        ]
        for name, group in groups.items()
    }
