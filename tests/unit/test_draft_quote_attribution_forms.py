"""Quotations attributed in the forms press releases and analysis pages use: a paragraph of
its own before the quoted paragraphs ("Jonas Berg, the board's chair, said:"), and a role
before the name with a verb of dismissal ("Her deputy, Ola Nystrom, dismissed it as "…")."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def _who_said(tmp_path: Path, text: str) -> dict[str, str]:
    article_path = tmp_path / "release.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "release.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "rel", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    return {card.prompt: str(card.answer) for card in cards if card.prompt.startswith("Who ")}


def test_a_paragraph_naming_the_speaker_introduces_the_quoted_paragraphs(tmp_path: Path) -> None:
    answers = _who_said(
        tmp_path,
        "The ferry board approved a new timetable for the island routes on 3 May 2026.\n\n"
        "Board chair Jonas Berg said:\n\n"
        '"Our crews have worked with the islands for a year to get the sailings right.\n\n'
        '"Islanders have waited far too long for a boat that leaves when they need it to '
        'leave, and this timetable finally gives them one."\n\n'
        "The timetable takes effect in June.\n",
    )
    [speaker] = [who for prompt, who in answers.items() if "Islanders have waited" in prompt]
    assert speaker == "Jonas Berg"


def test_a_sentence_without_a_verb_of_saying_introduces_nothing(tmp_path: Path) -> None:
    answers = _who_said(
        tmp_path,
        "The ferry board approved a new timetable on 3 May 2026.\n\n"
        "Board chair Jonas Berg and the timetable:\n\n"
        '"Islanders have waited far too long for a boat that leaves when they need it."\n',
    )
    assert not [prompt for prompt in answers if "Islanders have waited" in prompt]


def test_his_or_her_role_before_the_name_then_dismissed_as(tmp_path: Path) -> None:
    answers = _who_said(
        tmp_path,
        "Mayor Karin Holm proposed a toll on the harbour bridge on Monday.\n\n"
        "Her deputy, Ola Nystrom, dismissed the toll as "
        '"a tax on people who have no other way to work" and said he would vote against it.\n',
    )
    [speaker] = [who for prompt, who in answers.items() if "no other way to work" in prompt]
    assert speaker == "Ola Nystrom"


def test_a_role_label_before_the_speaker_is_asked_with_the_name(tmp_path: Path) -> None:
    answers = _who_said(
        tmp_path,
        "The harbour board voted to sell the old pier on Monday.\n\n"
        "Board member Signe Lund, who voted against the sale, said the board should "
        '"keep the pier and let the town decide" before any buyer is found.\n',
    )
    [prompt] = [prompt for prompt in answers if "let the town decide" in prompt]
    assert answers[prompt] == "Signe Lund"
    assert prompt.startswith("Who said the board should")


def test_a_capitalised_office_before_the_name_and_a_courtesy_title(tmp_path: Path) -> None:
    answers = _who_said(
        tmp_path,
        "The observatory released its first images on 2 April 2026.\n\n"
        "In a statement, the observatory's Head of Instruments, Dr Mira Okonjo, called the "
        'images "the reward for ten years of careful grinding".\n',
    )
    [speaker] = [who for prompt, who in answers.items() if "careful grinding" in prompt]
    assert speaker == "Mira Okonjo"


def test_a_colon_after_the_speaker_and_a_description_before_the_verb(tmp_path: Path) -> None:
    answers = _who_said(
        tmp_path,
        "The operator will cut winter sailings to the islands from 1 November 2026.\n\n"
        "Greta Lund, the party's transport spokeswoman, put it more bluntly: "
        '"The company has abandoned the islands for a better balance sheet."\n\n'
        "Maria Solberg, who leads the ferry workers' union, spoke to reporters outside the "
        'depot. "Our members will not accept a single lost job."\n',
    )
    [bluntly] = [who for prompt, who in answers.items() if "balance sheet" in prompt]
    assert bluntly == "Greta Lund"
    [union] = [who for prompt, who in answers.items() if "lost job" in prompt]
    assert union == "Maria Solberg"


def test_quoted_words_in_a_claim_according_to_someone_ask_who_said_the_claim(
    tmp_path: Path,
) -> None:
    answers = _who_said(
        tmp_path,
        "Floods close the city centre\n\n"
        "The spillway was opened at 4am and, according to Maeve Doyle, the chief engineer, "
        'the reservoir was "higher than at any point in the last twenty years".\n',
    )
    assert answers == {
        "Who said the reservoir was “higher than at any point in the last twenty years”?": (
            "Maeve Doyle"
        ),
        "Who is the chief engineer?": "Maeve Doyle",
    }


def test_an_aside_after_the_speaker_leaves_the_reported_claim_whole(tmp_path: Path) -> None:
    answers = _who_said(
        tmp_path,
        "Cllr Ada Brenn, the council's lead member for parks, said the old pier, which opened "
        'in 1931, was "falling into the sea, plank by plank".\n',
    )
    assert answers["Who said the old pier was “falling into the sea, plank by plank”?"] == (
        "Ada Brenn"
    )
