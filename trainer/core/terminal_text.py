"""Text from a deck, an import or a typed answer, made safe to show in a terminal.

A terminal obeys what it is sent: ``ESC [2J`` clears the screen, OSC 0 sets the window
title, OSC 52 writes the clipboard, a carriage return overwrites the line. Text that came
from a file or a person is never given that power: both front ends (line mode and the
full-screen app) pass it through ``safe_text``, which shows each control character as a
visible symbol instead (ESC as ␛, NUL as ␀), and the deck loader and the importer refuse
such characters with ``describe_control`` naming what was found.

Line breaks and tabs are kept: prompts and evidence may span lines.
"""

from __future__ import annotations

import re
from typing import Final

# C0 controls but tab and line feed, DEL, and the C1 controls (U+0080-U+009F), which some
# terminals read as ESC + a letter (U+009B is CSI).
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PICTURES: Final = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}
_SHOWN: Final = {
    code: _PICTURES.get(code, "\ufffd")
    for code in (*range(0x20), *range(0x7F, 0xA0))
    if code not in (0x09, 0x0A)
}
# What the start of an escape sequence looks like, for naming it: CSI (ESC [ ... final
# byte), OSC (ESC ] ... up to BEL or ESC \), or ESC and one more character.
_ESCAPE: Final = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*|.?)", re.DOTALL)
_NAMES: Final = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BS",
    0x0D: "CR",
    0x1B: "ESC",
    0x7F: "DEL",
    0x9B: "CSI",
}
_SHOWN_OF_SEQUENCE: Final = 14


def safe_text(text: str) -> str:
    """``text`` with every control character but tab and line feed shown as a symbol."""
    if _CONTROL.search(text) is None:
        return text
    return text.translate(_SHOWN)


def has_control(text: str) -> bool:
    """True when ``text`` holds a character ``safe_text`` would replace."""
    return _CONTROL.search(text) is not None


def describe_control(text: str) -> str | None:
    """What the first control character in ``text`` is, in words; None when it has none.

    "a terminal escape (ESC [2J)", "a NUL byte", "the control character U+0007 (BEL)".
    """
    found = _CONTROL.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if code == 0x1B:
        sequence = _ESCAPE.match(text, found.start())
        shown = sequence.group(1) if sequence else ""
        shown = safe_text(shown[:_SHOWN_OF_SEQUENCE]) + (
            "…" if len(shown) > _SHOWN_OF_SEQUENCE else ""
        )
        return f"a terminal escape (ESC {shown})" if shown else "a terminal escape (ESC)"
    if code == 0x00:
        return "a NUL byte (U+0000)"
    name = _NAMES.get(code)
    return f"the control character U+{code:04X}" + (f" ({name})" if name else "")
