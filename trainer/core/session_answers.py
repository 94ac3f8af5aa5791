"""The answering half of a quiz session: grading, scheduling and saving an answer, "I was
right", a skip, undo, moving on to the next card (a missed card back, cards another trainer
answered passed over) and the summary.

Apart from ``session.py`` so that the first question waits for none of it: the session
(``QuizSession``) holds the queue and what the screen shows, and its ``submit``,
``override``, ``skip``, ``undo``, ``pass_cards_answered_elsewhere`` and ``summary`` call
these functions, so this module is loaded (on a first run after ``pip install -e .``,
compiled) with the first answer, skip or end. They work on the session's own state, as its
methods did.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple, cast

from trainer.core.clock import as_utc
from trainer.core.confidence import split_choice_confidence, split_confidence
from trainer.core.errors import TrainerError
from trainer.core.outcome import Outcome, SessionSummary, session_score
from trainer.core.session import HINTED_SCORE_CAP, OVERRIDE_DETAIL
from trainer.core.store import NewReview, from_db_time, to_db_time

if TYPE_CHECKING:
    from trainer.core.confidence import Confidence
    from trainer.core.deck import Card
    from trainer.core.session import QuizSession
    from trainer.core.store import CardState


class Answered(NamedTuple):
    """What ``override`` needs to re-record an answer, and ``undo`` to take it back: where
    it stands in the queue and the card as it was before it; the rest is its outcome's."""

    position: int
    outcome: Outcome  # the answer as first recorded (a correction does not replace it)
    memory_before: str | None
    state_before: CardState | None = None  # the card's schedule before the answer

    @property
    def review_id(self) -> int:
        return self.outcome.review_id or 0

    @property
    def reviewed_at(self) -> datetime:
        return cast(datetime, self.outcome.reviewed_at)  # the session always sets it

    @property
    def hinted(self) -> bool:
        return self.outcome.hinted


def submit(
    session: QuizSession,
    response: str,
    elapsed_s: float | None = None,
    confidence: Confidence | None = None,
) -> Outcome:
    """Grade, schedule and save the answer to the current card, then move on.

    The confidence is read from trailing question marks on ``response`` (see
    trainer.core.confidence) unless given; a choice card's label is turned into the
    text of the option it names in this review's order before grading and saving.
    """
    session.complete()  # the next card is needed once this one is answered
    if session._index >= len(session._queue):
        raise TrainerError("the session is over; there is no card to answer")
    from trainer.core.grading import Grade, grade

    deck_id, position = session._queue[session._index]
    card = session._decks[deck_id].card_at(position)
    options = session.current_options
    stated = (split_choice_confidence if options else split_confidence)(response)
    response, confidence = stated.text, confidence or stated.confidence
    graded_as = response
    if options:
        from trainer.core.choice_options import resolve_choice

        response, graded_as = resolve_choice(card, options, response)
    now = as_utc(session._clock())
    graded = grade(card, graded_as)
    graded = Grade(graded.verdict, min(1.0, max(0.0, graded.score)), graded.detail)
    if session._hinted and graded.verdict == "correct":
        detail = f"{graded.detail}; a hint was shown" if graded.detail else "a hint was shown"
        graded = Grade("close", min(graded.score, HINTED_SCORE_CAP), detail)
    rating = session._scheduler.rating_for(
        graded, elapsed_s, confidence, hinted=session._hinted, asked_again=session.asked_again
    )
    # Cram moves the memory too (not the due time): undo puts the whole state back.
    state_before = session._store.card_state(deck_id, card.id)
    memory_before = _memory_before(session, deck_id, card.id)
    answer = Outcome(
        deck_id=deck_id,
        card=card,
        response=response,
        grade=graded,
        rating=rating,
        due=None,
        hinted=session._hinted,
        overridden=False,
        elapsed_s=elapsed_s,
        reviewed_at=now,
        confidence=confidence,
        options=options,
    )
    outcome = _record(session, answer, memory_before=memory_before, schedule_at=now)
    session._skipped_last = False
    session._last_answered = Answered(session._index, outcome, memory_before, state_before)
    session._answered.append(session._last_answered)
    session._outcomes[session._index] = outcome
    if graded.verdict == "correct":
        session._relearn.withdraw((deck_id, position))
    else:
        session._relearn.missed((deck_id, position))
    advance(session)
    return outcome


