"""Schema 10's migration on rows the trainer would not write but a schema 9 file may hold:
NULLs, edge times, keys of every shape, texts that are not UTF-8, values the table refuses.
Every row reads back through review_rows exactly as the old table held it, or the upgrade
is refused with the file left as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_store_compact import OLD_COLUMNS, read, schema_9_folder

from trainer.core.store import Store, StoreError, compact

INSERT = (
    "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, score, "
    "rating, reviewed_at, elapsed_s, hinted, cram, overrides, due_after, confidence, uid) "
    "VALUES (1, ?, ?, 'text', ?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, ?, ?, ?)"
)
# deck, card, tags, response, verdict, score, rating, reviewed_at, elapsed_s, due_after,
# confidence, uid
ODD_ROWS: list[tuple[object, ...]] = [
    # Every column that may be NULL is; the first and last microsecond of a second.
    (
        "harbour",
        "card-0",
        "[]",
        "",
        "wrong",
        0.0,
        "again",
        "2025-07-25T10:00:00.000001Z",
        None,
        None,
        None,
        None,
    ),
    (
        "harbour",
        "card-0",
        "[]",
        "x",
        "close",
        1.0,
        "easy",
        "2025-07-25T10:00:00.999999Z",
        0.0,
        "2025-07-25T10:00:01.000000Z",
        "guess",
        "0" * 32,
    ),
    # Due before the review (a clock set back), a leap day, a year far ahead.
    (
        "harbour",
        "card-1",
        "[]",
        "y",
        "correct",
        0.5,
        "hard",
        "2028-02-29T23:59:59.500000Z",
        1e-9,
        "2028-02-29T23:59:58.750001Z",
        "unsure",
        "f" * 32,
    ),
    (
        "harbour",
        "card-1",
        "[]",
        "z",
        "correct",
        0.25,
        "good",
        "2199-12-31T23:59:59.999999Z",
        12345.678,
        "2200-01-01T00:00:00.000000Z",
        "sure",
        None,
    ),
    # The same card with other tags: a second version of it in review_cards.
    (
        "harbour",
        "card-1",
        '["new"]',
        "w",
        "correct",
        1.0,
        "good",
        "2025-07-26T08:00:00.000000Z",
        2.5,
        "2025-07-30T08:00:00.000000Z",
        None,
        "0123456789abcdef0123456789abcdef",
    ),
    # Keys of every other shape, kept as they are.
    (
        "harbour",
        "card-2",
        "[]",
        "k",
        "correct",
        1.0,
        "good",
        "2025-07-26T08:00:01.000000Z",
        None,
        None,
        None,
        "0123456789abcdef 0123456789abcde",
    ),
    (
        "harbour",
        "card-2",
        "[]",
        "k",
        "correct",
        1.0,
        "good",
        "2025-07-26T08:00:01.500000Z",
        None,
        None,
        None,
        "0123456789abcdef  0123456789abcd",  # hex would read 15 bytes from it
    ),
    (
        "harbour",
        "card-2",
        "[]",
        "k",
        "correct",
        1.0,
        "good",
        "2025-07-26T08:00:02.000000Z",
        None,
        None,
        None,
        "é" * 32,
    ),
    (
        "harbour",
        "card-2",
        "[]",
        "k",
        "correct",
        1.0,
        "good",
        "2025-07-26T08:00:03.000000Z",
        None,
        None,
        None,
        "0123456789abcdef0123456789abcde\x00",
    ),
    (
        "harbour",
        "card-2",
        "[]",
        "k",
        "correct",
        1.0,
        "good",
        "2025-07-26T08:00:04.000000Z",
        None,
        None,
        None,
        "0123456789abcdef0123456789abcdef\n",
    ),
    (
        "harbour",
        "card-2",
        "[]",
        "k",
        "correct",
        1.0,
        "good",
        "2025-07-26T08:00:06.000000Z",
        None,
        None,
        None,
        42,
    ),
    # Texts with quotes, control characters and other scripts.
    (
        "ports-é",
        "card 'x'\t",
        '["ü", "\\""]',
        "a\x00b",
        "close",
        0.75,
        "hard",
        "2025-07-26T08:00:07.123456Z",
        3.0,
        "2025-08-26T08:00:07.123457Z",
        "sure",
        None,
    ),
    # Two cards whose values joined by NUL would be the same text.
    *(
        (
            deck,
            card,
            "[]",
            "n",
            "correct",
            1.0,
            "good",
            "2025-07-26T08:00:08.000000Z",
            None,
            None,
            None,
            None,
        )
        for deck, card in (("harbour\x00card", "3"), ("harbour", "card\x003"))
    ),
]


def add_rows(database: Path, rows: list[tuple[object, ...]]) -> None:
    connection = sqlite3.connect(database)
    with connection:
        connection.executemany(INSERT, rows)
    connection.close()


def read_bytes(database: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows with texts as their bytes (a text that is not UTF-8 reads back too)."""
    connection = sqlite3.connect(database)
    connection.text_factory = bytes
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_odd_rows_read_back_exactly(data_dir: Path) -> None:
    database = schema_9_folder(data_dir)
    # A review of session 2, then these of session 1: each session's reviews in two runs.
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(INSERT.replace("VALUES (1,", "VALUES (2,"), ODD_ROWS[0])
    connection.close()
    add_rows(database, ODD_ROWS)
    before = read(database, f"SELECT {OLD_COLUMNS} FROM reviews ORDER BY id")
    firsts = read(database, "SELECT session_id, min(id) FROM reviews GROUP BY 1 ORDER BY 1")
    with Store.open(data_dir, backup=False):
        pass
    assert read(database, f"SELECT {OLD_COLUMNS} FROM review_rows ORDER BY id") == before
    assert read(database, "SELECT id, reviews_from FROM sessions ORDER BY id") == firsts
    kinds = dict(read(database, "SELECT id, typeof(uid) FROM reviews"))
    assert [kinds[row[0]] for row in before[-len(ODD_ROWS) :]] == [
        "null", "blob", "blob", "null", "blob",
        "text", "text", "text", "text", "text", "text", "null", "null", "null",
    ]  # fmt: skip
    # The copy's check lists were switched off for it alone: the table refuses again.
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA ignore_check_constraints").fetchone() == (0,)


