"""People's names: titles stripped, the surname found, and the short forms people write."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, product

from trainer.core.grading.forms import Form, make_form, unique_forms
from trainer.core.grading.normalize import normalize

# Words of titles, offices and nationalities that may stand before a name (after
# normalisation, so "U.S." is already "united states"). Leading runs of them are dropped.
TITLE_WORDS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "doctor",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "hon",
        "honourable",
        "honorable",
        "excellency",
        "his",
        "her",
        "senator",
        "sen",
        "secretary",
        "secy",
        "sec",
        "state",
        "president",
        "vice",
        "deputy",
        "prime",
        "minister",
        "foreign",
        "affairs",
        "fm",
        "pm",
        "dpm",
        "chief",
        "army",
        "staff",
        "coas",
        "field",
        "marshal",
        "general",
        "gen",
        "lieutenant",
        "lt",
        "colonel",
        "col",
        "major",
        "maj",
        "admiral",
        "adm",
        "air",
        "commander",
        "captain",
        "capt",
        "ambassador",
        "envoy",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "official",
        "leader",
        "department",
        "office",
        "ministry",
        "of",
        "the",
        "united",
        "states",
        "american",
        "pakistani",
        "pakistan",
        "pakistans",
        "chinese",
        "indian",
        "afghan",
        "former",
        "acting",
        "interim",
        # Offices and honorifics newsrooms put before a name ("Coun. Teresa Villeneuve",
        # "Director Samuel Whitcombe", "Rt Hon", "Sheikh", "Datuk"), so the name alone is
        # right and the name with its title is too.
        "councillor",
        "coun",
        "cllr",
        "alderman",
        "mayor",
        "governor",
        "gov",
        "chancellor",
        "premier",
        "judge",
        "justice",
        "commissioner",
        "director",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "treasurer",
        "inspector",
        "superintendent",
        "sergeant",
        "sgt",
        "detective",
        "rt",
        "right",
        "reverend",
        "rev",
        "rabbi",
        "imam",
        "sheikh",
        "bishop",
        "archbishop",
        "cardinal",
        "baroness",
        "baron",
        "datuk",
        "seri",
        "dato",
        "datin",
    )
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Letters after a name for a rank, a seat or an honour ("Sarah Lindqvist-Moore KC", "John
# Smith MP", "Dame Ann Lee DBE"): a marker takes the name without them, and with them.
POST_NOMINALS = frozenset(
    {"kc", "qc", "sc", "mp", "msp", "mla", "mep", "td", "obe", "mbe", "cbe", "kbe", "dbe"}
    | {"frs", "phd", "dphil"}
)
# Surname particles that belong to the surname: "Dan De Luce" -> surname "de luce".
PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "da",
        "di",
        "du",
        "dos",
        "das",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "abu",
        "st",
    }
)
# Given names beyond this many are not combined into every short form (names are short).
MAX_GIVEN = 3


@dataclass(frozen=True, slots=True)
class Name:
    """A name split into given names and surname (normalised words)."""

    given: tuple[str, ...]
    surname: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.given + self.surname)


# "NBC's Dan De Luce", "Pakistan’s Ishaq Dar": whose the person is, not their name.
_POSSESSOR = re.compile(r"\s*[^\W\d_][\w.&-]*['’]s\s+(?=\S)")


def name_text(written: str) -> str:
    """A normalised name without titles before it or after a comma; "" when only titles."""
    written = _POSSESSOR.sub("", written, count=1) if "s " in written else written
    head, comma, tail = written.partition(",")
    if comma and (_only_titles(normalize(tail)) or normalize(tail) in POST_NOMINALS):
        written = head
    words = normalize(written).split(" ")
    start = 0
    while start < len(words) and words[start] in TITLE_WORDS:
        start += 1
    if start and words[start - 1] == "of":
        # "deputy of Ryosei Akazawa" names the deputy, not Akazawa: a post held under the
        # person is no title of theirs ("Secretary of State Rubio" ends on its post).
        start = 0
    end = len(words)
    while end > start + 1 and (words[end - 1] in SUFFIXES or words[end - 1] in POST_NOMINALS):
        end -= 1
    return " ".join(words[start:end])


def _only_titles(text: str) -> bool:
    return bool(text) and all(word in TITLE_WORDS for word in text.split(" "))


def split_name(text: str) -> Name:
    """Given names and surname of a normalised, title-free name."""
    words = tuple(text.split(" "))
    start = len(words) - 1
    while start > 0 and words[start - 1] in PARTICLES:
        start -= 1
    return Name(words[:start], words[start:])


def name_forms(written: str, label: str) -> list[Form]:
    """Every accepted way of writing one name: full, surname, initials, surname first."""
    text = name_text(written)
    if not text:
        return []
    name = split_name(text)
    surname = " ".join(name.surname)
    size = len(name.surname)
    forms = [_surname_last(text, written, label, size)]
    if not name.given:
        return forms
    forms.append(_surname_last(surname, written, "surname", size))
    if size > 1:
        forms.append(_surname_last(name.surname[-1], written, "surname", 1))
    for given in _given_subsets(name.given):
        shown = " ".join(given)
        if given != name.given:
            forms.append(_surname_last(f"{shown} {surname}", written, "shorter form", size))
        forms.append(
            make_form(
                f"{surname} {shown}", written, "surname first", strict_words=tuple(range(size))
            )
        )
        forms.extend(_initial_forms(given, surname, size, written))
    return forms


def _surname_last(text: str, written: str, label: str, size: int, fixed: str = "") -> Form:
    """A form ending in a surname of ``size`` words, which take no typo when short."""
    count = text.count(" ") + 1
    strict = tuple(range(count - size, count))
    return make_form(text, written, label, fixed_prefix=fixed, strict_words=strict)


def _given_subsets(given: tuple[str, ...]) -> list[tuple[str, ...]]:
    if len(given) > MAX_GIVEN:
        given = (given[0], given[-1])
    return [subset for size in range(len(given), 0, -1) for subset in combinations(given, size)]


def _initial_forms(given: tuple[str, ...], surname: str, size: int, written: str) -> list[Form]:
    forms = []
    # Each given name written in full or as its initial, at least one initial.
    for choice in product((False, True), repeat=len(given)):
        if not any(choice):
            continue
        parts = [word[0] if initial else word for word, initial in zip(given, choice, strict=True)]
        # The leading initials must be written exactly: "N Rubio" is someone else.
        leading = []
        for part, initial in zip(parts, choice, strict=True):
            if not initial:
                break
            leading.append(part)
        fixed = " ".join(leading) + " " if leading else ""
        forms.append(
            _surname_last(f"{' '.join(parts)} {surname}", written, "initials", size, fixed)
        )
        if all(choice) and len(parts) > 1:
            joined = "".join(parts) + " "
            forms.append(_surname_last(f"{joined}{surname}", written, "initials", size, joined))
    return forms


@lru_cache(maxsize=16384)
def card_name_forms(
    answers: tuple[str, ...], accept: tuple[str, ...], rejects: frozenset[str]
) -> tuple[tuple[Form, ...], frozenset[str]]:
    """All forms of a name card's answer and accept entries, and the given names alone.

    A short form the author rejects ("Yi" for "Wang Yi", whose family name comes first) is
    left out; forms the author wrote out are always kept.
    """
    forms: list[Form | None] = []
    given_names: set[str] = set()
    for answer in answers:
        forms.extend(name_forms(answer, "exact"))
        text = name_text(answer)
        if text:
            given_names.update(split_name(text).given)
    for entry in accept:
        forms.extend(name_forms(entry, f"accepted: {entry}"))
    written = {name_text(text) for text in (*answers, *accept)}
    forms = [form for form in forms if form and (form.text in written or form.text not in rejects)]
    unique = unique_forms(forms)
    own = frozenset(form.text for form in unique)
    return unique, frozenset(given_names - own)
