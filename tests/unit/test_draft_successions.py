"""Who a person replaced, who a passive clause's agent is, and names with an Irish particle:
people the draft asks of whatever verb the sentence uses."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.predecessors import predecessors
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def _cards(tmp_path: Path, body: str) -> dict[str, str]:
    article_path = tmp_path / "story.txt"
    article_path.write_text(f"Harbour news\nThe Coast Post | 3 December 2026\n\n{body}\n")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "story", deck_path)
    return {
        card.prompt: str(card.answer) for card in parse_deck(draft.text.encode(), deck_path).cards
    }


def test_the_person_replaced_is_asked_by_the_successor() -> None:
    [found] = predecessors("Mia Costa, who succeeded Ivo Brankov last year, will chair the board.")
    assert (found.name, found.prompt) == ("Ivo Brankov", "Whom did Mia Costa succeed?")
    [found] = predecessors("Ravi Patel replaces Dr Joan Kerr as chief executive.")
    assert (found.name, found.prompt) == ("Joan Kerr", "Whom does Ravi Patel replace?")
    [found] = predecessors("Lena Holm, the new dean, will take over from Greta Sand in May.")
    assert (found.name, found.prompt) == ("Greta Sand", "Whom will Lena Holm take over from?")
    # Words that describe the one replaced stand between: "the long-serving".
    [found] = predecessors("It was signed by Ana Ruiz, who replaced the long-serving Tom Lind.")
    assert (found.name, found.prompt) == ("Tom Lind", "Whom did Ana Ruiz replace?")
    # A participle's doer is the sentence's subject, not a body named in an aside.
    [found] = predecessors(
        "Dr Idris Penhallow, a consultant at Truro Hospital, has been named clinical lead,"
        " replacing Dr Carys Menheniot."
    )
    assert (found.name, found.prompt) == ("Carys Menheniot", "Whom does Idris Penhallow replace?")


def test_no_person_no_predecessor() -> None:
    assert predecessors("The Harbour Board replaced the old cranes in May.") == []
    assert predecessors("New pumps replaced Oak Street Station last year.") == []


def test_a_passive_clause_asks_its_agent_whatever_the_verb(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Darius Kell was sentenced by Judge Maren Oduya to six years. "
        "The appeal was heard by Judge Tomas Rell.",
    )
    assert cards["Darius Kell was sentenced by whom?"] == "Maren Oduya"
    assert cards["The appeal was heard by whom?"] == "Tomas Rell"


def test_a_name_with_an_irish_particle_is_a_person(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "The Mayor of Galway, Seán Ó Briain, welcomed the decision.")
    assert cards["Who is the Mayor of Galway?"] == "Seán Ó Briain"
