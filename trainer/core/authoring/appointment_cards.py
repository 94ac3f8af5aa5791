"""Cards for who takes which post (find_appointments.py): "Who becomes foreign secretary?"."""

from __future__ import annotations

from typing import Any

from trainer.core.authoring.deck_file import slugify, unique_id
from trainer.core.authoring.find_appointments import FoundAppointment
from trainer.core.authoring.person_names import OCCUPATION_WORDS
from trainer.core.validate import fold_typography

_SOURCE = "s1"
_GROUP = "appointments"


def appointment_cards(found: list[FoundAppointment], taken: set[str]) -> list[dict[str, Any]]:
    """A name card per appointment, its sentence as evidence, one per person and prompt."""
    cards: list[dict[str, Any]] = []
    asked: set[str] = set()
    named: set[str] = set()
    for appointment in found:
        if appointment.prompt in asked or appointment.name in named:
            continue
        asked.add(appointment.prompt)
        named.add(appointment.name)
        words = appointment.name.split()
        cards.append(
            {
                "id": unique_id(slugify(f"appointed-{appointment.name}") or _GROUP, taken),
                "kind": "name",
                "prompt": appointment.prompt,
                "answer": appointment.name,
                "source": _SOURCE,
                "evidence": appointment.sentence,
                "tags": ["draft", _GROUP],
                # How the name may stand in another card's prompt, to be hidden there.
                "_written": [
                    *appointment.written,
                    *(f"{label} {appointment.name}" for label in sorted(OCCUPATION_WORDS)),
                    appointment.name,
                    words[-1],
                ],
            }
        )
    return cards


def not_asked_by_role(
    found: list[FoundAppointment], roles: dict[str, list[str]]
) -> list[FoundAppointment]:
    """``found`` without the appointments a role card asks already: "Halvorsen, who took
    over as chief executive" beside "the company's chief executive, Ingrid Halvorsen".
    ``roles`` are the roles the draft gives each person."""
    return [
        appointment
        for appointment in found
        if appointment.post is None
        or not any(
            _fold(appointment.post) in _fold(role) for role in roles.get(appointment.name, [])
        )
    ]


def as_former_holder(description: str, name: str, found: list[FoundAppointment]) -> str:
    """ "the housing secretary" as "the former housing secretary" when the article says
    someone else takes that post ("outgoing" while the move is still to come), so no card
    asks "Who is the housing secretary?" of the one who left it."""
    words = description.split(" ", 1)
    if len(words) < 2 or words[0] != "the":
        return description
    for appointment in found:
        if (
            appointment.post is not None
            and not appointment.leaves
            and appointment.name != name
            and _fold(appointment.post) == _fold(words[1])
        ):
            before = "outgoing" if appointment.prompt.startswith("Who will") else "former"
            return f"the {before} {words[1]}"
    return description


def asks_the_post_taken(card: dict[str, Any], found: list[FoundAppointment]) -> bool:
    """Whether ``card`` asks, as its answer, the post an appointment card asks who took
    ("To what post has Jane Roe been appointed?" beside "Who was named chair?"): one fact."""
    answer = _fold(str(card["answer"]))
    return any(
        appointment.post is not None
        and appointment.sentence == card["evidence"]
        and (answer in _fold(appointment.post) or _fold(appointment.post) in answer)
        for appointment in found
    )


def _fold(text: str) -> str:
    return fold_typography(text).casefold()
