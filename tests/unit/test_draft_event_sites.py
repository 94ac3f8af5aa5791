"""Where an event happened, and names given with "known as"/"dubbed"/"called" (issue 15):
"collided in the Strait of Hormuz" asks "Where did ... collide?", "sank off Crete" keeps
"off" in its answer; "the city's tram plan, known as Link North" asks what it is known as.
Each sentence is the test's own, never a benchmark article's."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_meeting_places import find_meeting_places


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "A gas carrier and a fishing trawler collided in the Strait of Hormuz before dawn "
            "on Friday, officials said.",
            "Where did a gas carrier and a fishing trawler collide?",
            "Strait of Hormuz",
        ),
        (
            "The ferry sank off Crete with 40 people on board.",
            "Where did the ferry sink?",
            "off Crete",
        ),
        (
            "The research vessel ran aground off the west coast of Islay in heavy fog.",
            "Where did the research vessel run aground?",
            "off the west coast of Islay",
        ),
        (
            "Two journalists were arrested in Minsk last week.",
            "Where were two journalists arrested?",
            "Minsk",
        ),
        (
            "The weather satellite was launched from Kourou on a Vega rocket.",
            "Where was the weather satellite launched?",
            "Kourou",
        ),
        (
            "A fire broke out near Dunmore Harbour on Sunday night.",
            "Where did a fire break out?",
            "near Dunmore Harbour",
        ),
    ],
)
def test_where_an_event_happened_is_asked(sentence: str, prompt: str, answer: str) -> None:
    found = find_meeting_places(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It collided in the strait at night.",  # a pronoun subject, no named place
        "The plane crashed in March, investigators said.",  # a month is no place
        "The two sides struck a deal in principle.",  # no place after the verb
        "Shares collapsed in London trading.",  # no verb of an event this module reads
        "When the ferry sank off Crete, 40 people were rescued.",  # a clause of time
    ],
)
def test_no_place_without_a_subject_an_event_and_a_name(sentence: str) -> None:
    assert find_meeting_places(sentence, 1) == []


def test_the_place_card_and_the_named_vessel_card_stand_together(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The Greek-owned tanker Aegean Pride collided in the Bosphorus with a cargo ship "
        "on Monday.\n",
    )
    # Each card hides the other's answer: the place is a card of its own.
    assert (
        card_answering(cards, "Aegean Pride").prompt == "Which tanker collided with a cargo ship?"
    )
    assert card_answering(cards, "Bosphorus").prompt == "Where did the tanker collide?"
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    ("text", "answer", "prompt"),
    [
        (
            "Most of the money goes to the region's tram extension plan, known as Link North, "
            "which adds 14 stops.\n",
            "Link North",
            "What is the region's tram extension plan known as?",
        ),
        (
            "The storm, dubbed Storm Hollis by forecasters, closed roads across the west.\n",
            "Storm Hollis",
            "What is the storm called?",
        ),
        (
            "The agency's flood warning service, called FloodLine Direct, will launch in May.\n",
            "FloodLine Direct",
            "What is the agency's flood warning service called?",
        ),
    ],
)
def test_a_name_given_with_known_as_or_dubbed_is_asked(
    tmp_path: Path, text: str, answer: str, prompt: str
) -> None:
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, answer).prompt == prompt
    assert_no_give_aways(cards)


def test_a_person_called_by_a_name_is_no_named_thing(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, "A fisherman called Tomas Varga found the wreck on 3 May 2026, police said.\n"
    )
    assert all("called?" not in card.prompt for card in cards)


def test_a_recommended_observatory_is_asked_by_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Flood Risk in the Lower Vale\n\nRecommendations\n\nThe councils should:\n\n"
        "- Establish a Lower Vale Flood Observatory to publish river levels every hour.\n\n"
        "- Spend £12 million on new gauges by 2029.\n",
    )
    observatory = card_answering(cards, "Lower Vale Flood Observatory")
    assert observatory.prompt.startswith("Which observatory does the")
    assert "establishing" in observatory.prompt
