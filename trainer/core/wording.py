"""Small pieces of English shared by the command line and the screens."""

from __future__ import annotations


def quoted_part(text: str, limit: int = 60) -> str:
    """``text`` for a message: whole when short, else its start and its length, so a
    100,000-character argument does not bury the sentence about it."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


def plural(count: int, noun: str) -> str:
    """'1 card', '3 cards'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
