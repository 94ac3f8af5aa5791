"""Table cells built as Rich Text, so user text is never read as markup."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text

from trainer.core.terminal_text import safe_text

VERDICT_SIGN = {"correct": "✓ correct", "close": "≈ close", "wrong": "✗ wrong"}
VERDICT_VARIABLE = {"correct": "text-success", "close": "text-warning", "wrong": "text-error"}


def plain(text: object, *, justify: str = "left") -> Text:
    """A cell showing ``text`` exactly as written."""
    return Text(safe_text(str(text)), justify=justify)  # type: ignore[arg-type]


def styled(text: object, style: str) -> Text:
    """A cell in one style (a Rich style string such as a colour)."""
    return Text(safe_text(str(text)), style=style)


def number(value: object) -> Text:
    """A right-aligned cell."""
    return Text(str(value), justify="right")


def verdict(verdict_name: str, theme_variables: Mapping[str, str]) -> Text:
    """A verdict in the theme's colour for it."""
    colour = theme_variables.get(VERDICT_VARIABLE.get(verdict_name, ""), "")
    return Text(VERDICT_SIGN.get(verdict_name, verdict_name), style=f"bold {colour}".strip())
