"""Accepted forms: an answer or accept entry, normalised once and ready to compare."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from trainer.core.grading.normalize import join_hyphenated, normalize_cached
from trainer.core.grading.typos import digit_runs, is_abbreviation, typo_budget
from trainer.core.grading.weekdays import abbreviated

# Words that carry no content when checking whether two answers hold the same words.
STOPWORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by"})


@dataclass(frozen=True, slots=True)
class Form:
    """One way of writing the right answer, normalised, with its own typo budget."""

    text: str
    shown: str
    budget: int
    digits: tuple[str, ...]
    content: tuple[str, ...]
    # How a match on this form is described ("exact", "surname", "accepted: TRF", ...).
    label: str = "exact"
    # Text a response must start with exactly: the initials of "m rubio" take no typos.
    fixed_prefix: str = ""
    # Words (by position) that take no typo when they are short: a surname, so that "Dar"
    # stays "Dar" even inside "Ishaq Dar", where the whole name would allow two.
    strict_words: tuple[int, ...] = ()


def content_words(text: str) -> tuple[str, ...]:
    """The words that matter, sorted, so that word order can be compared apart."""
    return tuple(sorted(word for word in text.split(" ") if word and word not in STOPWORDS))


def make_form(
    text: str,
    shown: str,
    label: str,
    *,
    abbreviation: bool = False,
    fixed_prefix: str = "",
    strict_words: tuple[int, ...] = (),
) -> Form:
    """A Form for already normalised ``text``."""
    return Form(
        text=text,
        shown=shown,
        budget=typo_budget(text[len(fixed_prefix) :], abbreviation=abbreviation),
        digits=digit_runs(text),
        content=content_words(text),
        label=label,
        fixed_prefix=fixed_prefix,
        strict_words=strict_words,
    )


def written_form(written: str, label: str) -> Form | None:
    """A Form for text as an author wrote it; None when nothing comparable is left."""
    text = normalize_cached(written)
    if not text:
        return None
    return make_form(text, written, label, abbreviation=is_abbreviation(written))


@lru_cache(maxsize=16384)
def text_forms(answers: tuple[str, ...], accept: tuple[str, ...]) -> tuple[Form, ...]:
    """The forms of a text answer: the answer itself, then each accept entry."""
    forms: list[Form | None] = []
    for written, label in [(answer, "exact") for answer in answers] + [
        (entry, f"accepted: {entry}") for entry in accept
    ]:
        forms.append(written_form(written, label))
        closed_up = join_hyphenated(written)
        variant = written_form(closed_up, label) if closed_up != written else None
        if variant is not None:
            # Closed up, "Daesh-K" is "daeshk"; a typo counts against the hyphenated form only,
            # or dropping the "K" would cost a single letter.
            forms.append(replace(variant, budget=0))
    for written in answers:
        forms.extend(_named_with_abbreviation(written))
        forms.append(_place_without_locator(written))
        forms.append(_place_without_designator(written))
    return unique_forms([*forms, *_weekday_abbreviations(forms)])


_NAME_AND_ASIDE = re.compile(r"(?P<outside>[^()]+?)\s*\((?P<inside>[^()]+)\)")


def _named_with_abbreviation(written: str) -> list[Form | None]:
    """ "Caspian Gas Export Company (CGEC)": the name alone and the abbreviation alone.

    An article introduces a body with its abbreviation in brackets, and a marker takes
    either one as the answer; the brackets only tell the reader the two are the same.
    Brackets holding anything but one abbreviation ("Paris (France)") give no forms.
    """
    match = _NAME_AND_ASIDE.fullmatch(written.strip())
    if match is None:
        return []
    outside, inside = match.group("outside").strip(), match.group("inside").strip()
    if is_abbreviation(inside) and len(outside.split()) >= 2:
        name, short = outside, inside
    elif is_abbreviation(outside) and len(inside.split()) >= 2:
        name, short = inside, outside
    else:
        return []
    return [written_form(name, "exact"), written_form(short, f"accepted: {short}")]


# "Paldiski, Estonia", "Headingley, Leeds": a place, a comma, and the larger place it lies in
# ("Pemba, northern Mozambique": the larger place may be told by its part).
_PLACE_AND_LOCATOR = re.compile(
    r"(?P<place>[^\W\d_][^,;()]*?)\s*,\s*(?P<part>(?:(?:north|south)(?:-?(?:east|west))?|east|"
    r"west|central)(?:ern)?\s+)?(?P<within>(?:[^\W\d_][\w.'’-]*\s?){1,3})"
)
# "Marsabit county", "Nsanje district": a place and the kind of division it is.
_PLACE_AND_DESIGNATOR = re.compile(
    r"(?P<place>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})\s+"
    r"(?:county|district|province|region|municipality|prefecture|governorate|department)"
)


def _place_without_locator(written: str) -> Form | None:
    """ "Paldiski" for "Paldiski, Estonia": the place, without the larger one that locates it.

    The comma's right side only says where the place lies, so a marker takes the place
    alone. Both sides must be capitalised names and the left no list ("Nairobi and Lima,
    Kenya" is not one place); "chief engineer, Coastal Embankment Board" gives no form.
    """
    match = _PLACE_AND_LOCATOR.fullmatch(written.strip())
    if match is None:
        return None
    place, within = match.group("place"), match.group("within").split()
    if not place[0].isupper() or not all(word[0].isupper() for word in within):
        return None
    if re.search(r"\band\b|&", place):
        return None
    return written_form(place, "the place without where it lies")


def _place_without_designator(written: str) -> Form | None:
    """ "Marsabit" for "Marsabit county": the place, without the word for the kind of
    division it is (a capitalised "County" is part of a name: "Orange County")."""
    match = _PLACE_AND_DESIGNATOR.fullmatch(written.strip())
    if match is None or not all(word[0].isupper() for word in match.group("place").split()):
        return None
    return written_form(match.group("place"), "the place without what kind it is")


def _weekday_abbreviations(forms: list[Form | None]) -> list[Form]:
    """ "Fri" and "Fri." for a form "Friday": a weekday is as often written short.

    The short forms take no typo, or "Sat" would be a typo of "Sun".
    """
    return [
        replace(form, text=short, budget=0, content=content_words(short))
        for form in forms
        if form is not None
        for short in abbreviated(form.text)
    ]


def unique_forms(forms: list[Form | None]) -> tuple[Form, ...]:
    """Forms without repeats of the same text, the first one kept."""
    seen: dict[str, Form] = {}
    for form in forms:
        if form is not None and form.text not in seen:
            seen[form.text] = form
    return tuple(seen.values())
