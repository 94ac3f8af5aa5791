"""Each deck's briefing time ahead: what a quiz session asks before it builds its queue.

Kept apart from ``briefing`` (readiness, plans and their records) so that opening a quiz
does not load those: a session needs them only when one of its decks has a briefing ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from trainer.core.clock import as_utc
from trainer.core.store import from_db_time

if TYPE_CHECKING:
    from trainer.core.store.records import BriefingRow


class BriefingReads(Protocol):
    """A ``ReviewStore``, or the database opened before its store is built."""

    def briefing_rows(self) -> list[BriefingRow]: ...


def deadlines(store: BriefingReads, deck_ids: Sequence[str], now: datetime) -> dict[str, datetime]:
    """Each deck's briefing time, for the decks a briefing ahead covers; the earliest counts."""
    now = as_utc(now)
    found: dict[str, datetime] = {}
    wanted = set(deck_ids)
    # Rows come in time order, so the first briefing naming a deck is its earliest.
    for _, at_text, cleared, decks in store.briefing_rows():
        if cleared is not None:
            continue
        at = from_db_time(at_text)
        if at <= now:
            continue
        for deck_id in decks:
            if deck_id in wanted and deck_id not in found:
                found[deck_id] = at
    return found
