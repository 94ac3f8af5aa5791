"""An obituary's or profile's life facts, asked of its subject (find_life_events.py)."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_life_events import find_life_events, subject_description

_OBITUARY = [
    "Dame Rosalind Okafor-Lindqvist, the engineer who built the Tamar barrage, has died aged 91.",
    "She died on Tuesday at her home in Truro after a long illness. The cause was heart failure.",
    "Born in Enugu, Nigeria, on 2 May 1935, she studied at Leeds.",
    "In 1979 she was appointed chief engineer of the Severn Board, a post she held until 1988.",
    "In 2003 she received the Telford Gold Medal.",
    "In retirement she wrote the memoir Tides and Concrete (2010).",
    "She married Piet Lindqvist, a Dutch painter, in 1960; he died in 2015.",
    "She is survived by two sons and five grandchildren.",
    "A memorial service will be held at St Mary-le-Bow in London in March.",
]


def _asked(lines: list[str]) -> dict[str, str]:
    facts = find_life_events(
        Article(path=Path("obituary.txt"), text="\n".join(lines), lines=tuple(lines))
    )
    return {str(fact.prompt): fact.answer for fact in facts}


def test_each_life_fact_is_asked_of_the_subject_by_name() -> None:
    asked = _asked(_OBITUARY)
    name = "Rosalind Okafor-Lindqvist"
    assert asked["Which engineer has died aged 91?"] == name
    assert asked[f"Where did {name} die?"] == "her home in Truro"
    assert asked[f"What was the cause of {name}’s death?"] == "heart failure"
    assert asked[f"Where was {name} born?"] == "Enugu, Nigeria"
    assert asked[f"When was {name} chief engineer of the Severn Board?"] == "1979 to 1988"
    assert asked[f"Which award did {name} receive in 2003?"] == "the Telford Gold Medal"
    assert asked[f"What is the title of {name}’s memoir?"] == "Tides and Concrete"
    assert asked[f"How many grandchildren survive {name}?"] == "five"
    assert asked[f"Where will {name}’s memorial service be held?"] == "St Mary-le-Bow"


def test_the_husbands_death_is_not_hers() -> None:
    asked = _asked(_OBITUARY)
    assert not any("2015" in answer for answer in asked.values())
    assert len([p for p in asked if p.startswith("Where did")]) == 1


def test_the_subject_is_named_by_the_role_the_lead_gives() -> None:
    text = "\n".join(_OBITUARY)
    assert subject_description(text) == ("Rosalind Okafor-Lindqvist", "the engineer")


def test_a_story_that_opens_on_no_one_has_no_life_facts() -> None:
    lines = [
        "Published Friday 4 December 2026",
        "The council has approved a new bridge. It was born in controversy in 2019.",
    ]
    assert _asked(lines) == {}


def test_a_profile_names_its_subject_from_the_pronouns_it_uses() -> None:
    lines = [
        "Tama Rewiti-Baird has a habit of arriving early.",
        "Born in Taupo, Rewiti-Baird was the first in her family to study law. She said she"
        " liked it. Her mother agreed.",
    ]
    assert _asked(lines) == {"Where was Tama Rewiti-Baird born?": "Taupo"}
