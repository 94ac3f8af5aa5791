"""`trainer draft ARTICLE [--deck ID]`: candidate cards from an article, for a person to edit."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer.cli.deck_output import add_output_options, deck_output_path, write_deck
from trainer.core.authoring.article import read_article
from trainer.core.authoring.deck_file import check_deck_id
from trainer.core.authoring.drafting import default_deck_id, draft_deck
from trainer.core.wording import plural

# How each group of drafted cards is counted: "1 date", "2 people".
COUNT_NOUNS = {"dates": ("date", "dates"), "figures": ("figure", "figures"),
               "quotes": ("quote", "quotes"), "people": ("person", "people"),
               "aims": ("reason or aim", "reasons and aims")}


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", metavar="ARTICLE", type=Path,
                        help="a plain-text (UTF-8) article")
    parser.add_argument("--deck", metavar="ID",
                        help="the draft deck's id (default: made from the article's file name)")
    parser.add_argument("--title", help="the deck's title (default: the article's headline)")
    add_output_options(parser)


def run(args: argparse.Namespace) -> int:
    article = read_article(Path(args.article).expanduser())
    deck_id = check_deck_id(args.deck or default_deck_id(article.path))
    path = deck_output_path(args, deck_id)
    draft = draft_deck(article, deck_id, path, args.title)
    write_deck(args, deck_id, path, draft.text)
    print(f"wrote {path}: {plural(draft.total, 'candidate card')} ({found_counts(draft.counts)})")
    print(f"edit them, then check the file with: trainer validate {path}")
    return 0


def found_counts(counts: dict[str, int]) -> str:
    """'1 date, 1 figure, 2 people': each group that found anything, in its own number."""
    parts = []
    for group, count in counts.items():
        if count:
            one, many = COUNT_NOUNS.get(group, (group, group))
            parts.append(f"{count} {one if count == 1 else many}")
    return ", ".join(parts)
