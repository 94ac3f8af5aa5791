"""The review database opened and checked, before its ``Store`` is built.

``Database.open`` makes every check of an opening (the folder, a file that is not ours or
is damaged, one from a newer trainer, a read-only file) and runs a migration that is due,
with its progress, before anything is shown. What a quiz's first question then needs from
the database is four reads (``trainer.core.quiz_start``); the ``Store``, with every other
read and the write path, is built over the same connection when it is first asked for,
once that question is on screen: a first run after an editable install compiles none of
its modules before the first frame (docs/performance.md, "Seventh scale pass").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from trainer.core.clock import Clock, utc_now
from trainer.core.store import queries
from trainer.core.store.connection import BUSY_TIMEOUT_S, Database
from trainer.core.store.records import BriefingRow, CardState

if TYPE_CHECKING:
    from trainer.core.store.compact import Progress
    from trainer.core.store.sqlite import Store


class OpenedDatabase:
    """An open SQLite review database whose ``Store`` is built on first use; close it (or
    use it as a context manager), which closes the Store if one was built."""

    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._db = database
        self._clock = clock
        self._store: Store | None = None
        self.path: Path = database.path

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        clock: Clock = utc_now,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        progress: Progress | None = None,
    ) -> OpenedDatabase:
        """Open (creating as needed) the database in ``data_dir``, as ``Store.open`` does;
        StoreError when unusable. Today's backup is left to the Store's owner to start."""
        return cls(Database.open(Path(data_dir), busy_timeout_s, progress), clock)

    def store(self) -> Store:
        """The ``Store`` over this database (as ``Store.open(..., backup_later=True)``
        gives it), built once."""
        if self._store is None:
            from trainer.core.store.sqlite import Store

            self._store = Store(self._db, self._clock)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
        else:
            self._db.close()

    def __enter__(self) -> OpenedDatabase:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- the first question's reads, as the Store answers them ------------------------------

    def due_cards(
        self, deck_id: str, now: str, limit: int | None = None
    ) -> tuple[list[str], list[str]]:
        return queries.due_cards(self._db, deck_id, now, limit)

    def introduced_since(self, deck_ids: Sequence[str], since: datetime) -> int:
        return queries.introduced_since(self._db, deck_ids, since)

    def card_state(self, deck_id: str, card_id: str) -> CardState | None:
        return queries.card_state(self._db, deck_id, card_id)

    def briefing_rows(self) -> list[BriefingRow]:
        return queries.briefing_rows(self._db)
