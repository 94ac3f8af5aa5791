"""Who signed a report, a foreword or an open letter, as the document writes a signature:
the name on a line of its own with the role on the next ("Dr Ana Ruiz" / "Chief Inspector
of Prisons"; under "Signed:" any role in title case, "Public Spending Examiner"), or on one
line after a dash or "Signed:" ("— Jane Roe, Director of Operations"), asked "Who signed
the annual report as Chief Inspector of Prisons?".

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
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.person_names import core_name

_TITLE = r"(?:(?:(?:The\s+)?Rt\.?\s+Hon|Hon|Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Mx)\.?\s+)+"
# A person's name: "Dr Ana Ruiz", "Tomás Ó Briain" (letters with accents too).
_PERSON = rf"[{CAPITAL}][{SMALL}'’-]+(?:\s+[{CAPITAL}][{SMALL}'’.-]*){{1,3}}"
# "Sarah Blake MP", "Aoife Byrne TD": the letters after a name are no part of it.
_AFTER_NAME = rf"(?:\s+[{CAPITAL}]{{2,4}})?"
_NAME = re.compile(rf"(?P<name>(?:{_TITLE})?{_PERSON}){_AFTER_NAME}\s*$")
_ROLE_WORDS = re.compile(
    r"\b(?:Commissioner|Director|Minister|Secretary|Chair|Chairman|Chairwoman|Chairperson|"
    r"Chief|President|Governor|Ombudsman|Auditor|Registrar|Inspector|Commander|Mayor|Head|"
    r"Chancellor|Coordinator|Representative|Ambassador|Executive|Principal|Dean|Rector|"
    r"Superintendent|Advocate|Regulator|Controller|Comptroller|General|Examiner|Officer|"
    r"Treasurer|Clerk|Counsel|Solicitor|Attorney|Envoy|Consul|Judge|Justice|Prosecutor|"
    r"Manager|Leader|Convenor|Convener|Trustee|Founder|Adviser|Advisor|Editor|Librarian)\b"
)
# "Signed:", "Signed by", "Yours sincerely,": the line over a signature, whatever the role.
_SIGNED = re.compile(
    r"(?i)^(?:signed(?:\s+by)?|yours\s+(?:sincerely|faithfully)|approved\s+by)[:,]?$"
)
# "— Jane Roe, Director of Operations", "Signed: Jane Roe, Chief Executive": a signature
# on one line, the name and its role after a dash or "Signed".
_ONE_LINE = re.compile(
    r"^(?:[—–-]\s*|(?i:signed(?:\s+by)?)\s*:?\s+)"
    rf"(?P<name>(?:{_TITLE})?{_PERSON}),\s+(?P<role>[{CAPITAL}].*)$"
)
# "Sarah Blake MP, Minister for Rail": a member's name, the letters after it and the post,
# alone on a line under a foreword; the letters say the line is a signature, not a list item.
# One word of a member's name, a double-barrelled one too ("Brennan-Oduya").
_MEMBER_WORD = rf"[{CAPITAL}][{SMALL}'’]+(?:-[{CAPITAL}][{SMALL}'’]+)?"
_MEMBER_LINE = re.compile(
    rf"^(?P<name>(?:{_TITLE})?{_MEMBER_WORD}(?:\s+{_MEMBER_WORD}){{1,3}})"
    rf"\s+(?:MP|MSP|MS|MLA|TD|AM|MEP)\b,\s+(?P<role>[{CAPITAL}].*)$"
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
        # Under "Signed:" the line after the name is the signatory's role, whatever it is.
        signed_over = any(_SIGNED.match(line) for line in before)
        if (
            not (_is_role(role) or (signed_over and _is_title(role)))
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
        found.append(_signature(article, signed, role, f"{tail.strip()} {role}", number))
    for number, line in filled:
        one_line = _ONE_LINE.match(line)
        if one_line and _is_role(one_line.group("role")):
            signed, role = one_line.group("name"), one_line.group("role")
            found.append(_signature(article, signed, role, line, number))
        member = _MEMBER_LINE.match(line)
        if member and _is_role(member.group("role")):
            signed, role = member.group("name"), member.group("role")
            # A public post has one holder: asked as who holds it.
            found.append(_signature(article, signed, role, line, number, f"Who is the {role}?"))
    return found


def _signature(
    article: Article, signed: str, role: str, evidence: str, number: int, prompt: str = ""
) -> FoundFact:
    prompt = prompt or f"Who signed the {document_kind(article) or DEFAULT} as {role}?"
    at = evidence.find(signed)
    return FoundFact(
        "name",
        "facts",
        core_name(signed),
        signed,
        evidence,
        at,
        at + len(signed),
        "who",
        number,
        evidence=evidence,
        prompt=prompt,
        # Other prompts name the signatory by role ("Dr Ruiz was reappointed ...").
        description=f"the {role}",
    )


def _is_role(line: str) -> bool:
    return _ROLE_WORDS.search(line) is not None and _is_title(line)


def _is_title(line: str) -> bool:
    """A few words in title case, as a role is written under a name: no sentence, no
    press office's contact role."""
    words = line.split()
    return (
        len(words) <= _ROLE_MAX_WORDS
        and line[-1:].isalpha()
        and _PRESS_OFFICE.search(line) is None
        and all(
            word[:1].isupper() or word in {"of", "for", "and", "the", "on", "in", "to"}
            for word in words
        )
    )
