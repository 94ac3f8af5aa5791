"""Words a cut left dangling: where another card's answer was hidden and its phrase left out
of a prompt, the word that led into it may stay behind ("GAAP net income of compared with
how much?" from "of … compared with", "As, donors had pledged" from "As of …, donors",
"a Category storm" from "a Category … storm", "(September: what percentage)").

The cut prompt is compared, word by word, with the same question with the hidden answers
shown as "…": a gap that took a "…" but left the preposition, conjunction or determiner
before it, or a lone "…" taken from between two words of one phrase, left words whose
object is gone. Such a prompt is asked with the "…" shown instead.
"""

from __future__ import annotations

import difflib
import re

from trainer.core.authoring.letters import SMALL

HIDDEN = "…"
_TOKEN = re.compile(r"…|[\w’'$€£%.,-]*\w[\w’'%]*|[^\w\s]")
# Words that lead into a phrase and mean nothing without what follows them (a colon too:
# "Services inflation: (September: what percentage)" lost the figure it introduced).
_LEADS_IN = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "to",
        "with",
        "into",
        "onto",
        "about",
        "over",
        "under",
        "between",
        "among",
        "after",
        "before",
        "since",
        "until",
        "during",
        "through",
        "across",
        "against",
        "per",
        "than",
        "as",
        "via",
        "within",
        "without",
        "toward",
        "towards",
        "and",
        "or",
        "but",
        "nor",
        ":",
    }
)
_ARTICLES = frozenset({"a", "an", "the"})
# Words that cannot be the head of the phrase the leading word began: after the cut the
# leading word stands before them with no object ("of compared with", "As or").
_NO_HEAD = _LEADS_IN | frozenset(
    {"compared", "versus", "respectively", "ago"}
    | {"while", "whereas", "is", "are", "was", "were", "will", "would", "has", "have", "had"}
)
# "(September: what percentage)": a bracket that held only a label and a hidden figure.
_LABEL_ONLY_BRACKET = re.compile(r"\(\s*[\w ]+:\s*(?:how|what|which)\b[^()]*\)")


def _tokens(text: str) -> list[str]:
    return [token.casefold() for token in _TOKEN.findall(text)]


def _is_word(token: str) -> bool:
    return any(character.isalnum() for character in token)


def left_dangling(prompt: str, shown: str) -> bool:
    """True when ``prompt``, cut from ``shown`` (the question with other cards' answers as
    "…"), kept a word whose phrase the cut took away."""
    if HIDDEN not in shown:
        return False
    if _LABEL_ONLY_BRACKET.search(prompt) and not _LABEL_ONLY_BRACKET.search(
        shown.replace(HIDDEN, "")
    ):
        return True
    cased = _TOKEN.findall(shown)
    before, after = [token.casefold() for token in cased], _tokens(prompt)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, start, end, kept_start, _ in matcher.get_opcodes():
        if tag != "delete" or HIDDEN not in before[start:end] or start == 0:
            continue
        # "by at least … by the end" cut to "by the end": the gap is the first "by" and
        # what followed it, not the second.
        while start > 1 and before[end - 1] == before[start - 1]:
            start, end = start - 1, end - 1
        # The word before the gap must still stand in the prompt, right before the gap.
        if kept_start == 0 or after[kept_start - 1] != before[start - 1]:
            continue
        leading = before[start - 1]
        following = before[end] if end < len(before) else "?"
        # "extend water to … people" cut to "to people" kept the phrase's head: it reads.
        if leading in _LEADS_IN and (following in _NO_HEAD or not _is_word(following)):
            return True
        # "cost over the examined" from "over the … years examined": an article before a
        # participle lost the noun between them.
        # ("the … registered voters" cut to "the registered voters" still has its noun.)
        noun_after = end + 1 < len(before) and before[end + 1] not in _NO_HEAD
        noun_after = noun_after and before[end + 1].isalpha()
        if (
            leading in _ARTICLES
            and following.endswith("ed")
            and following not in _LEADS_IN
            and not noun_after
        ):
            return True
        if before[start:end] == [HIDDEN] and _numbered_label(cased[start - 2 : start + 2]):
            return True
        # (With more than two hidden, "…" in place would make the question a puzzle.)
        if _is_word(leading) and _sibling_follows(before[end:]) and shown.count(HIDDEN) <= 2:
            return True
    return False


