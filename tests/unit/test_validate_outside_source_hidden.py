"""A source outside the deck's folder is read for the evidence check but never shown: the
nearest-passage help of `trainer validate` quotes only an article kept with the deck, so a
shared deck naming a private file cannot make validate print a line of it."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from trainer.core.validate import validate_paths

SECRET = "api_token = s3cr3t-value-nobody-should-see\n"


def _deck(folder: Path, source: Path) -> Path:
    path = folder / "deck.yaml"
    path.write_text(
        dedent(f"""\
        id: shared
        title: Shared
        sources:
          s1:
            file: {source}
        cards:
          - id: c1
            prompt: What is the token?
            answer: x
            source: s1
            evidence: "api_token = s3cr3t-value-nobody-should-sea"
    """),
        encoding="utf-8",
    )
    return path


def _messages(path: Path) -> str:
    return "\n".join(problem.message for problem in validate_paths([path]).problems)


def test_a_private_file_outside_the_decks_folder_is_never_quoted(tmp_path: Path) -> None:
    private = tmp_path / "home" / "secrets.env"
    private.parent.mkdir()
    private.write_text(SECRET, encoding="utf-8")
    decks = tmp_path / "decks"
    decks.mkdir()
    messages = _messages(_deck(decks, private))
    assert "evidence not found" in messages
    assert "nobody-should-see" not in messages


def test_an_article_beside_the_deck_still_gets_the_nearest_passage(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(SECRET, encoding="utf-8")
    messages = _messages(_deck(tmp_path, Path("article.txt")))
    assert "nearest is line 1" in messages and "nobody-should-see" in messages
