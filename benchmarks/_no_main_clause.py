"""A question with no main clause: what is left when a figure's phrase is cut out of a long
sentence in place ("A plan worth how much to knock down the depot?", "Commit how much over
five years?", "Jo Reed, 71, who has swum there how many mornings a week?").

A name and a relative clause holding the question is asked of the name with the clause's own
verb ("Jo Reed, 71, has swum there how many mornings a week?"). A bare verb before the
question ("Commit how much"), a participle opening ("Speaking to about how many ...?") or a
noun and its phrase with no verb ("A hub at which hospital?") reads as no question an editor
would keep, and goes.
"""

from __future__ import annotations

import re
from typing import Any

_ASKS = re.compile(r"\b(?:how|what|which|whose|who|when|where)\b", re.IGNORECASE)
_IRREGULAR = (
    r"rose|fell|grew|won|lost|made|took|hit|cut|set|met|paid|sold|bought|held|kept|spent|put|"
    r"began|came|went|gave|left|struck|sank|broke|caught|drove|flew|found|saw|told|said|ran|"
    r"got|led|became|chose|wrote|sent|built|brought|stood|sat|knew|drew|threw|shot|spoke|swam|thought|meant|felt|read|cost|heard"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|"
    r"did|does|do|[a-z]{3,}ed|" + _IRREGULAR + r")\b|\w[’']+(?:m|re|ve|ll|d)\b"
)
# Words a question may open on before its question word and still read whole.
_OPENERS = frozenset(
    [
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "of",
        "to",
        "with",
        "under",
        "since",
        "until",
        "between",
        "within",
        "after",
        "before",
        "over",
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "some",
        "only",
        "approximately",
        "just",
        "more",
        "less",
        "fewer",
        "at",
        "least",
        "up",
        "as",
        "during",
        "beyond",
    ]
)
# What ends a phrase that leads to the question: a preposition, "worth", or a comma.
_LEADS_TO_QUESTION = re.compile(
    r"(?:\b(?:of|in|on|at|to|for|from|by|with|under|into|since|until|between|within|worth|"
    r"covering|currently)|,)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|only|more than|at least|up to))?\s*$",
    re.IGNORECASE,
)
# After the question's own noun: the end, or a phrase of the same noun ("at quarter end",
# "to knock down ...", "a week").
_PHRASE_AFTER = re.compile(
    r"^(?:\s+(?:many|much))?(?:\s+[\w’'-]+){0,1}?"
    r"(?:\s*$|\s+(?:of|in|on|at|to|for|from|by|with|under|over|into|a|an|per|each|so)\b)",
)
# "Name, 71, who has swum ... how many ...?": a subject, an aside, and a relative clause with
# the question in it that runs to the end.
_RELATIVE_HOLDS_QUESTION = re.compile(
    r"^(?P<subject>(?:The|A|An|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,6}?)"
    r"(?P<aside>,\s+\d{1,3})?,\s+(?:who|which)\s+(?P<clause>[^,?]+)\?$"
)
_CLAUSE_VERB = re.compile(
    r"(?:(?:now|also|still|once|already|recently)\s+)?(?:" + _FINITE.pattern + r")"
)


def with_main_clause(prompt: str) -> str:
    """``prompt`` asked of its subject with the verb of the relative clause holding the
    question ("Jo Reed, 71, who has swum ...?" asks "Jo Reed, 71, has swum ...?"), when that
    is all the prompt is; ``prompt`` itself otherwise."""
    found = _RELATIVE_HOLDS_QUESTION.match(prompt)
    if found is None or not _ASKS.search(found["clause"]):
        return prompt
    if _FINITE.search(found["subject"]) or not _CLAUSE_VERB.match(found["clause"]):
        return prompt
    if found["aside"]:
        return f"{found['subject']}{found['aside']}, {found['clause']}?"
    return f"{found['subject']} {found['clause']}?"


