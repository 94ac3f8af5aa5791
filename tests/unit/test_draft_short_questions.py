"""Figures and dates asked as short questions about their subject: the phrases that held
other cards' answers go instead of standing in the question as "…", and a question still
too long is cut after its question phrase, keeping its subject."""

from __future__ import annotations

from pathlib import Path

import yaml

from trainer.core.authoring.article import Article
from trainer.core.authoring.asked_first import asked_first
from trainer.core.authoring.cut_question import cut_after_question
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.short_question import MARK, without_hidden
from trainer.core.authoring.stand_alone import PROMPT_WORDS, within_words
from trainer.core.authoring.subject_before import with_subject


def _hidden(prompt: str) -> str:
    """``prompt`` as the finishing pass hands it over: "¤" marks another card's answer."""
    return without_hidden(prompt.replace("¤", MARK))


def test_a_hidden_count_leaves_the_noun_it_counts() -> None:
    assert _hidden("Drilling of the first ¤ boreholes will begin on what date in Garissa?") == (
        "Drilling of the first boreholes will begin on what date in Garissa?"
    )
    assert _hidden(
        "The programme will extend safe piped water to an estimated ¤ people in how many "
        "arid and semi-arid counties?"
    ) == (
        "The programme will extend safe piped water to people in how many arid and semi-arid "
        "counties?"
    )


def test_a_hidden_count_of_times_a_period_goes_with_its_period() -> None:
    # "swam ¤ evenings a week" never reads "swam evenings a week": how often goes whole.
    assert _hidden(
        "The coach, 58, has rowed on Lake Varda ¤ evenings a week for more than how many years?"
    ) == ("The coach, 58, has rowed on Lake Varda for more than how many years?")
    assert _hidden("The ferry crosses ¤ times a day to which island?") == (
        "The ferry crosses to which island?"
    )
    # A count with no period keeps the things it counts.
    assert _hidden("The club trains ¤ juniors at which ground?") == (
        "The club trains juniors at which ground?"
    )


def test_a_hidden_count_after_an_owner_goes_and_its_noun_stays() -> None:
    assert _hidden("Only how many of the district's ¤ rural clinics open at weekends?") == (
        "Only how many of the district's rural clinics open at weekends?"
    )
    # A hidden name after an owner, before a verb, is the subject: it stays.
    assert "…" in _hidden("The mayor's ¤ made the park a campaign pledge in which year?")


def test_an_expected_count_goes_with_its_hedge() -> None:
    assert _hidden(
        "The festival will open, with an expected ¤ visitors from how many countries?"
    ) == ("The festival will open, with visitors from how many countries?")
    # "larger-than-expected" is no hedge of a count.
    assert "larger-than-expected" in _hidden(
        "The bank made a larger-than-expected cut of ¤ on what date?"
    )


def test_a_preposition_goes_with_its_hidden_amount_and_unit() -> None:
    assert (
        _hidden(
            "The overall tariff rate has increased from approximately ¤ in January 2025 to what "
            "percentage in September 2025?"
        )
        == "The overall tariff rate has increased to what percentage in September 2025?"
    )
    assert (
        _hidden(
            "The Committee decided to raise the policy rate by ¤ percentage points to what "
            "percentage?"
        )
        == "The Committee decided to raise the policy rate to what percentage?"
    )
    # "leaked … tonnes of fuel oil" reads "leaked fuel oil".
    assert (
        _hidden(
            "A shipping company whose tanker leaked ¤ tonnes of fuel oil has been fined how much?"
        )
        == "A shipping company whose tanker leaked fuel oil has been fined how much?"
    )


def test_a_comma_phrase_holding_another_answer_goes() -> None:
    assert _hidden("Turnout was what percentage, up from ¤ in the 2021 runoff?") == (
        "Turnout was what percentage?"
    )
    # An aside between subject and verb goes with both its commas.
    assert (
        _hidden(
            "Cordillera's main asset, the ¤ mine in northern Chile, produced how many tonnes of "
            "copper last year?"
        )
        == "Cordillera's main asset produced how many tonnes of copper last year?"
    )
    # A short opening phrase goes; the clause with the subject stays.
    assert _hidden("Sentencing on ¤, the judge fined the company how much?") == (
        "The judge fined the company how much?"
    )


