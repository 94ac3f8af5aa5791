"""One table of quote, dash and space styles: the grader and the evidence check agree."""

from __future__ import annotations

import pytest

from trainer.core.grading.normalize import fold, normalize
from trainer.core.typography import PLAIN_FORMS
from trainer.core.validate import fold_typography


@pytest.mark.parametrize("styled", sorted(PLAIN_FORMS))
def test_the_validator_and_the_grader_fold_each_styled_character_alike(styled: str) -> None:
    written = f"it{styled}s 1{styled}2 said"
    assert fold_typography(written).casefold() == fold(written)
    assert fold_typography(written) != written


def test_a_character_outside_the_table_is_kept_by_both() -> None:
    # A slash is punctuation, not a style: neither fold touches it.
    assert fold_typography("a/b") == fold("a/b") == "a/b"


def test_an_answer_typed_plain_meets_its_printed_form() -> None:
    printed = "\u201cNo\u2009\u2014\u00a0deal\u201d \u00abfinal\u00bb O\u02bcNeill\u2019s"
    typed = '"No - deal" "final" O\'Neill\'s'
    assert normalize(printed) == normalize(typed)
    assert fold_typography(printed.replace("\u2009", " ")) == fold_typography(typed)
