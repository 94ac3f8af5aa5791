"""Figures the counts finders passed over (issue 15, read rounds 9-16): a bench's split
written as its majority, a body's size written after its noun ("a crew of 23"), and a second
count that leaves its noun and verb to the first ("Toronto received 19 votes and Copenhagen
eight"), a count dropped as giving away another that counts other things, a figure in a
"which" aside asked of the aside's noun, and a named place sized in a compound ("Harbour
Court, a 120-flat block"). Invented sentences, with ones that must stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.draft_fixtures import card_answering, drafted_cards
from trainer.core.authoring.bare_counts import same_count_fact, without_other_counts
from trainer.core.authoring.find_body_sizes import find_body_sizes
from trainer.core.authoring.find_elided_counts import find_elided_counts
from trainer.core.authoring.find_sized_places import find_sized_places
from trainer.core.authoring.find_vote_tallies import find_split_majorities
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.relative_clauses import in_relative_clause


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "By a majority of three to two, five judges dismissed the appeal by Harlow Freight.",
            "The judges dismissed the appeal by what majority?",
            "3-2",
        ),
        (
            "The tribunal rejected the claim by a 2-1 majority on Friday.",
            "The tribunal rejected the claim by what majority?",
            "2-1",
        ),
        (
            "The Monetary Policy Committee decided by a majority of five votes to two to cut "
            "the base rate by 25 basis points.",
            "The Monetary Policy Committee decided to cut the base rate by what majority?",
            "5-2",
        ),
        (
            "The board passed the plan with a 7-2 majority.",
            "The board passed the plan with what majority?",
            "7-2",
        ),
    ],
)
def test_a_split_majority_is_asked_of_its_decision(sentence: str, prompt: str, answer: str) -> None:
    found = find_split_majorities(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A majority of two to one is rare in this court.",  # no decision
        '"We won it by a 5-4 majority," she said.',  # a speaker's words
        "The plan won a majority of 60 per cent of members.",  # a share, not a split
    ],
)
def test_no_split_majority_without_a_decision(sentence: str) -> None:
    assert find_split_majorities(sentence, 1) == []


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        ("The trawler had a crew of 11.", "how many crew", "11"),
        ("The bakery has a workforce of about 1,300.", "a workforce of how many", "1,300"),
        ("The embassy kept a staff of nine after the evacuation.", "how many staff", "nine"),
    ],
)
def test_a_body_size_after_its_noun_is_a_count(sentence: str, question: str, answer: str) -> None:
    found = find_body_sizes(sentence, 1)
    assert [(fact.question, fact.answer) for fact in found] == [(question, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic has a staff of 40 nurses.",  # a count of nurses, another finder's
        "The squad of 2.5 million volunteers grew.",
        "The crew was praised by the mayor.",
    ],
)
def test_no_body_size_where_the_figure_counts_something_else(sentence: str) -> None:
    assert find_body_sizes(sentence, 1) == []


def test_an_elided_count_is_asked_with_the_first_counts_verb_and_noun() -> None:
    found = find_elided_counts("Oslo received 16 votes and Lyon nine.", 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [
        ("Oslo received how many votes?", "16"),
        ("Lyon received how many votes?", "nine"),
    ]
    found = find_elided_counts("The Greens won 14 seats, Labour 11.", 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [
        ("The Greens won how many seats?", "14"),
        ("Labour won how many seats?", "11"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Oslo received 16 votes and Lyon nine times more complaints.",  # no bare count
        "Oslo received 16 votes and nine abstentions.",  # no second name
    ],
)
def test_no_elided_count_without_a_bare_second_figure(sentence: str) -> None:
    assert find_elided_counts(sentence, 1) == []


@pytest.mark.parametrize(
    ("prompt", "kept"),
    [
        # "the two regions" counts regions, not the frigates the answer counts.
        ("Which link carries a third of the freight between the two regions?", False),
        # a model number that writes the same figure in digits
        ("The Sava 2 cable failed on what date?", False),
        # the same things counted: still a give-away
        ("When did the two extra frigates arrive?", True),
        # a figure at the end of a clause counts nothing named: left as it was
        ("Officials said they expect two?", True),
    ],
)
def test_a_bare_count_counting_other_things_gives_nothing_away(prompt: str, kept: bool) -> None:
    evidence = "Two extra frigates would join the patrol by the end of the month."
    shown = without_other_counts("Two", evidence, prompt)
    assert (shown == prompt) is kept


@pytest.mark.parametrize(
    ("sentence", "phrase", "asked"),
    [
        (
            "Operator Nordlink Energy said its Sava 3 cable, which carries about a fifth of "
            "internet traffic between the two states, failed on Saturday.",
            "a fifth",
            "The Sava 3 cable carries about what share of internet traffic between the two states?",
        ),
        (
            "The Harbour Line, which carries 40,000 passengers a day, will close for a month.",
            "40,000",
            "The Harbour Line carries how many passengers a day?",
        ),
    ],
)
def test_a_figure_in_a_which_clause_is_asked_of_its_noun(
    sentence: str, phrase: str, asked: str
) -> None:
    start = sentence.index(phrase)
    question = "what share" if phrase == "a fifth" else "how many"
    assert ask_in_place(sentence, start, start + len(phrase), question) == asked


@pytest.mark.parametrize(
    "sentence",
    [
        # no noun of its own before the clause: the whole sentence's object
        "The losses left the mill, which employs 300 people, unable to pay staff.",
        # a restrictive "which" after a verb that is no present or past tense
        "The council said its plan, which opened in 2019, cost 12 million euros.",
    ],
)
def test_no_clause_of_its_own_without_a_plain_antecedent(sentence: str) -> None:
    start = sentence.index("300") if "300" in sentence else sentence.index("2019")
    assert in_relative_clause(sentence, start, start + 3) is None


def test_a_count_opening_its_sentence_in_words_keeps_the_same_figure_elsewhere() -> None:
    opening = "three crew members were taken to hospital in port louis."
    other = "officials said a slick about 3 kilometres long had been seen drifting north-east."
    assert not same_count_fact("3", other, opening)
    # neither opens its sentence: one card of the small number is kept
    assert same_count_fact("3", other, "officials said three crew members were hurt.")


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The blaze damaged Harbour Court, a 120-flat block on the edge of the docks.",
            "How many flats does Harbour Court have?",
            "120",
        ),
        (
            "Surgeons at St Anne's, a 400-bed hospital in Leeds, cancelled 30 operations.",
            "How many beds does St Anne's have?",
            "400",
        ),
    ],
)
def test_a_named_place_sized_in_a_compound_is_asked_its_size(
    sentence: str, prompt: str, answer: str
) -> None:
    found = find_sized_places(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved a 120-flat block on the edge of the docks.",  # no name
        "Harbour Court, a 12-year-old block, was evacuated.",  # an age, no size
    ],
)
def test_no_size_without_a_named_place(sentence: str) -> None:
    assert find_sized_places(sentence, 1) == []


def test_a_bench_s_split_in_words_is_asked_as_its_margin(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "A five-judge bench split three to two in favour of Harlow Freight on Tuesday.\n",
    )
    split = card_answering(cards, "three to two")
    assert split.prompt.startswith("A bench split by what margin in favour of Harlow Freight")
    # "split" is the bench's verb, not part of its name: no "How many judges does the bench
    # split have?".
    assert not any("bench split have" in card.prompt for card in cards)


def test_an_age_is_asked_only_of_the_person_the_story_is_about(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Dr Lena Okafor, the new chief executive of Tidewell Water, takes up the post in "
        "March. Okafor, 52, ran the Severn board for six years. Okafor said the network "
        "needed 400 new engineers. Tom Reyes, 67, a customer in Exeter, said bills were too "
        "high. Okafor replied that bills would be frozen.\n",
    )
    assert card_answering(cards, "52").prompt.startswith("How old is")
    assert not [card for card in cards if card.answer_text.startswith("67")]
