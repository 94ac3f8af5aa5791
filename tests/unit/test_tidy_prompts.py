"""The editor's last read of a drafted prompt (tidy_prompts.py): each rule on a sentence of
its own, with a sentence of the same shape that reads well and must be left alone."""

from __future__ import annotations

import pytest

from trainer.core.authoring.tidy_prompts import (
    asked_of_main_clause,
    asking_clause,
    mended,
    reads_garbled,
    repaired,
    spoken_when,
    with_lost_subject,
)


@pytest.mark.parametrize(
    "prompt",
    [
        # a determiner with no noun after it
        "The that the also questioned the lender's ownership of how many branches?",
        "The the chief economist said prices rose by what percentage?",
        "Freight will move between the through a canal of how many km?",
        "The agency's rating 's how many levels above junk?",
        # a figure that was the object of "every"
        "Ferries will sail every at weekends, carrying how many cars?",
        # one of a pair of dates left alone
        "On what date and again?",
        "On and again on what date?",
        # a verb or preposition whose complement went, before a comma
        "The average fare is now, against roughly how much a decade ago?",
        "Between, regional governments spent how much on ferries?",
        "The Harbour Board will contribute, while the city will provide a combined how much?",
        # the first of a pair of figures went
        "Inflation is forecast and what percentage?",
        # a verb that needs its amount, asked the time of it
        "Exports reached in what year?",
        "The ministry wants that share to reach by what year?",
        # a finding's figure went from between two findings
        "The audit found the board met and that its chair changed how many times?",
        # a relative clause or a participle standing as the question
        "Asked whether the treaty, under which Chile would admit up to how many workers?",
        "Under which Chile would admit workers over how many years?",
        # an amount's qualifier, an adjective, an idiom or a unit without their figure
        "Hospitals have spent a combined hiring agency nurses since what year?",
        "The board, a three-year, plan that will cost how much?",
        "Revenue rose on year to how much?",
        "Debt fell to how much at the end of March at the end of June?",
        "Savings, compared with the previously worth how much targeted?",
        "The grid operator says the region will need GWh of storage by what year?",
        "How many GWh will the grid operator says the region need?",
        "Who said this? “Each rock is a record from ago”",
        # an amount's verb, a figure's word or a change left without the figure
        "The buyer will pay per share, a premium of what percentage?",
        "An average of trucks a day crossed the bridge, a fall of what percentage?",
        "The death toll from a magnitude earthquake rose to how many?",
        "Their sales were down, while exports fell what percentage?",
        "The reserve would fall, or about what percentage of spending?",
        "The firm said it would buy back, starting in which month?",
        "In that poll she won and the senator what percentage?",
        "She won what percentage the senator?",
        "The court ordered the firm to pay in costs to which agency?",
        "Up to how much of stock would the carrier also said it buy back?",
        "How much had the minister said the province spent on fires?",
        "Since the season began on compared with an average of how many?",
        "Adverse events occurred the drug versus what percentage on placebo?",
        "Profit rose in the three months through, from how much a year earlier?",
        "The ministry on what date confirmed that Exercise Polar Dawn?",
        "The ship's owner. of Panama, asked the court in which month to drop the case?",
        "The bank will cut its bond holdings by Nkr over the next how many months?",
        "The fare is now for the old rail route before what year?",
        "The council has set aside for a hardship fund, offering grants of up to how much?",
        # "who" put in place of a pronoun that followed a thing
        "Buyers wait six weeks for a permit, a delay who called “a scandal”?",
        # nothing asked at all
        "Traders on Dock Street, where the tram will run down the middle?",
        "Fisher that what share of the catch was landed abroad?",
        # the dashes of an aside whose words went
        "The subsidy per home rose from how much - -?",
        "The subsidy per home rose - to how much -?",
        # a verb with no subject
        "Will be shared with two partner agencies under a deal signed in what year?",
        # a speaker's "I" or "my" with no speaker
        "I met the association of ferry operators on what date?",
        "The nearest clinic for some of my patients is now how many miles away?",
        "Most costs fall to insurers, and I'm meeting them in which month?",
        # an opening time with no clause after it
        "By what date, most from the coalition?",
        # the subject gone whole, or the clause a pronoun or an aside opened cut away
        "Where was born?",
        "Where was … born?",
        "Was sworn in as health minister at the palace on what date?",
        "How long is the journey she?",
        "The regional risk is because of what?",
        "The opposition argues that, as a deputy minister for how many years?",
        # a purpose clause without the clause it was the purpose of
        "To get the increase below what percentage?",
    ],
)
def test_a_prompt_a_cut_broke_reads_garbled(prompt: str) -> None:
    assert reads_garbled(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "The through cost of moving a tonne of rice from Aden to Mokha is now about how much?",
        "The commission said prices had risen since the merger, by what percentage?",
        "Ferries will sail every how many minutes at weekends?",
        "On what date did the strike end?",
        "Exports reached how much in 2025?",
        "The auditor said that what share of invoices were late?",
        "How many GWh of storage will the region need by 2030?",
        "Who said this? “Each rock is a record from … years ago”",
        "When did the port reopen?",
        "In which year was the bridge opened?",
        "Shares in Halden fell, while Corvo gained what percentage?",
        "A two- or three-day outage costs how much?",
        "Who is the …’s director?",
        "The margin widened from what percentage a year earlier?",
        "Prices rose by how much a tonne?",
        "Since when has the border been closed?",
        # a numeral, a mine and a quoted "I" are not a speaker with no name
        "The Phase I trial enrolled how many patients?",
        "World War I ended in what year?",
        "Which mine is the company's main asset?",
        "Who said this? “I had stopped hoping”",
        "Where was the new health minister born?",
        "Was the deal signed on what date?",
        "Who is …’s spokesman?",
        "To date, donors have pledged how much?",
    ],
)
def test_a_prompt_that_reads_well_is_not_garbled(prompt: str) -> None:
    assert not reads_garbled(prompt)


