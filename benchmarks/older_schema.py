"""A database as an older trainer left it, made by the store's own migrations.

The store opens a file by its module's ``MIGRATIONS`` and ``SCHEMA_VERSION`` (imported from
``trainer.core.store.schema``); a trainer of an older schema is this trainer with the later
steps left out. Benchmarks of a migration start from such a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from trainer.core.store import Store
from trainer.core.store import connection as store_connection
from trainer.core.store.schema import MIGRATIONS, SCHEMA_VERSION


@contextmanager
def trainer_of_schema(version: int) -> Iterator[None]:
    """While inside, ``Store.open`` migrates up to ``version`` and no further."""
    chain = {target: steps for target, steps in MIGRATIONS.items() if target <= version}
    # The store reads both names from its own module's globals when it opens a file.
    globals_of_store = vars(store_connection)
    globals_of_store.update(MIGRATIONS=chain, SCHEMA_VERSION=version)
    try:
        yield
    finally:
        globals_of_store.update(MIGRATIONS=MIGRATIONS, SCHEMA_VERSION=SCHEMA_VERSION)


def open_as_version(data_dir: Path, version: int) -> None:
    """Open (creating or upgrading) the database as a trainer of schema ``version`` would."""
    with trainer_of_schema(version):
        Store.open(data_dir, backup=False).close()
