"""Plain-text tables for the terminal: a header, a rule, and aligned columns."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.terminal_text import safe_text


def render_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = ()
) -> list[str]:
    """Lines of a table; columns whose index is in ``right`` are right-aligned (numbers)."""
    # Cells hold deck text and typed answers: shown, never obeyed, by the terminal.
    cells = [[safe_text(str(value)) for value in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in cells:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len(value))

    def line(values: Sequence[str]) -> str:
        parts = [
            value.rjust(widths[index]) if index in right else value.ljust(widths[index])
            for index, value in enumerate(values)
        ]
        return "  ".join(parts).rstrip()

    return [line(headers), line(["-" * width for width in widths]), *(line(row) for row in cells)]
