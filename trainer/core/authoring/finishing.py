"""The last pass over a draft's cards: one card per fact, and no prompt that gives away its
own answer or another card's."""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.asked_first import asked_first
from trainer.core.authoring.bare_counts import same_count_fact, without_other_counts
from trainer.core.authoring.clause_alone import clause_alone
from trainer.core.authoring.cut_complements import (
    age_asked_of_person,
    participle_asked_of_subject,
    without_cut_complement,
)
from trainer.core.authoring.cut_remains import lost_a_word, tidied
from trainer.core.authoring.dangling_tails import without_dangling_tail
from trainer.core.authoring.defined_units import in_a_slashed_pair, unit_symbol_missing
from trainer.core.authoring.doubled_words import without_doubled_preposition
from trainer.core.authoring.duration_kinds import time_unit, unit_missing
from trainer.core.authoring.empty_prompts import says_nothing
from trainer.core.authoring.find_figures import amount_key, whole_figure_at
from trainer.core.authoring.fragment_verbs import with_own_verb
from trainer.core.authoring.giveaway_tails import without_giveaway_tail
from trainer.core.authoring.hedged_questions import without_odd_hedge
from trainer.core.authoring.hidden_owners import owner_named_by_kind, without_hidden_owner
from trainer.core.authoring.hidden_speakers import without_hidden_speaker
from trainer.core.authoring.hidden_subjects import asked_of_relative, named_hidden_subject
from trainer.core.authoring.labelled_numbers import without_labelled_numbers
from trainer.core.authoring.leftover_words import (
    left_dangling,
    without_bare_opener,
    without_stacked_preposition,
)
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.own_clause import without_opening_that
from trainer.core.authoring.own_figure_questions import asked_of_own_figure
from trainer.core.authoring.paragraph_numbers import without_cross_references
from trainer.core.authoring.prompt_openers import without_sequence_word, without_speaker_label
from trainer.core.authoring.questions import mask
from trainer.core.authoring.same_moment import without_other_zone_dates, without_other_zone_time
from trainer.core.authoring.short_form_names import with_short_forms
from trainer.core.authoring.short_question import MARK, without_hidden
from trainer.core.authoring.split_figures import (
    splits_a_figure,
    without_determiner_before_question,
)
from trainer.core.authoring.stand_alone import within_words, without_reporting_frame
from trainer.core.authoring.subject_tails import with_whole_subject
from trainer.core.authoring.tidy_prompts import (
    asked_of_main_clause,
    reads_garbled,
    repaired,
    spoken_when,
    with_lost_subject,
)
from trainer.core.authoring.update_labels import without_update_label
from trainer.core.deck import Card
from trainer.core.validate import answer_in_prompt, fold_typography

# A prompt longer than this many words is asked as its own clause where it has one.
SHORT_PROMPT_WORDS = 15
# What a cut or a hidden answer no phrase could stand in for leaves in a prompt.
HIDDEN = "…"
# Who said what and who holds which role are separate facts about the same person.
_ABOUT_PEOPLE = frozenset({"quotes", "people"})


_PRONOUNS = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "one"}
)

# How a question asks a figure: "how many", "what percentage", "rose to what?", "What was
# the magnitude ...?". A figure's card asking none ("The Relief Consortium, whose
# president?" => 40,000) is a sentence cut around the wrong words.
_ASKS_A_QUANTITY = re.compile(
    r"(?i)\bhow\s+(?:many|much|long|far|old|big|large|high|deep|wide|tall|often|fast|heavy|"
    r"low|\w+\s+times)\b|\b(?:what|which)\s+(?:[\w-]+\s+)?(?:percentage|share|proportion|"
    r"number|amount|rate|level|age|ages|size|fraction|figure|margin|sum|price|value|total|"
    r"score|length|distance|majority|ratio|temperature|depth|height|speed|weight|cost|capacity|"
    r"range|multiple|minute|category|magnitude|year|years|round|place|position)\b"
    r"|\bby\s+how\b|\bone\s+in\s+how\b|\b(?:what|which)\b(?:\s+[\w-]+){0,5}\?$"
    r"|\b(?:to|at|by)\s+what\b"
    r"|^What\s+(?:was|is|were|are|did|does|will|had|has)\b"
)