def override(session: QuizSession) -> Outcome:
    """Count the last wrong or close answer as correct ("I was right") and re-record it."""
    last, answered = session._last, session._last_answered
    if last is None or answered is None:
        raise TrainerError("there is no answer to count as correct yet")
    if not session.can_override:
        raise TrainerError("the last answer already counts as correct")
    from trainer.core.grading import Grade

    now = as_utc(session._clock())
    corrected = Grade("correct", 1.0, OVERRIDE_DETAIL)
    # Rescheduled from the state before the answer, with the rating a correct answer at
    # the stated confidence would have had: a forgiven typo is not set back a week.
    rating = session._scheduler.rating_for(
        corrected,
        last.elapsed_s,
        last.confidence,
        hinted=last.hinted,
        asked_again=answered.position in session._again,
    )
    correction = replace(
        last, grade=corrected, rating=rating, reviewed_at=now, overridden=True, due=None
    )
    outcome = _record(
        session,
        correction,
        memory_before=answered.memory_before,
        schedule_at=answered.reviewed_at,
        overrides=answered.review_id,
    )
    session._outcomes[answered.position] = outcome
    # Counted as correct: it needs no asking again, even if it is already back on screen.
    entry = session._queue[answered.position]
    session._relearn.withdraw(entry)
    if session._index in session._again and session._queue[session._index] == entry:
        del session._queue[session._index]
        session._again.discard(session._index)
        if session._index >= len(session._queue):
            bring_back(session, nothing_else=True)
        if session._index >= len(session._queue):
            session._ended_at = as_utc(session._clock())
    return outcome


def _memory_before(session: QuizSession, deck_id: str, card_id: str) -> str | None:
    """The scheduler's memory of a card as it stands before this answer."""
    key = (deck_id, card_id)
    if key in session._memory:
        return session._memory[key]
    return session._store.memory(deck_id, card_id)


def undo(session: QuizSession) -> Card:
    """Take back the session's last answer; its card is asked again.

    The card's schedule and every tally go back to what they were before the answer (a
    card's first answer undone leaves it new). The review stays in the append-only
    history, marked as taken back (an "I was right" on it too), and history,
    statistics and exports leave it out. Cards skipped after it are asked again.
    """
    if not session._answered:
        raise TrainerError("there is no answer to take back in this session")
    answered = session._answered[-1]
    deck_id, position = session._queue[answered.position]
    card = session._decks[deck_id].card_at(position)
    session._store.undo_review(answered.review_id, answered.state_before)
    # The card is asked again now, so it no longer waits to come back after a miss, nor
    # comes back for the miss taken back.
    session._relearn.withdraw((deck_id, position))
    _drop_asked_again_after(session, answered.position, (deck_id, position))
    session._answered.pop()
    session._outcomes.pop(answered.position, None)
    later_skips = [index for index in session._skipped_at if index > answered.position]
    session._skipped -= len(later_skips)
    session._skipped_at = [index for index in session._skipped_at if index < answered.position]
    if answered.state_before is None:
        session._memory.pop((deck_id, card.id), None)
    else:
        session._memory[deck_id, card.id] = answered.state_before.memory
    session._index = answered.position
    session._hinted = answered.hinted  # a hint seen stays seen
    session._option_orders.pop(answered.position, None)
    session._last_answered = session._answered[-1] if session._answered else None
    session._last = (
        None
        if session._last_answered is None
        else session._outcomes.get(session._last_answered.position)
    )
    session._ended_at = None
    session._skipped_last = False
    return card


def _drop_asked_again_after(session: QuizSession, index: int, entry: tuple[str, int]) -> None:
    """Take out of the queue the later goes at ``entry`` that a miss put there."""
    for later in sorted(
        (i for i in session._again if i > index and session._queue[i] == entry), reverse=True
    ):
        del session._queue[later]
        session._again = {i - 1 if i > later else i for i in session._again if i != later}


def _record(
    session: QuizSession,
    answer: Outcome,
    *,
    memory_before: str | None,
    schedule_at: datetime,
    overrides: int | None = None,
) -> Outcome:
    """Schedule and save one answer (a correction of review ``overrides``, when given);
    the answer's outcome with its due time and review id."""
    deck_id, card, rating = answer.deck_id, answer.card, answer.rating
    # Cram answers move the memory too (the store leaves their due times alone).
    scheduled = session._scheduler.review(memory_before, rating, schedule_at, answer.elapsed_s)
    at = session.deadlines.get(deck_id)
    if at is not None and not session.cram:
        from trainer.core import briefing

        scheduled = scheduled._replace(
            due=briefing.deadline_due(
                scheduled, schedule_at, at, session._scheduler, session.target
            )
        )
    # The one review record, built from the outcome; the outcome then learns its id.
    review = NewReview.from_outcome(answer, overrides)
    recorded = session._store.record_review(session._session, review, scheduled)
    if session._session.id is None:
        session._session = session._session._replace(id=recorded.session_id)
    session._memory[deck_id, card.id] = scheduled.memory
    outcome = replace(
        answer, due=None if session.cram else scheduled.due, review_id=recorded.review_id
    )
    session._last = outcome
    return outcome


# -- the end -------------------------------------------------------------------------


