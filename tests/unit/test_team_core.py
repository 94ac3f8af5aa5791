"""The team view's plain-data core: each member's forecast is the one `trainer readiness`
makes for them, and the team's weakest cards are ordered by their mean recall."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from trainer.core import team
from trainer.core.briefing import Briefing, readiness_from_inputs
from trainer.core.scheduler import Scheduler
from trainer.core.store.records import BriefingRow

AT = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


def test_members_weakest_cards_and_the_next_briefing() -> None:
    scheduler = Scheduler()
    deck = team.DeckCards("ports", "Ports", ("a", "b", "c"), {"a": "Qa", "b": "Qb", "c": "Qc"})
    inputs = [
        ("ann", "ports", "a", 10.0, 2.0),
        ("ann", "ports", "b", 1.0, 6.0),
        ("bob", "ports", "a", 3.0, 1.0),
        ("zed", "ports", "c", 50.0, 1.0),  # not on the roster: not counted
    ]
    members = [team.Member("bob"), team.Member("lea", lead=True), team.Member("ann")]
    view = team.team_view("desk", Briefing(1, AT, ("ports",)), members, [deck], inputs, scheduler)
    assert [m.member.name for m in view.members] == ["lea", "ann", "bob"]  # the lead first
    ann = view.members[1]
    own = [(card, stability, elapsed) for _, _, card, stability, elapsed in inputs[:2]]
    expected = readiness_from_inputs("ports", deck.card_ids, own, AT, scheduler)
    assert ann.decks == (expected,) and ann.seen == 2 and ann.cards == 3
    assert view.members[0].mean == 0 and view.members[0].seen == 0
    # c: nobody on the team answered it; then b (only ann, long ago); then a.
    assert [card.card_id for card in view.weakest] == ["c", "b", "a"]
    assert view.weakest[0].never_seen == 3 and view.weakest[0].question == "Qc"
    means = [card.mean for card in view.weakest]
    assert means == sorted(means) and means[0] == 0
    data = team.view_json(view)
    assert data["members"][1]["analyst"] == "ann" and data["weakest"][2]["card"] == "a"

    rows = [
        BriefingRow(3, "2026-03-06T09:00:00.000000Z", None, ("ports",)),
        BriefingRow(2, "2026-03-04T09:00:00.000000Z", "2026-03-01T00:00:00.000000Z", ("x",)),
        BriefingRow(1, "2026-02-01T09:00:00.000000Z", None, ("old",)),
    ]
    ahead = team.next_briefing(rows, AT - timedelta(days=3))
    assert ahead is not None and ahead.id == 3  # the cleared one and the past one are skipped
    assert team.next_briefing(rows, AT) is None
