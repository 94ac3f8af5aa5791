"""Names mentioned in passing (issue 15): a scheme named in quotation marks, a trial's code,
the journal, the institution whose researchers led a study, the programme something comes
under, and a promise in quoted words. Each test drafts its own invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_named_in_passing import find_named_in_passing
from trainer.core.authoring.find_pledges import find_pledges

_DATED = "Published 2 December 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            'Hours later the government was shelving its flagship "right to build" housing scheme.',
            "Which housing scheme was the government shelving?",
            "right to build",
        ),
        (
            "Labour has dropped its “Homes for Heroes” pledge, aides confirmed.",
            "Which pledge has Labour dropped?",
            "Homes for Heroes",
        ),
        (
            "The CALM-Kids study enrolled children in 12 schools.",
            "What is the name of the study?",
            "CALM-Kids",
        ),
        (
            "The results were published on Tuesday in The Lancet Regional Health.",
            "In which journal were the results published?",
            "The Lancet Regional Health",
        ),
        (
            "The paper is published today in the journal Sleep Medicine Reviews.",
            "In which journal is the paper published?",
            "Sleep Medicine Reviews",
        ),
        (
            "The review was led by scientists at the Norwegian Institute of Public Health.",
            "Scientists at which institute led the review?",
            "Norwegian Institute of Public Health",
        ),
        (
            "Fishing rights were shared under the Northern Waters Pact until 2030.",
            "Fishing rights were shared under which pact until 2030?",
            "Northern Waters Pact",
        ),
        (
            "Trump announced the deal on Truth Social late on Tuesday.",
            "Trump announced the deal on which platform late on Tuesday?",
            "Truth Social",
        ),
        (
            "The minister said in a post on X that talks had failed.",
            "The minister said on which platform that talks had failed?",
            "X",
        ),
    ],
)
def test_a_name_in_passing_is_asked(sentence: str, prompt: str, answer: str) -> None:
    found = find_named_in_passing(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A quoted remark, not a name; a quoted name nobody acts on is asked elsewhere.
        'The minister called it "a disaster, frankly." on Monday.',
        'Ministers endorsed the "Clear Lanes" initiative proposed by Latvia.',
        # Published in a place or a month, not a journal.
        "The figures were published in London on Monday.",
        "The report was published in March.",
        # "Researchers at" a name that says no institution may be a person's.
        "The study was led by researchers at Harlow Bell.",
        # "on Monday" is no platform, and a platform with no statement made on it is none.
        "Officials met on Monday in Geneva.",
        "Shares in Meta, which owns Facebook and Instagram, fell.",
        # A code all in capitals is find_facts' own (TEMPEST-2).
        "The TEMPEST-2 study enrolled 1,200 patients.",
    ],
)
def test_nothing_is_asked_where_no_name_is_stated(sentence: str) -> None:
    assert find_named_in_passing(sentence, 1) == []


def test_a_study_and_its_names_are_drafted_without_give_aways(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The Bridgewater trial, funded by the Wellcome Trust under its Healthy Lives "
        "Programme and led by researchers at the University of Kent, followed 2,000 adults. "
        "The results are published in the Journal of Rural Health.\n\n"
        "5.2 Imports from small island states under the Pacific Access Scheme remain free of "
        "duty.\n",
    )
    assert card_answering(cards, "University of Kent").prompt == (
        "Researchers at which university led the trial?"
    )
    assert card_answering(cards, "Journal of Rural Health").prompt == (
        "In which journal are the results published?"
    )
    programme = card_answering(cards, "Healthy Lives Programme")
    assert "which programme" in programme.prompt and "Healthy" not in programme.prompt
    scheme = card_answering(cards, "Pacific Access Scheme")
    # The paragraph's number is no part of the question.
    assert scheme.prompt.startswith("Imports from small island states under which scheme")
    # Other prompts lose "under its ... Programme" whole ("under its with a grant" reads
    # broken).
    assert not [card for card in cards if "under its" in card.prompt]
    assert_no_give_aways(cards)


def test_a_promise_in_quoted_words_names_who_made_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "Priya Shah became chancellor on Monday. In her first speech she promised "
        '"no surprises and no gimmicks" in the budget, and said she would keep the '
        "borrowing rule.\n\n"
        "Tom Reed, the new mayor, pledged “a greener, fairer city” at his swearing-in.\n",
    )
    # Shah is another card's answer too ("Who became chancellor?"): named by her new post.
    assert card_answering(cards, "no surprises and no gimmicks").prompt == (
        "What did the new chancellor promise in the budget?"
    )
    assert card_answering(cards, "Priya Shah")
    # Reed is another card's answer ("Who is the new mayor?"): named by his role here.
    assert card_answering(cards, "a greener, fairer city").prompt == (
        "What did the new mayor pledge at his swearing-in?"
    )
    assert card_answering(cards, "Tom Reed").prompt == "Who is the new mayor?"
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    "text",
    [
        # "She" with no one named before: nothing to say who promised.
        'In her speech she promised "no more delays" to commuters.',
        # A quoted sentence is a quote card's, not a pledge's wording.
        'Ana Ruiz pledged "We will rebuild every home." on Friday.',
        # One quoted word is a label, not a promise.
        'Ana Ruiz promised "transparency" to voters.',
    ],
)
def test_no_pledge_is_asked_without_a_speaker_or_a_phrase(text: str) -> None:
    article = Article(path=Path("story.txt"), text=text, lines=(text,))
    assert find_pledges(article) == []
