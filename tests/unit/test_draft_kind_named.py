"""Things named after their kind in any newsroom's sentence (issue 15): "the Liberian-flagged
container ship Orion Spirit", "the drug rilopraz", "the satellite SKYLINE-2", asked by what
they did, the name the answer; a person, a body with no kind before it, or a lower-case word
after a kind is no named thing. Each test writes its own sentences, never a benchmark's."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_kind_named import find_kind_named


def test_a_vessel_and_the_one_that_struck_it_are_asked_by_what_happened(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The Liberian-flagged container ship Orion Spirit, carrying about 9,000 containers, "
        "was hit on its starboard side by the Maltese-registered ferry Blue Tern shortly "
        "after midnight.\n",
    )
    ship = card_answering(cards, "Orion Spirit")
    assert ship.prompt == "Which container ship was hit on its starboard side by the ferry?"
    ferry = card_answering(cards, "Blue Tern")
    assert ferry.prompt == "By which ferry was the container ship hit on its starboard side?"
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    ("sentence", "answer", "prompt"),
    [
        (
            "The satellite SKYLINE-2 will map sea ice over the Arctic for five years.",
            "SKYLINE-2",
            # (the duration is a card of its own: the question ends before it)
            "Which satellite will map sea ice over the Arctic?",
        ),
        (
            "The frigate HMS Dauntless escorted the convoy through the strait.",
            "HMS Dauntless",
            "Which frigate escorted the convoy through the strait?",
        ),
        (
            "The German engineering group Kranwerk Holdings bought the site for an undisclosed "
            "sum.",
            "Kranwerk Holdings",
            "Which engineering group bought the site for an undisclosed sum?",
        ),
        (
            "NASA's rover Perseverance collected its first rock sample in a dry lake bed.",
            "Perseverance",
            "Which rover collected its first rock sample in a dry lake bed?",
        ),
        (
            "The Norwegian-owned supertanker Nordic Hild has been held at anchor for a month.",
            "Nordic Hild",
            "Which supertanker has been held at anchor for a month?",
        ),
        (
            "Fares will rise 4%, the operator said, while passenger group Fair Fares North "
            "called the rise unjustified.",
            "Fair Fares North",
            "Which passenger group called the rise unjustified?",
        ),
        (
            "Regulators approved the drug rilopraz for adults with severe asthma.",
            "rilopraz",
            "Regulators approved which drug for adults with severe asthma?",
        ),
        (
            "Shares rose after the carmaker Veltro said its electric model Aria 7 would ship "
            "in spring.",
            "Aria 7",
            None,
        ),
    ],
)
def test_a_thing_after_its_kind_is_asked_which_kind(
    sentence: str, answer: str, prompt: str | None
) -> None:
    found = {fact.answer: fact for fact in find_kind_named(sentence, 1)}
    assert answer in found
    if prompt is not None:
        assert found[answer].prompt == prompt
    assert found[answer].description is not None
    assert found[answer].description.startswith("the ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister Jane Roe said the plan would cost too much.",  # a person's post
        "The European Union said the ban would start in 2027.",  # no kind before it
        "The company Board met on Tuesday.",  # a body's word, no kind word before
        "The tanker Monday was the last day of the search.",  # a weekday is no name
        "Officials said the drug trial would end early.",  # a lower-case word, no medicine
        "The vaccine programme for children will start in June.",
        "Rescuers searched the port side. Crews said the vessel was stable.",
        # a list's comma is no part of a kind: "its revenue, while group X" is no phrase
        "Costs could take 12% of their revenue, while Halden Group said nothing.",
    ],
)
def test_no_named_thing_without_a_kind_and_a_name(sentence: str) -> None:
    assert find_kind_named(sentence, 1) == []


def test_the_minister_before_a_name_gives_no_thing_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, "The minister Jane Roe said the plan would cost £40 million a year.\n"
    )
    assert all(card.kind == "name" for card in cards if card.answer_text == "Jane Roe")
    assert all("name of the minister" not in card.prompt for card in cards)


def test_other_prompts_name_the_thing_by_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The Panama-flagged bulk carrier Stellar Reach ran aground on a sandbank on "
        "Sunday.\n\nThe Panama-flagged bulk carrier Stellar Reach was carrying 61,000 "
        "tonnes of coal.\n",
    )
    assert card_answering(cards, "Stellar Reach").prompt == (
        "Which bulk carrier ran aground on a sandbank?"
    )
    coal = card_answering(cards, "61,000")
    assert "Stellar" not in coal.prompt
    assert "Panama-flagged bulk carrier the" not in coal.prompt
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    ("sentence", "answer", "prompt"),
    [
        (
            "Trucks were rerouted after floods damaged the Lunsemfwa river bridge overnight.",
            "Lunsemfwa river bridge",
            "Trucks were rerouted after floods damaged which bridge overnight?",
        ),
        (
            "Sudan says it is not bound by the 1959 Nile agreement signed with Egypt.",
            "1959 Nile agreement",
            "Sudan says it is not bound by which agreement signed with Egypt?",
        ),
        (
            "The Tarbela dam in northern Pakistan, finished in 1976, will be raised again.",
            "Tarbela dam",
            "Which dam in northern Pakistan will be raised again?",
        ),
        (
            # A rocket's name is its model, the kind word accepted with it.
            "The probe will fly on an Ariane 6 rocket from French Guiana.",
            "Ariane 6",
            "The probe will fly on which rocket from French Guiana?",
        ),
        (
            "The Westgate tunnel, 4 kilometres long, is to carry 20,000 lorries a day.",
            "Westgate tunnel",
            "What is the name of the tunnel?",
        ),
    ],
)
def test_a_name_before_its_kind_of_work_or_instrument_is_asked_with_the_kind(
    sentence: str, answer: str, prompt: str
) -> None:
    [fact] = find_kind_named(sentence, 1)
    assert (fact.answer, fact.prompt) == (answer, prompt)
    # The name alone is right too: "Which bridge?" is answered "Lunsemfwa".
    name = answer.removesuffix(" river bridge").removesuffix(" agreement")
    name = name.removesuffix(" dam").removesuffix(" tunnel").removesuffix(" rocket")
    assert name.removeprefix("1959 ") in (fact.answer, *fact.accept)
    if prompt.endswith("rocket?") or " rocket " in prompt:
        assert f"{answer} rocket" in fact.accept  # "Ariane 6 rocket" is right too


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government's trade agreement with Chile was signed in May.",  # a possessive
        "The Monday pipeline meeting was cancelled.",  # a weekday is no name
        "A Russian rocket delivered the crew.",  # a nationality says whose, not which
    ],
)
def test_no_name_before_a_kind_that_is_no_name(sentence: str) -> None:
    assert find_kind_named(sentence, 1) == []
