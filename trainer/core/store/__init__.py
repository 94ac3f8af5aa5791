"""The review database: every line of SQL the trainer runs lives in this package.

``ReviewStore`` (interface.py) is what the rest of the trainer calls; ``Store`` (sqlite.py)
is its SQLite implementation, one file in the data dir that never loses an answered review.
"""

from trainer.core.store.connection import BUSY_TIMEOUT_S
from trainer.core.store.interface import ReviewStore
from trainer.core.store.records import (
    CardState,
    NewReview,
    Recorded,
    ReviewRecord,
    SessionRef,
    StoreError,
    from_db_time,
    to_db_time,
)
from trainer.core.store.sqlite import Store

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
