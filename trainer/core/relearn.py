"""Cards missed in a session come back in it: after a few other cards, until answered right.

Kept apart from the session so it only has to say what was answered and ask what comes
next. A card waits ``gap`` other cards before it is asked again, unless nothing else is left.
"""

from __future__ import annotations

from typing import Final

# Other cards asked before a missed card comes back: enough that its answer is not still
# on screen in the reader's mind, few enough that it comes back while the feedback matters.
RELEARN_GAP: Final = 3

Entry = tuple[str, int]  # (deck id, position in the deck)


class RelearnQueue:
    """The missed cards of a session waiting to be asked again, in the order they were missed."""

    def __init__(self, gap: int = RELEARN_GAP) -> None:
        self.gap = gap
        self._asked = 0  # cards asked (answered or skipped) so far
        self._waiting: list[tuple[int, Entry]] = []  # (ask again once _asked reaches, entry)

    def __len__(self) -> int:
        return len(self._waiting)

    def asked(self) -> None:
        """One more card has been asked."""
        self._asked += 1

    def missed(self, entry: Entry) -> None:
        """``entry`` was answered wrong or close: ask it again after ``gap`` other cards."""
        self.withdraw(entry)
        # +1: the miss itself has not been counted by ``asked`` yet when this is called.
        self._waiting.append((self._asked + 1 + self.gap, entry))

    def withdraw(self, entry: Entry) -> None:
        """``entry`` no longer needs asking again (counted as correct: "I was right")."""
        self._waiting = [item for item in self._waiting if item[1] != entry]

    def take(self, *, nothing_else: bool) -> Entry | None:
        """The card to ask again now, if one has waited long enough (or nothing else is left)."""
        if self._waiting and (nothing_else or self._waiting[0][0] <= self._asked):
            return self._waiting.pop(0)[1]
        return None