def is_fragment(prompt: str) -> bool:
    """Whether ``prompt`` has no main clause, though it does not open on its question."""
    asked = _ASKS.search(prompt)
    if ":" in prompt or asked is None or asked.start() == 0 or "…" in prompt:
        return False
    before, after = prompt[: asked.start()], prompt[asked.end() :].removesuffix("?")
    words = before.split()
    first = words[0].strip(",").lower()
    # "Commit how much ...?", "Open how many more centres?": a verb, its object asked, and
    # no subject.
    if len(words) == 1 and first not in _OPENERS and words[0][:1].isupper():
        plural_or_name = first.endswith(("s", "ly")) and not first.endswith("ss")
        return not plural_or_name and not _FINITE.search(after) and first.isalpha()
    if _RELATIVE_HOLDS_QUESTION.match(prompt) and not _FINITE.search(before.split(",")[0]):
        return True
    if _FINITE.search(before[len(words[0]) :] if first.endswith("ed") else before):
        return False
    # An infinitive after the question is the noun's own phrase ("worth how much to knock
    # down the depot and replace it").
    own = re.split(r"\sto\s", after)[0]
    if _FINITE.search(own) or first in _OPENERS or _present_verb(words + own.split()):
        return False
    # "Speaking to about how many supporters ...?", "Tabled on what date?": a participle
    # with no subject; "A hub at which hospital?": a noun and its phrase.
    leads = _LEADS_TO_QUESTION.search(before) is not None
    return leads and _PHRASE_AFTER.match(after) is not None


# Words a verb never follows directly: prepositions, determiners, question words.
_DETERMINERS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "under",
        "over",
        "into",
        "since",
        "until",
        "between",
        "within",
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "and",
        "or",
        "per",
        "each",
        "every",
        "many",
        "more",
        "much",
        "what",
        "which",
        "whose",
    ]
)

# Words that are never a verb in the present: a noun phrase's and a preposition's.
_NEVER_A_VERB = _DETERMINERS | frozenset(
    [
        "worth",
        "this",
        "that",
        "one",
        "further",
        "first",
        "last",
        "next",
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "some",
        "only",
        "than",
        "up",
        "as",
        "currently",
        "how",
        "range",
        "period",
        "case",
    ]
)


def _present_verb(words: list[str]) -> bool:
    """Whether one of ``words`` may be a verb in the present: a lower-case word in "-s"
    ("takes effect", "now expects"), or a word after a plural noun ("Applications open")."""
    bare = [word.strip(",;()") for word in words]
    for at, word in enumerate(bare):
        if not word.islower() or word in _NEVER_A_VERB:
            continue
        if (
            word.endswith("s")
            and not word.endswith(("ss", "us", "is", "’s", "'s"))
            and (at == 0 or bare[at - 1].lower() not in _DETERMINERS)
        ):
            return True
        # "continue to enter": a verb and its infinitive.
        if (
            at + 2 < len(bare)
            and bare[at + 1] == "to"
            and bare[at + 2].islower()
            and bare[at + 2] not in _DETERMINERS
        ):
            return True
        before = bare[at - 1] if at else ""
        if before.endswith("s") and not before.endswith(("ss", "us", "’s", "'s")):
            return True
    return False


def without_fragments(groups: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with the cards whose prompt has no main clause asked again where the
    prompt says what verb it lacks ("The fare cap worth how much?"), left out otherwise. The
    figure a card left out hid in the others stays hidden: they read as they did with it."""
    for group in groups.values():
        for card in group:
            card["prompt"] = _asked_of_worth(str(card["prompt"]))
    return {
        name: [card for card in group if not is_fragment(str(card["prompt"]))]
        for name, group in groups.items()
    }


# "The fare cap worth how much?", "A plan worth how much to rebuild the pool?": a noun and
# what it is worth, with nothing after.
_WORTH = re.compile(
    r"^(?:The|A|An)\s+(?P<noun>[^,?]{2,60}?)\s+worth\s+how\s+much(?P<aim>\s+to\s+[^,?]+)?\?$"
)
_LIMIT = 20


def _asked_of_worth(prompt: str) -> str:
    """``prompt`` asked as "How much is the <noun> worth?" when it is only a noun and its
    worth; ``prompt`` itself otherwise."""
    found = _WORTH.match(prompt)
    if found is None or _FINITE.search(found["noun"]) or _present_verb(found["noun"].split()):
        return prompt
    asked = f"How much is the {found['noun']}{found['aim'] or ''} worth?"
    return asked if len(asked.split()) <= _LIMIT else prompt
