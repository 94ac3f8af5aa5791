"""Drafting never fails with anything but its own one-line error, whatever the article.

Pieces of the test articles, recombined and given quotation marks and attributions in
the forms the quote finders read ("according to X, ROLE,", "X said", ", said X."), are
drafted; any exception but a TrainerError would reach the user as a traceback. (A partial
quote in a claim "according to NAME, ROLE, ..." once did: IndexError in find_quotes.)
"""

from __future__ import annotations

import re
import tempfile
from contextlib import suppress
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.errors import TrainerError

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
# The rounds kept unseen (docs/drafting-log.md) are not read here either.
PARAGRAPHS = [
    paragraph
    for path in sorted(ARTICLES.glob("*.txt"))
    if not re.match(r"[mn]\d-", path.name)
    for paragraph in path.read_text(encoding="utf-8").split("\n\n")
    if len(paragraph.split()) > 6
]
LEADS = [
    "according to Maeve Doyle,",
    "according to Dr Ann Lee, the chief engineer,",
    "Maeve Doyle said",
    "The minister, Tom Reilly, said",
    "she said",
    "Ms Doyle told reporters",
    "as Maeve Doyle put it,",
]
ENDS = [", said Maeve Doyle.", ", according to Tom Reilly.", ", she said.", ""]


@st.composite
def quoted(draw: st.DrawFn) -> str:
    """A paragraph with a run of its words quoted and an attribution put in."""
    words = draw(st.sampled_from(PARAGRAPHS)).split()
    start = draw(st.integers(0, len(words) - 3))
    end = draw(st.integers(start + 1, min(len(words) - 1, start + 12)))
    words[start] = "“" + words[start]
    words[end] += draw(st.sampled_from(["”", "”,", "”."]))
    words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(LEADS)))
    return " ".join(words) + draw(st.sampled_from(ENDS))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.sampled_from(PARAGRAPHS) | quoted(), min_size=1, max_size=5),
    cut=st.none() | st.integers(min_value=1, max_value=4000),
)
def test_any_recombined_article_drafts_or_says_why(pieces: list[str], cut: int | None) -> None:
    text = ("Headline\n\n" + "\n\n".join(pieces))[:cut]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, encoding="utf-8")
        # "found no dates, figures, quotes or named people ...": the one-line error.
        with suppress(TrainerError):
            draft_deck(read_source(str(path)).article(path), "fz", Path(folder) / "deck.yaml")
