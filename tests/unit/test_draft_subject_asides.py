"""A long question strikes what stands between its subject and its verb (a relative clause
on the subject, an aside set off by commas or dashes) before a window cut loses the subject;
a feature's scene-setting opener ("on a wet Tuesday morning in March") is asked as no date."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.cut_question import cut_after_question
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.authoring.spare_words import shortenings
from trainer.core.authoring.stand_alone import within_words
from trainer.core.authoring.subject_asides import (
    without_object_relative,
    without_reporting_aside,
    without_subject_aside,
    without_subject_relative,
)
from trainer.core.deck import parse_deck


@pytest.mark.parametrize(
    ("prompt", "shorter"),
    [
        (
            "A village school that has taught children since 1886 will close in which month?",
            "A village school will close in which month?",
        ),
        (
            "The mill, which opened beside the river in 1998, will shut with the loss of how"
            " many jobs?",
            "The mill will shut with the loss of how many jobs?",
        ),
        (
            # A relative clause nested in the one struck goes with it.
            "A roofer who claimed grants for panels that were never fitted has been jailed"
            " for how many years?",
            "A roofer has been jailed for how many years?",
        ),
        (
            "The flood that cut off three hamlets in the upper valley rose on Monday to"
            " what depth?",
            "The flood rose on Monday to what depth?",
        ),
        (
            # A reported "that" is no relative clause; the one on its subject is.
            "The review found that a school that has taught children since 1886 had how"
            " many pupils?",
            "The review found that a school had how many pupils?",
        ),
    ],
)
def test_a_relative_clause_on_the_subject_goes(prompt: str, shorter: str) -> None:
    assert without_subject_relative(prompt) == shorter


@pytest.mark.parametrize(
    ("prompt", "shorter"),
    [
        (
            "The audit, published by the regional office, found that rents had risen by"
            " what percentage?",
            "The audit found that rents had risen by what percentage?",
        ),
        (
            "The panel said one of the bidders, Orrin Civil Works, had won how many contracts?",
            "The panel said one of the bidders had won how many contracts?",
        ),
        (
            "The bridge - the longest in the province - will carry how many vehicles a day?",
            "The bridge will carry how many vehicles a day?",
        ),
    ],
)
def test_an_aside_between_subject_and_verb_goes(prompt: str, shorter: str) -> None:
    assert without_subject_aside(prompt) == shorter


@pytest.mark.parametrize(
    "prompt",
    [
        # "than those who did not": the comparison's clause, not the subject's.
        "Drivers who took the course crashed less often than those who did not, according"
        " to a report published in what year?",
        # The aside holds the question.
        "The ferry - carrying how many passengers - ran aground off Tarsk?",
        # What follows the commas is no verb: a list, not an aside.
        "The council, the trust and the college signed a deal worth how much?",
    ],
)
def test_what_is_not_between_subject_and_verb_stays(prompt: str) -> None:
    assert without_subject_relative(without_subject_aside(prompt)) == prompt


def test_a_long_question_keeps_its_subject_without_its_relative_clause() -> None:
    prompt = (
        "A cottage hospital that has cared for patients in the hill villages of Brackenmoor"
        " since the war will close its ward after the board voted to shut it in which month?"
    )
    assert within_words(prompt) == (
        "A cottage hospital will close its ward after the board voted to shut it in which month?"
    )


def test_a_scene_setting_opener_is_asked_as_no_date(tmp_path: Path) -> None:
    article_path = tmp_path / "probe.txt"
    article_path.write_text(
        "Probe wakes\nThe Daily Orbit | Thursday 3 December 2026\n\n"
        "At a little after four o'clock on a wet Tuesday morning in March, when the only light"
        " in the control room came from a coffee machine, Tomas Varga leaned towards a screen"
        " and said the probe was safe.\n\n"
        "On a cold night in January, Ilse Brandt checked the antenna again.\n\n"
        "The agency signed a launch contract on Tuesday.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "probe.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "p", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    asked = {card.prompt for card in cards}
    assert not any("wet" in prompt or "cold night" in prompt for prompt in asked)
    assert "The agency signed a launch contract on what date?" in asked


@pytest.mark.parametrize(
    ("prompt", "shorter"),
    [
        (
            "The survey found damage to water mains and sewers in the Vale of Orrin and"
            " Tarsk since what month?",
            "The survey found damage to water mains and sewers since what month?",
        ),
        (
            "Note 3: All council homes in Wexmoor must reach band B by what year?",
            "All council homes must reach band B by what year?",
        ),
    ],
)
def test_a_label_and_a_named_place_go_before_a_cut(prompt: str, shorter: str) -> None:
    assert list(shortenings(prompt))[-1] == shorter


@pytest.mark.parametrize(
    "prompt",
    [
        # A post is known by its body; a verb is completed by its place.
        "She became chair of the Orrin Valley Trust and served on its board until what year?",
        "The firm, based in Tarsk, employs how many people?",
        # "from" names whom she took over from.
        "She took over from Ann Lorimer after floods left homes without power for how many days?",
    ],
)
def test_a_named_phrase_that_completes_a_word_stays(prompt: str) -> None:
    assert all(
        "Orrin" in form or "Tarsk" in form or "Lorimer" in form for form in shortenings(prompt)
    )


def test_a_clause_joined_by_when_keeps_the_question_after_it() -> None:
    prompt = (
        "The car park was meant to replace the spaces that will be lost when the quay is"
        " widened in which year?"
    )
    assert cut_after_question(prompt, 19) != (
        "The car park was meant to replace the spaces that will be lost when the quay is widened?"
    )
    assert "in which year" in within_words(prompt, 19)


def test_a_verb_and_its_participle_are_no_subject_and_its_definition() -> None:
    prompt = (
        "The poll was conducted by phone and online between May and June and has a margin"
        " of error of how many percentage points?"
    )
    assert (
        within_words(prompt, 19) == "The poll has a margin of error of how many percentage points?"
    )


def test_a_reporting_aside_and_a_relative_clause_running_to_a_comma_go() -> None:
    assert (
        without_reporting_aside(
            "The bill will be met by a loan, the treasury said, with the rest paid until what year?"
        )
        == "The bill will be met by a loan, with the rest paid until what year?"
    )
    assert (
        without_object_relative(
            "Tarsk and Orrin signed a water deal that will pipe river water into Orrin, in a"
            " contract worth about how much?"
        )
        == "Tarsk and Orrin signed a water deal, in a contract worth about how much?"
    )
    # "and that same year": "that" is a determiner, not a relative pronoun.
    kept = "She was made a dame and that same year became chair, serving until what year?"
    assert without_object_relative(kept) == kept


def test_a_noun_joined_to_a_verb_is_no_list_item() -> None:
    prompt = (
        "The toll from the flood rose, as divers using boats and bare hands searched for at"
        " least how many people still missing under the mud and rubble?"
    )
    assert "rose and bare hands" not in (cut_after_question(prompt, 16) or "")
