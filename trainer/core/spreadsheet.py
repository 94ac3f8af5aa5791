"""CSV cells a spreadsheet will not run: the one rule both CSV writers (and the importer) use.

A spreadsheet reads a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return before one) as a formula, so text from a deck or a typed answer such as
``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0`` would run when the file is opened. OWASP's
advice is followed: such a cell gets a leading single quote, which spreadsheets show as
text and do not display. This changes a cell such as ``-3%`` into ``'-3%`` in the file.
"""

from __future__ import annotations

from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
QUOTE: Final = "'"


def safe_cell(value: object) -> object:
    """``value`` as a CSV cell no spreadsheet evaluates; non-text values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return QUOTE + value
    return value


def unguarded_cell(cell: str) -> str:
    """A cell read back from a CSV file, without the quote ``safe_cell`` (or another
    careful program) put before a formula character."""
    if cell.startswith(QUOTE) and cell[1:2].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
