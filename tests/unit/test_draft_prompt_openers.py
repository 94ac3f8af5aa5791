"""Junk an editor found in rounds 15-16 drafts, fixed in general: a transcript's or a
parliamentary record's speaker label, a list's "Secondly," and a line's heading left opening
a prompt; a figure said in words asked word by word. Invented sentences, with ones that must
stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.dangling_tails import without_dangling_tail
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.kind_questions import asks_a_kind_no_thing_has
from trainer.core.authoring.prompt_openers import without_sequence_word, without_speaker_label
from trainer.core.authoring.reading import read_source
from trainer.core.authoring.split_figures import (
    splits_a_figure,
    without_determiner_before_question,
)
from trainer.core.deck import parse_deck


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        # A radio transcript's speaker in capitals.
        (
            "DR ELLA MORROW: The Treasury has confirmed how much for sea defences?",
            "The Treasury has confirmed how much for sea defences?",
        ),
        ("PETRA KOVÁŘ: From what date?", "From what date?"),
        # A parliamentary record's member with their seat and party, and an office.
        (
            "Mr Alan Quist (Westby) (Lab): Many of these depots closed because what?",
            "Many of these depots closed because what?",
        ),
        (
            "The Minister for Coastal Affairs: The grant ends in which month?",
            "The grant ends in which month?",
        ),
        (
            "The Secretary of State for Health (Nadia Brill): Most of the clinics reopened in "
            "which month?",
            "Most of the clinics reopened in which month?",
        ),
        # A line's heading before a whole question.
        (
            "About the author: who leads the Polar Studies Programme at the institute?",
            "Who leads the Polar Studies Programme at the institute?",
        ),
        # Kept: a first-person turn needs its speaker; a heading that is the subject; a
        # speaker's words in quotation marks; a sentence with a colon of its own.
        ("The Minister for Roads: We will fund how many places a year?", None),
        ("Services inflation: what percentage (May: …)?", None),
        ("Date of notice: on what date?", None),
        ("The harbour master said: “We waited how many years”?", None),
        ("The report's conclusion was blunt: the fleet needs how many new ships?", None),
    ],
)
def test_a_speaker_label_or_line_heading_leaves_the_prompt(prompt: str, asked: str | None) -> None:
    assert without_speaker_label(prompt) == (asked or prompt)


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        (
            "Secondly, the student fare cap will be extended until the end of what year?",
            "The student fare cap will be extended until the end of what year?",
        ),
        (
            "Finally, how much is set aside for new ferries?",
            "How much is set aside for new ferries?",
        ),
        (
            "First, the council will hire how many wardens?",
            "The council will hire how many wardens?",
        ),
        (
            "In my constituency, the 44 bus to Westby was withdrawn in which month?",
            "The 44 bus to Westby was withdrawn in which month?",
        ),
        # Kept: "we" needs the list's speaker; too little left to stand alone.
        ("Thirdly, we will fund how many pilot areas?", None),
        ("Finally, how many?", None),
        ("Secondary schools will get how many new laboratories?", None),
    ],
)
def test_a_sequence_word_leaves_the_prompt(prompt: str, asked: str | None) -> None:
    assert without_sequence_word(prompt) == (asked or prompt)


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Nine how many?", "hundred"),
        ("Seven and how many pounds sounds generous?", "forty million"),
        ("Up to how many thousand pounds?", "eight and a half"),
        ("How much is the million?", "£640"),
        ("Of the how many tankers linked to the spills?", "six"),
        ("Of how many tankers linked to the spills?", "six"),
        ("The fund will pay out how many?", "hundred"),
    ],
)
def test_a_figure_asked_word_by_word_is_junk(prompt: str, answer: str) -> None:
    assert splits_a_figure(prompt, answer)


@pytest.mark.parametrize(
    "prompt",
    [
        "How many hundreds of homes were flooded?",
        "How many more thousand-tonne ships will the port take?",
        "The fund passed the million mark in which year?",
        "How much did the council spend on the nine bridges?",
        "Nine councils will share how much?",
        "Of the 12 ferries, how many were built abroad?",
    ],
)
def test_a_whole_figure_is_no_split(prompt: str) -> None:
    assert not splits_a_figure(prompt, "12")


def test_the_before_a_question_inside_a_sentence_goes() -> None:
    assert without_determiner_before_question(
        "The director thanked the how many member states that funded the survey?"
    ) == ("The director thanked how many member states that funded the survey?")
    kept = "The how many … ?"
    assert without_determiner_before_question(kept) == kept
    # Opening the question, with what it counts after it, "The" goes too.
    assert without_determiner_before_question(
        "The how many crew members who had stayed on board were taken off?"
    ) == ("How many crew members who had stayed on board were taken off?")


def _prompts(tmp_path: Path, body: str) -> list[str]:
    article_path = tmp_path / "hearing.txt"
    article_path.write_text(body, encoding="utf-8")
    deck_path = tmp_path / "hearing.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "h", deck_path)
    return [card.prompt for card in parse_deck(draft.text.encode("utf-8"), deck_path).cards]


def test_a_drafted_transcript_asks_no_speaker_label_and_no_split_figure(tmp_path: Path) -> None:
    prompts = _prompts(
        tmp_path,
        "Ferry statement\n\n"
        "The Minister for Island Transport (Corin Vale): Secondly, the island fare cap will be "
        "extended until the end of 2029.\n\n"
        "Mrs Ida Lund (Eastholm) (Ind): Seven hundred and forty million pounds sounds "
        "generous to my constituents.\n\n"
        "KAI MERRICK: Up to eight and a half thousand pounds?\n",
    )
    assert any(
        prompt == "The island fare cap will be extended until the end of what year?"
        for prompt in prompts
    ), prompts
    assert not any(":" in prompt.split("?")[0][:40] for prompt in prompts), prompts
    assert not any("hundred" in prompt or "thousand" in prompt for prompt in prompts), prompts


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        (
            "Officials said the plan would include a two-year freeze on fares for older "
            "passengers.",
            "How long is the freeze on fares for older passengers?",
        ),
        (
            "The late goal ended the club's 27-year wait for a league title.",
            "How long was the wait for a league title?",
        ),
        # Kept as it was: nothing after the noun says what it is of.
        ("The rail union accepted a three-year pay deal in March.", "How long was the pay deal?"),
    ],
)
def test_a_length_is_asked_with_what_it_is_of(tmp_path: Path, body: str, asked: str) -> None:
    assert asked in _prompts(tmp_path, f"Transport news\n\n{body}\n")


def test_a_name_is_not_asked_by_a_verb_or_a_plural(tmp_path: Path) -> None:
    assert asks_a_kind_no_thing_has("What is the name of the result brings?")
    assert asks_a_kind_no_thing_has("What is the holders called?")
    for kept in (
        "What is the name of the tanker?",
        "What is the Bristol-based maker of pumps and valves called?",
        "What is the name of the series?",
        "What is the bus called?",
    ):
        assert not asks_a_kind_no_thing_has(kept), kept
    prompts = _prompts(
        tmp_path,
        "Cup final\n\nThe result brings Rathmore a second cup title and 40,000 euros. "
        "Ardglass, the holders, had started well.\n",
    )
    assert not any("brings?" in prompt or "holders called" in prompt for prompt in prompts)


def test_a_romance_name_keeps_its_small_words(tmp_path: Path) -> None:
    prompts = _prompts(
        tmp_path,
        "Poll\n\nA survey published on Monday by the Instituto Sol for the daily Correio do "
        "Vale put the party on 28%.\n",
    )
    assert "What is the name of the daily?" in prompts, prompts
    assert not any("do Vale" in prompt for prompt in prompts), prompts


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        (
            "The Lumo 20 retailed at how much and the Lumo Mini?",
            "The Lumo 20 retailed at how much?",
        ),
        (
            "The Lumo 20 retailed and the Lumo Mini at how much?",
            "The Lumo Mini retailed at how much?",
        ),
        (
            "She stepped down from the academy in what year and was succeeded?",
            "She stepped down from the academy in what year?",
        ),
        # Kept: a tail that says something of its own.
        ("The sea wall was due in what year and it is still not built?", None),
        ("How many homes and businesses lost power?", None),
    ],
)
def test_a_cut_siblings_tail_leaves_the_prompt(prompt: str, asked: str | None) -> None:
    assert without_dangling_tail(prompt) == (asked or prompt)
