"""`trainer validate` helps an author finish: the nearest passage for evidence not found,
and a warning for cards still tagged draft."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from trainer.core.validate import validate_paths

ARTICLE = dedent("""\
    Trade talks
    Two-way trade reached $148.2 billion last year, the ministry said on Monday.
    The ministers agreed to meet again in Geneva.
""")


def _deck(folder: Path, evidence: str, tags: str = "[briefing]") -> Path:
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "deck.yaml"
    path.write_text(
        dedent(f"""\
        id: talks
        title: Talks
        sources:
          s1:
            file: article.txt
        cards:
          - id: trade
            kind: number
            prompt: How much was two-way trade worth last year?
            answer: $148.2 billion
            source: s1
            evidence: "{evidence}"
            tags: {tags}
    """),
        encoding="utf-8",
    )
    return path


def test_evidence_not_found_points_at_the_nearest_passage_and_what_differs(
    tmp_path: Path,
) -> None:
    path = _deck(tmp_path, "Two-way trade reached $148.3 billion last year")
    [problem] = validate_paths([path]).problems
    assert problem.severity == "error"
    assert str(problem).endswith(
        'nearest is line 2: "Two-way trade reached $148.2 billion last year," '
        '("$148.3" where the article says "$148.2")'
    )


def test_evidence_nowhere_near_the_article_says_only_not_found(tmp_path: Path) -> None:
    path = _deck(tmp_path, "The summit was postponed indefinitely")
    [problem] = validate_paths([path]).problems
    assert str(problem).endswith(
        "evidence not found in source 's1': \"The summit was postponed indefinitely\""
    )


def test_cards_still_tagged_draft_are_a_warning_at_the_first(tmp_path: Path) -> None:
    path = _deck(tmp_path, "Two-way trade reached $148.2 billion last year", "[draft, figures]")
    report = validate_paths([path])
    [problem] = report.problems
    assert problem.severity == "warning" and problem.line == 7
    assert "1 card still tagged draft" in problem.message
    assert report.errors == 0
