"""Small pieces of English shared by the command line and the screens."""

from __future__ import annotations


def plural(count: int, noun: str) -> str:
    """'1 card', '3 cards'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
