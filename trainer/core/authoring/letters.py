"""What a capital and a small letter are in a name pattern: Latin letters with every accent
news copy prints, not ASCII or Latin-1 alone.

A name pattern written `[A-Z][a-z]` cuts "Rūta Žemaitytė-Kairys" to "Kairys" and
"Nguyễn Thị Thu Hà" to "Thị Thu Hà": Lithuanian, Czech, Polish, Turkish and Vietnamese
letters sit in Latin Extended-A/B and Latin Extended Additional. Every name pattern builds
its letter classes from CAPITAL and SMALL here, so all of them agree on what a letter is.
"""

from __future__ import annotations

# Latin-1's letters, then the Latin blocks beyond it, whose capitals and small letters
# alternate ("Ā ā Ă ă"), so each block is sorted letter by letter by Python's own case.
_LATIN_1_CAPITALS = "A-ZÀ-ÖØ-Þ"
_LATIN_1_SMALLS = "a-zß-öø-ÿ"
_EXTENDED_BLOCKS = ((0x0100, 0x024F), (0x1E00, 0x1EFF))  # Extended-A/B, Extended Additional


def _class_body(letters: list[str]) -> str:
    """A character-class body for the letters, consecutive ones written as ranges."""
    runs: list[list[str]] = []
    for letter in letters:
        if runs and ord(letter) == ord(runs[-1][-1]) + 1:
            runs[-1].append(letter)
        else:
            runs.append([letter])
    return "".join(run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs)


def _extended(is_case: str) -> str:
    letters = [
        chr(point)
        for first, last in _EXTENDED_BLOCKS
        for point in range(first, last + 1)
        if getattr(chr(point), is_case)()
    ]
    return _class_body(letters)


# Bodies of a character class, to write inside brackets: f"[{CAPITAL}][{SMALL}]+".
CAPITAL = _LATIN_1_CAPITALS + _extended("isupper")
SMALL = _LATIN_1_SMALLS + _extended("islower")
# A word of a name: a capital, a small letter, then any letters, apostrophes or hyphens
# ("Pål", "Žemaitytė-Kairys", "Dell’Olio"); two capitals ("US") are an abbreviation, not a name.
NAME_WORD = rf"[{CAPITAL}][{SMALL}][\w’'-]*"
