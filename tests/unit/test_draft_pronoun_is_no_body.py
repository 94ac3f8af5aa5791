"""A "she told me" after a quotation means a person, never a body the paragraph before
names ("the campaign group Open Waters, which ...", "the Delta Partnership, a regional
body she led")."""

from __future__ import annotations

from trainer.core.authoring.person_names import resolve_pronoun, written_as_body

_TEXT = (
    "Amara Doss-Whitley, the agency's new director, took office in March. She once led "
    "the Orvalle Delta Partnership, a regional body she rescued.\n\n"
    "The campaign group Open Waters, which opposes large dams, says she is too close to "
    "industry. She does not seem troubled."
)


def test_bodies_are_written_as_bodies() -> None:
    assert written_as_body("Open Waters", _TEXT)
    assert written_as_body("Orvalle Delta Partnership", _TEXT)
    assert not written_as_body("Amara Doss-Whitley", _TEXT)
    # "the 44-year-old business secretary" describes a person, not a business
    assert not written_as_body("Ravi Mehta", "Ravi Mehta, the 44-year-old business secretary.")


def test_she_resolves_past_the_body_to_the_person() -> None:
    known = ["Open Waters", "Amara Doss-Whitley"]
    assert resolve_pronoun("she", _TEXT, known, _TEXT) == "Amara Doss-Whitley"
