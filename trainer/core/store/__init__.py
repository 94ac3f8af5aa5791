"""The review database: every line of SQL the trainer runs lives in this package.

``ReviewStore`` (interface.py) is what the rest of the trainer calls; ``Store`` (sqlite.py)
is its SQLite implementation, one file in the data dir that never loses an answered review.
"""

from typing import TYPE_CHECKING

from trainer.core.store.connection import BUSY_TIMEOUT_S
from trainer.core.store.records import (
    CardState,
    NewReview,
    Recorded,
    SessionRef,
    StoreError,
    from_db_time,
    to_db_time,
)

if TYPE_CHECKING:
    from trainer.core.store.interface import ReviewStore
    from trainer.core.store.report_records import ReviewRecord
    from trainer.core.store.sqlite import Store


def __getattr__(name: str) -> object:
    # Store is built when first asked for: a quiz draws its first question from the opened
    # database's reads (connection.py, queries.py), and builds its Store after that frame.
    if name == "Store":
        from trainer.core.store.sqlite import Store

        return Store
    # ReviewStore, a Protocol for type hints, is built when first asked for: nothing on the
    # way to the first question needs it at run time (a first run would compile it).
    if name == "ReviewStore":
        from trainer.core.store.interface import ReviewStore

        return ReviewStore
    # Likewise a review as the history exports it (store/report_records.py).
    if name == "ReviewRecord":
        from trainer.core.store.report_records import ReviewRecord

        return ReviewRecord
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BUSY_TIMEOUT_S",
    "CardState",
    "NewReview",
    "Recorded",
    "ReviewRecord",
    "ReviewStore",
    "SessionRef",
    "Store",
    "StoreError",
    "from_db_time",
    "to_db_time",
]
