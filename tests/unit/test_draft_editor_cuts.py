"""Cards an editor deletes as a qualifier of another card's fact (editor_cuts)."""

from trainer.core.authoring.editor_cuts import editor_cuts, without_editor_cuts


def _card(prompt: str, answer: str, evidence: str) -> dict[str, str]:
    return {"prompt": prompt, "answer": answer, "evidence": evidence, "kind": "number"}


def test_time_ago_is_cut() -> None:
    evidence = "Ms Tarrow returns to the transport brief, a post she last held six years ago."
    assert editor_cuts(_card("A post she last held how many years ago?", "six years", evidence))


def test_span_of_an_amount_is_cut() -> None:
    evidence = "The fund will spend €85 million over four years on harbour walls."
    assert editor_cuts(_card("The fund will spend … over how many years?", "four years", evidence))
    evidence = "The storm dropped more than 300 millimetres of rain in 36 hours."
    assert editor_cuts(_card("… rain in how many hours?", "36 hours", evidence))


def test_span_that_is_the_fact_is_kept() -> None:
    evidence = "Over nine years she turned the Velden archive into a national library."
    assert not editor_cuts(_card("Over how many years …?", "nine years", evidence))
    evidence = "The inquiry was heard over four days in March."
    assert not editor_cuts(
        _card("The inquiry was heard over how many days?", "four days", evidence)
    )
    evidence = "The minutes will be published in two weeks."
    assert not editor_cuts(
        _card("The minutes will be published in how many weeks?", "two weeks", evidence)
    )


def test_span_of_a_record_is_cut() -> None:
    evidence = "Shares in Ostmark closed 9% higher, their biggest gain in more than four years."
    assert editor_cuts(_card("… biggest gain in more than how many years?", "four years", evidence))
    evidence = "It is the first poll by the institute in two decades to show the party ahead."
    assert editor_cuts(_card("… in how many decades …?", "two decades", evidence))


def test_deadline_is_kept() -> None:
    evidence = "Ministers asked the agency to report within six months."
    assert not editor_cuts(
        _card("Ministers asked … within how many months?", "six months", evidence)
    )


def test_unnamed_speakers_figure_is_cut() -> None:
    card = _card("Complete the quotation: “We waited for how many years”?", "ten years", "x")
    assert editor_cuts(card)


def test_company_boilerplate_is_cut() -> None:
    evidence = "Founded in 1987 and headquartered in Leeds, Harlow Gears employs 2,100 people."
    assert editor_cuts(_card("… employs how many people?", "2,100", evidence))
    evidence = (
        "This release contains forward-looking statements within the meaning of the Act of 1995."
    )
    assert editor_cuts({"prompt": "… Act of what year?", "answer": "1995", "evidence": evidence})


def test_figure_restating_the_one_before_is_cut() -> None:
    evidence = "Reserves would fall to $31 million, or about 3.9% of spending."
    assert editor_cuts(_card("… or about what percentage of spending?", "3.9%", evidence))
    evidence = "The lender will provide £40 million (about $52 million) in loans."
    assert editor_cuts(_card("The lender will provide (about how much)?", "$52 million", evidence))


def test_per_share_figure_is_kept() -> None:
    evidence = "Net income was $14.2 million, or $0.41 per diluted share."
    assert not editor_cuts(_card("Net income or how much per diluted share?", "$0.41", evidence))


def test_span_is_asked_with_its_amount() -> None:
    evidence = "The trust will spend €85 million over four years on sea walls."
    amount = _card("How much will the trust spend on sea walls?", "€85 million", evidence)
    span = _card("The trust will spend … over how many years?", "four years", evidence)
    groups = without_editor_cuts({"figures": [amount], "facts": [span]})
    assert groups == {"figures": [amount], "facts": []}
    assert amount["prompt"] == "How much will the trust spend on sea walls over four years?"


def test_a_polls_method_is_cut_and_its_margin_kept() -> None:
    evidence = (
        "The survey questioned 1,630 adults between 4 and 9 March and has a margin of "
        "error of plus or minus 2.4 percentage points."
    )
    assert editor_cuts(_card("The survey questioned how many adults …?", "1,630", evidence))
    assert editor_cuts(_card("… between which days?", "4 to 9", evidence))
    assert not editor_cuts(_card("The margin of error is how many …?", "2.4", evidence))
    evidence = "Her lead is inside the margin of error, and one in six voters is undecided."
    assert not editor_cuts(_card("One in how many voters is undecided?", "one in six", evidence))


def test_the_year_a_pace_was_last_matched_is_cut() -> None:
    evidence = "Exports fell 7.2% in the year to June, the steepest pace since 2011."
    assert editor_cuts(_card("… the steepest pace since what year?", "2011", evidence))
    evidence = "Reserves dropped to $41 billion, their lowest level since 2017."
    assert editor_cuts(_card("… their lowest level since what year?", "2017", evidence))
    evidence = "It was the club's first league title since 1994."
    assert not editor_cuts(_card("… first league title since what year?", "1994", evidence))


def test_an_old_value_beside_its_change_is_cut() -> None:
    evidence = "Operating profit fell 14% to €61 million, from €71 million a year earlier."
    assert editor_cuts(_card("… from how much a year earlier?", "€71 million", evidence))
    assert not editor_cuts(_card("Operating profit fell to how much?", "€61 million", evidence))
    evidence = "The bank raised its main rate by 50 basis points, from 3.25% to 3.75%."
    assert editor_cuts(
        _card("The bank raised its main rate from what percentage?", "3.25%", evidence)
    )
    # no change is stated: the old value is a fact of its own
    evidence = "The Riksfeld bank lifted its deposit rate to 6.5% from 5.75%."
    assert not editor_cuts(
        _card("… lifted its deposit rate from what percentage?", "5.75%", evidence)
    )
