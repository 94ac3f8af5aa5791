"""All of a source's evidence found in one pass agrees with searching for each one alone."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.validate import FEW_EVIDENCE, _SourceTexts, fold_typography

# A small alphabet makes overlapping and nested matches common.
WORDS = st.text(alphabet="ab c", min_size=0, max_size=6)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab c", max_size=80),
    evidence=st.lists(WORDS, min_size=FEW_EVIDENCE + 1, max_size=60),
)
def test_one_pass_finds_exactly_what_each_search_finds(text: str, evidence: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "article.txt"
        source.write_text(text, encoding="utf-8")
        # Both sides folded, as validate folds them (whitespace runs become one space).
        evidence = [fold_typography(item) for item in evidence]
        found = _SourceTexts().found(source, evidence)
    assert found is not None
    folded = fold_typography(text)
    assert {item for item in evidence if item in folded} == found & set(evidence)


def test_an_unreadable_source_finds_nothing_to_report(tmp_path: Path) -> None:
    assert _SourceTexts().found(tmp_path / "missing.txt", ["anything"] * 20) is None
