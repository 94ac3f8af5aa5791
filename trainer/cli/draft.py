"""`trainer draft ARTICLE [--deck ID]`: candidate cards from an article, for a person to edit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli.deck_output import add_output_options, deck_output_path, write_deck
from trainer.core.authoring.deck_file import check_deck_id, write_new_file
from trainer.core.authoring.drafting import default_deck_id, draft_deck, extracted_text_path
from trainer.core.authoring.reading import STDIN, read_source
from trainer.core.errors import TrainerError
from trainer.core.wording import plural

# How each group of drafted cards is counted: "1 date", "2 people".
COUNT_NOUNS = {
    "dates": ("date", "dates"),
    "figures": ("figure", "figures"),
    "quotes": ("quote", "quotes"),
    "people": ("person", "people"),
    "counts": ("count", "counts"),
    "facts": ("fact", "facts"),
    "aims": ("reason or aim", "reasons and aims"),
    "actions": ("who did what", "who did what"),
}


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "article",
        metavar="ARTICLE",
        help="the article: plain text or Markdown (UTF-8), a saved web page "
        "(.html), a PDF, or - for standard input",
    )
    parser.add_argument(
        "--deck",
        metavar="ID",
        help="the draft deck's id (default: made from the article's file name)",
    )
    parser.add_argument("--title", help="the deck's title (default: the article's headline)")
    add_output_options(parser)


def run(args: argparse.Namespace) -> int:
    stdin_text = sys.stdin.read() if args.article == STDIN else None
    source = read_source(args.article, stdin_text)
    named = None if args.article == STDIN else Path(args.article).expanduser()
    deck_id = check_deck_id(args.deck or (default_deck_id(named) if named else "draft"))
    path = deck_output_path(args, deck_id)
    # Text taken out of a web page, PDF or Markdown file is saved beside the deck and cited
    # from there: the evidence then stays word for word whatever the extractor does next time.
    text_path = extracted_text_path(path) if source.extracted else named
    assert text_path is not None
    article = source.article(text_path)
    draft = draft_deck(article, deck_id, path, args.title, origin=source.origin)
    if source.extracted:
        write_new_file(text_path, source.text.encode("utf-8"), force=args.force)
    try:
        write_deck(args, deck_id, path, draft.text)
    except TrainerError:
        if source.extracted:
            text_path.unlink(missing_ok=True)
        raise
    if source.extracted:
        print(f"wrote {text_path}: the article's text, which the cards cite")
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
