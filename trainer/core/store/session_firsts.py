"""Which cards the session being answered has already had, kept beside the store.

A session's score counts each card's first try only (undo.first_try_in_session reads the
session's reviews to tell). The store that saves a session's answers knows them all as it
saves them, from the session's first answer on, so it can tell without reading: a set per
session, filled only after each save has committed. It stands aside (the reading decides)
for a session it did not start, after any undo, and for corrections.
"""

from __future__ import annotations


class SessionFirsts:
    """The (deck, card) pairs answered so far in the one session this store started."""

    def __init__(self) -> None:
        self._session_id: int | None = None
        self._answered: set[tuple[str, str]] = set()

    def first_try(self, session_id: int | None, deck_id: str, card_id: str) -> bool | None:
        """True or False when known; None when the session's reviews must be read."""
        if session_id is None:
            return True  # the save starts the session: nothing came before
        if session_id != self._session_id:
            return None
        return (deck_id, card_id) not in self._answered

    def answered(self, session_id: int, deck_id: str, card_id: str, *, started: bool) -> None:
        """Note a committed answer; ``started`` when that save began the session."""
        if started:
            self._session_id, self._answered = session_id, set()
        if session_id == self._session_id:
            self._answered.add((deck_id, card_id))

    def forget(self) -> None:
        """An undo changed what counts: read the session from now on."""
        self._session_id, self._answered = None, set()
