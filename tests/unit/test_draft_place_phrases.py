"""Where something was signed, goes, lies or happened, and a councillor's ward, are asked as
short questions about their subject, the place phrase the answer."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_place_phrases import find_place_phrases
from trainer.core.authoring.questions import mask


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The two foreign ministers signed the treaty at the Marble Hall in Riga on Friday.",
            "Where was the treaty signed?",
            "Marble Hall in Riga",
        ),
        (
            "Officials from both sides signed a water-sharing agreement in Dushanbe.",
            "Where was the water-sharing agreement signed?",
            "Dushanbe",
        ),
        (
            "The power will flow through Albania and Montenegro along a new cable.",
            "Where will the power flow?",
            "through Albania and Montenegro",
        ),
        (
            "Gas from the field will travel via Georgia and enter Turkey at the Posof border "
            "crossing.",
            "Where will gas from the field travel?",
            "via Georgia",
        ),
        (
            "Under the deal, Norvia takes a 20 per cent share in a planned offshore wind farm "
            "near Klaipėda.",
            "Where is the planned offshore wind farm?",
            "near Klaipėda",
        ),
        (
            "The group also added a packing line at the group's plant in Tampere, Finland.",
            "Where is the group's plant?",
            "Tampere, Finland",
        ),
        (
            "From Tuesday, the health board will run drop-in flu clinics in Oban, Fort William "
            "and Portree.",
            "Where are the drop-in flu clinics?",
            "Oban, Fort William and Portree",
        ),
        (
            "She said Friday's outbreak at a care home in Kendal had been contained.",
            "Where was the outbreak?",
            "a care home in Kendal",
        ),
        (
            "A trial, run in counties Mayo and Sligo over the summer, was stopped in August.",
            "Where was the trial run?",
            "counties Mayo and Sligo",
        ),
        (
            "Ministers agreed to set up a Regional Flood Warning Office (RFWO), to be hosted by "
            "Latvia at the Liepāja naval base.",
            "Where will the RFWO be hosted by Latvia?",
            "Liepāja naval base",
        ),
        (
            "She confirmed that Peru intends to host the first meeting of a joint working "
            "group in Arequipa next spring.",
            "Where does Peru intend to host the first meeting of a joint working group?",
            "Arequipa",
        ),
        (
            "They will review progress at their next meeting, which Estonia has offered to "
            "host in Tartu in autumn 2027.",
            "Where has Estonia offered to host the next meeting?",
            "Tartu",
        ),
        (
            "Manchester beat bids from Lyon and Bilbao, winning 30 of the 52 votes cast.",
            "Which rival bidders did Manchester beat?",
            "Lyon and Bilbao",
        ),
        (
            "She said the tanker's owner was a company registered in the Marshall Islands.",
            "Where was the tanker's owner registered?",
            "Marshall Islands",
        ),
        (
            "The first trials, in north Devon and west Cornwall, begin in the autumn.",
            "Where are the first trials?",
            "north Devon and west Cornwall",
        ),
        (
            "About 90,000 people have been affected by flooding in Gaza and Inhambane provinces.",
            "Where was the flooding?",
            "Gaza and Inhambane provinces",
        ),
        (
            "Cllr Hannah Moss-Reilly (Green, Castlefield and Brook), who chairs the panel, said "
            "the plan was sound.",
            "Which ward does the Green councillor Hannah Moss-Reilly represent?",
            "Castlefield and Brook",
        ),
        (
            "Cllr Owen Bray (Con, Little Ashby) voted against.",
            "Which ward does the Conservative councillor Owen Bray represent?",
            "Little Ashby",
        ),
    ],
)
def test_the_place_is_asked_of_its_subject(sentence: str, prompt: str, answer: str) -> None:
    found = find_place_phrases(sentence, 1)
    assert (found[0].prompt, found[0].answer) == (prompt, answer)


def test_a_route_and_the_way_in_are_two_cards() -> None:
    sentence = (
        "The oil will pass through Latvia and Lithuania and enter Estonia at the Valga border "
        "point."
    )
    found = find_place_phrases(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [
        ("Where will the oil pass?", "through Latvia and Lithuania"),
        ("Where will the oil enter Estonia?", "Valga border point"),
    ]
    # The preposition is where; the names alone are accepted too.
    assert found[0].accept == ("Latvia and Lithuania",)


@pytest.mark.parametrize(
    "sentence",
    [
        # A site nothing describes ("Where are the schools?") says nothing alone.
        "Pupils were sent home from schools in Kent on Monday.",
        # A count holds the sentence: "three more centres" is its card's.
        "- Open three more reception centres in Mabote district to ease crowding.",
        # Where a speaker stood is the quote's setting.
        '"The worst is over," she told reporters at the crisis centre in Galway.',
        "Addressing supporters outside her campaign headquarters in Tema, she thanked them.",
        # A possessive describes a place and names none.
        "Work stopped at one of the largest terminals in Europe's busiest port.",
        # A verb, not a modifier: "will open" and "after visiting".
        "They will open clinics in Derby and Crewe.",
        # A host is named whole: no "Economic Cooperation" hosting a session.
        "The Joint Commission for Economic Cooperation will hold its fifth session in Nairobi.",
        # An event in one town, no area: the story's setting.
        "He said protests in Paris continued on Sunday.",
        # No name after the preposition.
        "The firm signed the contract in principle last week.",
    ],
)
def test_no_place_is_asked(sentence: str) -> None:
    assert find_place_phrases(sentence, 1) == []


def test_a_name_hidden_inside_its_adjective_takes_the_adjective() -> None:
    prompt = "What is the Tromsø-based maker of nets called?"
    assert mask(prompt, "Tromsø", "") == "What is the  maker of nets called?"
    # A double-barrelled name and a figure's unit are left as they are.
    assert mask("Ann Lee-Park said", "Lee", "X") == "Ann Lee-Park said"
