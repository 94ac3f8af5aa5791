"""``trainer new``: a deck skeleton with its sources filled in and one example card per kind."""

from __future__ import annotations

import shlex
from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.deck_file import relative_path, schema_line, yaml_value
from trainer.core.authoring.find_dates import find_dateline

# One example card per kind. "{source}" becomes the card's source lines (or nothing).
_EXAMPLE_CARDS = """\
cards:
  # Each card needs an id (unique in this deck: your progress is kept by it), a prompt
  # and an answer. Replace these examples with facts from your sources.

  # kind: text (the default) - a word or phrase. `accept` lists other answers that count.
  - id: example-text
    kind: text
    prompt: "Replace me: in which city did the two ministers meet?"
    answer: Washington
    accept: ["Washington, D.C.", DC]
{source}    tags: [example]
    note: Shown after the answer, win or lose.

  # kind: name - a person's full name; a surname alone or a title is still accepted.
  - id: example-name
    kind: name
    prompt: "Replace me: who led the visiting delegation?"
    answer: Jane Example
{source}    tags: [example]
    hint: Shown on request; a hinted answer counts at most as close.

  # kind: number - written as the article writes it: 29%, $5.44 billion, four.
  # `tolerance` is absolute (0.5) or relative ("2%"); leave it out to require the exact value.
  - id: example-number
    kind: number
    prompt: "Replace me: how much investment was pledged?"
    answer: $5.44 billion
    unit: USD
    tolerance: "2%"
{source}    tags: [example]

  # kind: date - ISO YYYY-MM-DD, or YYYY-MM when the article gives only the month.
  - id: example-date
    kind: date
    prompt: "Replace me: on what date did the meeting take place?"
    answer: 2025-07-25
{source}    tags: [example]

  # kind: choice - the answer must be one of the options.
  - id: example-choice
    kind: choice
    prompt: "Replace me: which body adopted the resolutions?"
    options: [General Assembly, Security Council, First Committee]
    answer: First Committee
{source}    tags: [example]

  # kind: list - the items in any order; `need` says how many must be named (default: all).
  - id: example-list
    kind: list
    prompt: "Replace me: name two of the sectors the two sides discussed."
    answer: [trade, energy, minerals]
    need: 2
{source}    tags: [example]
"""

_SOURCE_LINES = """\
    source: {key}
    # evidence: "words copied exactly from the source that back the answer"
"""

_NO_SOURCES = """\
# sources:          # add the articles your cards come from (trainer new ID --source FILE)
#   s1:
#     file: ../articles/my-article.txt   # relative to this deck file
"""


def source_key(index: int) -> str:
    """The key of the ``index``-th source (from 0): s1, s2, ..."""
    return f"s{index + 1}"


def scaffold_deck(
    deck_id: str, deck_path: Path, articles: list[Article], title: str | None = None
) -> str:
    """The YAML text of a new deck citing ``articles``, to be written at ``deck_path``."""
    lines = [
        schema_line(deck_path),
        "# A new deck. Replace the example cards with facts from your sources, then check",
        f"# the file with: trainer validate {shlex.quote(str(deck_path))}",
        "# The deck format: docs/deck-format.md.",
        f"id: {yaml_value(deck_id)}",
        f"title: {yaml_value(title or _title_from_id(deck_id))}",
        "description: What this deck drills, in one line.",
    ]
    if articles:
        lines.append("sources:")
        lines.append("  # Cards cite a source by its key; file paths are relative to this file.")
        for index, article in enumerate(articles):
            lines.extend(_source_lines(source_key(index), article, deck_path))
    else:
        lines.append(_NO_SOURCES.rstrip("\n"))
    source = _SOURCE_LINES.format(key=source_key(0)) if articles else ""
    return "\n".join(lines) + "\n" + _EXAMPLE_CARDS.format(source=source)


def _source_lines(key: str, article: Article, deck_path: Path) -> list[str]:
    lines = [f"  {key}:", f"    file: {yaml_value(relative_path(article.path, deck_path))}"]
    if article.headline:
        lines.append(f"    title: {yaml_value(article.headline)}")
    dateline = find_dateline(article)
    if dateline and dateline.is_publication:
        lines.append(f"    published: {yaml_value(dateline.date.isoformat())}")
    return lines


def _title_from_id(deck_id: str) -> str:
    return deck_id.replace("-", " ").capitalize()
