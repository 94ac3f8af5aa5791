"""Content checks across deck files, beyond what the loader checks in one file.

Each source file exists; each ``evidence`` string is found in its source article (ignoring
whitespace runs, curly vs straight quotes and dash styles); deck ids are unique across
folders; a warning when a card's answer is given away by its own prompt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Final

from trainer.core.deck import Card, Deck, Problem
from trainer.core.library import Library, duplicate_id_problems, load_library
from trainer.core.safe_files import MAX_SOURCE_BYTES, FileRefused, read_regular
from trainer.core.typography import plain_typography
from trainer.core.wording import shorten

if TYPE_CHECKING:
    from trainer.core.deck_cache import DeckCache
    from trainer.core.deck_parser import DeckLocations
    from trainer.core.evidence_match import Nearest


# Up to this many evidence strings per source are searched for one by one.
FEW_EVIDENCE = 16


def fold_typography(text: str) -> str:
    """Text with quote and dash styles made plain and whitespace runs made one space."""
    return " ".join(plain_typography(text).split())


@dataclass(slots=True)
class Report:
    """What `trainer validate` found."""

    decks: int = 0
    cards: int = 0
    problems: list[Problem] = field(default_factory=list)
    # Decks that could not be loaded: their content is not checked until they can be.
    unchecked: int = 0

    @property
    def errors(self) -> int:
        return sum(problem.severity == "error" for problem in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    def summary(self) -> str:
        read = self.decks - self.unchecked
        # A deck that could not be read has no card count; "0 cards" would read as empty.
        if not self.unchecked:
            cards = [_count(self.cards, "card")]
        elif read:
            cards = [f"{_count(self.cards, 'card')} in the {read} read"]
        else:
            cards = []
        counts = ", ".join(
            (
                _count(self.decks, "deck"),
                *cards,
                _count(self.errors, "error"),
                _count(self.warnings, "warning"),
            )
        )
        if not self.unchecked:
            return counts
        # Otherwise fixing the structure would look like the end, until a second run shows
        # the evidence and source problems it could not see before.
        whose = "its" if self.unchecked == 1 else "their"
        return (
            f"{counts}; content checks (evidence, sources) of "
            f"{_count(self.unchecked, 'deck')} run once {whose} structure errors are fixed"
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def validate_paths(paths: Iterable[Path], cache: DeckCache | None = None) -> Report:
    """Load every deck under ``paths`` (through ``cache`` if given: an entry is only ever a
    deck that passed the loader's checks, keyed by the file's exact bytes) and check each
    one's content."""
    return validate_library(load_library(paths, cache))


def validate_library(library: Library) -> Report:
    report = Report(decks=len(library.decks) + len(library.broken), unchecked=len(library.broken))
    for broken in library.broken:
        report.problems.extend(broken.error.problems)
    sources = _SourceTexts()
    for deck in library.decks:
        report.cards += len(deck.cards)
        report.problems.extend(deck_problems(deck, sources))
    report.problems.extend(duplicate_id_problems(library))
    report.problems.sort(key=lambda problem: (problem.path, problem.line, problem.column))
    return report


class _SourceTexts:
    """Each source article read and folded once, however many cards cite it.

    Only a regular file of at most MAX_SOURCE_BYTES is read: a deck may name any path, and
    /dev/zero or a named pipe must not take the trainer down.
    """

    def __init__(self) -> None:
        self._texts: dict[Path, str | None] = {}
        self._problems: dict[Path, str] = {}

    def found(self, path: Path, evidence: Iterable[str]) -> set[str] | None:
        """Which of these (folded) evidence strings the source at ``path`` contains; None
        when it cannot be read (that is reported once, as the source's problem).

        All of a deck's evidence for one source is searched for in one pass over the text
        (Aho-Corasick), so a deck of 100,000 cards citing one long article costs the
        article's length once, not once per card.
        """
        text = self.get(path)
        if text is None:
            return None
        wanted = sorted(set(evidence) - {""})
        if len(wanted) <= FEW_EVIDENCE:
            return {"", *(item for item in wanted if item in text)}
        from ahocorasick_rs import AhoCorasick

        # Overlapping matches: a string that overlaps another's match is still found.
        matches = AhoCorasick(wanted).find_matches_as_indexes(text, overlapping=True)
        return {"", *(wanted[index] for index in {match[0] for match in matches})}

    def get(self, path: Path) -> str | None:
        # Every card of a deck names the same few paths: resolve each once, not per card.
        if path in self._texts:
            return self._texts[path]
        resolved = path.resolve()
        if resolved not in self._texts:
            self._texts[resolved] = self._read(resolved)
        self._texts[path] = self._texts[resolved]
        if resolved in self._problems:
            self._problems[path] = self._problems[resolved]
        return self._texts[resolved]

    def problem(self, path: Path) -> str | None:
        """Why the source at ``path`` cannot be used, after ``path``; None when it can."""
        self.get(path)
        return self._problems.get(path)

    def _read(self, path: Path) -> str | None:
        try:
            return fold_typography(read_regular(path, MAX_SOURCE_BYTES).decode("utf-8"))
        except FileRefused as refused:
            self._problems[path] = refused.reason
        except FileNotFoundError:
            self._problems[path] = "does not exist"
        except UnicodeDecodeError:
            self._problems[path] = "is not UTF-8 text"
        except OSError as error:
            self._problems[path] = f"cannot be read: {error.strerror or error}"
        return None


