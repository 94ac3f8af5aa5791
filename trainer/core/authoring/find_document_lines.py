"""Who published a report or brief and who wrote it, from the lines that open it:
"Harbourside Institute | Research Paper No. 4" asks "Which organisation published the
research paper?", and "Authors: Dr Ana Ruiz and Tom Vale" asks "Who is the first-named
author of the research paper?" (one card: the first name, as a citation gives it).

Only the lines before the body are read (a document's masthead), and only in these
plain forms; a news story's byline ("By Ana Ruiz, Health Correspondent") is the
newspaper's, not a fact of the story, and is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_subjects import kind_of
from trainer.core.authoring.letters import CAPITAL
from trainer.core.authoring.person_names import core_name

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# How many non-empty lines at the top a masthead may take.
_MASTHEAD_LINES = 8
_DOCUMENT = (
    r"(?:(?:Policy|Research|Working|Briefing|Discussion|Occasional|Issue|Technical|Special)\s+)?"
    r"(?:Brief|Paper|Report|Note|Briefing|Commentary|Analysis|Bulletin)"
)
# "Meridian Institute | Policy Brief No. 27": the publisher, then what it published.
_PUBLISHER = re.compile(
    rf"^(?P<name>[{CAPITAL}][\w'’&.-]*(?:\s+(?:for|of|and|on|the|[{CAPITAL}][\w'’&.-]*))+)\s+[|·•–-]\s+"
    rf"(?P<document>{_DOCUMENT})(?:\s+(?:No\.?|Number|#)\s*\d+)?\s*$"
)
# "Authors: Dr A B and C D", "Author: A B"; a PDF may join the label to the title line
# before it ("... in Five Countries Authors: Dr A B, C D and E F"), with its colon.
_AUTHORS = re.compile(
    r"^(?:.*\S\s+(?=(?:Authors?|Written\s+by):))?"
    rf"(?P<label>Authors?|Written\s+by):?\s+(?P<first>[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{1,4}})"
    r"(?P<more>(?:,|\s+and|\s+&)\s+.+)?$"
)
# One author in the list after the first: "Tom Ray", "Prof. Sue Kim".
_AUTHOR = rf"[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{1,4}}"
_MORE_AUTHORS = re.compile(rf"(?:(?:,|,?\s+and|\s+&)\s+{_AUTHOR})+")
# Words of a role or a body, never of an author's name.
_NOT_IN_NAMES = frozenset(
    {
        "Fellow", "Senior", "Programme", "Program", "Institute", "Centre", "Center",
        "University", "Department", "Director", "Head", "Research", "Associate", "Professor",
        "Lecturer", "Editor", "Team", "Unit", "Office", "Group", "School", "College",
    }
)  # fmt: skip
# From this many authors on, the list is a fact of its own beside the first-named author.
_LISTED_AUTHORS = 3


def find_document_lines(article: Article) -> list[FoundFact]:
    """The publisher and first author a document's masthead names, if it names them."""
    top = [
        (number, line.strip()) for number, line in enumerate(article.lines, start=1) if line.strip()
    ][:_MASTHEAD_LINES]
    document = "paper"
    found: list[FoundFact] = []
    for number, line in top:
        publisher = _PUBLISHER.match(line)
        if publisher:
            document = publisher.group("document").casefold()
            name = publisher.group("name")
            prompt = f"Which organisation published the {document}?"
            # Other prompts call it by its kind ("The centre is based where?").
            kind = kind_of(name)
            found.append(_fact("text", name, line, number, prompt, kind and f"the {kind}"))
    for number, line in top:
        authors = _AUTHORS.match(line)
        if authors:
            several = authors.group("more") or authors.group("label") == "Authors"
            asked = "the first-named author of" if several else "the author of"
            name = core_name(authors.group("first"))
            listed = _all_authors(name, authors.group("more") or "")
            if listed is not None and authors.group("label") == "Authors":
                # "Who wrote it?" asks them all, as the masthead lists them; the first of
                # three is no fact of its own.
                prompt = f"Who are the authors of the {document}?"
                found.append(_fact("text", listed, line, number, prompt))
            else:
                found.append(_fact("name", name, line, number, f"Who is {asked} the {document}?"))
    return found


def _all_authors(first: str, more: str) -> str | None:
    """ "A, B and C" of a masthead's several authors, their titles off; None for fewer
    than _LISTED_AUTHORS or a list read no further than its names."""
    if _MORE_AUTHORS.fullmatch(more) is None:
        return None
    names = [first] + [
        core_name(name.strip())
        for name in re.split(r",?\s+and\s+|\s+&\s+|,\s+", more.strip(" ,"))
        if name.strip()
    ]
    if len(names) < _LISTED_AUTHORS:
        return None
    if any(not 2 <= len(name.split()) <= 4 or set(name.split()) & _NOT_IN_NAMES for name in names):
        return None  # "Dr A B, Senior Fellow, Security Programme": one author and a role
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _fact(
    kind: str, answer: str, line: str, number: int, prompt: str, description: str | None = None
) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    start = line.find(answer)
    # (A list of authors without their titles is not written as such: the line holds it.)
    start, end = (start, start + len(answer)) if start >= 0 else (0, len(line))
    return FoundFact(
        kind,
        "facts",
        answer,
        answer,
        line,
        start,
        end,
        "who",
        number,
        evidence=line,
        prompt=prompt,
        description=description,
    )
