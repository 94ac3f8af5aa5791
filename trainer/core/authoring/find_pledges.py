"""What someone promised, pledged or vowed, in their own quoted words: 'she promised "no
surprises and no gimmicks" in the budget' asks "What did Venkatesh promise in the budget?",
the answer the quoted words.

A pledge is a few quoted words right after the verb, never a quoted sentence (that is a
quote card's, find_quotes.py). "He" or "she" is the person the paragraph last named as the
subject of a sentence; with no one named, nothing is asked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.article import sentence_spans
from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.article import Article
    from trainer.core.authoring.find_facts import FoundFact

_NAME = rf"[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}}"
_VERBS = {
    "promised": "did {} promise",
    "pledged": "did {} pledge",
    "vowed": "did {} vow",
    "promises": "does {} promise",
    "pledges": "does {} pledge",
    "vows": "does {} vow",
}
_PLEDGE = re.compile(
    rf"(?:^|(?<=\s))(?P<speaker>{_NAME}|[Hh]e|[Ss]he|[Tt]he\s+[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*)?)"
    # "Tom Reed, the mayor, pledged", "The mayor, Tom Reed, pledged".
    r"(?:,\s[^,“”\"]{3,60},|,)?\s+(?:also\s+|again\s+)?(?P<verb>promised|pledged|vowed|promises|pledges|vows)\s+"
    r"(?:(?:that|to\s+deliver|voters|the\s+country)\s+)?[“\"](?P<quote>[^“”\"]{3,80})[”\"]"
    r"(?P<rest>(?:\s+(?!(?:and|but|while|as|after|because)\b)[\w'’-]+){0,6}?)"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:and|but|while|as|after|because)\b)"
)
# Words that open a sentence and name no one.
_NOT_A_NAME = frozenset(
    {"In", "On", "At", "By", "For", "After", "Before", "But", "And", "When", "While", "The",
     "This", "That", "It", "Her", "His", "Their", "As", "Then", "Later", "Earlier"}
)  # fmt: skip
# The person a sentence is about: a name opening it, before a comma or a verb.
_SUBJECT_NAME = re.compile(
    rf"^(?:[{CAPITAL}][{SMALL}]+\s+(?:[{SMALL}]+\s+){{0,3}})?(?P<name>{_NAME})"
    r"(?=,|\s+(?:said|says|is|was|has|had|became|becomes|will|who|told|added|promised"
    r"|pledged|vowed|takes|took|replaces|replaced|succeeds|succeeded|moves|moved))"
)
_MOST_WORDS = 10


def find_pledges(article: Article) -> list[FoundFact]:
    """Every plainly quoted promise, pledge or vow in ``article``, with who made it."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    named: str | None = None
    for number, line in enumerate(article.lines, start=1):
        if not line.strip():
            continue
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            for match in _PLEDGE.finditer(sentence):
                quote = match.group("quote").strip()
                words = quote.split()
                if quote.endswith((".", ",", "!", "?")) or not 2 <= len(words) <= _MOST_WORDS:
                    continue  # a quoted sentence, or one word, is no pledge's wording
                speaker = _speaker(match.group("speaker"), named)
                if speaker is None:
                    continue
                asked = _VERBS[match.group("verb")].format(speaker)
                rest = " ".join(match.group("rest").split())
                prompt = f"What {asked}{' ' + rest if rest else ''}?"
                found.append(
                    FoundFact(
                        "text",
                        "facts",
                        quote,
                        sentence[match.start("quote") - 1 : match.end("quote") + 1],
                        sentence,
                        match.start("quote"),
                        match.end("quote"),
                        "what",
                        number,
                        evidence=sentence,
                        prompt=prompt,
                    )
                )
            named = sentence_subject_name(sentence.strip()) or named
    return found


def sentence_subject_name(sentence: str) -> str | None:
    """The person ``sentence`` opens on as its subject ("he" or "she" after it), if any."""
    subject = _SUBJECT_NAME.match(sentence)
    if subject and subject.group("name").split()[0] not in _NOT_A_NAME:
        return subject.group("name")
    return None


def _speaker(written: str, named: str | None) -> str | None:
    """Who ``written`` names: a pronoun as the person last named (by surname), a role as
    written, a name by its surname."""
    if written.casefold() in ("he", "she"):
        return named.split()[-1] if named else None
    if written.startswith("The "):
        return "t" + written[1:]
    if written.split()[0] in _NOT_A_NAME:
        return None
    return written.split()[-1] if len(written.split()) > 1 else written
