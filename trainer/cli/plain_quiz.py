"""The line-mode quiz: one prompt, one answer line, one verdict, in plain words.

Meant for scripts, screen readers and terminals that cannot draw the full-screen app. Every
answer is saved before its verdict is printed; end of input or Ctrl+C ends the session with
its summary and exit status 0. A card on screen when the session ends was asked: it counts as
skipped, and the summary says so.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TextIO

from trainer.cli.common import find_deck, open_session, open_store
from trainer.core.answer_words import answer_in_words
from trainer.core.clock import Clock, utc_now
from trainer.core.confidence import HOW_TO_SAY, LABEL, split_choice_confidence, split_confidence
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.examples import only_examples_message
from trainer.core.grading.choice_kind import OPTION_LETTERS, missing_option_message, option_label
from trainer.core.grading.point_lines import point_lines
from trainer.core.grading.point_words import prepare_in_background
from trainer.core.outcome import Outcome, SessionSummary
from trainer.core.session import QuizSession
from trainer.core.store import ReviewStore, StoreError
from trainer.core.terminal_text import safe_text
from trainer.core.wording import describe_due, duration, percent, plural

HINT_COMMANDS = ("", "?")
OVERRIDE_COMMAND = "!"
SKIP_COMMAND = "skip"
UNDO_COMMAND = "undo"
PROMPT = "> "


def run_plain(args: argparse.Namespace) -> int:
    """Run `trainer quiz DECK --plain` on the process's stdin and stdout."""
    deck = find_deck(args, args.deck)
    # Today's backup starts once the first question is printed (checking and copying a
    # large database beside it delayed the question), or at the end if none is asked.
    with open_store(args, backup_later=True) as store:
        session = open_session(args, store, deck=deck)
        for line in briefing_lines(session, store, deck):
            print(line)
        # Answer times only mean something when a person types them; piped answers would
        # all look instant and be scheduled as easy.
        timed = sys.stdin.isatty()
        # A terminal shows what is typed; piped answers are echoed so a log reads as a dialogue.
        quiz = PlainQuiz(
            session,
            input,
            sys.stdout,
            timed=timed,
            echo=not timed,
            after_first_question=store.start_daily_backup,
        )
        quiz.run(f"{deck.title} ({deck.id})")
        store.start_daily_backup()  # no-op once started
        store.wait_for_backup()
        for warning in store.warnings:
            print(f"trainer: warning: {warning}", file=sys.stderr)
    return 0


