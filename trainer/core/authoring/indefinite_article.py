"""Whether "a" or "an" goes before a word: by its first sound, not its first letter."""

from __future__ import annotations

# A vowel letter sounding as a consonant ("a one-off", "a union", "a European") and a
# consonant letter that is silent ("an hour", "an honest").
_SOUNDS_CONSONANT = ("one", "once", "uni", "use", "usu", "uti", "eu", "ewe")
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")


def indefinite_article(word: str) -> str:
    """ "a" or "an" before ``word``: "an outbreak", "a one-off cost", "an hour", "an 8%"."""
    lower = word.casefold()
    if lower.startswith(_SILENT_H) or lower.startswith(("8", "11", "18")):
        return "an"
    if lower.startswith(_SOUNDS_CONSONANT):
        return "a"
    return "an" if lower[:1] in ("a", "e", "i", "o", "u") else "a"
