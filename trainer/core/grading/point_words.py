"""Words as the points rule reads them: tokens, small words, negations, stems and lemmas.

A text card with ``points`` is graded word by word (``points_kind``). Two words are the
same word when they share a Snowball stem ("involved", "involvement") or a lemma from
simplemma's English dictionary ("struck", "strike"; "crises", "crisis"). That dictionary is
also the list of known English words that decides whether a near miss is a typo or another
word ("decreased" is a word, so it is never a typo of "increased"). Both packages ship their
data in the wheel; nothing is fetched at run time. The dictionary is read on first use
(about 0.2 s), and only when a response holds a word that its stem does not explain.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from types import ModuleType
from typing import Any

from trainer.core.grading.normalize import normalize

# Articles, prepositions, pronouns, conjunctions, auxiliaries, quantifiers, the words an
# analyst frames an answer with ("because", "in order to", "mainly") and plain intensifiers
# ("huge", "heavy"): none is ever required, and none is a claim of its own ("minor" is).
# "more" and "less" are not here: they carry the direction of a change ("less dependent" is
# the answer, "more dependent" its opposite).
FUNCTION_WORDS = frozenset(
    """
a an the
about above across after against along amid among amongst around as at before behind below
beneath beside besides between beyond by despite down during for from in into like
near of off on onto out over past per since through throughout till to toward towards
under until up upon via with within
i me my mine myself you your yours yourself we our ours ourselves they them their theirs
themselves he him his himself she her hers herself it its itself one ones this that these
those who whom whose which what whatever whichever there here
and or but so yet because while whereas although though if unless whether then also either
both as than
be is are was were been being am do does did done doing have has had having will would
shall should can could may might must
all any some each every many much few several most other others another such own same
just only very really mainly mostly largely primarily partly probably basically essentially
simply even still again further too quite rather already now thus therefore hence overall
order aim aimed goal purpose intended meant wanted want wants sought seek seeks hoped hope
reason reasons due way ie eg etc
huge heavy large major big great significant serious severe considerable substantial enormous
massive vast immense greatly significantly heavily highly
""".split()  # noqa: SIM905 - a word list reads best as words
)

# Words that deny what follows them (contractions arrive without their apostrophe).
NEGATORS = frozenset(
    """
not no never nor neither none nothing without cannot cant dont doesnt didnt isnt wasnt arent
werent wont wouldnt shouldnt couldnt hasnt havent hadnt
stop stops stopped stopping cease ceases ceased ceasing abandon abandons abandoned abandoning
""".split()  # noqa: SIM905
)
# "not only ... but", "not just": a hedge, not a denial.
NEGATION_HEDGES = frozenset({"only", "just", "merely", "simply", "least"})
# A denial reaches back no further than a change of clause.
CLAUSE_TURNS = frozenset(
    {"but", "rather", "instead", "however", "yet", "although", "though", "while", "whereas"}
)

# "us" the pronoun, unlike "US" the country: normalize() writes both "united states". Typed
# in lower case, "us" is the country far more often in a briefing, so only a verb that
# takes a person ("let us", "help us") makes it the pronoun.
_PRONOUN_US = re.compile(
    r"\b(?P<verb>(?i:let|lets|help|helps|helped|helping|give|gives|gave|tell|tells|told|show|"
    r"shows|showed|make|makes|made|allow|allows|allowed))\s+us\b"
)
_DIGITS = re.compile(r"\d")


def words_of(text: str) -> tuple[str, ...]:
    """The normalised words of ``text``, in order, with "us" the pronoun kept apart."""
    if "us" in text:
        text = _PRONOUN_US.sub(r"\g<verb> we", text)
    normalised = normalize(text)
    return tuple(normalised.split(" ")) if normalised else ()


@lru_cache(maxsize=16384)
def words_of_cached(text: str) -> tuple[str, ...]:
    """words_of() for author-written text, which recurs across grades."""
    return words_of(text)


def is_small(word: str) -> bool:
    """A function word: never required, never a claim."""
    return word in FUNCTION_WORDS


@lru_cache(maxsize=65536)
def has_digits(word: str) -> bool:
    return _DIGITS.search(word) is not None


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's Snowball stem: "dismantling" and "dismantle" share "dismantl"."""
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    # Imported on first use (it loads every language's stemmer): only points need it.
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form: "struck" -> "strike", "crises" -> "crisis" (else the word)."""
    return str(_simplemma().lemmatize(word, lang="en")).casefold()


@lru_cache(maxsize=65536)
def is_known_word(word: str) -> bool:
    """True when ``word`` is an English word in simplemma's dictionary (any letter case)."""
    return bool(_simplemma().is_known(word, lang="en"))


_LOADING = threading.Lock()
_loaded: list[ModuleType] = []


def _simplemma() -> ModuleType:
    """simplemma with its English dictionary read, once, whichever thread asks first."""
    if not _loaded:
        with _LOADING:
            if not _loaded:
                # Imported on first use: a deck without points never pays for the dictionary.
                import simplemma

                simplemma.is_known("word", lang="en")
                _loaded.append(simplemma)
    return _loaded[0]


def prepare_in_background() -> None:
    """Read the dictionary in a background thread (about 0.2 s, once), so that the first
    answer to a card with points is graded at once. Front ends call it when such a card
    is shown; a grade that comes before it is done waits for it rather than reading twice."""
    if not _loaded and not _LOADING.locked():
        threading.Thread(target=_simplemma, name="points-dictionary", daemon=True).start()


def same_word(given: str, wanted: str) -> bool:
    """True when ``given`` is ``wanted`` in another inflection: the same stem or lemma."""
    if given == wanted:
        return True
    if has_digits(given) or has_digits(wanted):
        return False
    if stem(given) == stem(wanted):
        return True
    return lemma(given) in (wanted, lemma(wanted))


@lru_cache(maxsize=65536)
def related_word(given: str, known: str) -> bool:
    """Looser than same_word, for deciding what a response adds: a derived form of a known
    word ("Pakistani" beside "Pakistan's", "reduction" beside "reduce") adds no claim."""
    if same_word(given, known):
        return True
    if has_digits(given) or has_digits(known):
        return False
    first, second = stem(given), stem(known)
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    return len(shorter) >= 5 and longer.startswith(shorter) and len(longer) - len(shorter) <= 3