def summary(session: QuizSession) -> SessionSummary:
    """Counts, score and what comes next, for the session so far."""
    session.complete()
    first = {
        index: outcome
        for index, outcome in session._outcomes.items()
        if index not in session._again
    }
    final: dict[tuple[str, str], Outcome] = {}
    for _, outcome in sorted(session._outcomes.items()):
        final[outcome.deck_id, outcome.card.id] = outcome
    outcomes = tuple(first.values())
    verdicts = [outcome.grade.verdict for outcome in outcomes]
    now = as_utc(session._clock())
    ended = session._ended_at or now
    # Read now rather than kept from the start: this session's answers have moved them.
    due_times = {deck_id: session._store.due_times(deck_id) for deck_id in session._decks}
    upcoming = [
        due
        for deck_id, card_ids in session._considered.items()
        for due in map(due_times[deck_id].get, card_ids)
        if due is not None
    ]
    horizon = to_db_time(now + timedelta(hours=24))
    # Only cards still in their deck: a card removed from the file is not coming up.
    due_tomorrow = sum(
        1
        for deck in session._decks.values()
        for due in map(due_times[deck.id].get, deck.card_index().ids)
        if due is not None and due <= horizon
    )
    return SessionSummary(
        deck_ids=session.deck_ids,
        asked=len(outcomes) + session._skipped,
        correct=verdicts.count("correct"),
        close=verdicts.count("close"),
        wrong=verdicts.count("wrong"),
        skipped=session._skipped,
        score=session_score(outcome.grade.score for outcome in outcomes),
        elapsed_s=max(0.0, (ended - session.started_at).total_seconds()),
        outcomes=outcomes,
        next_due=from_db_time(min(upcoming)) if upcoming else None,
        due_tomorrow=due_tomorrow,
        queued=len(session._queue) - len(session._again),
        final_outcomes=tuple(final.values()),
        attempts=len(session._outcomes),
        left_open=session._left_open,
        skipped_cards=tuple(
            (
                session._queue[index][0],
                session._decks[session._queue[index][0]].card_at(session._queue[index][1]),
            )
            for index in session._skipped_at
            if index < len(session._queue)
        ),
    )


def skip(session: QuizSession) -> Card:
    """Leave the current card unanswered; nothing is recorded. Returns the card skipped."""
    session.complete()
    if session._index >= len(session._queue):
        raise TrainerError("the session is over; there is no card to skip")
    card = session._decks[session._queue[session._index][0]].card_at(
        session._queue[session._index][1]
    )
    if session._index not in session._again:  # a card asked again had its first try
        session._skipped += 1
        session._skipped_at.append(session._index)
    session._skipped_last = True
    advance(session)
    return card


def pass_answered_elsewhere(session: QuizSession) -> int:
    """Drop from the queue the cards from here on that another trainer has answered.

    The queue was built when the session started; a second trainer on the same store (a
    line-mode session beside the full-screen one, say) may since have answered some of
    its cards. Asking one again would give it a second review, so before a card is asked
    its schedule is looked up: a review since this session started and a due time still
    ahead mean it is done for now. Such a card is neither asked nor skipped; it leaves
    the queue, so the progress counts only what is left ("7 / 19"). Returns how many
    were dropped. Cram sessions ask every card whatever its schedule, so drop none.
    """
    if session.cram:
        return 0
    session.complete()
    since = to_db_time(session.started_at)
    now = to_db_time(as_utc(session._clock()))
    dropped = 0
    while session._index < len(session._queue):
        if session._index in session._again:
            # Asked again after a miss in this session: its review since the start is
            # this session's own, not another trainer's.
            break
        deck_id, position = session._queue[session._index]
        # The card is about to be asked, so building it (from a cached deck) is no waste.
        card_id = session._decks[deck_id].card_at(position).id
        try:
            answered = session._store.reviewed_since(deck_id, card_id, since, now)
        except TrainerError:
            # Called after an answer is saved: a failed read must not look like a failed
            # save. The card is asked; at worst it gets a second review.
            break
        if not answered:
            break
        first_tries = session._index - sum(1 for index in session._again if index < session._index)
        del session._queue[session._index]
        session._again = {i - 1 if i > session._index else i for i in session._again}
        if first_tries < session._due_count:
            session._due_count -= 1
        else:
            session._new_count -= 1
        dropped += 1
    if dropped and session._index >= len(session._queue):
        bring_back(session, nothing_else=True)
    if dropped and session._index >= len(session._queue) and session._ended_at is None:
        session._ended_at = as_utc(session._clock())
    return dropped


def advance(session: QuizSession) -> None:
    session._index += 1
    session._hinted = False
    session._relearn.asked()
    if not bring_back(session, nothing_else=False):
        pass_answered_elsewhere(session)
        if session._index >= len(session._queue):
            bring_back(session, nothing_else=True)
    if session._index >= len(session._queue):
        session._ended_at = as_utc(session._clock())


def bring_back(session: QuizSession, *, nothing_else: bool) -> bool:
    """Put a missed card that has waited long enough next in the queue; True if one was.

    Before a briefing the cards never seen come first: their recall there is 0.
    """
    if (
        not nothing_else
        and session._index < len(session._queue)
        and session._queue[session._index] in session._unseen
    ):
        return False
    entry = session._relearn.take(nothing_else=nothing_else)
    if entry is None:
        return False
    # A second go already queued further on (left there by an undo) moves up with it.
    session._again = {i + 1 if i >= session._index else i for i in session._again}
    session._queue.insert(session._index, entry)
    session._again.add(session._index)
    return True
