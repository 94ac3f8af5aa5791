"""The shared letter classes name patterns use: every Latin capital and small letter."""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, NAME_WORD, SMALL


def test_capitals_and_small_letters_cover_latin_extended_blocks() -> None:
    for capital in "AÉØŁŽŞĞŐĐƠẠỄ":
        assert re.fullmatch(f"[{CAPITAL}]", capital), capital
        assert not re.fullmatch(f"[{SMALL}]", capital), capital
    for small in "aéøłžşğőđơạễß":
        assert re.fullmatch(f"[{SMALL}]", small), small
        assert not re.fullmatch(f"[{CAPITAL}]", small), small


def test_no_sign_or_digit_is_a_letter() -> None:
    for sign in "×÷0-’":
        assert not re.fullmatch(f"[{CAPITAL}{SMALL}]", sign), sign


def test_name_words() -> None:
    for word in ("Rūta", "Žemaitytė-Kairys", "Nguyễn", "Şükrü", "Łódź", "Dell’Olio"):
        assert re.fullmatch(NAME_WORD, word), word
    for word in ("US", "the", "2026"):
        assert not re.fullmatch(NAME_WORD, word), word
