"""A hidden body that owns a role is named by its kind, not left as "…'s"."""

from __future__ import annotations

from trainer.core.authoring.hidden_owners import owner_named_by_kind


def test_a_council_owning_a_role_is_the_council() -> None:
    assert (
        owner_named_by_kind(
            "Who is the Wexcombe District Council’s head of parks?", "Wexcombe District Council"
        )
        == "Who is the council’s head of parks?"
    )


def test_a_body_named_elsewhere_in_the_prompt_is_left_to_be_hidden() -> None:
    prompt = "The plan was approved by Wexcombe District Council on what date?"
    assert owner_named_by_kind(prompt, "Wexcombe District Council") == prompt


def test_a_name_of_no_body_kind_is_left() -> None:
    prompt = "Who is Brightwell Foods’s chief buyer?"
    assert owner_named_by_kind(prompt, "Brightwell Foods") == prompt


def test_an_owner_outside_a_who_question_is_left_to_read_as_the() -> None:
    prompt = "The Wexcombe District Council’s head of parks said how many trees fell?"
    assert owner_named_by_kind(prompt, "Wexcombe District Council") == prompt
