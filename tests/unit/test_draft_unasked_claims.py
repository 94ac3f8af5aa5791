"""A short claim a sentence states with no card on it (issue 15): a deed chosen or asked
for, a duty, a finding, asked whatever its verb. Each test drafts its own invented
sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.unasked_claims import unasked_claim

_DATED = "Published 2 December 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The harbour board preferred to leave the mooring charges unchanged.",
            "What did the harbour board prefer to do?",
            "leave the mooring charges unchanged",
        ),
        (
            "Tarrow Mining had offered to sell four smelters and to keep the rail spur open.",
            "What had Tarrow Mining offered to do?",
            "sell four smelters",
        ),
        (
            "The Velmar Trust urged the Ostby Council to publish its road accounts, which it"
            " has not done since the merger.",
            "What did the Velmar Trust urge the Ostby Council to do?",
            "publish its road accounts",
        ),
        (
            "Second, each district should set up a drought fund for small growers with the"
            " power to levy fees.",
            "What should each district do?",
            "set up a drought fund for small growers",
        ),
        (
            "Shoppers should stop using the recalled kettles immediately and return them to"
            " any branch of the store for a replacement.",
            "What should shoppers do?",
            "stop using the recalled kettles immediately",
        ),
        (
            "The sonar survey confirms that Lake Orrin is a flooded crater held together by"
            " a ring of basalt.",
            "What does the sonar survey confirm?",
            "Lake Orrin is a flooded crater",
        ),
        (
            "The Ministry of Fisheries today confirmed that the quota talks have collapsed.",
            "What did the Ministry of Fisheries confirm?",
            "the quota talks have collapsed",
        ),
        # A deed announced, with its deadline, cut before a clause after a comma.
        (
            "The ferry company said it would hold a fares review for islanders in the autumn,"
            " once a new timetable is agreed.",
            "What did the ferry company say it would do?",
            "hold a fares review for islanders in the autumn",
        ),
        (
            "The harbour minister said the government would publish a new dredging plan"
            " within six months.",
            "What did the harbour minister say the government would do?",
            "publish a new dredging plan within six months",
        ),
        (
            "Nela Marsh said on Monday that she would stand for the party leadership.",
            "What did Nela Marsh say she would do?",
            "stand for the party leadership",
        ),
        (
            "A spokesman for Kelso Yards said the company would ask for a debriefing on the"
            " tender before deciding whether to appeal.",
            "What did a spokesman for Kelso Yards say the company would do?",
            "ask for a debriefing on the tender",
        ),
        (
            "Its owners said they would not reopen the Ashby mill, citing energy costs.",
            "What did its owners say they would do?",
            "not reopen the Ashby mill",
        ),
        # An opening phrase before the subject, and a name after its role, left out.
        (
            "Alongside the results, Corrow Foods said it would close nine of its bakeries.",
            "What did Corrow Foods say it would do?",
            "close nine of its bakeries",
        ),
        (
            "The trust's director, Professor Ilse Varga, who joined in May, said the trust"
            " would present the survey to the county council in January.",
            "What did the trust's director say the trust would do?",
            "present the survey to the county council in January",
        ),
        # A long deed cut at its first "and", never inside a figure ("between 40 and 60").
        (
            "The grid operator says Ostland will need between 40 and 60 new substations and"
            " several thousand kilometres of cable by 2035 to connect the new wind farms.",
            "What does the grid operator say Ostland will do?",
            "need between 40 and 60 new substations",
        ),
        # "with" right after the deed is what it takes, not a modifier of a noun.
        (
            "Corvo Pharma plans to file with the Ostland Medicines Agency in the spring.",
            "What does Corvo Pharma plan to do?",
            "file with the Ostland Medicines Agency in the spring",
        ),
        # A plan, whatever its verb: a name is one thing, singular.
        (
            "Halvern Ports plans to open a second container terminal at Dunmarsh.",
            "What does Halvern Ports plan to do?",
            "open a second container terminal at Dunmarsh",
        ),
        (
            "The Orla Group intends to sell its Baltic ferry arm to a rival operator.",
            "What does the Orla Group intend to do?",
            "sell its Baltic ferry arm to a rival operator",
        ),
    ],
)
def test_a_claim_is_asked_with_its_subject(sentence: str, prompt: str, answer: str) -> None:
    assert unasked_claim(sentence, frozenset({"shoppers"})) == (prompt, answer)


@pytest.mark.parametrize(
    "sentence",
    [
        # No one named: a pronoun subject.
        "They agreed to appoint a single contact for every flooded street.",
        # A verb before "to" that chooses nothing.
        "The glaciers seemed to retreat faster after the dry winter of that year.",
        # A passive or a state is no deed.
        "The old bridge should be closed to lorries before the winter.",
        # A finding cut before its verb, and one resting on a figure.
        "The inspectors found that the cost of the repairs, about £4 million, was unplanned.",
        "The audit found that 3,400 invoices had been paid twice by the council.",
        # A time phrase, not a subject, before the verb.
        "At noon the ministry confirmed that the Orrin bridge would stay shut.",
        # A passive announced, and a plan that is no one's ("was expected to").
        "The council said the Orrin bridge would be closed to lorries for a month.",
        "The new terminal was expected to open before the end of the decade.",
    ],
)
def test_no_claim_is_asked_without_a_subject_or_a_deed(sentence: str) -> None:
    assert unasked_claim(sentence) is None


def test_a_person_asked_elsewhere_is_named_by_role(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED
        + "The Ostby central bank raised its policy rate to 6% on Thursday.\n\n"
        + "Deputy Governor Mirela Danek-Holm, an external member, preferred to leave the"
        " policy rate unchanged.\n",
    )
    card = card_answering(cards, "leave the policy rate unchanged")
    assert "Danek-Holm" not in card.prompt
    assert card.prompt.endswith("prefer to do?")
    assert_no_give_aways(cards)


def test_a_sentence_with_a_card_gets_no_claim_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The harbour board preferred to leave 14 moorings empty until the spring.\n",
    )
    assert not any(card.prompt.startswith("What did the harbour board prefer") for card in cards)


def test_a_long_sentence_with_one_figure_also_asks_its_finding(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED
        + "By timing the echoes, the survey team was able to map the lake bed, and the result"
        " - a depth of about 240 metres at the centre, twice what charts showed - confirms"
        " that Lake Orrin is a flooded crater held together by a ring of basalt.\n",
    )
    card = card_answering(cards, "Lake Orrin is a flooded crater")
    assert card.prompt == "What does the result confirm?"
    assert_no_give_aways(cards)


def test_a_deed_a_pronoun_announces_is_asked_of_whom_it_means(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED
        + "The Corran shipyard lost its biggest order on Monday.\n\n"
        + "Its managing director, Tomas Berg, said the yard had cut 120 jobs this year. He"
        " said he would ask the regional council for a bridging loan before the end of the"
        " month.\n",
    )
    card = card_answering(
        cards, "ask the regional council for a bridging loan before the end of the month"
    )
    # Named by the role another card asks of him, not by his name.
    assert card.prompt == "What did Corran’s managing director say he would do?"
    assert_no_give_aways(cards)


def test_a_pronoun_no_one_fits_gets_no_claim_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "He said he would ask the regional council for a bridging loan next week.\n",
    )
    assert not any("bridging loan" in str(card.answer_text) for card in cards)


@pytest.mark.parametrize(
    ("sentence", "paragraph", "prompt", "answer"),
    [
        (
            "The panel recommends that the Varna Port Authority appoint a single safety"
            " officer for all three quays.",
            "",
            "What should the Varna Port Authority do?",
            "appoint a single safety officer for all three quays",
        ),
        (
            "Chief among them is that the ministry publish a town-by-town flood schedule"
            " within three months.",
            "The inquiry makes nine recommendations. ",
            "What should the ministry do?",
            "publish a town-by-town flood schedule within three months",
        ),
    ],
)
def test_a_step_recommended_after_that_is_asked_as_a_duty(
    sentence: str, paragraph: str, prompt: str, answer: str
) -> None:
    assert unasked_claim(sentence, frozenset(), paragraph) == (prompt, answer)


@pytest.mark.parametrize(
    ("sentence", "paragraph"),
    [
        # A fact after "is that": a past, a plural's present, or no recommendation about.
        ("Part of the reason is that the gauge upstream at Orton failed in the storm.", ""),
        ("The trouble is that ministers ignore the flood data entirely.", "It recommends. "),
        ("The worry is that the weir collapse again next winter.", ""),
    ],
)
def test_a_fact_after_is_that_is_no_step(sentence: str, paragraph: str) -> None:
    assert unasked_claim(sentence, frozenset(), paragraph) is None
