""" "It" as a clause's subject named as the body or measure it stands for (issue 15): a
company the sentence before calls "the company", a name whose own sentence says "it", a
measure proposed in the clause before "but it was defeated", a brief that "argues" before
"It sets out". Each test writes its own short article, never a benchmark article's
sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

from trainer.core.authoring.thing_pronouns import referent_of_it


def test_it_after_the_company_said_is_the_company(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Brackwell Foods reported a loss on 2 March 2026. About 640 jobs will go, although "
        "the company said it would redeploy some staff. It also cut its final dividend to "
        "3.5p a share, from 7.1p last year.\n",
    )
    dividend = card_answering(cards, "3.5p")
    assert dividend.prompt == "The company also cut its final dividend to how many pence a share?"
    earlier = card_answering(cards, "7.1p")
    # "a share" goes with the hidden 3.5p: no "dividend a share, from" left behind.
    assert "dividend, from how many pence" in earlier.prompt
    # "last year" dates the 7.1p, not the cut.
    assert not [card for card in cards if card.answer_text == "2025"]


def test_it_inside_a_name_s_own_sentence_is_that_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The storm closed roads on 2 March 2026. Tarnside Gas said the pipes were old and "
        "that it plans to spend £95m on new mains.\n",
    )
    spend = card_answering(cards, "£95m")
    assert spend.prompt.startswith("Tarnside Gas plans to spend how much")


def test_a_measure_proposed_then_defeated_is_named(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Councillors met on 2 March 2026. Cllr Ines Marwood said the council was wrong. She "
        "had proposed a motion to keep the old library open until the new hub in the market "
        "square was finished, but it was defeated by 31 votes to 12.\n",
    )
    vote = card_answering(cards, "31 votes to 12")
    assert vote.prompt.startswith("The motion was defeated by")


def test_a_brief_that_argues_is_what_it_sets_out(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 March 2026. This brief argues that ports have spent too little on "
        "cyber defence. It sets out seven recommendations for harbour authorities.\n",
    )
    count = card_answering(cards, "seven")
    assert count.prompt.startswith("The brief sets out how many recommendations")


def test_a_span_of_months_after_a_figure_gives_no_date_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The Bank of Osterland (BoO) held rates on 2 March 2026. The last time the BoO "
        "raised rates was in May 2025. It cut by a cumulative 75 basis points between "
        "August 2025 and January this year.\n",
    )
    cut = card_answering(cards, "75")
    assert cut.prompt.startswith("The BoO cut by a cumulative how many basis points")
    assert not [card for card in cards if card.answer_text in ("2025-08", "2026-01")]


def test_it_stays_unnamed_where_the_story_leaves_it_uncertain() -> None:
    # Two bodies of different kinds in the sentence before: either could be "it".
    assert (
        referent_of_it(
            "also cut its budget by 5%.",
            "",
            "The council said the agency had overspent.",
            [],
        )
        is None
    )
    # "It is expected that ...": an "it" that stands for nothing.
    assert referent_of_it("is expected that 200 jobs will go.", "", "The firm said so.", []) is None
    # A person is never "it".
    person = ["Ordell Quayle"]
    assert referent_of_it("plans to retire.", "", "Mr Ordell Quayle said so.", person) is None


def test_a_name_and_its_kind_in_the_sentence_before_is_asked_by_the_kind() -> None:
    assert (
        referent_of_it(
            "also cut its dividend.", "", "Pellham said profits fell and the company said so.", []
        )
        == "The company"
    )
