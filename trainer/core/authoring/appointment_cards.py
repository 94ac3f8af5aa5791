"""Cards for who takes which post (find_appointments.py): "Who becomes foreign secretary?"."""

from __future__ import annotations

from typing import Any

from trainer.core.authoring.deck_file import slugify, unique_id
from trainer.core.authoring.find_appointments import FoundAppointment
from trainer.core.authoring.person_names import OCCUPATION_WORDS

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
                    *(f"{label} {appointment.name}" for label in sorted(OCCUPATION_WORDS)),
                    appointment.name,
                    words[-1],
                ],
            }
        )
    return cards
