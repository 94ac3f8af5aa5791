"""A transcript read as turns (transcripts.py): speakers' labels are no part of what they
say, the guest, presenter, minister and members are asked as who they are, and a turn's
"we" is asked of its speaker's body."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card, parse_deck

INTERVIEW = (
    "VALE FM - MORNING CALL\n"
    "Transcript: interview with the director of the Harbour Safety Board\n"
    "Broadcast: Monday 9 March 2026, 08:10\n"
    "Presenter: Nadia Krall\n"
    "Guest: Dr Oskar Brennan-Tait, director, Harbour Safety Board (HSB)\n"
    "\n"
    "NADIA KRALL: This is Morning Call on Vale FM, I'm Nadia Krall. With me is the "
    "director of the Harbour Safety Board. Good morning.\n"
    "\n"
    "DR BRENNAN-TAIT: Good morning, Nadia.\n"
    "\n"
    "NADIA KRALL: How many boats were damaged in the gale?\n"
    "\n"
    "DR BRENNAN-TAIT: Our latest tally is 287 boats across the three harbours. We "
    "are replacing 46 mooring buoys before the summer.\n"
    "\n"
    "NADIA KRALL: Your predecessor, Ivo Marchetti, left the board in January. And "
    "the money?\n"
    "\n"
    "DR BRENNAN-TAIT: The council has agreed a fund of £2.6 million for the "
    "repairs.\n"
    "\n"
    "NADIA KRALL: When does the work begin?\n"
    "\n"
    "DR BRENNAN-TAIT: The first of the new piers opens to boats next month.\n"
)

CHAMBER = (
    "House of Commons\n"
    "Thursday 12 March 2026\n"
    "\n"
    "Coastal Ferries\n"
    "\n"
    "The Minister for Maritime Affairs (Rowena Achterberg): With permission, I will "
    "make a statement on coastal ferries. We will fund 18 new ferry crossings over "
    "two years.\n"
    "\n"
    "Today I am launching the Island Crossings Fund, which will pay for new vessels. "
    "Secondly, we will train 240 new deck officers a year.\n"
    "\n"
    "Mr Lionel Fairweather-Obi (Torbay) (Con): I thank the Minister for her "
    "statement. How many of the crossings will serve islands?\n"
    "\n"
    "The Minister for Maritime Affairs: I can tell my hon. Friend that the Scilly "
    "crossing will receive £14 million next year.\n"
    "\n"
    "Ms Priya Lindqvist (Oban Coast) (LD): The 7am sailing from my constituency was "
    "cut in May. Will it return?\n"
    "\n"
    "The Minister for Maritime Affairs: The route review will report by the end of "
    "June, and the sailing will be part of it.\n"
)


def _cards(tmp_path: Path, text: str) -> list[Card]:
    article_path = tmp_path / "transcript.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "transcript.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "t", deck_path)
    return parse_deck(draft.text.encode("utf-8"), deck_path).cards


def test_an_interview_names_its_guest_and_presenter(tmp_path: Path) -> None:
    asked = {card.prompt: card.answer_text for card in _cards(tmp_path, INTERVIEW)}
    assert asked.get("Who presents Morning Call?") == "Nadia Krall"
    assert asked.get("Who is the director of the board?") == "Oskar Brennan-Tait"
    # "Your predecessor, NAME," put to the guest: the predecessor of the guest's post.
    assert asked.get("Who was the predecessor of the director of the board?") == "Ivo Marchetti"


def test_a_label_is_no_part_of_the_turn_and_we_is_the_speakers_body(tmp_path: Path) -> None:
    cards = _cards(tmp_path, INTERVIEW)
    assert not any("BRENNAN-TAIT:" in card.prompt for card in cards)
    asked = {card.answer_text: card.prompt for card in cards}
    assert asked["287"].startswith("The HSB's latest tally is how many boats")
    assert asked["46"].startswith("The HSB is replacing how many mooring buoys")
    assert asked["£2.6 million"].startswith("The council has agreed a fund of how much")


def test_the_broadcast_line_dates_what_the_turns_say(tmp_path: Path) -> None:
    answers = [card.answer_text for card in _cards(tmp_path, INTERVIEW)]
    assert "2026-04" in answers  # "next month", said on 9 March 2026


def test_a_chamber_record_names_the_minister_and_members(tmp_path: Path) -> None:
    cards = _cards(tmp_path, CHAMBER)
    asked = {card.prompt: card.answer_text for card in cards}
    assert asked.get("Who is the Minister for Maritime Affairs?") == "Rowena Achterberg"
    assert asked.get("Who is the MP for Torbay?") == "Lionel Fairweather-Obi"
    # "Today I am launching the X Fund" in the minister's turn: what they announced.
    assert asked.get("Which fund did the Minister for Maritime Affairs announce?") == (
        "Island Crossings Fund"
    )
    assert asked.get("Who is the MP for Oban Coast?") == "Priya Lindqvist"
    by_answer = {card.answer_text: card.prompt for card in cards}
    assert "the government" in by_answer["18"].casefold()
    # (the turn runs on over the paragraph after its label; its "Secondly," is no part of
    # the fact: prompt_openers.py)
    # ("we will train 240 ..." in the minister's turn is the government's)
    assert "the government" in by_answer["240"] and "Secondly" not in by_answer["240"]
    # "I can tell my hon. Friend that ...": the speaker's lead-in is no part of the fact.
    assert not by_answer["£14 million"].startswith("I ")


def test_labelled_lines_of_an_ordinary_story_are_no_transcript(tmp_path: Path) -> None:
    story = (
        "Storm closes harbour\nThe Daily Test | Thursday 3 December 2026\n\n"
        "Update: The harbour at Pellow reopened on Friday after 3 days.\n\n"
        "The council said 12 boats sank.\n"
    )
    prompts = [card.prompt for card in _cards(tmp_path, story)]
    assert not any(prompt.startswith("Who presents") for prompt in prompts)


QUESTIONS_AND_ANSWERS = (
    "Ferry chief sets out repairs\n"
    "The Coast Courier | Friday 6 November 2026\n"
    "\n"
    "We spoke to Marta Villanueva, chief executive of the Coastal Harbours Authority, "
    "about the repairs.\n"
    "\n"
    "Q: How much damage was done?\n"
    "\n"
    "A: Our survey found 73 damaged berths across the two harbours.\n"
    "\n"
    "Q: Who pays?\n"
    "\n"
    "A: The council has agreed a repair fund of £4.2 million.\n"
)


def test_a_q_and_a_answers_in_the_voice_of_the_guest_introduced(tmp_path: Path) -> None:
    cards = _cards(tmp_path, QUESTIONS_AND_ANSWERS)
    by_answer = {card.answer_text: card.prompt for card in cards}
    assert by_answer["73"].startswith("The Coastal Harbours Authority's survey found how many")
