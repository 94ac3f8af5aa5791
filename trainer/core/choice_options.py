"""A choice card's options as one review shows them, and the label typed for one of them.

Options are shuffled for each review, so the analyst learns the answer rather than its
letter; a deck turns that off per card with ``shuffle: false`` (options in an order that
means something, such as years). Both front ends show the session's order and hand the
typed label back to the session, which turns it here into the option's text before the
answer is graded and stored: the label means nothing once the order is gone.
"""

from __future__ import annotations

import random

from trainer.core.deck import Card
from trainer.core.grading.choice_kind import OPTION_LETTERS, read_option_label


def shown_order(card: Card, rng: random.Random) -> tuple[str, ...]:
    """The card's options in the order this review shows them."""
    # Read defensively: the deck parser learns the ``shuffle`` key in another change, and a
    # card without it shuffles (the deck format's default).
    if len(card.options) < 2 or not getattr(card, "shuffle", True):
        return card.options
    order = list(card.options)
    rng.shuffle(order)
    return tuple(order)


def typed_label(response: str) -> str | None:
    """The label a response reads as ("b" for "B)", "(b)" or "option b"; "2" for "#2"),
    whether or not it names an option; None for any other response."""
    label = read_option_label(response, len(OPTION_LETTERS))
    return None if label is None else label.text


def label_index(response: str, count: int) -> int | None:
    """The 0-based option of ``count`` a label names, if the response is one that does."""
    label = read_option_label(response, count)
    return None if label is None else label.option


def option_for_response(options: tuple[str, ...], response: str) -> str:
    """The option's text when ``response`` is a label naming one of ``options``; else as typed.

    A label naming no option (``e`` among four) is kept, so the grader can say so.
    """
    index = label_index(response, len(options))
    return response if index is None else options[index]


def resolve_choice(card: Card, options: tuple[str, ...], response: str) -> tuple[str, str]:
    """What to store and what to grade for a response to a choice card shown as ``options``.

    A label naming a shown option is stored as that option's text. The grader reads labels
    before text, in the deck's order, so an option whose own text reads as a label ("3"
    among "3", "4", "5") is handed to it as its label in the deck's order, which names the
    same option; anything else is graded as stored.
    """
    stored = option_for_response(options, response)
    if stored in card.options and typed_label(stored) is not None:
        from trainer.core.grading.choice_kind import option_label

        return stored, option_label(card.options.index(stored))
    return stored, stored
