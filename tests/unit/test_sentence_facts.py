"""The facts one sentence states and the order a marker asks them (issue 15): each test
writes its own sentence, never a benchmark article's."""

from __future__ import annotations

from trainer.core.authoring.sentence_facts import (
    MAIN,
    TRAILING,
    SentenceFact,
    sentence_facts,
    titled_names,
    trailing_start,
)


def _answers(facts: list[SentenceFact]) -> list[str]:
    return [fact.answer for fact in facts]


def test_a_count_in_words_with_its_describing_words() -> None:
    sentence = "Only three licensed ferry operators still serve the outer islands."
    [fact] = sentence_facts(sentence, [])
    assert (fact.answer, fact.kind, fact.question) == ("three", "number", "how many")
    assert sentence[fact.start : fact.end] == "three"


def test_a_count_written_as_an_adjective_is_asked_of_its_noun() -> None:
    [fact] = sentence_facts("The 310-seat hall on Mill Street reopened after repairs.", [])
    assert fact.answer == "310 seats"
    assert fact.prompt == "How many seats does the hall on Mill Street have?"


def test_a_length_of_time_or_an_age_written_as_an_adjective_is_no_count() -> None:
    assert sentence_facts("The three-day strike closed the eight-year-old depot.", []) == []


def test_a_bare_figure_a_verb_gives_its_subject() -> None:
    facts = sentence_facts("Reported burglaries reached 1,240 by the end of June.", [])
    assert _answers(facts) == ["1,240"]


def test_the_figure_a_comparison_names_is_asked_of_the_main_subject() -> None:
    sentence = "Reported burglaries have reached 512 this year, twice the 256 recorded in 2019."
    facts = sentence_facts(sentence, [])
    assert _answers(facts) == ["512", "256"]
    assert [fact.weight for fact in facts] == [MAIN, TRAILING]
    assert facts[1].prompt == "How many reported burglaries were recorded in 2019?"


def test_a_tally_is_a_fact_but_a_span_of_years_or_a_date_is_not() -> None:
    assert _answers(sentence_facts("The final tally on the jury was 9-3.", [])) == ["9-3"]
    assert sentence_facts("The plan covers 2024-28 and starts on 12 March.", []) == []


def test_an_age_limit_is_asked_as_an_age() -> None:
    [fact] = sentence_facts("Pupils aged up to 16 will travel free on buses.", [])
    assert (fact.answer, fact.question) == ("16", "what age")


def test_a_range_or_a_day_of_the_month_is_no_count() -> None:
    assert sentence_facts("Visits run from 10 to 14 days in May.", []) == []


def test_the_person_who_acts_is_asked_with_their_title() -> None:
    sentence = "Harbour Master Ines Calloway warned during the inquiry that the channel was unsafe."
    [fact] = sentence_facts(sentence, ["Ines Calloway"])
    assert (fact.kind, fact.answer, fact.question) == ("name", "Ines Calloway", "who")
    assert sentence[fact.start : fact.end] == "Harbour Master Ines Calloway"


def test_the_agent_after_led_by_is_asked_with_its_role() -> None:
    sentence = "The petition came from a group of parents led by retired nurse Omar Feld."
    [fact] = sentence_facts(sentence, ["Omar Feld"])
    assert sentence[fact.start : fact.end] == "retired nurse Omar Feld"
    assert fact.question == "whom"


def test_a_speaker_who_only_introduces_a_quotation_is_no_fact() -> None:
    assert sentence_facts("Mayor Ines Calloway said:", ["Ines Calloway"]) == []
    quoted = '"We will rebuild," Mayor Ines Calloway said on the quay.'
    assert sentence_facts(quoted, ["Ines Calloway"]) == []


def test_the_trailing_clause_starts_at_its_comparison() -> None:
    sentence = "Exports rose to 40 tonnes, up from 31 tonnes a year earlier."
    assert sentence[trailing_start(sentence) :].startswith(", up from")
    assert trailing_start("Exports rose to 40 tonnes.") == len("Exports rose to 40 tonnes.")


