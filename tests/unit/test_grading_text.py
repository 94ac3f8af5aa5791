"""Text rules: normalisation, the typo budget, digits, fragments, rejects and other cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import grade, load_deck
from trainer.core.deck import Card
from trainer.core.grading import Grade
from trainer.core.grading.normalize import normalize
from trainer.core.grading.rivals import deck_texts


def text_card(answer: str, **fields: object) -> Card:
    return Card(id="card", kind="text", prompt="?", answer=answer, **fields)


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("  The  First Committee ", "first committee"),
        ("Pakistan’s “partnership”", "pakistans partnership"),
        ("Lashkar–e—Taiba", "lashkar e taiba"),
        ("Déjà vu!", "deja vu"),
        ("ＴＲＦ", "trf"),
        ("U.S. $5.44 billion", "united states $5.44 billion"),
        ("10 %", "10%"),
        ("1,000,000 people", "1000000 people"),
        ("2013–18", "2013 2018"),
        ("from 2013 to 2018", "2013 2018"),
        ("Twenty Thirteen to twenty-eighteen", "2013 2018"),
        ("between twenty twenty-three and twenty-four", "2023 2024"),
        ("nineteen ninety-nine – twenty oh five", "1999 2005"),
        ("two thousand and five to two thousand and ten", "2005 2010"),
        # Not a span of years: a lone year in words, or small numbers, stay words.
        ("twenty twenty-one", "twenty twenty one"),
        ("thirteen to eighteen", "thirteen to eighteen"),
        ("twenty to thirty", "twenty to thirty"),
        ("1st Committee", "first committee"),
        ("trade & investment", "trade and investment"),
        ("A", "a"),
    ],
)
def test_normalize(written: str, normalised: str) -> None:
    assert normalize(written) == normalised


def test_normalize_keeps_what_plain_fuzzy_matching_deletes() -> None:
    # rapidfuzz's default_process turns "5.44" into "5 44" and "10%" into "10".
    assert normalize("5.44") == "5.44"
    assert normalize("10%") != normalize("10")
    assert normalize("$5") != normalize("5")


def test_typo_budget_grows_with_length() -> None:
    # Up to 4 characters no typo, 5 to 8 one, from 9 two.
    assert grade(text_card("Dawn"), "Dawm").verdict == "wrong"
    beijing = text_card("Beijing")
    assert grade(beijing, "Bejing").verdict == "close"
    assert grade(beijing, "Bejng").verdict == "wrong"
    islamabad = text_card("Islamabad")
    assert grade(islamabad, "Islamabd").verdict == "close"
    assert grade(islamabad, "Islambd").verdict == "close"
    assert grade(islamabad, "Islmbd").verdict == "wrong"


def test_an_abbreviation_takes_no_typo_however_long() -> None:
    card = text_card("ISIS-K")
    assert grade(card, "isis-k").verdict == "correct"
    assert grade(card, "ISIS-J").verdict == "wrong"
    assert grade(card, "ISIS").verdict == "wrong"


def test_a_swap_of_neighbours_is_one_typo_and_a_space_is_one_typo() -> None:
    card = text_card("hallmark")
    assert grade(card, "hallmrak") == Grade("close", 0.85, "typo: 1 letter")
    assert grade(card, "halmark") == Grade("close", 0.85, "typo: 1 letter")
    spaced = grade(card, "hall mark")
    assert (spaced.verdict, spaced.detail) == ("close", "typo: spacing")


def test_digits_must_match_exactly() -> None:
    card = text_card("2013-18")
    result = grade(card, "2013-19")
    assert (result.verdict, result.detail) == ("wrong", "number 2019 ≠ 2018")
    assert grade(card, "2013 to 2018").verdict == "correct"
    assert grade(text_card("29%"), "19%").verdict == "wrong"


def test_generic_fragments_and_longer_names_are_wrong() -> None:
    committee = grade(text_card("First Committee"), "Committee")
    assert (committee.verdict, committee.detail) == ("wrong", "only part of the answer")
    council = grade(text_card("Security Council"), "National Security Council")
    assert council.verdict == "wrong"
    assert council.detail == "more than the answer: national"
    assert grade(text_card("Atlantic Council"), "Council").verdict == "wrong"


def test_reorderings_and_small_words() -> None:
    card = text_card("trade and investment")
    assert grade(card, "investment and trade").detail == "words in another order"
    assert grade(card, "investment and trade").verdict == "close"
    assert grade(text_card("Singapore"), "in Singapore").verdict == "correct"
    assert grade(text_card("Press Trust of India"), "Press Trust India").verdict == "close"


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("Harwick, Dunmore", "Dunmore, Harwick"),
        ("Harwick and Dunmore", "Dunmore and Harwick"),
        ("North Fell and East Combe", "East Combe & North Fell"),
        ("Port of Harwick", "Harwick Port"),
        ("a loose pile of gravel", "a loose gravel pile"),
    ],
)
def test_the_items_of_a_list_in_another_order_are_close(answer: str, response: str) -> None:
    result = grade(text_card(answer), response)
    assert (result.verdict, result.detail) == ("close", "words in another order")


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("from Harwick to Dunmore", "from Dunmore to Harwick"),
        ("Harwick Rovers beat Dunmore", "Dunmore beat Harwick Rovers"),
        ("more wheat than barley", "more barley than wheat"),
        ("exports outpaced imports", "imports outpaced exports"),
    ],
)
def test_the_same_words_the_other_way_round_are_wrong(answer: str, response: str) -> None:
    result = grade(text_card(answer), response)
    assert (result.verdict, result.detail) == (
        "wrong",
        "the words in another order change the fact",
    )


def test_accept_entries_and_asides() -> None:
    card = text_card("The Resistance Front", accept=("TRF",))
    assert grade(card, "trf").detail == "accepted: TRF"
    assert grade(card, "The Resistance Front (TRF)").verdict == "correct"
    assert grade(card, "The Resistance Front (LeT)").verdict == "wrong"


def test_an_answer_with_its_abbreviation_in_brackets_takes_either() -> None:
    card = text_card("Northern Grain Marketing Board (NGMB)")
    assert grade(card, "Northern Grain Marketing Board").detail == "exact"
    assert grade(card, "ngmb").detail == "accepted: NGMB"
    assert grade(card, "Northern Grain Marketing Board (NGMB)").verdict == "correct"
    assert grade(card, "NGMC").verdict == "wrong"
    assert grade(card, "Southern Dairy Council").verdict == "wrong"
    # Written the other way round, the same.
    assert grade(text_card("NGMB (Northern Grain Marketing Board)"), "NGMB").verdict == "correct"
    # Brackets holding a place, not an abbreviation, stay part of the answer.
    assert grade(text_card("Tarrow Bridge (Kent)"), "Tarrow Bridge").verdict != "correct"


def test_a_place_may_be_named_without_the_larger_place_it_lies_in() -> None:
    port = text_card("Paldiski, Estonia")
    assert grade(port, "Paldiski").detail == "the place without where it lies"
    assert grade(port, "Paldiski, Estonia").detail == "exact"
    assert grade(port, "Estonia").verdict == "wrong"
    assert grade(port, "Tallinn").verdict == "wrong"
    palace = text_card("Palace of the Grand Dukes, Vilnius")
    assert grade(palace, "the Palace of the Grand Dukes").verdict == "correct"
    # Not one place and where it lies: a list, or a post and the body it is held in.
    assert grade(text_card("Nairobi and Lima, Kenya"), "Nairobi and Lima").verdict != "correct"
    post = text_card("chief engineer, Coastal Embankment Board")
    assert grade(post, "chief engineer").verdict != "correct"
    # The larger place told by its part: "northern Mozambique".
    centre = text_card("Pemba, northern Mozambique")
    assert grade(centre, "Pemba").verdict == "correct"
    assert grade(centre, "Mozambique").verdict != "correct"


def test_a_place_may_be_named_without_the_kind_of_division_it_is() -> None:
    county = text_card("Marsabit county")
    assert grade(county, "Marsabit").detail == "the place without what kind it is"
    assert grade(county, "Isiolo").verdict == "wrong"
    # A capitalised "County" is part of the name.
    assert grade(text_card("Orange County"), "Orange").verdict != "correct"


def test_a_hyphen_is_never_a_typo() -> None:
    assert grade(text_card("counter-terrorism"), "counterterrorism").verdict == "correct"
    assert grade(text_card("counterterrorism"), "counter-terrorism").verdict == "correct"
    # ...but closing up a hyphen does not lend the letters after it a typo.
    assert grade(text_card("Daesh-K"), "Daesh").verdict == "wrong"


def test_a_reject_entry_is_wrong_however_close() -> None:
    card = text_card("Operation Sindoor", reject=("Operation Sindur",))
    result = grade(card, "operation sindur")
    assert (result.verdict, result.detail) == ("wrong", "rejected: Operation Sindur")
    # Nearer the reject than the answer: not a typo of the answer.
    assert grade(card, "Operation Sindurr").verdict == "wrong"
    assert grade(card, "Operation Sindoorr").verdict == "close"
    # As near the reject as the answer: refused as well.
    assert grade(card, "Operation Sindor").verdict == "wrong"


def test_another_cards_answer_is_never_a_typo_of_this_one() -> None:
    answers = frozenset({"cornerstone", "cornerstones", "hallmark"})
    card = text_card("cornerstone", deck_answers=answers)
    result = grade(card, "Cornerstones")
    assert result.verdict == "wrong"
    assert result.detail == "that is the answer to another card (cornerstones)"
    # A typo as near another card's answer as this one's is refused too.
    assert grade(card, "cornerstonse").verdict == "wrong"
    assert grade(card, "cornerston").verdict == "close"
    # The same text standing alone is an ordinary typo.
    assert grade(text_card("cornerstone"), "cornerstones").verdict == "close"


def test_a_decks_answers_are_normalised_once_for_all_its_cards() -> None:
    answers = frozenset(f"answer number {index}" for index in range(10_000))
    cards = [
        text_card(f"answer number {index}", deck_answers=answers) for index in range(0, 10_000, 97)
    ]
    before = deck_texts.cache_info()
    for card in cards:
        grade(card, "answer number 5")
        grade(card, "answr number 12")
    after = deck_texts.cache_info()
    assert after.misses - before.misses <= 1
    assert after.hits - before.hits >= 2 * len(cards) - 1
    # The near-miss path still sees the whole deck: "answr number 12" is card 12's answer.
    assert grade(cards[0], "answr number 12").verdict == "wrong"


@pytest.mark.parametrize(
    ("answer", "response", "detail"),
    [
        (
            "Ishaq Dar",
            "25 July 2025",
            "the answer has no numbers, but you gave the numbers 25 and 2025",
        ),
        ("Ishaq Dar", "Dar 7", "the answer has no numbers, but you gave the number 7"),
        ("Resolution 80 of 2025", "Resolution", "missing the numbers 80 and 2025"),
        ("Resolution 80 of 2025", "Resolution 81 of 2025", "number 81 ≠ 80"),
        ("Resolution 80", "Resolution 80 of 2025", "extra number 2025"),
    ],
)
def test_a_wrong_number_is_named_in_the_detail(answer: str, response: str, detail: str) -> None:
    result = grade(text_card(answer), response)
    assert (result.verdict, result.detail) == ("wrong", detail)


@pytest.mark.parametrize("response", ["Fri", "Fri.", "fri", "FRI", "Friday", "on Fri"])
def test_a_weekday_answer_takes_its_abbreviation(response: str) -> None:
    assert grade(text_card("Friday"), response).verdict == "correct"


@pytest.mark.parametrize("response", ["Thu", "Sat", "Thurs", "Fry", "Thursday"])
def test_another_weekdays_abbreviation_is_wrong(response: str) -> None:
    assert grade(text_card("Friday"), response).verdict == "wrong"


def test_every_abbreviation_of_a_weekday_is_understood() -> None:
    for answer, short in [
        ("Tuesday", "Tues"),
        ("Wednesday", "Wed"),
        ("Thursday", "Thur"),
        ("Thursday", "Thurs"),
        ("Sunday", "Sun"),
        ("late Friday", "late Fri"),
    ]:
        assert grade(text_card(answer), short).verdict == "correct", short


def test_a_weekday_abbreviation_takes_no_typo() -> None:
    # "Sun" is one letter from "Sat": a typo of an abbreviation is another day.
    assert grade(text_card("Saturday"), "Sun").verdict == "wrong"
    assert grade(text_card("Friday"), "Fridy").verdict == "close"


@pytest.mark.parametrize(
    "written",
    ["FY24", "FY 24", "FY2024", "FY 2024", "FY'24", "fy-24", "fiscal 2024", "Fiscal Year 2024"],
)
def test_every_way_of_writing_a_fiscal_year_is_one_text(written: str) -> None:
    assert normalize(written) == "fy 2024"


def test_a_fiscal_year_range_is_written_out_like_any_span_of_years() -> None:
    assert normalize("FY2023-24") == normalize("fiscal year 2023-2024") == "fy 2023 2024"


@pytest.mark.parametrize(
    ("response", "verdict"),
    [
        ("FY24", "correct"),
        ("FY 24", "correct"),
        ("FY2024", "correct"),
        ("FY 2024", "correct"),
        ("fiscal 2024", "correct"),
        ("fiscal year 2024", "correct"),
        ("fiscal year 2023-24", "correct"),
        ("FY2023", "wrong"),
        ("FY 2023", "wrong"),
        ("fiscal 2023", "wrong"),
        ("FY23", "wrong"),
        ("FY25", "wrong"),
        ("FY 2025", "wrong"),
    ],
)
def test_fiscal_year_forms_match_each_other(response: str, verdict: str) -> None:
    deck = load_deck(Path(__file__).resolve().parents[2] / "decks" / "pakistan-us-ties-2025.yaml")
    assert grade(deck.card("exports-fiscal-year"), response).verdict == verdict


@pytest.mark.parametrize(
    "response",
    [
        "ISIS Khorasan Province",
        "Islamic State Khorasan Province",
        "Islamic State–Khorasan Province",
        "Islamic State in Khorasan Province",
        "ISKP",
        "IS-KP",
        "ISIS-KP",
        "ISIL-K",
    ],
)
def test_the_bundled_isis_k_cards_take_the_forms_analysts_write(response: str) -> None:
    decks = Path(__file__).resolve().parents[2] / "decks"
    focus = load_deck(decks / "dar-rubio-washington-july-2025.yaml").card("counterterrorism-focus")
    assert grade(focus, response).verdict == "correct"
    groups = load_deck(decks / "dar-rubio-undated-report.yaml").card("militant-groups")
    assert grade(groups, f"TTP and {response}").verdict == "correct"
    assert grade(groups, f"{response} and Daesh-K").verdict == "wrong"


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("four months", "4 months"),
        ("16 hours", "sixteen hours"),
        ("twenty-one days", "21 days"),
        ("one of three suspects", "1 of 3 suspects"),
    ],
)
def test_a_small_number_in_words_or_digits_is_the_same_answer(answer: str, response: str) -> None:
    result = grade(text_card(answer), response)
    assert result.verdict == "correct", result.detail


@pytest.mark.parametrize(
    ("answer", "response", "detail"),
    [
        ("four months", "5 months", "number 5 ≠ 4"),
        ("four months", "five months", "number 5 ≠ 4"),
        ("16 hours", "seventeen hours", "number 17 ≠ 16"),
    ],
)
def test_another_number_in_words_or_digits_is_wrong_and_named(
    answer: str, response: str, detail: str
) -> None:
    result = grade(text_card(answer), response)
    assert result.verdict == "wrong"
    assert result.detail == detail


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("Viana do Castelo", "a shipyard in Viana do Castelo"),
        ("Viana do Castelo", "a shipyard in viana do castelo"),
        ("Halcyon", "the Halcyon spacecraft"),
        (
            "lower lifetime cost and earlier delivery",
            "a lower lifetime cost and an earlier delivery schedule",
        ),
        (
            "replace VAT cuts with targeted food support",
            "replace general VAT cuts on food with targeted food support",
        ),
        ("a fair price at a fair moment", "This is a fair price at a fair moment"),
        ("a fair price at a fair moment", "That was a fair price at a fair moment"),
    ],
)
def test_the_whole_answer_with_describing_words_is_right(answer: str, response: str) -> None:
    result = grade(text_card(answer), response)
    assert (result.verdict, result.detail) == (
        "correct",
        "the answer, with describing words around it",
    )


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("Singapore", "Singapore Airlines"),
        ("Singapore", "singapore airlines"),
        ("Singapore", "near Singapore"),
        ("Halcyon", "the halcyon spacecraft"),
        ("Security Council", "national security council"),
        ("trade and investment", "trade and investment and defence"),
        ("both ships detained", "both ships were not detained"),
        ("finance minister", "former finance minister"),
        ("Operation Sindoor", "the Operation Sindoor 2 raid"),
        ("Halcyon", "Halcyon or Wren"),
        ("Halcyon", "the probe probably called Halcyon"),
        ("Halcyon", "a small probe launched long before Halcyon"),
        ("Halcyon", "the probe before Halcyon"),
    ],
)
def test_words_that_change_the_fact_keep_it_wrong(answer: str, response: str) -> None:
    assert grade(text_card(answer), response).verdict == "wrong"


@pytest.mark.parametrize(
    ("answer", "response", "detail"),
    [
        ("tariffs increased", "tariffs decreased", "another word: decreased ≠ increased"),
        ("inflation", "deflation", "another word: deflation ≠ inflation"),
        ("grain import ban", "grain export ban", "another word: export ≠ import"),
        ("eastern Harwick", "western Harwick", "another word: western ≠ eastern"),
        ("employment", "unemployment", "another word: unemployment ≠ employment"),
    ],
)
def test_a_near_miss_that_is_another_word_is_wrong(answer: str, response: str, detail: str) -> None:
    result = grade(text_card(answer), response)
    assert (result.verdict, result.detail) == ("wrong", detail)


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("Prime Minister", "Prime Minster"),
        ("United Nations", "Untied Nations"),
        ("Lashkar-e-Taiba", "Lashkar-i-Taiba"),
        ("principal investigator", "principle investigator"),
    ],
)
def test_a_slip_that_keeps_the_first_letter_stays_a_typo(answer: str, response: str) -> None:
    assert grade(text_card(answer), response).verdict == "close"


@pytest.mark.parametrize(
    ("prompt", "answer", "response"),
    [
        (
            "She studied medicine at which university?",
            "medicine at the Medical University of Lublin",
            "Medical University of Lublin",
        ),
        ("In what year was she appointed DBE?", "DBE in 2005", "2005"),
        (
            "What did the spokesperson call the claim?",
            'claim "unaffordable and unrealistic"',
            "unaffordable and unrealistic",
        ),
    ],
)
def test_the_part_of_the_answer_the_question_says_need_not_be_typed(
    prompt: str, answer: str, response: str
) -> None:
    result = grade(Card(id="q", kind="text", prompt=prompt, answer=answer), response)
    assert result.verdict == "correct"
    assert result.detail.startswith("the question says the rest")


@pytest.mark.parametrize(
    ("prompt", "answer", "response"),
    [
        # A name is never cut inside, whatever the question holds.
        ("The state will appeal at which court?", "Court of Appeal", "Court"),
        # The part left out must be the question's.
        (
            "She studied at which university?",
            "medicine at the Medical University",
            "Medical University",
        ),
        # What is left must still be right.
        ("In what year was she appointed DBE?", "DBE in 2005", "2006"),
    ],
)
def test_a_part_the_question_does_not_say_or_a_wrong_rest_is_wrong(
    prompt: str, answer: str, response: str
) -> None:
    assert not grade(Card(id="q", kind="text", prompt=prompt, answer=answer), response).accepted
