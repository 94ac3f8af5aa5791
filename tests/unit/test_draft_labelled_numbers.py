"""A number that names a thing ("Ward 2", "District 5", "Phase 4") gives no count away."""

from __future__ import annotations

from trainer.core.authoring.finishing import gives_away


def _count(answer: str, evidence: str) -> dict[str, object]:
    return {
        "id": "count",
        "kind": "number",
        "answer": answer,
        "evidence": evidence,
        "prompt": "How many?",
    }


def test_a_ward_or_district_number_is_no_count() -> None:
    arenas = _count("two", "deferred repairs at two municipal arenas")
    assert not gives_away("Who is the Ward 2 councillor?", arenas)
    assert not gives_away("Who is the District 2 supervisor?", arenas)
    # A count written as a count still gives it away.
    assert gives_away("Repairs were deferred at 2 arenas, said whom?", arenas)


def test_the_same_label_in_the_evidence_still_gives_it_away() -> None:
    phase = _count("4", "12 districts were classified in IPC Phase 4 (Emergency)")
    assert gives_away("Which districts were classified in IPC Phase 4?", phase)