class PlainQuiz:
    """Drives a QuizSession from lines of text."""

    def __init__(
        self,
        session: QuizSession,
        read_line: Callable[[str], str],
        out: TextIO,
        *,
        clock: Clock = utc_now,
        timed: bool = False,
        echo: bool = False,
        after_first_question: Callable[[], None] | None = None,
    ) -> None:
        self.session = session
        # Called once, when the first question has been printed (today's backup starts then).
        self._after_first_question = after_first_question
        self._read_line = read_line
        self.echo = echo
        self.out = out
        self.clock = clock
        self.timed = timed
        # True from a card's prompt until it is answered or skipped.
        self._card_open = False

    def say(self, text: str = "") -> None:
        # Every line passes here: deck text and typed answers never reach the terminal raw.
        print(safe_text(text), file=self.out, flush=True)

    def read_line(self, prompt: str) -> str:
        """One line of input; echoed after its prompt when the input is not a terminal."""
        line = self._read_line(prompt)
        if self.echo:
            self.say(line)
        return line

    def run(self, title: str) -> SessionSummary:
        """Ask every card until the queue, the input or the user's patience runs out."""
        session = self.session
        self.say(self._opening(title))
        try:
            if session.total == 0:
                self._nothing_to_ask()
                return session.end(card_open=False)
            while not session.finished:
                self._ask()
            self._last_chance()
        except (EOFError, KeyboardInterrupt) as stop:
            self.say()
            summary = session.end(card_open=self._card_open)
            self._card_open = False
            # Every card had its first try: only a missed card's second go was cut short.
            self.say("Session ended early." if summary.ended_early else "Session ended.")
            ended_by = "input ended" if isinstance(stop, EOFError) else "the session was stopped"
        else:
            summary, ended_by = session.end(card_open=False), ""
        left_unanswered = f"when {ended_by}" if summary.left_open else None
        for line in summary_lines(summary, self.clock(), left_unanswered=left_unanswered):
            self.say(line)
        return summary

    def _opening(self, title: str) -> str:
        session = self.session
        if session.cram:
            return (
                f"{title}: cram mode, {plural(session.total, 'card')}; due times are left "
                "alone, answers still count towards readiness."
            )
        return (
            f"{title}: {plural(session.total, 'card')} to ask "
            f"({session.due_count} due, {session.new_count} new). Answer and press "
            f"Enter; {HOW_TO_SAY}; '{UNDO_COMMAND}' takes back the last answer."
        )

    def _nothing_to_ask(self) -> None:
        if self.session.only_examples:
            self.say(f"Nothing to ask: {only_examples_message('the deck')}")
            return
        next_due = self.session.summary().next_due
        when = ""
        if next_due is not None:
            when = f" The next review is due {describe_due(next_due, self.clock())}."
        cram = "" if self.session.cram else " Use --cram to go through every card anyway."
        self.say(f"Nothing to ask now.{when}{cram}")

    def _ask(self) -> None:
        session = self.session
        card = session.current
        assert card is not None
        # Open before it is shown, so a Ctrl+C while its prompt prints still counts it.
        self._card_open = True
        self.say()
        again = " again (missed earlier)" if session.asked_again else ""
        self.say(f"[{session.position}/{session.total}]{again} {card.prompt}")
        if session.hinted and card.hint:
            # Back after an undo: the hint seen before still counts, so it is shown again.
            self.say(f"Hint: {card.hint}")
        if card.points:
            prepare_in_background()
        for index, option in enumerate(session.current_options[: len(OPTION_LETTERS)]):
            self.say(f"  {option_label(index)}) {option}")
        if card.kind == "list":
            need = card.need or len(card.answers)
            self.say(f"  (name {need}, separated by commas)")
        if self._after_first_question is not None:
            after, self._after_first_question = self._after_first_question, None
            after()
        started = time.monotonic()
        unsaved = ""  # an answer the store could not take (a server away), sent again on Enter
        while True:
            line = self.read_line(PROMPT)
            if unsaved and not line.strip():
                line = unsaved
            command = line.strip()
            # "??" alone is no answer marked as a guess: it asks for the hint as "?" does.
            if command in HINT_COMMANDS or not split_confidence(command).text:
                hint = session.hint()
                self.say(
                    f"Hint: {hint}" if hint else "This card has no hint. Type an answer, or 'skip'."
                )
                continue
            if command == OVERRIDE_COMMAND:
                self._override()
                now_asked = session.current
                if now_asked is None or now_asked.id != card.id:
                    # The card on screen was the one corrected, back for another go: done.
                    self._card_open = False
                    return
                continue
            if command.casefold() == SKIP_COMMAND:
                session.skip()
                self._card_open = False
                self.say(f"Skipped. Answer: {answer_in_words(card)}")
                return
            if command.casefold() == UNDO_COMMAND:
                if self._undo():
                    return  # the card taken back is asked next
                continue
            slip = missing_option_message(card, split_choice_confidence(line).text)
            if slip:
                # A label beside the options is a slip of the key, as the full-screen quiz
                # treats it: nothing is saved, the card is asked again.
                self.say(slip)
                continue
            elapsed = time.monotonic() - started if self.timed else None
            try:
                with deferred_interrupt():
                    outcome = session.submit(line, elapsed)
                    # Inside the block: a Ctrl+C held until its end must find the card answered.
                    self._card_open = False
            except StoreError as error:
                # Not saved (a server away, a full disk): the card stays asked, the answer kept.
                unsaved = line
                self.say(f"Not saved: {error}. Press Enter to send the same answer again.")
                continue
            for text in verdict_lines(outcome, self.clock(), can_override=session.can_override):
                self.say(text)
            return

    def _override(self) -> None:
        try:
            with deferred_interrupt():
                outcome = self.session.override()
        except TrainerError as error:
            self.say(f"{str(error)[:1].upper()}{str(error)[1:]}.")
            return
        self.say(f"Counted as correct: {outcome.card.prompt}")
        if outcome.due is not None:
            self.say(f"Next review {describe_due(outcome.due, self.clock())}.")

    def _undo(self) -> bool:
        """Take back the last answer; True when it was (its card is asked again next)."""
        try:
            with deferred_interrupt():
                card = self.session.undo()
        except TrainerError as error:
            self.say(f"{str(error)[:1].upper()}{str(error)[1:]}.")
            return False
        self._card_open = False
        self.say(f"Took back your answer to: {card.prompt}")
        return True

    def _last_chance(self) -> None:
        """After the last card, leave room for "I was right" before the summary."""
        if not self.session.can_override:
            return
        try:
            line = self.read_line(
                f"Type {OVERRIDE_COMMAND} if you were right, {UNDO_COMMAND} to "
                "take the answer back, or press Enter: "
            )
        except (EOFError, KeyboardInterrupt):
            self.say()
            return  # every card was answered; the session ended as it should
        if line.strip() == OVERRIDE_COMMAND:
            self._override()
        elif line.strip().casefold() == UNDO_COMMAND and self._undo():
            while not self.session.finished:
                self._ask()
            self._last_chance()


