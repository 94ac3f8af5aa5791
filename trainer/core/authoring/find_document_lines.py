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
    rf"^(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:for|of|and|on|the|[A-Z][\w'’&.-]*))+)\s+[|·•–-]\s+"
    rf"(?P<document>{_DOCUMENT})(?:\s+(?:No\.?|Number|#)\s*\d+)?\s*$"
)
# "Authors: Dr A B and C D", "Author: A B".
_AUTHORS = re.compile(
    r"^(?P<label>Authors?|Written\s+by):?\s+(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})"
    r"(?P<more>(?:,|\s+and|\s+&)\s+.+)?$"
)


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
            found.append(_fact("name", name, line, number, f"Who is {asked} the {document}?"))
    return found


def _fact(
    kind: str, answer: str, line: str, number: int, prompt: str, description: str | None = None
) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    return FoundFact(
        kind,
        "facts",
        answer,
        answer,
        line,
        line.find(answer),
        line.find(answer) + len(answer),
        "who",
        number,
        evidence=line,
        prompt=prompt,
        description=description,
    )
