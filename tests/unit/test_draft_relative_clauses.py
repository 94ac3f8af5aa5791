"""A date or figure inside a "who" clause is asked of the person the clause is about, not
of the sentence's subject (relative_clauses.py). Each test drafts invented sentences."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards

from trainer.core.authoring.relative_clauses import in_relative_clause

_DATED = "Published 2 December 2026\n\n"


def test_a_who_clause_is_asked_of_its_own_person(tmp_path: Path) -> None:
    sentence = (
        "Lowen Harbour Trust said the survey was begun by Dr Carys Menheniot, who retired in"
        " November after 30 years at the trust."
    )
    cards = drafted_cards(tmp_path, _DATED + sentence + "\n")
    [years] = [card for card in cards if card.answer_text == "30 years"]
    assert years.prompt == "Dr Carys Menheniot retired after how many years at the trust?"


def test_a_predecessor_is_replaced_by_the_subject_not_a_body_in_an_aside(tmp_path: Path) -> None:
    sentence = (
        "Professor Idris Penhallow, a consultant at Truro Hospital, has been appointed as the"
        " panel's clinical lead, replacing Dr Carys Menheniot, who retired in November."
    )
    cards = drafted_cards(tmp_path, _DATED + sentence + "\n")
    [predecessor] = [card for card in cards if card.answer_text == "Carys Menheniot"]
    assert predecessor.prompt == "Whom does Idris Penhallow replace?"
    # The month is hers: no prompt says Penhallow retired.
    [month] = [card for card in cards if card.answer_text == "2026-11"]
    assert "Penhallow" not in month.prompt and "retired" in month.prompt
    # A courtesy title goes with the name it is hidden with: never "Dr retired".
    assert "Dr retired" not in month.prompt


def test_a_who_clause_after_a_body_or_a_surname_alone_is_not_read_as_a_person() -> None:
    body = "said Ana Roe, secretary of the Tamar Rail Users' Forum, who appeared in May."
    start = body.index("May")
    assert in_relative_clause(body, start, start + 3) is None
    # "Dr Karimova" names someone a card may answer: hidden there, the question would
    # read "Dr … leads".
    short = "said Dr Karimova, who leads the 14-member Eurasia team."
    start = short.index("14")
    assert in_relative_clause(short, start, start + 2) is None
