"""Things a story names by the part they play (issue 15): makers and suppliers, advisers,
the body money goes through, the law a body acts under, launch sites and the sites that did
something, a named programme and a launch vehicle. Each rule is tried on sentences written
for the test in several newsroom styles, never a benchmark article's lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_meeting_places import find_meeting_places
from trainer.core.authoring.find_named_parts import find_named_parts
from trainer.core.deck import Card
from trainer.core.grading import grade


def _asked(sentence: str) -> list[tuple[str | None, str]]:
    return [(fact.prompt, fact.answer) for fact in find_named_parts(sentence, 1)]


def _accepts(card: Card, typed: str) -> bool:
    return grade(card, typed).accepted


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # A space agency's release.
        (
            "The probe was built by a consortium led by prime contractor Halden Aerospace "
            "in Turin.",
            "The probe was built by a consortium led by which prime contractor?",
            "Halden Aerospace",
        ),
        # A defence ministry: the supplier in a "with" clause, its home town after "of".
        (
            "The frigates will be assembled in Rosyth, with the engines supplied by Korvald "
            "Marine Systems of Bergen.",
            "The engines were supplied by which company?",
            "Korvald Marine Systems",
        ),
        # A business desk: advisers in a list.
        (
            "Brightwater is being advised by Evercore and Numis Securities.",
            "Brightwater is being advised by which firms?",
            "Evercore and Numis Securities",
        ),
        # A trade paper: a single adviser, named as a company.
        (
            "The rights issue was underwritten by Fenwick Capital.",
            "The rights issue was underwritten by which company?",
            "Fenwick Capital",
        ),
    ],
)
def test_makers_suppliers_and_advisers_are_asked_by_their_part(
    sentence: str, prompt: str, answer: str
) -> None:
    assert (prompt, answer) in _asked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The inquiry was led by Jane Roe, a retired judge.",  # a person: the people passes
        "This update is produced by UNOHCR with its partners.",  # the document itself
        "The bridge was built by the army in 1952.",  # a body, no name
    ],
)
def test_no_maker_card_for_a_person_a_document_or_a_body_without_a_name(sentence: str) -> None:
    assert not [prompt for prompt, _ in _asked(sentence) if " by which " in (prompt or "")]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # A foreign ministry readout.
        (
            "Sweden will contribute SEK 90 million over three years, channelled through the "
            "Swedish International Development Cooperation Agency.",
            "Through which agency will Sweden’s contribution be channelled?",
            "Swedish International Development Cooperation Agency",
        ),
        # A development bank's release, in the past tense.
        (
            "Japan pledged $40 million, disbursed through the Asian Development Bank.",
            "Through which bank was Japan’s pledge disbursed?",
            "Asian Development Bank",
        ),
    ],
)
def test_the_body_money_goes_through_is_asked(sentence: str, prompt: str, answer: str) -> None:
    assert (prompt, answer) in _asked(sentence)


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Ministers could review the deal under the Enterprise Act 2002, lawyers said.",
            "Ministers could review the deal under which act?",
            "Enterprise Act 2002",
        ),
        (
            "The regulator opened an inquiry under the Online Safety Act.",
            "The regulator opened an inquiry under which act?",
            "Online Safety Act",
        ),
    ],
)
def test_the_law_a_body_acts_under_is_asked(sentence: str, prompt: str, answer: str) -> None:
    assert (prompt, answer) in _asked(sentence)


def test_a_charges_law_is_left_to_the_charge() -> None:
    assert not _asked("He was charged under the Terrorism Act 2000 on Friday.")


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The weather satellite was launched early on Sunday from the Baikonur Cosmodrome, "
            "Kazakhstan.",
            "From where was the satellite launched?",
            "Baikonur Cosmodrome, Kazakhstan",
        ),
        (
            "The lunar lander lifted off from Sriharikota at dawn.",
            "From where did the lander lift off?",
            "Sriharikota",
        ),
        (
            "The first images were received by the tracking station in Svalbard, Norway, "
            "hours later.",
            "Where is the tracking station that received the first images?",
            "Svalbard, Norway",
        ),
    ],
)
def test_launch_sites_and_the_sites_that_did_something(
    sentence: str, prompt: str, answer: str
) -> None:
    assert (prompt, answer) in _asked(sentence)


def test_officials_leaving_a_city_is_no_launch() -> None:
    assert not _asked("The delegates departed from Geneva on Friday.")


def test_a_drafted_story_asks_the_parts_and_accepts_the_longer_forms(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Weather satellite reaches orbit\n\n"
        "The Nordic Weather Agency's new satellite was launched on Sunday from the "
        "Andøya Spaceport, Norway. The satellite lifted off on a Falcon 9 rocket. "
        "The satellite was built by prime contractor Halden Aerospace, with the cameras "
        "supplied by Lumetra of Lyon. The satellite is the third mission in the agency's "
        "Arctic Eye programme.\n",
    )
    site = card_answering(cards, "Andøya Spaceport, Norway")
    assert site.prompt == "From where was the satellite launched?"
    assert _accepts(site, "Andøya Spaceport")
    rocket = card_answering(cards, "Falcon 9")
    assert rocket.prompt.endswith("which rocket?")
    assert _accepts(rocket, "Falcon 9 rocket")
    supplier = card_answering(cards, "Lumetra")
    assert supplier.prompt == "The cameras were supplied by which company?"
    assert _accepts(supplier, "Lumetra of Lyon")
    assert card_answering(cards, "Halden Aerospace").prompt.endswith("which prime contractor?")
    assert card_answering(cards, "Arctic Eye programme").prompt.endswith("which programme?")
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # A foreign ministry's readout: a relative clause after the agreement's name.
        (
            "The ministers welcomed the conclusion of talks on the Baltic–Nordic Ferry "
            "Compact, which is expected to be signed in Riga in the spring.",
            "Where is the Baltic–Nordic Ferry Compact expected to be signed?",
            "Riga",
        ),
        # A wire story, in the past tense.
        ("The ceasefire was signed in Doha on Friday.", "Where was the ceasefire signed?", "Doha"),
        # A trade paper: a plan "due to be" carried out.
        (
            "The supply deal is due to be signed in Seoul next month.",
            "Where is the supply deal due to be signed?",
            "Seoul",
        ),
    ],
)
def test_where_an_agreement_is_signed(sentence: str, prompt: str, answer: str) -> None:
    found = [(fact.prompt, fact.answer) for fact in find_meeting_places(sentence, 1)]
    assert (prompt, answer) in found


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # A health desk: two makers, a company's own word in one of them.
        (
            "The vaccine was manufactured by Pfizer and BioNTech SE.",
            "The vaccine was manufactured by which companies?",
            "Pfizer and BioNTech SE",
        ),
        # A defence brief: an alliance's initials are an organisation, not a company.
        (
            "The exercise plan was developed by NATO.",
            "The exercise plan was developed by which organisation?",
            "NATO",
        ),
        # A science page: a laboratory that did the work, and where it is.
        (
            "The samples were analysed by the reference laboratory in Porton Down.",
            "Where is the reference laboratory that analysed the samples?",
            "Porton Down",
        ),
        # A shipping wire: a departure port.
        (
            "The ferry sailed from Stranraer at 7am with 300 passengers.",
            "From where did the ferry sail?",
            "Stranraer",
        ),
    ],
)
def test_each_part_in_other_styles(sentence: str, prompt: str, answer: str) -> None:
    assert (prompt, answer) in _asked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The announcement was made by Johnson on Friday.",  # a surname
        "The findings were provided by Okafor, the lead author.",
        "Mr Hale said the decision was taken by the board.",
    ],
)
def test_a_surname_after_a_verb_people_do_too_is_no_company(sentence: str) -> None:
    assert not _asked(sentence)


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # A City desk: the adviser named first, its part after it.
        (
            "Fenwick & Co is acting as lead financial adviser to Brightwater.",
            "Which firm is acting as lead financial adviser to Brightwater?",
            "Fenwick & Co",
        ),
        # A wire's deal round-up, in the perfect.
        (
            "Evercore Partners has been retained as financial adviser to the board.",
            "Which firm has been retained as financial adviser to the board?",
            "Evercore Partners",
        ),
        # A law firm named by one word.
        (
            "Linklaters was appointed as legal adviser on the deal.",
            "Which firm was appointed as legal adviser on the deal?",
            "Linklaters",
        ),
    ],
)
def test_an_adviser_named_before_its_part(sentence: str, prompt: str, answer: str) -> None:
    assert (prompt, answer) in _asked(sentence)


def test_a_person_acting_as_adviser_is_left_to_the_people_passes() -> None:
    assert not _asked("Jane Roe is acting as legal adviser to the family.")


@pytest.mark.parametrize(
    ("sentence", "answer", "town"),
    [
        # A space agency: the launch site with its territory.
        (
            "The lander was launched on Tuesday from the Vostrel Launch Centre in Sarnak, "
            "Outer Kelvia.",
            "Vostrel Launch Centre in Sarnak, Outer Kelvia",
            "Vostrel Launch Centre in Sarnak",
        ),
        # A ground station named by town and country.
        (
            "The first images were received by the tracking station in Halmberg, Norway.",
            "Halmberg, Norway",
            "Halmberg",
        ),
    ],
)
def test_a_place_with_its_region_is_answered_as_written_the_town_accepted(
    sentence: str, answer: str, town: str
) -> None:
    facts = find_named_parts(sentence, 1)
    assert [fact.answer for fact in facts] == [answer]
    assert town in facts[0].accept