def test_the_main_clause_fact_comes_before_the_trailing_one() -> None:
    sentence = "Some 46 clinics stayed open, compared with 12 hospitals in the north."
    facts = sentence_facts(sentence, [])
    assert _answers(facts) == ["46", "12"]


def test_the_leader_of_a_described_body_is_asked_by_its_name_or_description() -> None:
    sentence = "The petition came from Harbour Watch, a group of parents led by nurse Omar Feld."
    [fact] = sentence_facts(sentence, ["Omar Feld"])
    assert fact.prompt == "Who led Harbour Watch?"
    assert fact.alternative == "Who led the group of parents?"


def test_a_company_as_the_subject_is_asked_which_company() -> None:
    sentence = "In May 2026, Harrow Freight Pty Ltd was fined for a signal failure at Dunmore."
    [fact] = sentence_facts(sentence, [])
    assert (fact.kind, fact.answer, fact.question) == (
        "text",
        "Harrow Freight Pty Ltd",
        "which company",
    )
    assert sentence[fact.start : fact.end] == "Harrow Freight Pty Ltd"


def test_a_company_only_named_in_passing_is_no_subject() -> None:
    assert sentence_facts("The ministry fined Harrow Freight Ltd on Monday.", []) == []


def test_an_earlier_event_told_to_date_the_main_one_is_trailing() -> None:
    sentence = "The operator was fined $2m after a derailment at Hoxton in 2019."
    assert sentence[trailing_start(sentence) :] == " after a derailment at Hoxton in 2019."


def test_a_measured_change_written_as_an_adjective_is_asked_of_the_change() -> None:
    sentence = "Most traders had expected a 50-basis-point cut at the May meeting."
    [fact] = sentence_facts(sentence, [])
    assert fact.answer == "50 basis points"
    assert (
        fact.prompt
        == "Most traders had expected a cut of how many basis points at the May meeting?"
    )


def test_a_record_low_is_a_figure() -> None:
    facts = sentence_facts("The shilling hit a record low of 152.30 on Friday.", [])
    assert [fact.answer for fact in facts] == ["152.30"]


def test_a_measured_change_after_other_figures_is_left_to_them() -> None:
    assert not any(
        fact.answer == "50 basis points"
        for fact in sentence_facts("Nine of 12 analysts had forecast a 50-basis-point cut.", [])
    )


def test_an_unnamed_source_is_no_count() -> None:
    sentence = "The port will close in June, four officials familiar with the plan said."
    assert sentence_facts(sentence, []) == []


def test_a_person_named_by_the_role_they_hold() -> None:
    sentence = "Mira Holt continued as chair of the Coastal Pilots Board, which met nine times."
    assert titled_names(sentence) == ["Mira Holt"]
    facts = sentence_facts(sentence, ["Mira Holt"])
    assert (facts[0].answer, facts[0].question) == ("Mira Holt", "who")


def test_an_amount_naming_what_it_is_is_asked_how_much_that_is() -> None:
    [fact] = sentence_facts("The levy is separate from the £2.3bn road repair fund for 2027.", [])
    assert (fact.answer, fact.prompt) == ("£2.3bn", "How much is the road repair fund for 2027?")


def test_an_amount_before_a_longer_clause_is_left_to_the_figure_cards() -> None:
    assert sentence_facts("The $4m grant covers repairs to the pier and the slipway.", []) == []


def test_the_body_a_passive_names_is_asked_by_whom() -> None:
    sentence = "The appeal was lodged in June by Harbour Watch Trust Fund, the court said."
    facts = sentence_facts(sentence, [])
    assert [(fact.kind, fact.answer, fact.question) for fact in facts] == [
        ("text", "Harbour Watch Trust Fund", "whom")
    ]


def test_a_count_in_an_aside_describing_a_noun_is_a_detail() -> None:
    sentence = "The suit came from Harbour Watch, a group of about 30 divers, in June."
    [fact] = sentence_facts(sentence, [])
    assert (fact.answer, fact.weight) == ("30", TRAILING)
