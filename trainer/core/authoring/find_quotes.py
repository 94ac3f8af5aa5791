"""Quoted statements in an article whose speaker the text names ("…," Dar said)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article

_QUOTE = re.compile(r"“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"]+)\"")
_VERB = (
    r"(?:said|says|added|adds|told|wrote|writes|stated|states|noted|notes|declared|asked|"
    r"replied|tweeted|posted|explained|insisted|warned|stressed|announced|remarked)"
)
# A name: capitalised words, possibly joined by "of" ("Ministry of Foreign Affairs").
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.-]*){0,5}"
# "…," Dar said / "…," Secretary Rubio said in a post on X / "…," said Dar
_AFTER = re.compile(
    rf"\s*,?\s*(?:(?P<speaker>{_NAME})\s+{_VERB}\b|{_VERB}\s+(?P<speaker_after>{_NAME}))"
)
# Tammy Bruce added, "…" / the Ministry of Foreign Affairs said in a X post, "…"
_BEFORE = re.compile(rf"(?P<speaker>{_NAME})\s+{_VERB}\b[^“”\"]{{0,60}}?[,:]\s*$")
_LEADING_POSSESSIVE = re.compile(r"^(?:The\s+)?[A-Z][\w.-]*[’']s\s+|^The\s+")
_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quoted statement, the speaker as the text names them, and the words that say so."""

    quote: str
    speaker: str
    evidence: str
    line: int


def find_quotes(article: Article) -> list[FoundQuote]:
    """Every quoted statement with a named speaker, in reading order."""
    found: list[FoundQuote] = []
    for number, line in enumerate(article.lines, start=1):
        for match in _QUOTE.finditer(line):
            quote = (match.group("curly") or match.group("straight") or "").strip()
            if not _is_statement(quote):
                continue
            speaker, start, end = _speaker(line, match)
            if speaker is None:
                continue
            found.append(FoundQuote(
                quote=quote.rstrip(",").strip(), speaker=speaker,
                evidence=line[start:end], line=number,
            ))
    return found


def _is_statement(quote: str) -> bool:
    # A few quoted words ("pivotal role") are a phrase someone used, not a statement.
    return len(quote.split()) >= _MIN_WORDS and quote[-1] in ".,!?…"


def _speaker(line: str, quote: re.Match[str]) -> tuple[str | None, int, int]:
    """The speaker's name and the span of the quote with its attribution."""
    after = _AFTER.match(line, quote.end())
    if after:
        group = "speaker" if after.group("speaker") else "speaker_after"
        return _clean(after.group(group)), quote.start(), after.end()
    before = _BEFORE.search(line, 0, quote.start())
    if before:
        return _clean(before.group("speaker")), before.start(), quote.end()
    return None, 0, 0


def _clean(speaker: str) -> str:
    # "Pakistan’s Ministry of Foreign Affairs" names the ministry, not Pakistan.
    return _LEADING_POSSESSIVE.sub("", speaker).strip()
