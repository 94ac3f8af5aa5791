"""Every saved answer as JSON text, streamed from SQLite for ``trainer history --format json``.

A million reviews make a million objects; building a record, a dict and a ``json.dumps``
call for each took most of an export's time. Here each row comes as a plain tuple
(``ReviewStore.review_rows``) and is
written with one f-string: free text through ``json``'s own C string encoder, ids and kinds
encoded once per distinct value, each distinct score's ``repr`` once (``json`` writes
floats with ``repr``), verdicts and ratings as they are (one of a few words, the table's
CHECKs). Building the text in SQLite instead (``printf``, ``json_quote``) was slower. The text
is the same, character for character, as ``json.dumps(..., ensure_ascii=False)`` of
``cli.history.as_dict``; a test compares the two on awkward text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from json.encoder import encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses

from trainer.core.card_texts import UNKNOWN, CardTexts
from trainer.core.clock import as_utc
from trainer.core.store import ReviewStore


def stored_time_iso(stored: str) -> str:
    """A stored time as ``datetime.isoformat`` writes the same moment, without parsing it."""
    # Stored times are fixed-width UTC ("...T18:30:00.000000Z"); isoformat() of the same
    # moment leaves out a zero fraction.
    return (stored[:19] if stored[19:26] == ".000000" else stored[:26]) + "+00:00"


def review_json(
    store: ReviewStore,
    deck_id: str | None = None,
    since: datetime | None = None,
    texts: CardTexts | None = None,
) -> Iterator[str]:
    """Each review's JSON object as one line of text, oldest first, with its card's prompt
    and answer from ``texts`` (empty when the card is no longer in its deck); answers taken
    back are left out."""
    names: dict[str, str] = {}  # deck ids, card ids and kinds repeat: each encoded once
    scores: dict[float, str] = {}
    card_texts: dict[tuple[str, str], str] = {}  # each card's prompt and answer, encoded once
    for (
        deck,
        card,
        response,
        verdict,
        score,
        rating,
        reviewed_at,
        overridden,
        elapsed_s,
        kind,
        tags,
        hinted,
        cram,
        session,
        _review_id,
        confidence,
    ) in store.review_rows(deck_id, None if since is None else as_utc(since)):
        deck_text = names.get(deck) or names.setdefault(deck, encode_basestring(deck))
        card_text = names.get(card) or names.setdefault(card, encode_basestring(card))
        kind_text = names.get(kind) or names.setdefault(kind, encode_basestring(kind))
        shown = card_texts.get((deck, card))
        if shown is None:
            text = UNKNOWN if texts is None else texts.get(deck, card)
            shown = card_texts[deck, card] = (
                f'"prompt": {encode_basestring(text.prompt)}, '
                f'"answer": {encode_basestring(text.answer)}'
            )
        # One of three words (the table's CHECK), or none for answers kept before it.
        confidence_text = "null" if confidence is None else f'"{confidence}"'
        score_text = scores.get(score)
        if score_text is None:
            score_text = scores[score] = repr(float(score))
        if "\\u" in tags:  # stored with ASCII escapes; written out as the characters
            tags = json.dumps(json.loads(tags), ensure_ascii=False)
        yield (
            f'{{"deck": {deck_text}, "card": {card_text}, {shown}, '
            f'"response": {encode_basestring(response)}, '
            f'"confidence": {confidence_text}, '
            f'"verdict": "{verdict}", '
            f'"score": {score_text}, "rating": "{rating}", '
            f'"reviewed_at": "{stored_time_iso(reviewed_at)}", '
            f'"overridden": {"true" if overridden else "false"}, '
            f'"elapsed_s": {"null" if elapsed_s is None else repr(float(elapsed_s))}, '
            f'"kind": {kind_text}, "tags": {tags}, "hinted": {"true" if hinted else "false"}, '
            f'"cram": {"true" if cram else "false"}, "session": {session}}}'
        )