@pytest.mark.parametrize(
    ("prompt", "wanted"),
    [
        ("- At least how many people have died?", "At least how many people have died?"),
        ("• Some how many homes were flooded?", "Some how many homes were flooded?"),
        (
            "The the external member voted for what rate?",
            "The external member voted for what rate?",
        ),
        (
            "The next bulletin will be issued on or around on what date?",
            "The next bulletin will be issued on or around what date?",
        ),
        (
            "When the treaty was signed in Baku on what date?",
            "The treaty was signed in Baku on what date?",
        ),
        (
            "Where pupils have been taught in cabins since the school was closed in what month?",
            "Pupils have been taught in cabins since the school was closed in what month?",
        ),
        (
            "Roughly how many hectares of maize were flooded weeks?",
            "Roughly how many hectares of maize were flooded?",
        ),
        (
            "An upgrade worth how much of its Nelson mill due?",
            "An upgrade worth how much of its Nelson mill?",
        ),
        (
            "300 were hurt; how many people remain unaccounted for?",
            "How many people remain unaccounted for?",
        ),
        ("As of what date, 06:00 local time?", "The figures given are as of what date?"),
        (
            "The drill will begin on what date and run?",
            "The drill will begin on what date?",
        ),
        (
            "The bank will publish a schedule within how many months and write?",
            "The bank will publish a schedule within how many months?",
        ),
        (
            "Holdings will fall by how much over the next?",
            "Holdings will fall by how much?",
        ),
        (
            "Since the census officially began on what date?",
            "The census officially began on what date?",
        ),
        (
            "The plant will stay shut until at least on what date?",
            "The plant will stay shut until at least what date?",
        ),
        (
            "Airbus won an order from Gulf Air, an agreement worth how much to acquire?",
            "Airbus won an order from Gulf Air, an agreement worth how much?",
        ),
        (
            "The fund offers a reward of up to how much for information leading?",
            "The fund offers a reward of up to how much for information?",
        ),
        (
            "The appeal, part of a joint plan with how many partner groups?",
            "The appeal is part of a joint plan with how many partner groups?",
        ),
        (
            "On what date, the board of directors approved a share buy-back?",
            "The board of directors approved a share buy-back on what date?",
        ),
        (
            "In what year the museum reopened its west wing to visitors.?",
            "The museum reopened its west wing to visitors in what year?",
        ),
        (
            "The bridge, opened by the regional council on what date?",
            "The bridge was opened by the regional council on what date?",
        ),
        (
            "The ferries, ordered from a yard in Gdansk at a cost of how much?",
            "The ferries were ordered from a yard in Gdansk at a cost of how much?",
        ),
    ],
)
def test_wording_a_cut_left_is_mended(prompt: str, wanted: str) -> None:
    assert mended(prompt) == wanted