def briefing_lines(session: QuizSession, store: ReviewStore, deck: Deck) -> list[str]:
    """What a briefing ahead means for this deck: readiness now and the plan to reach the
    target (nothing when no briefing covers it)."""
    at = session.deadlines.get(deck.id)
    if at is None:
        return []
    from trainer.core import briefing
    from trainer.core.scheduler import Scheduler
    from trainer.core.when import countdown, show_when

    now = session.started_at
    ids = deck.card_index().ids
    scheduler = Scheduler()
    forecast = briefing.deck_readiness(store, deck.id, ids, at, scheduler, session.target)
    result = briefing.plan(store, {deck.id: ids}, at, now, scheduler, session.target)
    when = show_when(at, now)
    return [
        f"Briefing {when} (in {countdown(at, now)}): {forecast.mean:.0%} ready, "
        f"{forecast.ready} of {len(forecast.cards)} cards at {session.target:.0%} or more.",
        briefing.plan_sentence(result, when) + ".",
    ]


def verdict_lines(outcome: Outcome, now: datetime, *, can_override: bool) -> list[str]:
    """The verdict with the right answer, the card's note and when it comes back."""
    card, grade = outcome.card, outcome.grade
    label = grade.verdict.capitalize()
    if outcome.confidence != "sure":
        label += f" (you were {LABEL[outcome.confidence]})"
    line = f"{label}. Answer: {answer_in_words(card)}"
    # Why, as the full-screen feedback says it ("number 17 billion ≠ 7 billion").
    if grade.verdict != "correct" and grade.detail:
        line += f" ({grade.detail})"
    lines = [line]
    # A card with points says which of them the answer held, as the full-screen one does.
    lines.extend(f"  {point}" for point in point_lines(card, outcome.response))
    if card.kind == "list" and not outcome.overridden:
        from trainer.core.grading.list_marks import describe_marks, list_marks

        lines.append(
            f"Items: {describe_marks(list_marks(card, outcome.response))}; score {grade.score:.0%}"
        )
    if card.evidence:
        lines.append(f"Source: “{card.evidence}”")
    if card.note:
        lines.append(f"Note: {card.note}")
    if can_override:
        lines.append(f"(Type {OVERRIDE_COMMAND} at the next prompt if you were right.)")
    if outcome.due is not None:
        lines.append(f"Next review {describe_due(outcome.due, now)}.")
    return lines


def summary_lines(
    summary: SessionSummary, now: datetime, *, left_unanswered: str | None = None
) -> list[str]:
    """The end-of-session report in a few sentences.

    ``left_unanswered`` says when the session ended ("when input ended") if a card was on
    screen, unanswered, at that moment; it is among the skipped ones.
    """
    answered = summary.correct + summary.close + summary.wrong
    skipped = f"{summary.skipped} skipped"
    if left_unanswered:
        which = "the card" if summary.skipped == 1 else "one of them the card"
        skipped += f" ({which} left unanswered {left_unanswered})"
    lines = [
        f"Answered {answered} of {summary.asked} asked: {summary.correct} correct, "
        f"{summary.close} close, {summary.wrong} wrong, {skipped}.",
    ]
    for _deck_id, card in summary.skipped_cards:
        lines.append(f"Skipped: {card.prompt} Answer: {answer_in_words(card)}")
    if answered:
        lines.append(f"Score: {percent(summary.score)}. Time: {duration(summary.elapsed_s)}.")
    if summary.attempts > answered:
        lines.append(
            f"Missed cards were asked again: {summary.final_correct} of {answered} "
            f"right in the end ({percent(summary.final_score)}; the score counts first "
            "tries)."
        )
    if summary.next_due is not None:
        lines.append(
            f"Next review {describe_due(summary.next_due, now)}; "
            f"{summary.due_tomorrow} due in the next 24 hours."
        )
    return lines


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold Ctrl+C until the block ends, so an answer is saved whole or not started."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt
