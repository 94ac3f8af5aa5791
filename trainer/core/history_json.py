"""Every saved answer as JSON text, streamed from SQLite for ``trainer history --format json``.

A million reviews make a million objects; building a record, a dict and a ``json.dumps``
call for each took most of an export's time. Here SQLite writes the text of each review
around its two numbers, and Python adds only those (``repr`` of a float, as ``json``
writes it) and the tags where they need re-escaping. The text is the same, character for
character, as ``json.dumps(..., ensure_ascii=False)`` of ``cli.history.as_dict``; a test
compares the two on awkward text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Final

from trainer.core.clock import as_utc
from trainer.core.store import Store, to_db_time

# json_quote escapes as json.dumps(..., ensure_ascii=False) does: '"', '\\', and control
# characters (\b \t \n \f \r by letter, the rest as \u00xx). It is the costliest call
# here, so ids that are slugs (as deck files require) are quoted plainly; anything else in
# them still goes through json_quote. Verdicts and ratings are one of a few words (the
# table's CHECKs). Stored times are fixed-width UTC ("...T18:30:00.000000Z"); isoformat()
# of the same moment leaves out a zero fraction. printf builds each piece in one go.


def _quoted(column: str) -> str:
    return f"""iif({column} GLOB '*[^a-z0-9-]*', json_quote({column}), '"' || {column} || '"')"""


_SQL: Final = f"""
SELECT
  printf('{{"deck": %s, "card": %s, "response": %s, "verdict": "%s", "score": ',
         {_quoted("deck_id")}, {_quoted("card_id")}, json_quote(response), verdict),
  score,
  printf(', "rating": "%s", "reviewed_at": "%s+00:00", "overridden": %s, "elapsed_s": ',
         rating,
         iif(substr(reviewed_at, 20, 7) = '.000000', substr(reviewed_at, 1, 19),
             substr(reviewed_at, 1, 26)),
         iif(overrides IS NULL, 'false', 'true')),
  elapsed_s,
  printf(', "kind": %s, "tags": ', {_quoted("kind")}),
  tags,
  printf(', "hinted": %s, "cram": %s, "session": %d}}', iif(hinted, 'true', 'false'),
         iif(cram, 'true', 'false'), session_id)
FROM reviews"""


def review_json(store: Store, deck_id: str | None = None,
                since: datetime | None = None) -> Iterator[str]:
    """Each review's JSON object as one line of text, oldest first."""
    sql, where, parameters = _SQL, [], []
    if deck_id is not None:
        where.append("deck_id = ?")
        parameters.append(deck_id)
    if since is not None:
        where.append("reviewed_at >= ?")
        parameters.append(to_db_time(as_utc(since)))
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY reviewed_at, id"
    # Scores repeat (1.0, 0.0, a few partial ones): each is written out once.
    scores: dict[float, str] = {}
    for head, score, middle, elapsed_s, kind, tags, tail in store.stream_rows(sql, parameters):
        if "\\u" in tags:  # stored with ASCII escapes; written out as the characters
            tags = json.dumps(json.loads(tags), ensure_ascii=False)
        written = scores.get(score)
        if written is None:
            written = scores[score] = repr(float(score))
        elapsed = "null" if elapsed_s is None else repr(float(elapsed_s))
        yield f"{head}{written}{middle}{elapsed}{kind}{tags}{tail}"
