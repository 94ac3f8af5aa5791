"""Decisions, proposals, demands, blame and "not X but Y" claims are asked as short
phrases of the article's own words (find_decisions.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_decisions import find_decisions


def _asked(text: str) -> list[tuple[str | None, str]]:
    article = Article(Path("story.txt"), text, tuple(text.splitlines()))
    return [(fact.prompt, fact.answer) for fact in find_decisions(article)]


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        (
            "On Friday, two appeal judges dismissed an appeal by Torvane Homes Ltd against "
            "a county court ruling on damp.",
            "What did two appeal judges decide on the appeal against the county court ruling?",
            "appeal dismissed",
        ),
        (
            "On Friday, two appeal judges dismissed an appeal by Torvane Homes Ltd against "
            "a county court ruling on damp.",
            "Who brought the appeal against the county court ruling?",
            "Torvane Homes Ltd",
        ),
        (
            "On Friday, two appeal judges dismissed an appeal by Torvane Homes Ltd.",
            "Whose appeal did two appeal judges dismiss?",
            "Torvane Homes Ltd",
        ),
        (
            "Norway's main opposition leader on Monday accused the cabinet of drift and said "
            "her party would table a motion of censure, setting up a clash.",
            "What did Norway's main opposition leader say her party would table?",
            "a motion of censure",
        ),
        (
            "It also calls on the Office of Water Regulation to commission an independent "
            "review of the pipe renewal schedule, to be completed by spring.",
            "What is the Office of Water Regulation called on to commission?",
            "an independent review of the pipe renewal schedule",
        ),
        (
            "The union urged Halvorsen Foods to publish a full list of the sites by Friday.",
            "What did the union urge Halvorsen Foods to publish?",
            "a full list of the sites",
        ),
        (
            "The authors attribute most of the decline to a shortage of krill.",
            "What do the authors attribute most of the decline to?",
            "a shortage of krill",
        ),
        (
            "This report argues that the port's main weakness is not capacity but staffing, "
            "and it sets out four steps.",
            "What is the port's main weakness?",
            "staffing, not capacity",
        ),
        (
            'That leader, Dilnoza Rahimova, spoke on Friday. "If they want our votes, they '
            'know what our conditions are: free school meals in every county."',
            "What are Rahimova's conditions?",
            "free school meals in every county",
        ),
        (
            "The panel recommends that the Ministry of Health:\n"
            "- appoint a single clinical lead for a term of three years;\n"
            "- report progress to Parliament every quarter.",
            "What does the panel recommend the Ministry of Health appoint?",
            "a single clinical lead",
        ),
        # A short deadline after what is asked for stays in the answer.
        (
            "The panel recommends that the Ministry of Health:\n"
            "- publish a costed staffing plan within six months of this report;\n"
            "- report progress to Parliament every quarter.",
            "What does the panel recommend the Ministry of Health publish?",
            "a costed staffing plan within six months",
        ),
        (
            "It also calls on the Office of Water Regulation to commission an independent "
            "audit by the end of 2027.",
            "What is the Office of Water Regulation called on to commission?",
            "an independent audit by the end of 2027",
        ),
        (
            "Norway's main opposition leader said her party would table a motion of censure "
            "by next spring.",
            "What did Norway's main opposition leader say her party would table?",
            "a motion of censure by next spring",
        ),
    ],
)
def test_a_claim_is_asked_by_its_short_phrase(text: str, prompt: str, answer: str) -> None:
    assert (prompt, answer) in _asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # No one to say it of: the sentence opens on no speaker.
        "After weeks of talks, she said her party would table a motion of censure.",
        # Conditions with no one named before them.
        '"They know what our conditions are: free school meals in every county."',
        # A bullet with no recommendation above it.
        "- appoint a single clinical lead for a term of three years;",
        # "not X but Y" about no problem, weakness or risk.
        "The plan is not cheap but it is fair.",
    ],
)
def test_nothing_is_asked_without_its_anchor(text: str) -> None:
    assert _asked(text) == []


def test_a_ruling_with_nothing_it_was_against_asks_only_whose_appeal() -> None:
    # "What did the judges decide on the appeal?" once the party is hidden asks nothing.
    asked = _asked("Two appeal judges dismissed an appeal by Torvane Homes Ltd on Friday.")
    assert [prompt for prompt, _ in asked] == ["Whose appeal did two appeal judges dismiss?"]
