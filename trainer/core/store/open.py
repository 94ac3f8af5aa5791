"""Where reviews are kept, chosen in one place for both front ends and every command.

``--store URL`` (given as ``location``), else ``TRAINER_STORE``, else the settings file's
``store`` line names a team server (docs/team.md); with none of them the SQLite file in the
data dir is used, as always. psycopg is imported only on the server's path.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.clock import Clock, utc_now

if TYPE_CHECKING:
    from trainer.core.store.compact import Progress
    from trainer.core.store.interface import ReviewStore
    from trainer.core.store.opened import OpenedDatabase


def server_url(data_dir: Path, location: str | None = None) -> str | None:
    """The team server's URL reviews go to, or None for the data dir's SQLite file."""
    if location:
        return location
    from trainer import paths
    from trainer.core.settings import STORE_VARIABLE, store_location

    if not os.environ.get(STORE_VARIABLE) and not paths.settings_path(data_dir).is_file():
        # No settings file (or a data dir that is no folder): SQLite, whose opening says
        # what is wrong with the data dir in its own words.
        return None
    found = store_location(data_dir)
    return found.url if found is not None else None


def open_review_store(
    data_dir: Path,
    location: str | None = None,
    *,
    clock: Clock = utc_now,
    backup: bool = True,
    backup_later: bool = False,
    progress: Progress | None = None,
) -> ReviewStore:
    """The review store the settings name: a team server, or the SQLite file of
    ``data_dir`` (its daily backup and an upgrade's ``progress`` as ``Store.open`` says);
    StoreError when unusable."""
    url = server_url(data_dir, location)
    if url is None:
        from trainer.core.store.sqlite import Store

        return Store.open(
            data_dir, clock=clock, backup=backup, backup_later=backup_later, progress=progress
        )
    from trainer.core.store.postgres import PostgresStore

    return PostgresStore.open(url, Path(data_dir), clock=clock)


def open_review_database(
    data_dir: Path,
    location: str | None = None,
    *,
    clock: Clock = utc_now,
    progress: Progress | None = None,
) -> ReviewStore | OpenedDatabase:
    """As ``open_review_store(..., backup_later=True)``, but the SQLite file comes back
    opened and checked with its ``Store`` not yet built (``OpenedDatabase``): a quiz shows
    its first question from the database's reads before it loads the rest of the store."""
    url = server_url(data_dir, location)
    if url is None:
        from trainer.core.store.opened import OpenedDatabase

        return OpenedDatabase.open(data_dir, clock=clock, progress=progress)
    from trainer.core.store.postgres import PostgresStore

    return PostgresStore.open(url, Path(data_dir), clock=clock)
