"""Who signed a report, a foreword or an open letter, as the document writes a signature:
the name on a line of its own with the role on the next ("Dr Ana Ruiz" / "Chief Inspector
of Prisons"), asked "Who signed the annual report as Chief Inspector of Prisons?".

A PDF's text may run the name onto the end of the paragraph above it ("... in the year
ahead. Dr Ana Ruiz"); the name is then the last words after the paragraph's last full
stop. A role of the press office ("Media Relations Officer") signs contact details, not the
document, and is left alone.
"""

from __future__ import annotations

import re
from itertools import pairwise

from trainer.core.authoring.article import Article
from trainer.core.authoring.document_kind import DEFAULT, document_kind
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.person_names import core_name

_TITLE = r"(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Mx)\.?\s+)"
_NAME = re.compile(rf"(?P<name>{_TITLE}?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*){{1,3}})\s*$")
_ROLE_WORDS = re.compile(
    r"\b(?:Commissioner|Director|Minister|Secretary|Chair|Chairman|Chairwoman|Chairperson|"
    r"Chief|President|Governor|Ombudsman|Auditor|Registrar|Inspector|Commander|Mayor|Head|"
    r"Chancellor|Coordinator|Representative|Ambassador|Executive|Principal|Dean|Rector|"
    r"Superintendent|Advocate|Regulator|Controller|Comptroller|General)\b"
)
_PRESS_OFFICE = re.compile(
    r"\b(?:Press|Media|Communications|Contact|Spokes\w*|News|Public\s+Affairs|Information)\b"
)
# The lines around a contact block: "For media enquiries:", a telephone number, an email.
_CONTACT = re.compile(r"(?i)\b(?:contact|enquir\w*|information|details|media)\b|@|\+?\d[\d ]{6,}")
_REACHED_AT = re.compile(r"@|\+?\d[\d ()-]{6,}")
_ROLE_MAX_WORDS = 8


def find_signatories(article: Article, story: Article) -> list[FoundFact]:
    """The signatures in ``story`` (``article`` names the document)."""
    filled = [(number, line.strip()) for number, line in enumerate(story.lines, 1) if line.strip()]
    found: list[FoundFact] = []
    for at, ((_, above), (number, role)) in enumerate(pairwise(filled)):
        # A contact block: a heading asking for contact above the name, a number or an
        # address under the role.
        before = [line for _, line in filled[max(at - 1, 0) : at] if len(line.split()) <= 8]
        after = [line for _, line in filled[at + 2 : at + 3]]
        if (
            not _is_role(role)
            or any(_CONTACT.search(line) for line in before)
            or any(_REACHED_AT.search(line) for line in after)
        ):
            continue
        # The name alone on its line, or the words after the paragraph's last full stop.
        tail = above.rsplit(". ", 1)[-1] if ". " in above else above
        name = _NAME.fullmatch(tail)
        if name is None or _ROLE_WORDS.search(tail):
            continue
        signed = name.group("name")
        prompt = f"Who signed the {document_kind(article) or DEFAULT} as {role}?"
        evidence = f"{signed} {role}"
        answer = core_name(signed)
        found.append(
            FoundFact(
                "name",
                "facts",
                answer,
                signed,
                evidence,
                0,
                len(signed),
                "who",
                number,
                evidence=evidence,
                prompt=prompt,
                # Other prompts name the signatory by role ("Dr Ruiz was reappointed ...").
                description=f"the {role}",
            )
        )
    return found


def _is_role(line: str) -> bool:
    words = line.split()
    return (
        len(words) <= _ROLE_MAX_WORDS
        and line[-1:].isalpha()
        and _ROLE_WORDS.search(line) is not None
        and _PRESS_OFFICE.search(line) is None
        and all(
            word[:1].isupper() or word in {"of", "for", "and", "the", "on", "in"} for word in words
        )
    )