def test_a_when_question_and_a_clause_after_a_subordinate_one_are_left_alone() -> None:
    assert mended("When did the treaty take effect?") == "When did the treaty take effect?"
    # A main clause follows: the opening is no sentence of its own.
    kept = "When the dam opened, it cost how much?"
    assert mended(kept) == kept


def test_the_clause_that_asks_stands_alone_when_the_other_lost_its_figure() -> None:
    prompt = "Buses will run every at peak times, and the trip will take how many minutes?"
    assert asking_clause(prompt) == "The trip will take how many minutes?"
    assert repaired(prompt) == "The trip will take how many minutes?"
    # Both clauses asking, or the asking one too short, give no clause.
    assert asking_clause("Who won, and by how many votes?") is None


def test_a_prompt_nothing_mends_falls_back_to_its_other_form() -> None:
    broken = "Freight will move between the through a canal of how many km?"
    shown = "Freight will move between the … through a canal of how many km?"
    assert repaired(broken, shown) == shown
    # With no form that reads whole, the prompt comes back broken, for the caller to drop.
    assert reads_garbled(repaired(broken))


def test_a_question_left_as_its_opening_phrase_is_asked_of_the_main_clause() -> None:
    evidence = (
        "BUILDING THE PORT BACK: Today in Mombasa, the Minister signed a contract to dredge "
        "the harbour worth at least $80 million."
    )
    prompt = "BUILDING THE PORT BACK: on what date in Mombasa?"
    assert asked_of_main_clause(prompt, evidence) == (
        "The Minister signed a contract to dredge the harbour worth at least $80 million "
        "on what date?"
    )
    # The first and the second of a pair of dates, asked of a long clause cut to its core.
    pair = (
        "On 3 May and again on 9 June, gunmen were seen on the road between the two border "
        "posts near the town of Kessa."
    )
    assert asked_of_main_clause("On what date and again on 9 June?", pair) == (
        "Gunmen were seen on the road between the two border posts first on what date?"
    )
    assert asked_of_main_clause("On 3 May and again on what date?", pair) == (
        "Gunmen were seen on the road between the two border posts again on what date?"
    )
    # A document's date in the opening phrase is asked of the document and its author.
    report = "In a report published on Monday, the Harbour Safety Board said the crane failed."
    assert asked_of_main_clause("In a report published on what date?", report) == (
        "The Harbour Safety Board's report was published on what date?"
    )
    # A question that says more than its opening phrase is left alone.
    whole = "The Minister signed the contract on what date?"
    assert asked_of_main_clause(whole, evidence) == whole


def test_a_clause_after_but_is_given_its_sentence_s_subject() -> None:
    evidence = (
        "The ferry line now carries one in three of the island's visitors, but depends on "
        "two ageing vessels."
    )
    prompt = "But depends on how many ageing vessels?"
    assert with_lost_subject(prompt, evidence) == (
        "The ferry line depends on how many ageing vessels?"
    )
    # Not the sentence's own clause: left as it is.
    assert with_lost_subject(prompt, "Visitors depend on two vessels.") == prompt


def test_a_date_after_a_quotation_is_asked_of_the_speaker_s_role() -> None:
    prompt = (
        'We have lost the harvest," said Ana Lobo, the regional governor, after touring '
        "the flooded valley on what date?"
    )
    assert spoken_when(prompt) == (
        "The regional governor spoke after touring the flooded valley on what date?"
    )
    bare = 'We have lost the harvest," said Ana Lobo, after touring the valley on what date?'
    assert spoken_when(bare) == "Ana Lobo spoke after touring the valley on what date?"
    # Not a quotation's tail: left as it is.
    plain = "The governor toured the flooded valley on what date?"
    assert spoken_when(plain) == plain
