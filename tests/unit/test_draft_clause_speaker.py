"""A long question is not cut to a reported clause whose second verb is the speaker's."""

from __future__ import annotations

from trainer.core.authoring.clause_alone import clause_alone


def test_the_speaker_who_goes_on_is_not_cut_away() -> None:
    prompt = (
        "The health board's executive director of operations said the figures were "
        '"disappointing" but insisted that what?'
    )
    assert clause_alone(prompt, 15) is None


def test_a_reported_clause_of_its_own_is_still_asked() -> None:
    prompt = (
        "Analysts at the consultancy Rystad Energy estimated the outage would cost the "
        "company how much?"
    )
    assert clause_alone(prompt, 12) == "The outage would cost the company how much?"