def test_texts_that_are_not_utf8_are_kept_byte_for_byte(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python cannot be handed such a text: the card map gives way to SQLite's own matching
    from that batch on, and the cards numbered before keep their numbers."""
    database = schema_9_folder(data_dir)
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at, uid) VALUES (1, 'harbour', CAST(x'63ff' AS TEXT), "
            "'text', '[]', CAST(x'fe41' AS TEXT), 'correct', 1, 'good', "
            "'2025-07-28T10:00:00.000000Z', CAST(x'ff' AS TEXT))"
        )
    connection.close()
    add_rows(database, ODD_ROWS[:2])  # after it: matched by SQLite, old cards and new
    before = read_bytes(database, f"SELECT {OLD_COLUMNS} FROM reviews ORDER BY id")
    monkeypatch.setattr(compact, "BATCH", 10)
    reports: list[tuple[int, int]] = []
    with Store.open(data_dir, backup=False, progress=lambda *r: reports.append(r)):
        pass
    assert read_bytes(database, f"SELECT {OLD_COLUMNS} FROM review_rows ORDER BY id") == before
    assert reports[-1] == (len(before), len(before))
    assert [done for done, _total in reports] == sorted(done for done, _total in reports)
    cards = read_bytes(database, "SELECT deck_id, card_id, kind, tags FROM review_cards")
    assert len(cards) == len(set(cards))  # each card once, whichever way it was filed


REFUSED_ROW: dict[str, object] = {
    "session_id": 1, "deck_id": "harbour", "card_id": "card-0", "kind": "text", "tags": "[]",
    "response": "x", "verdict": "correct", "score": 1.0, "rating": "good",
    "reviewed_at": "2025-07-25T10:00:00.000000Z", "due_after": None,
}  # fmt: skip


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("reviewed_at", "2025-07-25T10:00:00.000000+02:00", "not in the stored form"),
        ("reviewed_at", "2025-07-25T10:00:00Z", "not in the stored form"),
        ("due_after", "2025-13-45T10:00:00.000000Z", "not in the stored form"),
        ("score", 1.5, "CHECK constraint failed: score BETWEEN 0 AND 1"),
        ("confidence", "maybe", "CHECK constraint failed: confidence IN"),
        ("verdict", "meh", "NOT NULL constraint failed: reviews_compact.verdict"),
        ("rating", "fine", "NOT NULL constraint failed: reviews_compact.rating"),
    ],
)
def test_a_value_the_compact_table_refuses_changes_nothing(
    data_dir: Path, column: str, value: object, reason: str
) -> None:
    database = schema_9_folder(data_dir)
    connection = sqlite3.connect(database)
    with connection:
        # Written past schema 9's own checks, as another program could.
        connection.execute("PRAGMA ignore_check_constraints = ON")
        row = dict(REFUSED_ROW, **{column: value})
        connection.execute(
            f"INSERT INTO reviews ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )
    connection.close()
    before = read(database, "SELECT type, name, sql FROM sqlite_schema ORDER BY name")
    with pytest.raises(StoreError, match=reason):
        Store.open(data_dir, backup=False)
    assert read(database, "PRAGMA user_version") == [(9,)]
    assert read(database, "SELECT type, name, sql FROM sqlite_schema ORDER BY name") == before


def test_keys_hex_would_read_differently_are_kept_as_text(data_dir: Path) -> None:
    """Capitals and spaces, which bytes.fromhex takes without failing, in a batch where
    nothing makes the copy fall back to the careful way."""
    database = schema_9_folder(data_dir)
    keys = ["0123456789ABCDEF0123456789abcdef", "0123456789abcdef  0123456789abcd"]
    add_rows(
        database,
        [(*ODD_ROWS[2][:-1], key) for key in keys],
    )
    with Store.open(data_dir, backup=False):
        pass
    assert read(database, "SELECT uid, typeof(uid) FROM review_rows ORDER BY id")[-2:] == [
        (key, "text") for key in keys
    ]
