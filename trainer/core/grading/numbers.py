"""First version of number parsing. Replaced by the full parser."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"[^\d]*(\d[\d,]*(?:\.\d+)?)")


def parse_number(text: str) -> float | None:
    """The value written in ``text``, or None when it holds no number."""
    match = _NUMBER.match(text)
    return float(match.group(1).replace(",", "")) if match else None
