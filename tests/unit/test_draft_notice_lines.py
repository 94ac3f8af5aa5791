"""A recall notice's lines of affected codes, counts, help lines and model numbers, and the
company named with the place it is based in."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck

_NOTICE = """Kettle recall notice
Safety Board | 2 December 2026

BrewMate kettles sold by Halvorsen Home Appliances Ltd of Market Harborough are recalled.

Models affected:
- BrewMate Pro, model numbers BM-2-RD (red) and BM-2-BL (blue)
- BrewMate Mini, model number BM-1-WH (white)

Batch codes affected: 4711B to 4803F inclusive. The code is printed on the base.

Units affected: around 12,400 in Scotland, of which about 8,000 are BrewMate Pro units.

BrewMate helpline: 0800 123 4567, open 9am to 5pm.
"""


def _asked(tmp_path: Path, text: str) -> dict[str, str]:
    article_path = tmp_path / "notice.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "notice.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "n", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    return {card.prompt: card.answer_text for card in cards}


def test_a_notice_asks_its_codes_counts_and_help_line(tmp_path: Path) -> None:
    asked = _asked(tmp_path, _NOTICE)
    assert asked["Which batch codes are affected?"] == "4711B to 4803F"
    assert asked["How many units are affected in Scotland?"] == "around 12,400"
    assert asked["What is the number of the BrewMate helpline?"] == "0800 123 4567"
    assert asked["What are the model numbers of the BrewMate Pro?"] == "BM-2-RD and BM-2-BL"
    assert asked["What is the model number of the BrewMate Mini?"] == "BM-1-WH"
    # The last batch code is no temperature.
    assert not any("degrees" in prompt for prompt in asked)


def test_a_company_is_named_without_the_place_it_is_based_in(tmp_path: Path) -> None:
    asked = _asked(tmp_path, _NOTICE)
    companies = [prompt for prompt, answer in asked.items() if answer.endswith("Ltd")]
    assert [asked[prompt] for prompt in companies] == ["Halvorsen Home Appliances Ltd"]
    assert "Market Harborough" in companies[0]


def test_a_phone_line_under_a_contact_label_is_not_asked(tmp_path: Path) -> None:
    text = "Kettle recall\nSafety Board | 2 December 2026\n\nTel: 0800 123 4567\n"
    asked = _asked(tmp_path, text)
    assert "0800 123 4567" not in asked.values()


def test_a_member_signing_a_foreword_is_asked_by_post(tmp_path: Path) -> None:
    text = (
        "Cleaner Rivers: Consultation on water quality\nDepartment for Water and Rivers\n"
        "Published 2 December 2026\n\nToo many rivers are polluted.\n\n"
        "Tomasz Brennan-Oduya MP, Minister for Water Quality\n"
    )
    asked = _asked(tmp_path, text)
    assert asked["Who is the Minister for Water Quality?"] == "Tomasz Brennan-Oduya"


def test_an_issuer_in_capitals_keeps_its_initials(tmp_path: Path) -> None:
    text = (
        "OFFICE FOR PORT SAFETY (OPS)\nSAFETY NOTICE\n\nDate of notice: 2 December 2026\n\n"
        "The OPS has recalled 300 life jackets sold in Wexford.\n"
    )
    asked = _asked(tmp_path, text)
    assert "Office for Port Safety (OPS)" in asked.values()
