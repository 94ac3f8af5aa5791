"""`trainer try DECK CARD_ID RESPONSE`: grade one response, to check a card's accept list."""

from __future__ import annotations

import argparse

from trainer.cli.common import find_deck
from trainer.core.deck import Card, close_match_hint
from trainer.core.errors import TrainerError
from trainer.core.grading import grade
from trainer.core.grading.point_lines import point_lines
from trainer.core.terminal_text import safe_text


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", metavar="DECK", help="a deck id or the path of a deck file")
    parser.add_argument("card_id", metavar="CARD_ID", help="the id of a card in that deck")
    parser.add_argument("response", metavar="RESPONSE", help="the answer to grade, in quotes")


def run(args: argparse.Namespace) -> int:
    deck = find_deck(args, args.deck)
    try:
        card = deck.card(args.card_id)
    except KeyError:
        hint = close_match_hint(args.card_id, [card.id for card in deck.cards])
        raise TrainerError(f"deck '{deck.id}' has no card '{args.card_id}'{hint}") from None
    result = grade(card, args.response)
    print(safe_text(f"{result.verdict:<7}  {result.score:.2f}  {result.detail}"))
    # Point by point, the reasoning behind the verdict of a card with points.
    for line in point_lines(card, args.response):
        print(safe_text(f"  {line}"))
    print(safe_text(f"answer: {_answer_line(card)}"))
    if card.accept:
        print(safe_text(f"also accepted: {'; '.join(card.accept)}"))
    for index, forms in enumerate(card.points, 1):
        print(safe_text(f"point {index}: {' | '.join(forms)}"))
    return 0


def _answer_line(card: Card) -> str:
    if card.kind == "list" and card.need and card.need < len(card.answers):
        return f"{card.answer_text} (any {card.need})"
    return card.answer_text
