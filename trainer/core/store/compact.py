"""Schema 10: the compact review table, and the migration into it.

Each review row used to repeat its deck id, card id, kind and tags (JSON) as text, and its
verdict, rating and two times as text, with a 32-character key and five indexes: about 380
bytes a review, five times Anki's revlog. Since schema 10 a review keeps

- ``card``: a number naming its (deck id, card id, kind, tags) in ``review_cards``, where
  each combination is written once (a card whose tags changed has one row per version);
- ``verdict`` 0 correct, 1 close, 2 wrong, and ``rating`` 1 again … 4 easy, as Anki's ease;
- ``reviewed_at``: microseconds since 1970 UTC, the stored text's exact moment, and
  ``due_after`` as microseconds after ``reviewed_at`` (a few bytes, not 27);
- ``confidence`` 0 sure, 1 unsure, 2 guess (NULL: none stated);
- ``uid``, the stable key (schema 8), as its 16 bytes rather than 32 hex digits, and with no
  index: ``trainer store copy`` reads the keys into a dict, nothing else looks one up. A
  key that is not 32 lower-case hex digits (none the trainer wrote) is kept as it was,
  as text, so every key reads back exactly;
- ``response``, ``score``, ``elapsed_s``, ``hinted``, ``cram``, ``overrides``, ``session_id``
  and every review's ``id`` unchanged, so corrections and undo marks name the same reviews;

and two indexes where there were five: by time (history, exports) and the partial one of
corrections (undo). The table stays append-only (the same two triggers). The view
``review_rows`` gives back every old column as the old table held it (texts, JSON tags,
fixed-width UTC times, the key in hex), for the readers that want them; inserting into it
with the old columns files the card and converts (tests and tools; the store writes the
table itself, writes.py).

Each session keeps ``reviews_from``: no review of the session has a smaller id, so the
first-try rule (undo.first_try_in_session) reads the session's own few reviews by id
instead of every review of the card.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Final

from trainer.core.clock import as_utc
from trainer.core.store.records import StoreError

Progress = Callable[[int, int], None]
# A value SQLite hands to a function.
SqlValue = str | bytes | int | float | None

VERDICT_CODES: Final = {"correct": 0, "close": 1, "wrong": 2}
VERDICTS: Final = ("correct", "close", "wrong")
RATING_CODES: Final = {"again": 1, "hard": 2, "good": 3, "easy": 4}
RATINGS: Final = ("", "again", "hard", "good", "easy")
CONFIDENCE_CODES: Final = {"sure": 0, "unsure": 1, "guess": 2}
CONFIDENCES: Final = ("sure", "unsure", "guess")

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND: Final = timedelta(microseconds=1)


def micros(moment: datetime) -> int:
    """A moment as integer microseconds since 1970 UTC, exactly."""
    return (as_utc(moment) - _EPOCH) // _MICROSECOND


def stored_uid(uid: SqlValue) -> SqlValue:
    """A review key as the table keeps it: 32 lower-case hex digits as their 16 bytes, any
    other value as it is (so it reads back unchanged, see UID_TEXT)."""
    if type(uid) is str and len(uid) == 32:
        # Read as hex and written back, only 32 lower-case hex digits give the same text
        # (fromhex also takes capitals and skips spaces): twice a regular expression's speed,
        # which counts when the migration calls it for each of millions of reviews.
        try:
            key = bytes.fromhex(uid)
        except ValueError:
            return uid
        if key.hex() == uid:
            return key
    return uid


# SQL: the stored key as its text (the view's and the readers' form of stored_uid's inverse).
UID_TEXT: Final = "CASE WHEN typeof({0}) = 'blob' THEN lower(hex({0})) ELSE {0} END"


def _text(column: str) -> str:
    """SQL: integer microseconds back as the stored fixed-width UTC text."""
    return (
        f"(strftime('%Y-%m-%dT%H:%M:%S', {column} / 1000000, 'unixepoch') || '.' || "
        f"printf('%06d', {column} % 1000000) || 'Z')"
    )


# SQLite's unixepoch() (3.38 and later) reads a time as seconds since 1970 in C; older
# SQLite (as some Linux distributions ship) has only strftime('%s'), half as fast. The
# view's trigger, kept in the file, uses the latter: the file may be opened by either.
_SECONDS: Final = (
    "unixepoch({})"
    if sqlite3.sqlite_version_info >= (3, 38)
    else "CAST(strftime('%s', {}) AS INTEGER)"
)
_PORTABLE_SECONDS: Final = "CAST(strftime('%s', {}) AS INTEGER)"


def _micros(column: str, seconds: str = _PORTABLE_SECONDS) -> str:
    """SQL: a stored fixed-width UTC text as integer microseconds since 1970."""
    return f"({seconds.format(f'substr({column}, 1, 19)')} * 1000000 + substr({column}, 21, 6))"


def _shape(column: str) -> str:
    """SQL: true when a stored time has the store's fixed shape (2025-07-25T18:30:00.000000Z).

    Enough with SQLite's date functions reading the rest: a date they cannot read makes NULL,
    which the NOT NULL column refuses. One GLOB (a fifth of the cost of four substr tests,
    which counts twice per review in the migration)."""
    return f"{column} GLOB '????-??-??T??:??:??.??????Z'"


_VERDICT_SQL: Final = "CASE {} WHEN 'correct' THEN 0 WHEN 'close' THEN 1 WHEN 'wrong' THEN 2 END"
_RATING_SQL: Final = (
    "CASE {} WHEN 'again' THEN 1 WHEN 'hard' THEN 2 WHEN 'good' THEN 3 WHEN 'easy' THEN 4 END"
)
_CONFIDENCE_SQL: Final = "CASE {} WHEN 'sure' THEN 0 WHEN 'unsure' THEN 1 WHEN 'guess' THEN 2 END"

CARDS_TABLE: Final = """
    CREATE TABLE review_cards (
        id INTEGER PRIMARY KEY,
        deck_id TEXT NOT NULL,
        card_id TEXT NOT NULL,
        kind TEXT NOT NULL,                     -- the card's kind and tags when answered
        tags TEXT NOT NULL,                     -- JSON list
        UNIQUE (deck_id, card_id, kind, tags)
    )
    """

REVIEWS_TABLE: Final = """
    CREATE TABLE {name} (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        card INTEGER NOT NULL REFERENCES review_cards (id),
        response TEXT NOT NULL,
        verdict INTEGER NOT NULL CHECK (verdict IN (0, 1, 2)),      -- correct, close, wrong
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
        rating INTEGER NOT NULL CHECK (rating IN (1, 2, 3, 4)),     -- again, hard, good, easy
        reviewed_at INTEGER NOT NULL,           -- microseconds since 1970, UTC
        elapsed_s REAL,
        hinted INTEGER NOT NULL DEFAULT 0,
        cram INTEGER NOT NULL DEFAULT 0,        -- asked in cram mode: the schedule was not moved
        overrides INTEGER REFERENCES reviews (id),  -- the review this "I was right" corrects
        due_after INTEGER,                      -- microseconds after reviewed_at; NULL in cram
        confidence INTEGER CHECK (confidence IN (0, 1, 2)),         -- sure, unsure, guess
        uid BLOB                                -- the stable key's 16 bytes (see stored_uid)
    )
    """

AFTER: Final[tuple[str, ...]] = (
    # Every read of many reviews is in time order (history, exports).
    "CREATE INDEX reviews_by_time ON reviews (reviewed_at)",
    # Undo looks up the corrections of a review; they are few, so a partial index holds them.
    "CREATE INDEX reviews_by_overrides ON reviews (overrides) WHERE overrides IS NOT NULL",
    """
    CREATE TRIGGER reviews_never_change BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END
    """,
    """
    CREATE TRIGGER reviews_never_vanish BEFORE DELETE ON reviews
    BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END
    """,
    f"""
    CREATE VIEW review_rows AS
    SELECT r.id, r.session_id, c.deck_id, c.card_id, c.kind, c.tags, r.response,
           CASE r.verdict WHEN 0 THEN 'correct' WHEN 1 THEN 'close' ELSE 'wrong' END
               AS verdict,
           r.score,
           CASE r.rating WHEN 1 THEN 'again' WHEN 2 THEN 'hard' WHEN 3 THEN 'good'
               ELSE 'easy' END AS rating,
           {_text("r.reviewed_at")} AS reviewed_at, r.elapsed_s, r.hinted, r.cram,
           r.overrides,
           CASE WHEN r.due_after IS NULL THEN NULL
                ELSE {_text("(r.reviewed_at + r.due_after)")} END AS due_after,
           CASE r.confidence WHEN 0 THEN 'sure' WHEN 1 THEN 'unsure' WHEN 2 THEN 'guess'
               END AS confidence,
           {UID_TEXT.format("r.uid")} AS uid
    FROM reviews AS r JOIN review_cards AS c ON c.id = r.card
    """,
    # The key is kept as given here (SQL has no hex-to-bytes before SQLite 3.41): the store
    # writes the table itself, with the key's bytes.
    f"""
    CREATE TRIGGER review_rows_insert INSTEAD OF INSERT ON review_rows
    BEGIN
        INSERT OR IGNORE INTO review_cards (deck_id, card_id, kind, tags)
            VALUES (NEW.deck_id, NEW.card_id, NEW.kind, NEW.tags);
        INSERT INTO reviews (id, session_id, card, response, verdict, score, rating,
                             reviewed_at, elapsed_s, hinted, cram, overrides, due_after,
                             confidence, uid)
        SELECT NEW.id, NEW.session_id, c.id, NEW.response,
               {_VERDICT_SQL.format("NEW.verdict")}, NEW.score,
               {_RATING_SQL.format("NEW.rating")}, {_micros("NEW.reviewed_at")},
               NEW.elapsed_s, coalesce(NEW.hinted, 0), coalesce(NEW.cram, 0), NEW.overrides,
               {_micros("NEW.due_after")} - {_micros("NEW.reviewed_at")},
               CASE WHEN NEW.confidence IS NULL THEN NULL
                    ELSE coalesce({_CONFIDENCE_SQL.format("NEW.confidence")}, -1) END, NEW.uid
        FROM review_cards AS c
        WHERE c.deck_id = NEW.deck_id AND c.card_id = NEW.card_id AND c.kind = NEW.kind
          AND c.tags = NEW.tags;
    END
    """,
    # The first-try rule's range (see the module's docstring); a new session sets it to the
    # id its first review will get (writes.py).
    "ALTER TABLE sessions ADD COLUMN reviews_from INTEGER",
)

# Reviews copied per statement, between progress reports.
BATCH: Final = 250_000

# The page cache during the migration, in KiB (negative: SQLite's unit for a size in KiB).
MIGRATION_CACHE_KIB: Final = -524288


class CompactMigrationError(StoreError):
    """The reviews cannot be converted as they are; nothing was changed."""


def migrate(connection: sqlite3.Connection, progress: Progress | None = None) -> None:
    """Convert the reviews table to the compact form, inside the caller's transaction.

    The store runs it (``MIGRATIONS[10]``) with ``PRAGMA foreign_keys = OFF`` and within its
    migration's ``BEGIN IMMEDIATE`` … ``COMMIT``, so a failure at any point leaves the old
    table as it was; the references to reviews are checked before it returns.
    ``progress(done, total)`` is called before the first and after each batch of reviews.
    The old table's pages stay in the file, free, and new rows fill them (no VACUUM: it
    would rewrite the whole file once more).
    """
    if not connection.in_transaction:
        raise CompactMigrationError("the compact migration must run inside a transaction")
    if connection.execute("PRAGMA foreign_keys").fetchone()[0]:
        # With them on, dropping the old table would check each of its rows against every
        # table that names a review, and renaming would re-point those names at it.
        raise CompactMigrationError("switch foreign keys off before the transaction")
    # A page cache large enough that the copy is not spilled mid-transaction; as it was
    # afterwards.
    cache_size = connection.execute("PRAGMA cache_size").fetchone()[0]
    connection.execute(f"PRAGMA cache_size = {MIGRATION_CACHE_KIB}")
    # Where SQLite is built to zero every freed page (Debian's is), dropping the old table
    # would write all of it once more: its content lives on, converted, in the new table,
    # so its pages are zeroed only where that costs no extra write (FAST); as it was after.
    secure_delete = connection.execute("PRAGMA secure_delete").fetchone()[0]
    connection.execute("PRAGMA secure_delete = FAST")
    connection.create_function("stored_uid", 1, stored_uid, deterministic=True)
    try:
        _migrate(connection, progress)
    finally:
        connection.create_function("stored_uid", 1, None)
        connection.execute(
            f"PRAGMA secure_delete = {'FAST' if secure_delete == 2 else secure_delete}"
        )
        connection.execute(f"PRAGMA cache_size = {cache_size}")


def _copy_statement(columns: set[str], *, checked: bool, mapped: bool) -> str:
    """SQL: the reviews of one id range (two parameters) converted into reviews_compact.

    ``checked`` False: for a run with the table's CHECK constraints switched off (SQLite
    evaluates their value lists per row, a third of the copy's cost), the SELECT holds every
    row to them itself: a verdict or rating it cannot code is NULL, and a time not in the
    stored form, a score outside 0..1 or an unknown confidence makes reviewed_at NULL, which
    the NOT NULL columns refuse. ``checked`` True: the statement the constraints judge, run
    on a range the first one refused, so that SQLite names what is wrong.

    ``mapped``: each row's card number from the migration's card map (``card_number``,
    _CardMap); otherwise from review_cards, filled beforehand for the range.
    """
    confidence = "r.confidence" if "confidence" in columns else "NULL"
    coded_confidence = _CONFIDENCE_SQL.format(confidence)
    # Only a text of 32 characters in 32 bytes (ASCII, so Python can be handed it) may be
    # a key to turn into bytes; any other value is kept as it is.
    uid = (
        "CASE WHEN typeof(r.uid) = 'text' AND length(r.uid) = 32 "
        "AND length(CAST(r.uid AS BLOB)) = 32 THEN stored_uid(r.uid) ELSE r.uid END"
        if "uid" in columns
        else "NULL"
    )
    valid = [_shape("r.reviewed_at"), f"(r.due_after IS NULL OR {_shape('r.due_after')})"]
    if not checked:
        valid += [
            "r.score BETWEEN 0 AND 1",
            f"({confidence} IS NULL OR {confidence} IN ('sure', 'unsure', 'guess'))",
        ]
    else:
        # An unknown confidence as -1, which the CHECK refuses (not NULL, which it takes).
        coded_confidence = (
            f"CASE WHEN {confidence} IS NULL THEN NULL ELSE coalesce({coded_confidence}, -1) END"
        )
    if mapped:
        card, source = "card_number(r.deck_id, r.card_id, r.kind, r.tags)", "reviews AS r"
    else:
        # Each row's card found in review_cards (one index search), never the other way.
        card = "c.id"
        source = (
            "reviews AS r CROSS JOIN review_cards AS c ON c.deck_id = r.deck_id "
            "AND c.card_id = r.card_id AND c.kind = r.kind AND c.tags = r.tags"
        )
    # Each value converted once, in a subquery that OFFSET keeps SQLite from folding into
    # the INSERT's SELECT (which would convert reviewed_at again for due_after's difference).
    converted = (
        f"SELECT r.id, r.session_id, {card} AS card, r.response, "
        f"{_VERDICT_SQL.format('r.verdict')} AS verdict, r.score, "
        f"{_RATING_SQL.format('r.rating')} AS rating, {' AND '.join(valid)} AS valid, "
        f"{_micros('r.reviewed_at', _SECONDS)} AS at, r.elapsed_s, r.hinted, r.cram, "
        "r.overrides, r.due_after IS NULL AS undue, "
        f"{_micros('r.due_after', _SECONDS)} AS due, {coded_confidence} AS confidence, "
        f"{uid} AS uid FROM {source} WHERE r.id > ? AND r.id <= ? LIMIT -1 OFFSET 0"
    )
    return (
        "INSERT INTO reviews_compact (id, session_id, card, response, verdict, score, rating, "
        "reviewed_at, elapsed_s, hinted, cram, overrides, due_after, confidence, uid) "
        "SELECT id, session_id, card, response, verdict, score, rating, "
        # A date SQLite cannot read, in either time, makes reviewed_at NULL too.
        "CASE WHEN valid AND (undue OR due IS NOT NULL) THEN at END, elapsed_s, hinted, cram, "
        f"overrides, due - at, confidence, uid FROM ({converted})"
    )


def _migrate(connection: sqlite3.Connection, progress: Progress | None) -> None:
    columns = {row[1] for row in connection.execute("PRAGMA table_info(reviews)")}
    if "card" in columns:
        return  # already compact
    connection.execute(CARDS_TABLE)
    connection.execute(REVIEWS_TABLE.format(name="reviews_compact"))
    total, last = connection.execute(
        "SELECT count(*), coalesce(max(id), 0) FROM reviews"
    ).fetchone()
    cards = _CardMap()
    connection.create_function("card_number", 4, cards.number)
    try:
        done = _copy(connection, columns, last, total, cards, progress)
    finally:
        connection.create_function("card_number", 4, None)
    if done != total:
        raise CompactMigrationError(f"copied {done} of {total} reviews")
    # SQLite's way to change a table others refer to: drop the old, give the new its name
    # (references to "reviews" elsewhere, such as corrections and undo marks, then name the
    # new table, whose ids are the same), and check every reference before committing.
    for trigger in ("reviews_never_change", "reviews_never_vanish"):
        connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    connection.execute("DROP TABLE reviews")
    connection.execute("ALTER TABLE reviews_compact RENAME TO reviews")
    for statement in AFTER:
        connection.execute(statement)
    connection.execute(
        "UPDATE sessions SET reviews_from = first.id FROM "
        "(SELECT session_id, min(id) AS id FROM reviews GROUP BY session_id) AS first "
        "WHERE sessions.id = first.session_id"
    )
    connection.execute(
        "UPDATE sessions SET reviews_from = (SELECT coalesce(max(id), 0) + 1 FROM reviews) "
        "WHERE reviews_from IS NULL"
    )
    _check_references(connection)


def _copy(
    connection: sqlite3.Connection,
    columns: set[str],
    last: int,
    total: int,
    cards: _CardMap,
    progress: Progress | None,
) -> int:
    """Copy every review in batches of ids, reporting progress after each; the count."""
    mapped = True
    done, start = 0, 0
    if progress is not None:
        progress(0, total)
    while start < last:
        end = start + BATCH
        if not mapped:
            # Each (deck, card, kind, tags) once, numbered as first met, then the rows.
            connection.execute(
                "INSERT OR IGNORE INTO review_cards (deck_id, card_id, kind, tags) "
                "SELECT deck_id, card_id, kind, tags FROM reviews WHERE id > ? AND id <= ?",
                (start, end),
            )
        copy = _copy_statement(columns, checked=False, mapped=mapped)
        try:
            done += _without_checks(connection, copy, (start, end))
        except sqlite3.IntegrityError:
            # The failed statement changed nothing; say which row is wrong, and how.
            _refuse_odd_times(connection, start, end)
            checked = _copy_statement(columns, checked=True, mapped=mapped)
            done += connection.execute(checked, (start, end)).rowcount
        except sqlite3.OperationalError:
            # (Nothing to go on with where SQLite ended the transaction, as on a full disk.)
            if not mapped or not connection.in_transaction:
                raise
            # A value the card map could not be handed (a text that is not UTF-8, written
            # by another program): the cards met so far into review_cards, and this range
            # and the rest matched there by SQLite itself, slower but with any bytes.
            cards.write(connection)
            mapped = False
            continue
        start = end
        if progress is not None:
            progress(done, total)
    if mapped:
        cards.write(connection)
    return done


class _CardMap:
    """The copy's card numbers: each (deck id, card id, kind, tags) numbered as first met.

    A dictionary looked up from the copy statement (``card_number``) costs one call per
    review where review_cards costs two index searches (filing, then finding), which took
    a third of the migration's time at 5M reviews. The numbers go into review_cards after
    the copy.
    """

    def __init__(self) -> None:
        self.numbers: dict[str | tuple[SqlValue, ...], int] = {}
        self.cards: list[tuple[SqlValue, ...]] = []
        self.written = 0

    def number(self, *card: SqlValue) -> int:
        # Keyed by one string, the four joined by NUL: one object to compare where a tuple
        # has five, each a likely cache miss among 100,000 cards. Only keys of exactly four
        # parts are ever stored as a string (_new_number), so a hit needs no further check;
        # this path is called once per review, and each step here counts at millions.
        try:
            return self.numbers["\0".join(card)]  # type: ignore[arg-type]
        except (KeyError, TypeError):
            return self._new_number(card)

    def _new_number(self, card: tuple[SqlValue, ...]) -> int:
        """A card not met as a string key: numbered, unless met before under its tuple.

        Values that are not all text, or hold a NUL themselves (so the joined string could
        be another card's), are keyed as the tuple they are."""
        key: str | tuple[SqlValue, ...]
        try:
            key = "\0".join(card)  # type: ignore[arg-type]
        except TypeError:
            key = card
        else:
            if key.count("\0") != len(card) - 1:
                key = card
        number = self.numbers.get(key)
        if number is None:
            self.cards.append(card)
            number = self.numbers[key] = len(self.cards)
        return number

    def write(self, connection: sqlite3.Connection) -> None:
        """The cards numbered since the last call into review_cards, by their numbers."""
        connection.executemany(
            "INSERT INTO review_cards (id, deck_id, card_id, kind, tags) VALUES (?, ?, ?, ?, ?)",
            (
                (number, *card)
                for number, card in enumerate(self.cards[self.written :], self.written + 1)
            ),
        )
        self.written = len(self.cards)


def _without_checks(
    connection: sqlite3.Connection, statement: str, parameters: tuple[int, int]
) -> int:
    """Run ``statement`` with CHECK constraints off (it holds rows to them itself); its rows."""
    ignored = connection.execute("PRAGMA ignore_check_constraints").fetchone()[0]
    connection.execute("PRAGMA ignore_check_constraints = ON")
    try:
        return int(connection.execute(statement, parameters).rowcount)
    finally:
        connection.execute(f"PRAGMA ignore_check_constraints = {int(ignored)}")


def _refuse_odd_times(connection: sqlite3.Connection, start: int, end: int) -> None:
    """Say which review's time is not in the stored form, when one is (in ``start``..``end``)."""
    odd = connection.execute(
        "SELECT id, reviewed_at, due_after FROM reviews WHERE id > ? AND id <= ? AND NOT ("
        f"({_shape('reviewed_at')}) AND {_micros('reviewed_at')} IS NOT NULL "
        f"AND (due_after IS NULL OR ({_shape('due_after')} "
        f"AND {_micros('due_after')} IS NOT NULL))) LIMIT 1",
        (start, end),
    ).fetchone()
    if odd is not None:
        raise CompactMigrationError(
            f"review {odd[0]} has a time not in the stored form ({odd[1]!r}, {odd[2]!r})"
        )


def _check_references(connection: sqlite3.Connection) -> None:
    """What names a review from elsewhere still names one (the rows kept their ids)."""
    for (table,) in connection.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name != 'reviews' "
        "AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        names_reviews = any(
            row[2] == "reviews" for row in connection.execute(f"PRAGMA foreign_key_list('{table}')")
        )
        broken = (
            names_reviews and connection.execute(f"PRAGMA foreign_key_check('{table}')").fetchone()
        )
        if broken:
            raise CompactMigrationError(f"a reference would be broken: {tuple(broken)}")