def asks_a_quantity(prompt: str) -> bool:
    """Whether ``prompt`` asks for a figure in any of the ways a question does."""
    return _ASKS_A_QUANTITY.search(prompt) is not None


def _asks_no_quantity(card: dict[str, Any], prompt: str) -> bool:
    return card["kind"] == "number" and not asks_a_quantity(prompt)


def finish_cards(
    groups: dict[str, list[dict[str, Any]]], descriptions: dict[str, str]
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with repeated facts and prompts left out and other cards' answers hidden.

    ``descriptions`` says how to name a person without their name ("the WTO spokesman").
    Cards carry the ways their answer is written in the article under "_written"; that key
    is removed here.
    """
    # A pronoun is no one's name: "Who said this?" answered "It" read the quotation's first
    # word as its speaker.
    cards = [
        card
        for group in groups.values()
        for card in group
        if not (card["kind"] == "name" and str(card["answer"]).casefold() in _PRONOUNS)
    ]
    # A name spelt out by another card is written as its short form, not cut out.
    with_short_forms(cards)
    kept = without_other_zone_dates(_one_card_per_fact(cards))
    prompts = _finished_prompts(kept, descriptions)
    # A card an editor would delete hides no answer in the others: they are asked again
    # without it ("Which body has members?" went, and "The Monetary Policy Committee of
    # ..." is no longer "… of ...").
    junk = {
        id(card)
        for card in kept
        if reads_garbled(prompts[id(card)])
        or reads_broken(prompts[id(card)])
        or _asks_no_quantity(card, prompts[id(card)])
    }
    if junk:
        kept = [card for card in kept if id(card) not in junk]
        prompts = _finished_prompts(kept, descriptions)
    for card in kept:
        # ("As noted in Section 3, ...": a pointer to the document's own part says nothing)
        card["prompt"] = without_stacked_preposition(
            without_doubled_preposition(
                without_hidden_speaker(without_cross_references(prompts[id(card)]))
            )
        )
    kept = [
        card
        for card in kept
        if not gives_away(card["prompt"], card)
        and not reads_broken(card["prompt"])
        and not reads_garbled(card["prompt"])
        and not splits_a_figure(card["prompt"], str(card["answer"]))
        and not _asks_no_quantity(card, card["prompt"])
        and not _quotation_cut_to_a_scrap(card["prompt"])
    ]
    # What masking could not hide ("Two members" read as another card's "2%"): the card
    # holding it goes, as an editor would rather lose it than drill the other card for free.
    for card in kept:
        _shortened_if_giving_away(card, kept)
    kept = _without_header_cards_given_away(kept)
    kept = [
        card
        for card in kept
        if not any(other is not card and gives_away(card["prompt"], other) for other in kept)
    ]
    kept = _without_repeated_prompts(kept)
    chosen = {id(card) for card in kept}
    finished: dict[str, list[dict[str, Any]]] = {}
    for name, group in groups.items():
        finished[name] = [card for card in group if id(card) in chosen]
        for card in finished[name]:
            card.pop("_written", None)
    return finished


def _finished_prompts(cards: list[dict[str, Any]], descriptions: dict[str, str]) -> dict[int, str]:
    """Each card's prompt, by ``id(card)``, with the other cards' answers hidden, cut to a
    short question that stands alone."""
    prompts: dict[int, str] = {}
    for card in cards:
        # "DR MORROW: ...", "Secondly, ...": the page's label, not the question's words.
        opened = _second_clause_alone(
            without_sequence_word(without_speaker_label(without_update_label(card["prompt"])))
        )
        raw = with_lost_subject(spoken_when(opened), card["evidence"])
        raw = participle_asked_of_subject(raw, card["evidence"])
        # "How old is the economist?" asks of the person by role, where the deck names them.
        by_name = age_asked_of_person(raw, card["evidence"])
        if _named_by_role(by_name, raw, descriptions):
            raw = by_name
        card["prompt"] = asked_of_main_clause(raw, card["evidence"])
        # "…, the Swedish maker of crispbread, raised ...": opening words that were another
        # card's answer give way to what the sentence says they are.
        masked = named_hidden_subject(_hide_other_answers(card, cards, descriptions))
        shown = within_words(without_reporting_frame(masked.replace(MARK, HIDDEN)))
        # A quotation is quoted as said: a hidden answer inside it shows as "…" ("a time
        # capsule from … ago"), its phrase never left out.
        if _hidden_in_quotation(masked):
            prompt = shown
        else:
            prompt = without_bare_opener(
                within_words(without_reporting_frame(without_hidden(masked)))
            )
            # "GAAP net income of compared with how much?": where leaving the hidden
            # answer's phrase out kept the word that led into it, "…" shows where it was
            # (a prompt already garbled is mended below from its asking clause).
            if left_dangling(prompt, shown) and not reads_garbled(prompt):
                prompt = shown
        # Where leaving the hidden answers' phrases out broke the sentence, the question
        # with them shown as "…" reads better than words that make no sense.
        prompt = repaired(prompt, shown)
        # "From what date?": leaving the hidden answer's phrase out took the whole question
        # with it; shown as "…", the phrase still says what is asked.
        # (Only where one phrase was hidden: more "…" than that and the question is a puzzle.)
        # A bare period ("Over how many months, there were … collisions?") is no fact
        # of its own: it is dropped, not rescued.
        if (
            says_nothing(prompt)
            and shown.count(HIDDEN) == 1
            and not shown.startswith(HIDDEN)
            and time_unit(str(card["answer"])) is None
        ):
            prompt = repaired(shown)
        # "Turnout was the registered voters, down from ...": a verb that lost its figure
        # says something false; asked of the change, or not at all.
        prompt = without_cut_complement(prompt, card["evidence"]) or ""
        # Two cuts side by side ("between … …") read as one.
        prompt = re.sub(rf"{HIDDEN}(?:\s+{HIDDEN})+", HIDDEN, prompt)
        # "the cleanest set of numbers ”": a hidden answer at a quotation's end.
        prompt = re.sub(r"\s+(?=”)", "", _quotation_closed(prompt))
        # "Where pupils have been taught ... since the roof failed in what month?": a
        # relative clause left opening the question is no "where" question.
        prompt = _RELATIVE_OPENING.sub("", prompt)
        # "... in Germany - people?": a cut that leaves a dash and a word of the aside.
        prompt = re.sub(r"\s+[-–—]\s+[\w’'-]+\?$", "?", prompt)
        # A prompt that lost its subject stays as it is, for reads_broken to drop.
        if not _NO_SUBJECT.match(prompt):
            asked = asked_first(_OPENING_JOIN.sub("", prompt), str(card["evidence"]))
            # Asked first, a figure's unit may leave its phrase ("How many minutes will
            # trams run every at peak times?"): then it is asked where it stands.
            prompt = prompt if reads_garbled(asked) else asked
        if MARK in masked and _WHAT_A_BODY_DOES.match(prompt):
            # "Which body has members?": what a body does is its whole clause; with
            # another card's figure gone from it, it is no longer what the article says.
            prompt = ""
        prompt = without_odd_hedge(tidied(prompt))
        # "The tanker, carrying about how many tonnes?": the aside's verb given back.
        prompt = without_other_zone_time(with_own_verb(prompt, card["evidence"]))
        # A long fill-in reads better as the clause that holds its question ("The watchdog
        # confirmed that customers ... would pay how much?" asks "Customers ... would pay
        # how much?"), where that clause has a subject and verb of its own.
        if len(prompt.split()) > SHORT_PROMPT_WORDS:
            alone = clause_alone(prompt, SHORT_PROMPT_WORDS)
            prompt = alone if alone is not None and not reads_garbled(alone) else prompt
        # "…'s amendment ... failed?": the thing owned, once its owner may not be said.
        prompt = without_opening_that(without_hidden_owner(prompt))
        prompt = without_dangling_tail(without_determiner_before_question(prompt))
        # "Gwen Hale, 71, who has swum ...?": a relative clause left as the whole question.
        prompt = asked_of_relative(prompt)
        # "Gym and homes was approved on what date?": a cut into the subject, named whole.
        if MARK in masked:
            prompt = with_whole_subject(prompt, masked.replace(MARK, HIDDEN))
        # "Turnout was …, down from what percentage in 2022?": a sibling figure cut out,
        # the figure is asked of its subject ("What was turnout in 2022?").
        prompt = asked_of_own_figure(prompt, card["evidence"])
        prompts[id(card)] = prompt[:1].upper() + prompt[1:]
    return prompts


# "X came second with 31.4 per cent, and Jana Ruiz of the Union finished third with what
# percentage?": the first clause's figure is another card's, and its subject is not this one's.
_FIGURE_THEN_NAMED_CLAUSE = re.compile(rf"\d[^,?]*,\s+and\s+(?=[{CAPITAL}])")


def _second_clause_alone(prompt: str) -> str:
    """``prompt`` asked as its second clause alone, where that clause has a subject of its
    own and the first one a figure of its own; else as it is."""
    joined = _FIGURE_THEN_NAMED_CLAUSE.search(prompt)
    if joined is None:
        return prompt
    alone = clause_alone(prompt, SHORT_PROMPT_WORDS)
    if alone is None or not prompt.removesuffix("?").endswith(alone.removesuffix("?")):
        return prompt
    if prompt.find(alone.removesuffix("?")) != joined.end():
        return prompt
    return alone


def _named_by_role(by_name: str, prompt: str, descriptions: dict[str, str]) -> bool:
    """Whether ``by_name`` (``prompt`` asked of a person's name) names someone the deck can
    name by role: only then is the name no give-away and no "…"."""
    if by_name == prompt:
        return False
    surname = by_name.removesuffix("?").split()[-1]
    return any(name.split()[-1] == surname for name in descriptions)


_CUT_QUOTATION = re.compile(r"^Who said this\? “(?P<quote>[^”]*…[^”]*)”$")
# Fewer words than this left of a quotation cut for other cards' answers ("We bid for the …
# after.") are a scrap, no statement anyone could place.
_FEWEST_QUOTED_WORDS = 7


def _quotation_cut_to_a_scrap(prompt: str) -> bool:
    """Whether ``prompt`` asks who said a quotation that hiding left only a scrap of."""
    cut = _CUT_QUOTATION.match(prompt)
    return cut is not None and len(cut.group("quote").replace("…", " ").split()) < (
        _FEWEST_QUOTED_WORDS
    )


def _hidden_in_quotation(prompt: str) -> bool:
    """Whether a hidden answer's mark stands between quotation marks in ``prompt``."""
    inside = False
    for char in prompt:
        if char == "“" or (char == '"' and not inside):
            inside = True
        elif char == "”" or char == '"':
            inside = False
        elif char == MARK and inside:
            return True
    return False


# A question asking which body did what (find_facts.py's "Which body ...?").
_WHAT_A_BODY_DOES = re.compile(r"Which body\b")


# A prompt opening on a pronoun has lost its subject ("They had fallen what percentage
# ...?", "It rose ..."); the reporting frames ("He said that ...") are cut before this.
_NO_SUBJECT = re.compile(
    r"^(?:They|It|We|I|Its|Their|Our|We're|It's|They're)\s"
    # "But has received only what share?": a joining word, then the verb.
    r"|^(?:But|And|Or|Yet|So)\s+(?:has|have|had|is|are|was|were|will|would|could|did|does)\b"
)
_RELATIVE_OPENING = re.compile(r"^(?:Where|When|where|when)\s+(?=[^,]*\b(?:what|how|which)\b)")
# "But the short season brings ...": the joining word links to a sentence not shown.
_OPENING_JOIN = re.compile(rf"^(?:But|And|Yet)\s+(?=[{SMALL}])")


def _shortened_if_giving_away(card: dict[str, Any], cards: list[dict[str, Any]]) -> None:
    """``card``'s prompt without the closing phrase that alone gave another card away."""

    def leaks(prompt: str) -> bool:
        return any(other is not card and gives_away(prompt, other) for other in cards)

    if leaks(card["prompt"]):
        card["prompt"] = without_giveaway_tail(card["prompt"], leaks) or card["prompt"]


def _without_header_cards_given_away(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``cards`` without a card from a line that is no sentence (a title, a label line)
    whose answer a card from a full sentence of the body gives away.

    Of the two, the editor keeps the body's: "International Trade in Goods, October 2026"
    asked as "in what month?" cost the release's lead sentence ("The surplus narrowed to
    how much in October?") its two figure cards.
    """

    def sentence(card: dict[str, Any]) -> bool:
        return _FULL_STOP.search(card["evidence"]) is not None

    header_given_away = {
        id(other)
        for card in cards
        if sentence(card)
        for other in cards
        if other is not card and not sentence(other) and gives_away(card["prompt"], other)
    }
    return [card for card in cards if id(card) not in header_given_away]


def reads_broken(prompt: str) -> bool:
    """A prompt an editor would delete: it opens on a pronoun with nothing it stands for, or
    holds the end of a quotation whose start was cut off ('Which gives us …," said X?')."""
    if _NO_SUBJECT.match(prompt) or says_nothing(prompt) or lost_a_word(prompt):
        return True
    # "What did Pinhoe) say ...?": a cut that kept one side of a parenthesis.
    if prompt.count("(") != prompt.count(")"):
        return True
    opened = 0
    for at, char in enumerate(prompt):
        # A straight mark opens after a space (or at the start) and closes after a word.
        opens = char == "“" or (char == '"' and (at == 0 or prompt[at - 1] in " ([“"))
        closes = char == "”" or (char == '"' and not opens)
        if opens:
            opened += 1
        elif closes:
            if opened == 0:
                return True
            opened -= 1
    return False


def _quotation_closed(prompt: str) -> str:
    """'classed as "out of control?' reads 'classed as "out of control"?': a quotation the
    question's end cut open is closed again."""
    body = prompt.removesuffix("?")
    if body.count('"') % 2 == 1 and body.rfind('"') > 0 and body[body.rfind('"') - 1] == " ":
        return body + '"?' if prompt.endswith("?") else body + '"'
    if body.count("“") > body.count("”"):
        return body + "”?" if prompt.endswith("?") else body + "”"
    return prompt


def gives_away(prompt: str, card: dict[str, Any]) -> bool:
    """True when ``prompt`` holds ``card``'s answer, in any form the grader would accept
    (a surname for a name, "7 April 2025" for 2025-04-07)."""
    if card["kind"] == "number" and unit_missing(str(card["answer"]), prompt):
        return False  # "two places" gives nothing of "two years" (duration_kinds.py)
    if card["kind"] == "number" and in_a_slashed_pair(str(card["answer"]), prompt):
        return True  # "50/10 Mbps service" gives "50 Mbps" away
    if card["kind"] == "number" and unit_symbol_missing(str(card["answer"]), prompt):
        return False  # "three compressor stations" gives nothing of "three bcm"
    if card["kind"] == "number" and "evidence" in card:  # "Ward 2" names a ward, no count
        prompt = without_labelled_numbers(prompt, str(card["evidence"]))
        # "between the two countries" gives nothing of "Two additional frigates".
        prompt = without_other_counts(str(card["answer"]), str(card["evidence"]), prompt)
    if answer_in_prompt(_as_card(card), prompt):
        return True
    if card["kind"] == "name":
        surname = str(card["answer"]).split()[-1]
        # "Voss" inside another's double-barrelled "Oyelaran-Voss" names someone else.
        unbarrelled = re.sub(rf"[\w’']-{re.escape(surname)}(?![\w’'-])", "", prompt)
        return _holds(unbarrelled, surname)
    return False


def _one_card_per_fact(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first card for each answer drawn from the same words of the article (a figure
    from a full sentence rather than from a highlight's line)."""
    kept: list[dict[str, Any]] = []
    for card in cards:
        answer = _fold(str(card["answer"]))
        evidence = _fold(card["evidence"])
        same = next(
            (
                other
                for other in kept
                if _fold(str(other["answer"])) == answer
                and (
                    _fold(other["evidence"]) in evidence
                    or evidence in _fold(other["evidence"])
                    or card["kind"] == "date"
                    or (
                        (card["kind"] == "number" or other["_group"] == card["_group"])
                        # "two cases" and "two repair ships" are two facts (bare_counts.py).
                        and same_count_fact(answer, evidence, _fold(other["evidence"]))
                    )
                )
                and not {other["_group"], card["_group"]} <= _ABOUT_PEOPLE
                # "signed the contract today" and the dateline's date: what happened that day
                # and when the article is dated, two questions an editor keeps.
                and not _today_and_dateline(card, other)
            ),
            None,
        )
        if same is not None and _told_again_in_full(same, card):
            # "Interim dividend raised to 4.2p per share" in a release's highlights and "The
            # board has declared an interim dividend of 4.2p per share (...)." in its text:
            # one fact, asked from the full sentence.
            kept[kept.index(same)] = card
            continue
        if same is not None or any(_same_figure(card, other) for other in kept):
            continue
        twin = next((other for other in kept if _same_amount(card, other)), None)
        if twin is not None:
            # "2 of 7 main deliverables" in a report's key facts box and "two of its seven
            # main deliverables" in its text: one fact, asked from the full sentence.
            if not _FULL_STOP.search(twin["evidence"]) and _FULL_STOP.search(card["evidence"]):
                kept[kept.index(twin)] = card
            continue
        kept.append(card)
    return kept


_FULL_STOP = re.compile(r"[.!?][\"”’']?\s*$")


def _told_again_in_full(first: dict[str, Any], again: dict[str, Any]) -> bool:
    """Whether number card ``again`` asks ``first``'s figure from a full sentence where
    ``first`` had it from a line that is none (a highlight's bullet)."""
    return (
        first["kind"] == again["kind"] == "number"
        and not _FULL_STOP.search(first["evidence"])
        and _FULL_STOP.search(again["evidence"]) is not None
    )


def _today_and_dateline(card: dict[str, Any], other: dict[str, Any]) -> bool:
    """True when ``card`` is the article's publication date and ``other`` a date card of the
    story read from other words: when the article is dated and what happened that day
    ("announced today", "shares jumped on Tuesday", "the review, published on Wednesday")
    are two questions an editor keeps."""
    return (
        card["_group"] == "document"
        and card["kind"] == "date"
        and other["_group"] == "dates"
        and _fold(other["evidence"]) != _fold(card["evidence"])
    )


def _same_amount(card: dict[str, Any], other: dict[str, Any]) -> bool:
    """Two number cards whose answers, written differently ("2" and "two", "£4.86bn" and
    "£4.86 billion"), are the same amount as the grader reads it."""
    if card["kind"] != "number" or other["kind"] != "number":
        return False
    return amount_key(str(card["answer"])) == amount_key(str(other["answer"])) and same_count_fact(
        str(card["answer"]), _fold(card["evidence"]), _fold(other["evidence"])
    )


def _same_figure(card: dict[str, Any], other: dict[str, Any]) -> bool:
    """ "400 million euros" and "400 million" read from the same words are one fact."""
    if card["kind"] != "number" or other["kind"] != "number":
        return False
    if card["evidence"] != other["evidence"]:
        return False
    mine, theirs = (_fold(str((c.get("_written") or [""])[0])) for c in (card, other))
    if not (mine and theirs):
        return False
    shorter, longer = sorted((mine, theirs), key=len)
    if shorter not in longer:
        return False
    # "400 million" in "400 million euros" is the same figure, and so is "5" read out of
    # "5.2%"; but "3" of "with 3 abstentions" is no piece of "13,500", nor "14" of "from 14
    # seats" of "14.9 per cent": the evidence writes it as a figure of its own.
    return (
        whole_figure_at(longer, shorter) is not None
        or whole_figure_at(_fold(card["evidence"]), shorter) is None
    )


def _hide_other_answers(
    card: dict[str, Any], cards: list[dict[str, Any]], descriptions: dict[str, str]
) -> str:
    prompt: str = card["prompt"]
    own = _fold(str(card["answer"]))
    hidden: list[tuple[str, str | None, str]] = []
    for other in cards:
        if other is card or _fold(str(other["answer"])) == own:
            continue
        description = descriptions.get(str(other["answer"]))
        # A date or figure read at the end of a sentence may carry its full stop.
        hidden.extend(
            (written.rstrip(".,;: "), description, str(other.get("evidence", "")))
            for written in other.get("_written", [])
            if _fold(written) not in own
        )
    # Longest first, across cards: "the company's chief executive, Ingrid Halvorsen" is
    # replaced whole before another card's "Ingrid Halvorsen" could be.
    for written, description, evidence in sorted(
        hidden, key=lambda item: len(item[0]), reverse=True
    ):
        prompt = _without_opening_count(prompt, written)
        if description is None:
            prompt = owner_named_by_kind(prompt, written)
        prompt = mask(
            prompt, written, description or MARK, titled=bool(description), named_in=evidence
        )
    return prompt


_OPENING_COUNT_WORD = re.compile(
    rf"(?i)(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[{SMALL}]+)?|two|three|"
    rf"four|five|six|seven|eight|nine|ten|eleven|twelve|[{SMALL}]+teen)"
)


def _without_opening_count(prompt: str, written: str) -> str:
    """ "Nineteen improvement notices and how many prohibition notices were issued?" with
    the other card's "Nineteen" hidden asks "Improvement notices and how many ...?": a count
    in words opening the prompt goes with no "…" left where the question opens."""
    if not _OPENING_COUNT_WORD.fullmatch(written) or not prompt.casefold().startswith(
        written.casefold() + " "
    ):
        return prompt
    rest = prompt[len(written) + 1 :]
    # "Fifteen of the 30 seats ...", "Two, the deputy ...": the count is the subject itself.
    if not re.match(rf"[{SMALL}][\w-]*[\s,]", rest) or re.match(
        r"(?:of|in|out|were|was|are)\s", rest
    ):
        return prompt
    return rest[:1].upper() + rest[1:]


def _without_repeated_prompts(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # In one deck, each such card's answer would count as a wrong answer for the other.
    seen: set[str] = set()
    kept = []
    for card in cards:
        key = _fold(card["prompt"])
        if key not in seen:
            seen.add(key)
            kept.append(card)
    return kept


def _as_card(card: dict[str, Any]) -> Card:
    answer = card["answer"]
    return Card(
        id=card["id"],
        kind=card["kind"],
        prompt=card["prompt"],
        answer=tuple(answer) if isinstance(answer, list) else str(answer),
    )


def _holds(prompt: str, text: str) -> bool:
    import re

    return (
        len(text) >= 3
        and re.search(rf"(?<!\w){re.escape(_fold(text))}(?!\w)", _fold(prompt)) is not None
    )


def _fold(text: str) -> str:
    return fold_typography(text).casefold()