def test_where_no_phrase_can_stand_in_the_hidden_answer_stays() -> None:
    # A hidden subject or owner is what the question is about: nothing replaces it.
    assert _hidden("¤ will take office on what date?") == "… will take office on what date?"
    assert _hidden("Who is ¤’s spokesman?") == "Who is …’s spokesman?"
    # Taking the hidden words out would leave the verb without what it needs.
    assert _hidden("Which year's budget was ¤?") == "Which year's budget was …?"
    # A quotation's own "…" is no hidden answer.
    quote = "Who said this? “We will not restart until we understand exactly …”"
    assert without_hidden(quote) == quote


def test_a_long_question_is_cut_after_its_question_phrase() -> None:
    long = (
        "The Ministry will drill and equip solar-powered boreholes, construct small earth dams "
        "and lay approximately how many kilometres of distribution pipeline by June 2031 under "
        "the programme?"
    )
    cut = cut_after_question(long)
    # The other items of the list go before the question's own words would.
    assert cut == (
        "The Ministry will drill and equip solar-powered boreholes and lay approximately how "
        "many kilometres of distribution pipeline by June 2031?"
    )
    assert "…" not in within_words(long)
    # A reporting frame and an opening phrase go before the subject would.
    assert (
        cut_after_question(
            "According to the court papers, Martin Greaves KC told the court that Halden had since "
            "replaced the valves on its entire fleet at a cost of how much and had apologised?"
        )
        == "Halden had since replaced the valves on its entire fleet at a cost of how much and "
        "had apologised?"
    )


def test_with_no_break_to_cut_at_the_question_is_cut_around_its_question_word() -> None:
    long = (
        "Residents of the small northern coastal town near the border reported seeing smoke "
        "rising over the hills long before firefighters arrived at which hour?"
    )
    assert cut_after_question(long) is None
    cut = within_words(long)
    assert cut.startswith("…") and cut.endswith("at which hour?")
    assert len(cut.split()) <= PROMPT_WORDS


def test_a_drafted_press_release_asks_each_figure_about_its_subject(tmp_path: Path) -> None:
    text = (
        "Ministry launches rural water programme\n\n"
        "Under the programme, the Ministry will drill and equip 120 solar-powered boreholes, "
        "construct 35 small earth dams and lay approximately 640 kilometres of distribution "
        "pipeline by June 2031. The programme, funded by the World Bank, will extend safe piped "
        "water to an estimated 1.2 million people in 14 arid and semi-arid counties. Drilling "
        "of the first 40 boreholes will begin on 15 April 2026 in Garissa.\n"
    )
    path = tmp_path / "water.txt"
    path.write_text(text, encoding="utf-8")
    article = Article(path=path, text=text, lines=tuple(text.splitlines()))
    cards = yaml.safe_load(draft_deck(article, "water", tmp_path / "water.yaml").text)["cards"]
    prompts = {str(card["answer"]): card["prompt"] for card in cards}
    assert prompts["120"] == "How many solar-powered boreholes will the Ministry drill and equip?"
    assert prompts["2026-04-15"] == (
        "Drilling of the first boreholes will begin on what date in Garissa?"
    )
    assert prompts["14"] == (
        "The programme will extend safe piped water to people in how many arid and "
        "semi-arid counties?"
    )
    assert prompts["640"].startswith("The Ministry will drill and equip solar-powered boreholes")
    for card in cards:
        assert "…" not in card["prompt"], card["prompt"]
        assert len(card["prompt"].split()) <= PROMPT_WORDS, card["prompt"]
    # Only the prompt is shorter: each card's evidence is still its whole sentence.
    evidence = {str(card["answer"]): card["evidence"] for card in cards}
    assert evidence["640"].startswith("Under the programme, the Ministry will drill")


def test_an_opening_it_is_named_from_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "The quake struck at 3:42 a.m. local time at a depth of about 10 kilometers. "
        "It was followed by more than 240 aftershocks.\n"
    )
    path = tmp_path / "quake.txt"
    path.write_text(text, encoding="utf-8")
    article = Article(path=path, text=text, lines=tuple(text.splitlines()))
    assert with_subject(
        "It was followed by more than how many aftershocks?",
        article,
        "It was followed by more than 240 aftershocks.",
    ) == ("The quake was followed by more than how many aftershocks?")
    # The first sentence has none before it; "She" is a person, named in other cards.
    first = "The quake struck at 3:42 a.m. local time at a depth of about 10 kilometers."
    assert with_subject("It struck at what time?", article, first) == "It struck at what time?"
    assert with_subject(
        "She said how many?", article, "It was followed by more than 240 aftershocks."
    ) == ("She said how many?")


