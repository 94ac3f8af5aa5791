"""The wording of drafted prompts an editor would otherwise rewrite or delete (issue 15):
a role that is a noun phrase, a long question asked as its own clause, a dateline never
asked, a cut that left a verb without its figure. Each rule on a sentence written here, with
one of the same shape that must be left alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.draft_fixtures import card_answering, drafted_cards
from trainer.core.authoring.article import wire_lead_end
from trainer.core.authoring.asked_first import asked_first
from trainer.core.authoring.clause_alone import clause_alone, from_a_subject
from trainer.core.authoring.cut_complements import (
    age_asked_of_person,
    participle_asked_of_subject,
    without_cut_complement,
)
from trainer.core.authoring.finishing import SHORT_PROMPT_WORDS
from trainer.core.authoring.giveaway_tails import without_giveaway_tail
from trainer.core.authoring.role_phrases import noun_phrase_role
from trainer.core.authoring.stand_alone import PROMPT_WORDS, within_words
from trainer.core.authoring.tidy_prompts import mended, reads_garbled, repaired

# -- roles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "phrase", "sentence", "expected"),
    [
        # the verb whose object the person is, after a modal or in any tense
        (
            "meet acting harbour master",
            "meet acting harbour master Ida Vang",
            "The union will meet acting harbour master Ida Vang on Monday.",
            ("acting harbour master", "acting harbour master Ida Vang"),
        ),
        (
            "defeated sitting mayor",
            "defeated sitting mayor Oskar Lind",
            "Voters in the town defeated sitting mayor Oskar Lind by 400 votes.",
            ("sitting mayor", "sitting mayor Oskar Lind"),
        ),
        # a sentence's capital on a word saying when the role was held
        (
            "Former transport secretary",
            "Former transport secretary Ruth Alder",
            "Former transport secretary Ruth Alder will chair the inquiry.",
            # (the phrase is the article's own words, its evidence: as written)
            ("former transport secretary", "Former transport secretary Ruth Alder"),
        ),
        (
            "Outgoing Governor",
            "Outgoing Governor Paul Tern",
            "Outgoing Governor Paul Tern signed the bill.",
            ("outgoing Governor", "Outgoing Governor Paul Tern"),
        ),
    ],
)
def test_a_role_is_a_noun_phrase(
    role: str, phrase: str, sentence: str, expected: tuple[str, str]
) -> None:
    assert noun_phrase_role(role, phrase, sentence) == expected


@pytest.mark.parametrize(
    ("role", "phrase", "sentence"),
    [
        # "to" before a role is a preposition ("wrote to"), and a role word is no verb
        ("health secretary", "health secretary Ann Moe", "They wrote to health secretary Ann Moe."),
        ("fire chief", "fire chief Dan Rees", "The blaze was put out, fire chief Dan Rees said."),
        # a title's own capital stays
        ("Acting Director", "Acting Director Lea Holm", "It said Acting Director Lea Holm agreed."),
    ],
)
def test_a_role_that_is_already_a_noun_phrase_is_kept(
    role: str, phrase: str, sentence: str
) -> None:
    assert noun_phrase_role(role, phrase, sentence) == (role, phrase)


def test_a_drafted_role_holds_no_verb_and_no_sentence_capital(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Former trade minister Ines Varga will face incumbent senator Tom Hale in a run-off "
        "on 4 May 2026.\n",
    )
    assert card_answering(cards, "Ines Varga").prompt == "Who is the former trade minister?"
    assert card_answering(cards, "Tom Hale").prompt == "Who is the incumbent senator?"
    # The verb stays where it is one: "will face the incumbent senator".
    assert all("the face" not in card.prompt for card in cards)


# -- a long question asked as its own clause -------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a reported clause, after the reporting verb and its listener
        (
            "Analysts at a large Oslo consultancy estimated the closure would cost the ferry "
            "operator about 40 million crowns if it lasts how many weeks?",
            "The closure would cost the ferry operator about 40 million crowns if it lasts how "
            "many weeks?",
        ),
        # a "that" clause after a verb and its phrase, its subject a bare noun
        (
            "The two ministers reviewed the work of the joint committee since its first meeting "
            "and noted with concern that grain exports had fallen to how many tonnes?",
            "Grain exports had fallen to how many tonnes?",
        ),
        # a clause after a subordinating word always has its own subject
        (
            "The carrier reported a third-quarter loss that was smaller than analysts had "
            "expected, as lower fares on domestic routes offset a fall of what percentage?",
            "Lower fares on domestic routes offset a fall of what percentage?",
        ),
    ],
)
def test_a_long_question_is_asked_as_the_clause_holding_it(prompt: str, expected: str) -> None:
    assert clause_alone(prompt, PROMPT_WORDS) == expected
    # Cut to length, it keeps a subject: no "…" where one was.
    assert not within_words(prompt).startswith("…")


@pytest.mark.parametrize(
    "prompt",
    [
        # "and" may share the first clause's subject: "and then cut to" is no question
        "The regional trial of the new ticket machines was postponed from spring to late "
        "autumn of next year, and then cut to how many stations?",
        # "reported a profit that beat ...": a relative clause, not a report
        "The Oslo-listed carrier reported third-quarter operating profit that beat the "
        "estimates of most analysts by what percentage?",
        # a clause opening on a pronoun points back into the sentence left out
        "The national statistics office published its quarterly survey of households on "
        "Monday and said it had found how many families in arrears?",
    ],
)
def test_a_clause_without_its_own_subject_is_not_asked_alone(prompt: str) -> None:
    assert clause_alone(prompt, PROMPT_WORDS) is None


# -- wording a cut left behind ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "Her party holds only … of the how many seats on the city council?",
            "Her party holds only … of how many seats on the city council?",
        ),
        (
            "The central bank expects prices to return to its what percentage target by 2028?",
            "The central bank expects prices to return to its target of what percentage by 2028?",
        ),
        (
            "The new reservoir will be held back by a how many metre-high wall?",
            "The new reservoir will be held back by a wall how many metre high?",
        ),
        (
            "The ruling will be published “no later than on what date”?",
            "The ruling will be published “no later than what date”?",
        ),
        (
            "Speaking to farmers outside the town hall in Lund, who called the plan “a start”?",
            "Who called the plan “a start”?",
        ),
        (
            "The former mayor, a … lawyer who stepped down from the council in what year?",
            "The former mayor stepped down from the council in what year?",
        ),
        (
            "With returns from 1,204 of the region's how many schools counted?",
            "Returns from 1,204 of the region's how many schools were counted?",
        ),
        (
            "The final hearing will be held on Friday, on what date?",
            "The final hearing will be held on what date?",
        ),
        (
            "The Council has how many members: the Mayor?",
            "The Council has how many members?",
        ),
        (
            "What share will be lent to partner universities under agreements signed?",
            "What share will be lent to partner universities?",
        ),
        (
            "The agency said that the drill, the largest held in the Baltic since what year?",
            "The drill is the largest held in the Baltic since what year?",
        ),
        (
            "Independent candidate won the mayoral race in Tartu with what percentage?",
            "The independent candidate won the mayoral race in Tartu with what percentage?",
        ),
        (
            "Halvik, a Bergen shipyard founded in what year?",
            "Halvik was founded in what year?",
        ),
        (
            "The council awarded a contract worth how much to repair the bridge to a firm "
            "family-owned?",
            "The council awarded a contract worth how much to repair the bridge?",
        ),
    ],
)
def test_wording_a_cut_left_is_mended(prompt: str, expected: str) -> None:
    assert mended(prompt) == expected
    assert not reads_garbled(mended(prompt))


@pytest.mark.parametrize(
    "prompt",
    [
        # a wire dateline asked as a sentence
        "OSLO, on what date (Nordic News Agency)?",
        # "between" with no pair before its verb: "the top two candidates" lost its "two"
        "The final between the top will be played on Sunday, on what date?",
        # an amount's verb with its amount gone
        "Sweden further pledged for a training scheme that will bring how many nurses?",
        # a change with nothing before it that changed
        "In the vote for the 90-seat assembly down from how many in the old chamber?",
        # a measure's words left without their amount
        "The rebate of how much a year works out at a little?",
        "Tenants on short leases would pay, how much more than owners?",
        # a participle's phrase with no sentence around it
        "Opening the hearing on what date?",
        # a "who" that only joins a clause asks nothing
        "Anyone who rarely drives will still be paying more in road tax than they did?",
        # a possessive's apostrophe left alone, a day before a month asked
        "The supplier gave the council ' notice in what month?",
        "The board signed the lease on 12 what month?",
        # "which" opening a relative clause, a preposition before a verb, no verb at all
        "Which left the ministry exposed once the rules changed in what year?",
        "A top-up approved in added how much for extra staff?",
        "How much spent on legal fees and consultants?",
        # a modal and its verb with no subject
        "Will run a municipal budget of about how much?",
        # a reported claim cut after its subject
        "The ministry on what date confirmed that the drill?",
        # the person between "does" and its verb, or after the verb, hidden
        "Which party does represent?",
        "Which party does … represent?",
        "Whom does replace?",
        "The finance director replaced in which month?",
    ],
)
def test_a_prompt_a_cut_broke_reads_garbled(prompt: str) -> None:
    assert reads_garbled(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Deliveries are due between which years?",
        "The regulator has blocked which company’s bid for its rival?",
        "The Ministry also raised some fees using which provision?",
        "Turnout was down from what percentage at the last election?",
        "Who said the plan was “a start”?",
        "The Treasury said prices were up from what level a year earlier?",
        "Which body will decide?",
        "What does MPC stand for?",
        "The amendment was defeated by what vote?",
        "The motion was defeated in which month?",
    ],
)
def test_a_prompt_of_the_same_shape_that_reads_well_is_kept(prompt: str) -> None:
    assert not reads_garbled(prompt)
    assert repaired(prompt) == prompt


# -- read against the sentence -----------------------------------------------------------------


def test_a_verb_that_lost_its_figure_is_asked_of_the_change() -> None:
    evidence = (
        "Attendance was 54.2 percent of the 1.3 million pupils enrolled, down from 61.0 percent "
        "the year before."
    )
    broken = "Attendance was the pupils enrolled, down from what percentage the year before?"
    assert (
        without_cut_complement(broken, evidence)
        == "Attendance was down from what percentage the year before?"
    )
    # Nothing left to ask that way: the card goes.
    assert without_cut_complement("Attendance was the pupils enrolled?", evidence) is None
    # After a preposition the figure is missing but nothing false is said: left as it is.
    missing = "Attendance was in the spring term, the lowest since what year?"
    assert without_cut_complement(missing, "Attendance was 54.2% in the spring term") == missing
    # A complement the sentence had as words, not a figure, is the sentence's own.
    kept = "Attendance was the highest in a decade, up from what percentage?"
    assert (
        without_cut_complement(kept, "Attendance was the highest in a decade, up from 50%.") == kept
    )


def test_an_age_is_asked_of_the_person_not_a_bare_noun() -> None:
    evidence = "Varga, a 61-year-old engineer who ran the port authority, won the seat."
    assert age_asked_of_person("How old is the engineer?", evidence) == "How old is Varga?"
    # No named person beside the noun: the question stays.
    assert (
        age_asked_of_person("How old is the bridge?", "The 90-year-old bridge will close.")
        == "How old is the bridge?"
    )


def test_an_opening_participle_is_asked_of_the_main_clause_subject() -> None:
    evidence = (
        "Opening the inquiry on Monday, Commissioner Hana Berg said the records were incomplete."
    )
    assert (
        participle_asked_of_subject("Opening the inquiry on what date?", evidence)
        == "Commissioner Hana Berg was opening the inquiry on what date?"
    )


def test_a_moved_subject_opening_on_a_determiner_is_lower_cased() -> None:
    assert (
        asked_first("Those paying by cheque will be charged how much?")
        == "How much will those paying by cheque be charged?"
    )


# -- datelines --------------------------------------------------------------------------------


def test_a_dateline_on_its_own_line_dates_the_story_and_is_no_card(tmp_path: Path) -> None:
    assert wire_lead_end("TALLINN, Mar 3 (Baltic Press Agency) -") > 0
    cards = drafted_cards(
        tmp_path,
        "Estonia sets date for vote\nTALLINN, Mar 3 (Baltic Press Agency) -\n\n"
        "The electoral commission said on Friday that turnout was 63.5%.\n",
        today=dt.date(2026, 3, 10),
    )
    assert all("TALLINN" not in card.prompt for card in cards)
    assert all("Agency" not in card.prompt for card in cards)
    friday = card_answering(cards, "2026-02-27")
    assert "dateline gives no year" in (friday.note or "")


def test_a_question_cut_to_length_starts_on_its_subject_rather_than_an_ellipsis() -> None:
    sentence = (
        "In a letter sent to ministers on Friday, the regional water board of the northern "
        "uplands said the main reservoir above the valley would hold how many litres by July"
    )
    words = sentence.split()
    at = words.index("how")
    assert (
        from_a_subject(words, at, PROMPT_WORDS)
        == "The main reservoir above the valley would hold how many litres by July?"
    )
    # A noun phrase whose verb is its own clause's ("a petition that ...") starts nothing.
    sentence = (
        "The parish council of the small village voted to close the school despite a "
        "petition that was signed by more than how many people in the area last spring"
    )
    words = sentence.split()
    assert from_a_subject(words, words.index("how"), PROMPT_WORDS) is None


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "The regulator also confirmed that households on smart meters would pay how much a "
            "year?",
            "Households on smart meters would pay how much a year?",
        ),
        # a participle describing the noun is no verb of the clause: left as it is
        (
            "Officials said the first local election held since the reform in what year?",
            None,
        ),
    ],
)
def test_a_long_fill_in_is_asked_as_its_own_clause(prompt: str, expected: str | None) -> None:
    assert clause_alone(prompt, SHORT_PROMPT_WORDS) == expected


def test_a_question_cut_to_length_may_start_on_a_name_and_its_verb() -> None:
    sentence = (
        "Under the supply agreement signed with the port authority in March last year, "
        "Halvik must pay the city a penalty of how much if the berth is not finished"
    )
    words = sentence.split()
    assert (
        from_a_subject(words, words.index("how"), PROMPT_WORDS)
        == "Halvik must pay the city a penalty of how much if the berth is not finished?"
    )


def test_a_reason_closing_a_question_goes_when_it_is_another_cards_answer() -> None:
    prompt = "Halvik must pay a penalty of how much if the berth fails because of storm damage?"
    assert (
        without_giveaway_tail(prompt, lambda text: "storm damage" in text)
        == "Halvik must pay a penalty of how much if the berth fails?"
    )