# What follows a figure and says how it changed: "…, an increase of how much". With the
# figure gone, "will cost, an increase of" reads as if the verb were the thing increased.
# (A list's items are asked alone, list_siblings.py; a share restating a change is the
# change's card, find_figures.py.)
_CHANGES = frozenset(
    {"increase", "rise", "fall", "drop", "decrease", "cut", "jump", "gain", "decline",
     "reduction", "overrun", "overspend", "shortfall"}
)  # fmt: skip


def _sibling_follows(after: list[str]) -> bool:
    """Whether ``after`` (the words after a cut figure) open on a phrase that adds to it."""
    words = [word for word in after if word != ","]
    return len(words) >= 2 and words[0] in {"a", "an"} and words[1] in _CHANGES


def _numbered_label(words: list[str]) -> bool:
    """Whether ``words`` (a word before, one before that, "…", one after) read "a Category
    … storm": a capitalised label after an article, whose number or letter was the hidden
    answer, inside a noun phrase. "the phase 2 … trial" or "recruited … nurses" lose a
    modifier only and read whole."""
    if len(words) != 4:
        return False
    article, label, _, noun = words
    return (
        article.casefold() in {"a", "an", "the"}
        and label[:1].isupper()
        and label[1:].islower()
        and noun[:1].islower()
        and _is_word(noun)
    )


# "to be completed by in which season?": the sentence's preposition before a question phrase
# that brings its own ("by spring 2027" asked as "in which season"); the sentence's says
# what is meant ("by which season").
_STACKED = re.compile(
    r"\b(by|until|till|before|after|since|from|to)\s+(?:in|on|at)\s+(?=(?:which|what)\b)",
    re.I,
)


def without_stacked_preposition(prompt: str) -> str:
    """``prompt`` with a question phrase's preposition dropped after the sentence's own."""
    return _STACKED.sub(r"\1 ", prompt)


# "As, donors had pledged how much?" from "As of …, donors had pledged": an opener whose
# date or place was cut leaves its first word and comma; the opener goes whole.
_BARE_OPENER = re.compile(r"^(?:As|By|On|In|At|Since|Until|From|Of|For|With|After|Before)\s*,\s*")


# "To get the increase below, councillors cut ...": an opening phrase whose figure was cut
# ends on the word that led to it; it says nothing now, and the clause after it stands alone.
# (An adverbial opener only, "To ...", "As ...", "With ...": "People aged and over, ..."
# opens on its subject. The clause after it opens on its own subject, not "adding ...".)
_CUT_OPENER = re.compile(
    r"^(?![^,]*\b(?:what|how|which|who|when|where)\b)"
    r"(?:To|As|In|On|At|By|For|With|From|After|Before|Since|Under|Over|Compared|Despite)\s"
    r"[^,?…]{0,60}?\s"
    r"(?:below|above|over|under|of|to|from|by|at|in|on|with|than|about|around|nearly|almost|"
    r"between|and|the|a|an)\s*,\s*"
    rf"(?=(?!(?:rather|than|and|or|but|so|then)\b)[{SMALL}]+(?<!ing)\s(?:[^?]*\s){{3}})"
)


def without_bare_opener(prompt: str) -> str:
    """``prompt`` without an opening preposition left with only a comma after it, or an
    opening phrase left ending on the word before its cut figure."""
    rest = _CUT_OPENER.sub("", _BARE_OPENER.sub("", prompt))
    return rest[:1].upper() + rest[1:] if rest != prompt else prompt
