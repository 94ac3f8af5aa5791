"""The one place a quiz session is built: the options both front ends pass, and the session.

`trainer quiz DECK` (full screen or ``--plain``) and a quiz started from the deck list all
go through ``open_session``, so a new option is added here once, and both front ends read
the settings file's defaults the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, NamedTuple

from trainer.core.clock import Clock, utc_now
from trainer.core.deck import Deck, close_match_hint
from trainer.core.errors import TrainerError
from trainer.core.settings import DEFAULT_NEW_LIMIT, DEFAULT_TARGET, Settings

# The session and its scheduler are loaded when a session is built: `trainer quiz` reads
# the options (and draws its first question, trainer.core.quiz_start) before that.
if TYPE_CHECKING:
    from datetime import datetime

    from trainer.core.scheduler import Scheduler
    from trainer.core.session import QuizSession
    from trainer.core.store import ReviewStore


class SessionOptions(NamedTuple):
    """What a session asks: the new-card limit, tag and kind filters, cram mode, and the
    readiness target a briefing's order aims at.

    A named tuple rather than a dataclass: it is defined before the first question, and a
    dataclass takes several times longer to define.
    """

    new_limit: int = DEFAULT_NEW_LIMIT  # new cards per deck per day
    tags: tuple[str, ...] = ()  # only cards with any of these tags (none: every card)
    kinds: tuple[str, ...] = ()  # only cards of these kinds (none: every kind)
    cram: bool = False  # every card now, due times left alone
    target: float = DEFAULT_TARGET

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        new_limit: int | None = None,
        tags: Collection[str] = (),
        kinds: Collection[str] = (),
        cram: bool = False,
    ) -> SessionOptions:
        """The options a command's flags ask for; the settings file's for what they leave out."""
        return cls(
            new_limit=settings.new_limit if new_limit is None else new_limit,
            tags=tuple(tags),
            kinds=tuple(kinds),
            cram=cram,
            target=settings.target,
        )

    def with_settings(self, settings: Settings) -> SessionOptions:
        """These options with the settings' new-card limit and target (the settings changed)."""
        return self._replace(new_limit=settings.new_limit, target=settings.target)

    def crammed(self) -> SessionOptions:
        """These options in cram mode."""
        return self._replace(cram=True)


def check_tags(deck: Deck, tags: Collection[str]) -> None:
    """Refuse a tag that no card of the deck carries, since it would ask nothing."""
    if not tags:
        return
    # From the card index: a deck from the cache need not build its cards to answer this.
    known = sorted({tag for card_tags in deck.card_index().tags for tag in card_tags})
    for tag in tags:
        if tag not in known:
            hint = close_match_hint(tag, known)
            raise TrainerError(f"no card in deck '{deck.id}' has the tag '{tag}'{hint}")


def open_session(
    decks: Sequence[Deck],
    store: ReviewStore,
    options: SessionOptions,
    *,
    scheduler: Scheduler | None = None,
    clock: Clock = utc_now,
    quick_start: bool = False,
    first: tuple[datetime, tuple[str, int]] | None = None,
) -> QuizSession:
    """The session ``options`` ask for over ``decks``; TrainerError when it cannot be built.

    ``quick_start``: the session knows only its first card until ``complete()`` (see
    ``QuizSession``); for a front end that shows that card before it shows any count.
    ``first``: the start time and first entry a ``QuizStart`` already found and showed.
    """
    from trainer.core.scheduler import Scheduler
    from trainer.core.session import QuizSession

    return QuizSession(
        list(decks),
        store,
        scheduler or Scheduler(),
        clock,
        new_limit=options.new_limit,
        tags=options.tags,
        kinds=options.kinds,
        cram=options.cram,
        target=options.target,
        quick_start=quick_start,
        first=first,
    )