def deck_problems(deck: Deck, sources: _SourceTexts | None = None) -> list[Problem]:
    """Content problems of one loaded deck."""
    # Imported here: it loads PyYAML, which a deck served from the cache does not need.
    from trainer.core.deck_parser import DeckLocations

    sources = sources or _SourceTexts()
    locations = DeckLocations(deck.path)
    path = str(deck.path)
    problems: list[Problem] = []
    for source in deck.sources.values():
        problem = sources.problem(source.file)
        if problem is None:
            continue
        if problem == "does not exist":
            message = f"source '{source.key}': file {source.file} does not exist"
        else:
            message = f"source '{source.key}': {source.file} {problem}"
        problems.append(Problem(path, *_file_name_place(deck, source.key, locations), message))
    cards = deck.cards
    found = _evidence_found(deck, cards, sources)
    first_with_prompt: dict[str, Card] = {}
    for index, card in enumerate(cards):
        place = _CardPlace(path, index, locations)
        problems.extend(_card_problems(card, deck, found, place))
        first = first_with_prompt.setdefault(_prompt_key(card.prompt), card)
        if first is not card:
            problems.append(_same_prompt_problem(card, first, place))
    drafts = [card for card in deck.cards if DRAFT_TAG in card.tags]
    if drafts:
        problems.append(_draft_problem(path, drafts))
    return problems


# The tag `trainer draft` gives every card it writes, for the author to remove once checked.
DRAFT_TAG = "draft"


def _draft_problem(path: str, drafts: list[Card]) -> Problem:
    # One warning per deck, at the first such card: a draft holds dozens.
    others = f" and {_count(len(drafts) - 1, 'other')}" if len(drafts) > 1 else ""
    return Problem(
        path,
        drafts[0].line,
        1,
        f"{_count(len(drafts), 'card')} still tagged draft (card '{drafts[0].id}'{others}): "
        "check each one and remove the tag",
        severity="warning",
    )


def _evidence_found(
    deck: Deck, cards: Sequence[Card], sources: _SourceTexts
) -> dict[str, set[str] | None]:
    """For each source key the cards cite, the folded evidence strings its text contains."""
    wanted: dict[str, set[str]] = {}
    for card in cards:
        if card.evidence and card.source is not None and card.source in deck.sources:
            wanted.setdefault(card.source, set()).add(fold_typography(card.evidence))
    return {
        key: sources.found(deck.sources[key].file, evidence) for key, evidence in wanted.items()
    }


def _prompt_key(prompt: str) -> str:
    return fold_typography(prompt).casefold()


def _same_prompt_problem(card: Card, first: Card, place: _CardPlace) -> Problem:
    # Each card's answer counts as a known wrong answer for the other, so a reader who gives
    # either one is marked wrong half the time: the later prompt is the one to reword.
    return Problem(
        place.path,
        *place.of("prompt", card.prompt, card.line),
        f"card '{card.id}': the same prompt as card '{first.id}' (line {first.line}); "
        "each one's answer is then a wrong answer for the other",
        severity="warning",
    )


def _file_name_place(deck: Deck, key: str, locations: DeckLocations) -> tuple[int, int]:
    """Where a source's ``file`` value is written: the fix is to it, not to the source's key."""
    source = deck.sources[key]
    written = locations.text("sources", key, "file")
    if written is not None and deck.path.parent / written == source.file:
        return locations.value("sources", key, "file") or (source.line, 1)
    return source.line, 1


@dataclass(frozen=True, slots=True)
class _CardPlace:
    """Where a card is written: its deck file and its position in the deck's cards."""

    path: str
    index: int
    locations: DeckLocations

    def of(self, key: str, value: str, fallback_line: int) -> tuple[int, int]:
        """Line and column of the card's ``key``, written as ``value`` (else the fallback)."""
        found = self.locations.value("cards", self.index, key, reads=value)
        return found or (fallback_line, 1)


def _card_problems(
    card: Card, deck: Deck, found: dict[str, set[str] | None], place: _CardPlace
) -> list[Problem]:
    problems: list[Problem] = []
    if card.evidence and card.source is not None and card.source in deck.sources:
        contained = found.get(card.source)
        if contained is not None and fold_typography(card.evidence) not in contained:
            message = (
                f"card '{card.id}': evidence not found in source '{card.source}': "
                f'"{shorten(card.evidence, 60)}"'
            )
            nearest = _nearest(card.evidence, deck.sources[card.source].file, deck.path.parent)
            if nearest is not None:
                message += "; " + nearest.describe()
            problems.append(
                Problem(
                    place.path,
                    *place.of("evidence", card.evidence, card.evidence_line or card.line),
                    message,
                )
            )
    if card.points:
        problems.extend(_points_problems(card, place))
    leaked = answer_in_prompt(card)
    if leaked:
        # The prompt is what the author rewords.
        problems.append(
            Problem(
                place.path,
                *place.of("prompt", card.prompt, card.line),
                f"card '{card.id}': the prompt gives away the answer '{leaked}'",
                severity="warning",
            )
        )
    return problems


