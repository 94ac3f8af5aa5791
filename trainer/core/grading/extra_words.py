"""An answer that gives the whole right answer with a few words around it.

"a shipyard in Viana do Castelo" for "Viana do Castelo", "replace general VAT cuts on food
with targeted food support" for "replace VAT cuts with targeted food support": every word
of the right answer is there, in its order, and the words around it only describe. A marker
accepts such an answer, unless a word around it changes the fact:

- a denial, a hedge or an alternative ("not", "or", "probably", "instead");
- a place beside the right one ("near", "north of") or a changed role ("former", "deputy");
- another item ("trade and investment and defence");
- another name: a capitalised word ("National Security Council" for "Security Council",
  "Singapore Airlines" for "Singapore"), or, for a name, a word joined straight onto it
  when the answer is typed all in small letters ("singapore airlines"), since its case can
  no longer tell a describing word from the rest of another name;
- another number (the text rules already refuse a response whose numbers differ).
"""

from __future__ import annotations

from trainer.core.grading.forms import STOPWORDS, Form
from trainer.core.grading.normalize import normalize
from trainer.core.grading.result import Grade, correct
from trainer.core.grading.typos import digit_runs

# Words that change what the right answer says when written around it.
_CHANGES_THE_FACT = frozenset(
    {
        # denials, hedges and alternatives
        *("not", "no", "never", "none", "nor", "or", "but", "except", "than", "instead"),
        *("rather", "either", "neither", "unless", "without", "maybe", "perhaps", "probably"),
        *("possibly", "might", "unlikely", "nothing", "t", "nt", "and", "also", "plus"),
        # a place beside the right one
        *("near", "outside", "beyond", "north", "south", "east", "west", "off", "around"),
        *("opposite", "behind", "across", "close", "between", "from", "to", "via"),
        # another thing it is set beside
        *("before", "after", "since", "until", "like", "unlike", "against", "versus", "vs"),
        # a changed role, rank or order
        *("former", "ex", "acting", "deputy", "vice", "assistant", "shadow", "interim"),
        *("first", "second", "third", "last", "next", "previous", "anti", "non", "un"),
    }
)
# Small words that may open a response with a capital: "The Halcyon spacecraft", "This is
# the right decision".
_OPENERS = STOPWORDS | {"it", "its", "their", "his", "her", "with", "from", "into", "onto"}
_OPENERS |= {"this", "that", "these", "those", "there"}


def with_extra_words(response: str, forms: tuple[Form, ...]) -> Grade | None:
    """Correct when ``response`` holds a form whole, in order, with only describing words
    around it; None otherwise."""
    written = _written_words(response)
    given = [word for word, _ in written]
    for form in forms:
        expected = form.text.split(" ")
        if not form.content or len(given) <= len(expected):
            continue
        extras = _extras(given, expected)
        if extras is None or len(extras) > max(3, len(expected)):
            continue
        if digit_runs(" ".join(given)) != form.digits:
            continue
        if any(given[at] in _CHANGES_THE_FACT for at in extras):
            continue
        if _another_name(written, extras, _is_a_name(form.shown), response.islower()):
            continue
        return correct("the answer, with describing words around it")
    return None


def _written_words(response: str) -> list[tuple[str, bool]]:
    """Each normalised word of ``response``, with whether it was written with a capital
    ("(LeT)" counts: an abbreviation is a name too)."""
    return [
        (word, any(letter.isupper() for letter in token))
        for token in response.split()
        for word in normalize(token).split(" ")
        if word
    ]


def _is_a_name(answer: str) -> bool:
    """Whether the right answer is a name: a capitalised word past its first, or a first
    word that is no small word."""
    words = answer.split()
    return any(word[:1].isupper() for word in words[1:]) or bool(
        words and words[0][:1].isupper() and words[0].casefold() not in _OPENERS
    )


def _extras(given: list[str], expected: list[str]) -> list[int] | None:
    """Positions of ``given`` outside the first in-order match of ``expected``, or None."""
    extras: list[int] = []
    next_word = 0
    for at, word in enumerate(given):
        if next_word < len(expected) and word == expected[next_word]:
            next_word += 1
        else:
            extras.append(at)
    return extras if next_word == len(expected) else None


def _another_name(
    written: list[tuple[str, bool]], extras: list[int], is_a_name: bool, all_small: bool
) -> bool:
    """Whether a word around the answer may be part of another name."""
    for at in extras:
        word, capitalised = written[at]
        if capitalised and not (at == 0 and word in _OPENERS):
            return True
    if not (is_a_name and all_small):
        return False
    # All in small letters, a word joined straight onto the name may be the rest of another
    # name ("singapore airlines"); one after a small word ("a shipyard in") describes.
    outside = set(extras)
    return any(
        (at - 1 >= 0 and at - 1 not in outside) or (at + 1 < len(written) and at + 1 not in outside)
        for at in extras
        if written[at][0] not in STOPWORDS
    )