def test_a_cut_question_ends_with_its_own_clause() -> None:
    # "and said" starts another clause: the question ends before it, not inside its noun.
    assert (
        cut_after_question(
            "The Vice President announced how much in emergency aid on Wednesday and said "
            "tents and container homes for thousands of people would be in place within two weeks?"
        )
        == "The Vice President announced how much in emergency aid on Wednesday?"
    )
    # "by the end of …" goes whole once its year is another card's.
    assert _hidden("The Bank expects inflation to fall to what percentage by the end of ¤?") == (
        "The Bank expects inflation to fall to what percentage?"
    )
    # A hidden answer before a verb is its subject: it stays, marked.
    assert _hidden(
        "Of the pupils, ¤ reported using a phone on at least how many nights a week?"
    ) == ("Of the pupils, … reported using a phone on at least how many nights a week?")


def test_a_plain_question_asks_its_amount_first() -> None:
    assert asked_first("The Ministry will drill and equip how many solar-powered boreholes?") == (
        "How many solar-powered boreholes will the Ministry drill and equip?"
    )
    assert asked_first("Halvorsen will pay how much per Cordillera share?") == (
        "How much will Halvorsen pay per Cordillera share?"
    )
    assert (
        asked_first("The combined company will produce roughly how many tonnes of copper a year?")
        == "Roughly how many tonnes of copper will the combined company produce a year?"
    )
    # Left in place: no auxiliary to put before the subject, a subject holding a clause,
    # a second verb after the question, or a hidden answer.
    for prompt in (
        "The team followed how many pupils at secondary schools in England?",
        "The campaign follows an outbreak that has caused how many suspected cases?",
        "The money will instead fund how many new positions and extend library hours?",
        "… will manage a regional budget of about how much?",
    ):
        assert asked_first(prompt) == prompt


def test_a_long_question_keeps_what_its_subject_said_and_its_own_clause() -> None:
    # What the subject did first goes before what it said ("announced ... and said").
    assert (
        cut_after_question(
            "The Vice President announced emergency aid for the stricken provinces of the east and "
            "said tents for how many people would be in place within two weeks?"
        )
        == "The Vice President said tents for how many people would be in place within two weeks?"
    )
    # A clause ending the subject's ("after a compressor failed"), a place phrase and what
    # the named subject is ("Norwegian gas producer") go before the question's own phrase.
    assert cut_after_question(
        "Norwegian gas producer Nordvik Energi has shut its Hammerfjord processing plant in the "
        "far north after a compressor failed, halting exports of about how many cubic metres of "
        "gas a day to Germany and Poland?"
    ) == (
        "Nordvik Energi has shut its Hammerfjord processing plant, halting exports of about how "
        "many cubic metres of gas a day?"
    )


def test_a_comparison_is_asked_as_its_own_fact() -> None:
    # "…, well above the Bank's target of 2%": the target is the fact, whatever was above it.
    assert (
        asked_first(
            "Inflation was … in the year to December 2025, well above the Bank's target of what "
            "percentage?"
        )
        == "What percentage is the Bank's target?"
    )
    # A hidden whole that "of which" divides stays, so the share asked has its whole.
    assert (
        _hidden("The campaign will cost an estimated ¤, of which Gavi is providing how much?")
        == "The campaign will cost an estimated …, of which Gavi is providing how much?"
    )


def test_of_two_clauses_joined_by_and_the_question_keeps_its_own() -> None:
    sentence = (
        "More than ¤ people were injured and at least ¤ buildings were damaged across how "
        "many provinces?"
    )
    assert _hidden(sentence) == "Buildings were damaged across how many provinces?"
    assert (
        _hidden("More than how many people were injured and at least ¤ buildings were damaged?")
        == "More than how many people were injured?"
    )


def test_an_amount_asked_first_keeps_a_common_noun_in_lower_case() -> None:
    evidence = "She said repairs would cost about £2 million."
    prompt = "Repairs would cost about how much?"
    assert asked_first(prompt, evidence) == "About how much would repairs cost?"
    # A name keeps its capital: the evidence never writes it in lower case.
    assert asked_first("Norway would spend about how much?", "Norway would spend about £9m.") == (
        "About how much would Norway spend?"
    )


def test_a_time_before_the_subject_is_not_moved_behind_the_question() -> None:
    prompt = "In May the Bank had expected what percentage for next year?"
    assert asked_first(prompt, "In May the Bank had expected 2.1% for next year.") == prompt


def test_a_second_deed_is_asked_of_the_first_deeds_subject() -> None:
    from trainer.core.authoring.short_question import MARK, without_hidden

    prompt = f"The bridge was opened in {MARK} and has cost about how much?"
    assert without_hidden(prompt) == "The bridge has cost about how much?"