def _nearest(evidence: str, path: Path, deck_folder: Path) -> Nearest | None:
    # Imported here: only evidence that is not found needs the search.
    from trainer.core.evidence_match import nearest_passage

    # A source outside the deck's folder is read for the check but never shown: a shared
    # deck naming a private file must not get a line of it printed (and pasted back).
    if not path.resolve().is_relative_to(deck_folder.resolve()):
        return None
    try:
        article = read_regular(path, MAX_SOURCE_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return nearest_passage(evidence, article, fold_typography)


def _points_problems(card: Card, place: _CardPlace) -> list[Problem]:
    # Imported here: only a deck with points needs the grader to check them.
    from trainer.core.points_check import points_problems

    found = []
    for index, severity, message in points_problems(card):
        keys: tuple[str | int, ...] = ("points",) if index is None else ("points", index)
        where = place.locations.value("cards", place.index, *keys) or (card.line, 1)
        found.append(Problem(place.path, *where, message, severity=severity))
    return found


def answer_in_prompt(card: Card, prompt: str | None = None) -> str | None:
    """The answer of ``card`` as ``prompt`` (by default its own) gives it away, or None."""
    if card.kind == "choice":
        return None
    text = card.prompt if prompt is None else prompt
    folded_prompt = fold_typography(text).casefold()
    for item in card.answers:
        folded = fold_typography(item).casefold()
        # The plain search first: the pattern is compiled only for an answer in the prompt.
        if (
            len(folded) >= 3
            and folded in folded_prompt
            and re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", folded_prompt)
        ):
            return item
    if card.kind in ("date", "number") and _prompt_reads_as_answer(card, text):
        return card.answer_text
    return None


# The grader reads one date or number per text: a prompt is read a sentence at a time.
_SENTENCE_END = re.compile(r"(?<=[.?!;:])\s+")


def _another_day(card: Card, sentence: str) -> bool:
    """True when ``sentence`` names a day with no year and ``card`` asks a month: "the year
    to 30 September" is no answer to "completed by the end of which month?" (September
    2027), though a month alone would be graded a year short of it."""
    from trainer.core.grading.dates import parse_date

    asked, named = parse_date(card.answer_text), parse_date(sentence)
    return (
        asked is not None
        and named is not None
        and asked.day is None
        and named.day is not None
        and named.year is None
    )


def _prompt_reads_as_answer(card: Card, prompt: str) -> bool:
    """True when a sentence of the prompt, read as the grader reads answers, is the answer:
    "The call was on 7 April 2025." gives away 2025-04-07 in another written form."""
    # Imported here: only a deck's date and number cards need the grader's readers.
    from trainer.core.grading.date_kind import grade_date
    from trainer.core.grading.numbers import parse_number

    sentences = _SENTENCE_END.split(prompt)
    if card.kind == "date":
        return any(
            grade_date(card, sentence).accepted and not _another_day(card, sentence)
            for sentence in sentences
        )
    answer = parse_number(card.answer_text)
    if answer is None:
        return False
    for sentence in sentences:
        given = parse_number(sentence)
        if given is None or given.value != answer.value:
            continue
        if given.unit == answer.unit:
            return True
        if given.unit is None and not _counts_something_else(sentence, answer.value):
            return True
    return False


# Words that may follow a bare figure without naming what it counts ("rose to 3 from 2.5").
_NOT_A_NOUN: Final = frozenset(
    {
        "a",
        "about",
        "above",
        "after",
        "against",
        "ago",
        "and",
        "as",
        "at",
        "before",
        "below",
        "but",
        "by",
        "down",
        "for",
        "from",
        "in",
        "into",
        "last",
        "less",
        "more",
        "next",
        "of",
        "off",
        "on",
        "or",
        "over",
        "past",
        "per",
        "since",
        "than",
        "that",
        "the",
        "then",
        "this",
        "to",
        "under",
        "up",
        "was",
        "were",
        "which",
        "while",
        "with",
        "",
    }
)
_WORD: Final = re.compile(r"[\w.,'’-]+")


def _counts_something_else(sentence: str, value: Fraction) -> bool:
    """True when every figure of ``sentence`` worth ``value`` names what it counts: "over
    the past three weeks" does not give away an answer of 3% or $3 million, where "rose
    to 3 from 2.5" does."""
    from trainer.core.grading.numbers import parse_number

    words = _WORD.findall(sentence)
    seen = False
    for at, word in enumerate(words):
        read = parse_number(word.rstrip(".,"))
        if read is None or read.value != value or read.unit is not None:
            continue
        seen = True
        after = words[at + 1].casefold().rstrip(".,") if at + 1 < len(words) else ""
        if not after.isalpha() or after in _NOT_A_NOUN or word[-1:] in ".,":
            return False
    return seen
