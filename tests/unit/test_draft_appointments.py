"""Who takes which post, in the forms newsrooms write it: "X becomes foreign secretary", "He
is replaced by Y", "Her old job goes to Z", "The board appointed W as its chief executive".
Each is asked "who" with the post, never by a bare title."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.find_appointments import find_appointments
from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card, parse_deck


def _article(text: str) -> Article:
    return Article(Path("story.txt"), text, tuple(text.splitlines()))


def _found(text: str, names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(found.name, found.prompt) for found in find_appointments(_article(text), [*names])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The person as the subject, in every tense.
        (
            "Marcus Delaney, who has been chancellor since July 2024, becomes foreign secretary.",
            [("Marcus Delaney", "Who becomes foreign secretary?")],
        ),
        (
            "Among the other changes, Helen Marsh was promoted to the cabinet as culture "
            "secretary.",
            [("Helen Marsh", "Who was promoted to the cabinet as culture secretary?")],
        ),
        (
            "The veteran MP Kenneth Rowe returned to government as minister for veterans, a "
            "post he last held eight years ago.",
            [("Kenneth Rowe", "Who returned to government as minister for veterans?")],
        ),
        (
            "Rachel Adeyemi was sworn in as mayor of Eastport yesterday.",
            [("Rachel Adeyemi", "Who was sworn in as mayor of Eastport?")],
        ),
        (
            "Anna Kowalski will take over as head of the agency in June.",
            [("Anna Kowalski", "Who will take over as head of the agency?")],
        ),
        (
            "James Whitfield, who was named chairman of the trust in May, said it was overdue.",
            [("James Whitfield", "Who was named chairman of the trust?")],
        ),
        (
            "Former health minister Grace Mbeki was elected speaker of the assembly.",
            [("Grace Mbeki", "Who was elected speaker of the assembly?")],
        ),
        (
            "Colonel Mark Dunne has been promoted to brigadier.",
            [("Mark Dunne", "Who has been promoted to brigadier?")],
        ),
        # The one who appoints, with "its" kept as written.
        (
            "Northgate Bank named Sofia Lindqvist as its chief executive on Monday.",
            [("Sofia Lindqvist", "Who did Northgate Bank name as its chief executive?")],
        ),
        (
            "The Senate confirmed Helen Park as secretary of labor by a vote of 61-38.",
            [("Helen Park", "Who did the Senate confirm as secretary of labor?")],
        ),
        (
            "The board has appointed Daniel Okafor as chief financial officer with effect "
            "from 1 April.",
            [("Daniel Okafor", "Who has the board appointed as chief financial officer?")],
        ),
        # A person who appoints is left out: they are often another card's answer.
        (
            "President-elect Jane Morrow named John Dalby as her chief of staff on Tuesday. "
            "Morrow also picked Senator Alicia Grant to be secretary of state.",
            [
                ("John Dalby", "Who was named as chief of staff?"),
                ("Alicia Grant", "Who was picked as secretary of state?"),
            ],
        ),
        (
            "Liverpool have appointed Arne Slot as head coach on a three-year deal.",
            [("Arne Slot", "Who have Liverpool appointed as head coach?")],
        ),
        # Whose person it is is no part of the name; "as" may be left out.
        (
            "Ukraine's Volodymyr Zelensky was elected president in 2019.",
            [("Volodymyr Zelensky", "Who was elected president?")],
        ),
        (
            "Shares in Acme rose after Acme named Omar Feld chief executive.",
            [("Omar Feld", "Who did Acme name as chief executive?")],
        ),
        # The one who goes first, and the post that passes on.
        (
            "Council leader Jo Pike stepped down as leader on Friday and will be replaced by "
            "Sam Ortiz.",
            [("Sam Ortiz", "Who will become leader?")],
        ),
        (
            "Priya Venkatesh, the 44-year-old business secretary, becomes chancellor. "
            "Her old job goes to Tom Ashworth, until now a junior minister.",
            [
                ("Priya Venkatesh", "Who becomes chancellor?"),
                ("Tom Ashworth", "Who becomes business secretary?"),
            ],
        ),
        (
            "Jane Roe has been chosen to succeed Tom Bell as head of the agency.",
            [("Jane Roe", "Who will become head of the agency?")],
        ),
        (
            "Tom Bell is to be succeeded as chair by Jane Roe.",
            [("Jane Roe", "Who will become chair?")],
        ),
        # Two asides between the name and its verb, a hyphenated post.
        (
            "Maria Costa, 47, a former diplomat, takes over as director-general of the trade body.",
            [("Maria Costa", "Who takes over as director-general of the trade body?")],
        ),
        # The one who leaves a post.
        (
            "The chief executive, Paul Grant, is stepping down as chief executive after 12 years.",
            [("Paul Grant", "Who is stepping down as chief executive?")],
        ),
        (
            "Coach Liam Murphy was sacked as manager of Rovers last night.",
            [("Liam Murphy", "Who was sacked as manager of Rovers?")],
        ),
        (
            "Adeyemi takes over from Victor Salas as mayor.",
            [],  # "Adeyemi" alone, with no full name anywhere, is no one to answer
        ),
    ],
)
def test_each_form_asks_who_takes_the_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The role of chair will become vacant when the term ends.",
        "It becomes the first city to ban the devices.",
        "Shares became cheaper after the announcement.",
        "Rina Patel becomes the first woman to lead the force.",
        "Nobody was named as a suspect.",
        "The prize was named after Ada Lovelace.",
        "Apple became the first company worth $4 trillion.",
        "Hurricane Milton became a category 5 storm on Monday.",
        "General Motors named its new electric pickup the Sierra EV.",
        "Jane Roe, who became a grandmother last year, said little.",
        "Who becomes the next president is not yet clear.",
        # "He" with no one before it to stand for, and a successor with no post to ask.
        "He is replaced by Jane Roe.",
        "He quit as a protest.",
        "Jane Roe succeeds Tom Bell, who retired in September.",
    ],
)
def test_no_post_or_no_person_is_no_appointment(text: str) -> None:
    assert _found(text) == []


def test_he_and_whose_are_the_people_named_before() -> None:
    text = (
        "Among those leaving is the housing secretary, Gareth Mullin. He is succeeded by "
        "Ruth Okonjo, the former chief whip, whose own post passes to Simon Faraday.\n"
    )
    assert _found(text, ("Gareth Mullin", "Ruth Okonjo")) == [
        ("Ruth Okonjo", "Who becomes housing secretary?"),
        ("Simon Faraday", "Who becomes chief whip?"),
    ]


RESHUFFLE = (
    "Thursday 5 November 2026\n\n"
    "Eleanor Hartley carried out the most far-reaching reshuffle of her premiership last "
    "night, moving her chancellor out of the Treasury.\n\n"
    "Marcus Delaney, who has been chancellor since July 2024, becomes foreign secretary. He "
    "is replaced at No 11 by Priya Venkatesh, the 44-year-old business secretary. Her old job "
    "goes to Tom Ashworth, until now a junior minister at the Cabinet Office.\n\n"
    "Clive Embleton, chair of the housing select committee and a long-standing critic of the "
    'scheme, said he welcomed the decision. "To bury a policy at lunchtime and reshuffle the '
    'cabinet by teatime is not a coincidence," he said.\n\n'
    "Hartley, speaking outside No 10 as the final appointments were confirmed, said the new "
    'team would be "focused relentlessly on delivery".\n'
)


def _cards(tmp_path: Path, text: str) -> list[Card]:
    article_path = tmp_path / "story.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "s", deck_path)
    return list(parse_deck(draft.text.encode("utf-8"), deck_path).cards)


def test_a_reshuffle_is_drafted_as_who_took_which_post(tmp_path: Path) -> None:
    cards = _cards(tmp_path, RESHUFFLE)
    asked = {card.prompt: card.answer for card in cards if card.kind == "name"}
    assert asked["Who becomes foreign secretary?"] == "Marcus Delaney"
    assert asked["Who becomes chancellor?"] == "Priya Venkatesh"
    assert asked["Who becomes business secretary?"] == "Tom Ashworth"
    assert asked["Who is the chair of the housing select committee?"] == "Clive Embleton"
    # "he said" after Embleton is Embleton, now the article's people include him.
    said = next(card for card in cards if card.prompt.startswith("Who said this? “To bury"))
    assert said.answer == "Clive Embleton"
    # Whoever leads the story's first sentence is asked what they did.
    assert (
        asked["Who carried out the most far-reaching reshuffle of her premiership?"]
        == "Eleanor Hartley"
    )
    # No card asks of a bare title, and "No 10" is no count.
    assert not [card for card in cards if card.prompt == "Who is the business secretary?"]
    assert not [card for card in cards if card.answer == "10"]
    # "the 44-year-old business secretary": no briefing asks the age of a minister the
    # story names among others.
    assert not [card for card in cards if card.answer == "44 years"]


def test_last_night_is_the_day_before_publication(tmp_path: Path) -> None:
    cards = _cards(tmp_path, RESHUFFLE)
    night = next(card for card in cards if card.kind == "date" and card.answer == "2026-11-04")
    assert night.evidence is not None and "last night" in night.evidence
    assert night.note is not None and "Wednesday 4 November 2026" in night.note


def test_the_one_who_left_the_post_is_its_former_holder(tmp_path: Path) -> None:
    text = (
        "Thursday 5 November 2026\n\n"
        "Four ministers left the government, among them the housing secretary, Gareth "
        "Mullin, who was the public face of the scheme.\n\n"
        '"I am proud of what we started and sorry that we will not finish it," Mullin '
        "wrote in a letter. He is succeeded by Ruth Okonjo, the former chief whip.\n"
    )
    asked = {card.prompt: card.answer for card in _cards(tmp_path, text) if card.kind == "name"}
    assert asked["Who becomes housing secretary?"] == "Ruth Okonjo"
    assert asked["Who is the former housing secretary?"] == "Gareth Mullin"
    assert "Who is the housing secretary?" not in asked


def test_taking_up_a_post_in_a_month_is_the_next_one(tmp_path: Path) -> None:
    text = (
        "Monday 9 March 2026\n\n"
        "The new chief executive, Jane Roe, who takes up the post in May, said the airline "
        "would cut 400 jobs.\n\nHer successor, Sam Ortiz, takes office in January.\n"
    )
    dates = {card.answer for card in _cards(tmp_path, text) if card.kind == "date"}
    assert {"2026-05", "2027-01"} <= dates
