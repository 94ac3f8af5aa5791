"""Which body issued an official document, as its masthead names it on a line of its own:
"MINISTRY OF TRADE AND BORDER REVENUE" over a media statement asks "Which body issued the
media statement?" (answer "Ministry of Trade and Border Revenue", in the case the body's
name is written in, its initials accepted where the text uses them).

A line names a body when it is a name and nothing else (no figure, no stop, no verb's
lower-case words) and says it is a body: "Office of the ...", "Department for ..." or a
name ending on what it is ("Norland Central Bank", "Harbourline Humanitarian Alliance
(HHA)"). A headline in capitals is a sentence, not a name ("MINISTRY FINES BANK OVER
LEAK"), so a name ending on its kind is asked only with its initials in brackets, or in a
document that names its own kind (a press release, a report) when the text names that body
again or uses its initials; an "Office of ..." line only in a document that names its own
kind, or where the text names the body again. A newspaper's name ("FINANCIAL TIMES") is no
issuer of an official document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.core.authoring.article import Article
from trainer.core.authoring.document_kind import MASTHEAD_LINES, document_kind
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_people import ORGANISATION_WORDS
from trainer.core.authoring.letters import CAPITAL

# What a body calls itself (not a newspaper's "Times" or "Post", nor "Statement").
_BODY_WORDS = (
    ORGANISATION_WORDS
    - {"Times", "News", "Post", "Financial", "Front", "Dialogue", "Affairs", "House", "Statement"}
) | {
    "Institute",
    "Centre",
    "Center",
    "Foundation",
    "Trust",
    "Board",
    "Authority",
    "Service",
    "Bureau",
    "Directorate",
    "Administration",
    "Inspectorate",
    "Secretariat",
    "Tribunal",
    "Regulator",
    "Ombudsman",
    "Commissioner",
    "Examiner",
    "Treasury",
    "Parliament",
    "Alliance",
    "Coalition",
    "Federation",
    "Association",
    "Corporation",
    "Council",
    "Police",
    "Network",
    "Ministry",
}
# The words that join a body's name: "Office of the ...", "Department for ...".
# A body a country has one of, named by one word.
_ONE_WORD_BODIES = frozenset({"Treasury", "Parliament", "Cabinet", "Presidency", "Senate"})
_JOINING = frozenset({"of", "for", "and", "the", "on", "in", "at", "to", "&"})
_ACRONYM_AFTER = re.compile(rf"\s*\((?P<acronym>[{CAPITAL}]{{2,8}})\)$")
_MAX_WORDS = 10
DOCUMENT = "document"


def find_issuers(article: Article) -> list[FoundFact]:
    """The body the masthead names as the document's issuer, if it names one."""
    top = [
        (number, line.strip()) for number, line in enumerate(article.lines, start=1) if line.strip()
    ][:MASTHEAD_LINES]
    kind = document_kind(article)
    for number, line in top:
        acronym = _ACRONYM_AFTER.search(line)
        name = line[: acronym.start()] if acronym else line
        # "THE TREASURY": the article before a body's name is no part of what it is.
        name = re.sub(r"^(?:The|THE)\s+(?=\S+\s*$)", "", name)
        form = _body_form(name)
        if form is None:
            continue
        others = _text_without(article, number)
        written = _as_written(name, others)
        initials = acronym.group("acronym") if acronym else _initials_used(written, others)
        named_again = re.search(re.escape(written), others, re.IGNORECASE) is not None
        if form == "ends" and not (acronym or (kind and (named_again or initials))):
            continue
        if form == "opens" and not (kind or named_again or initials):
            continue
        prompt = f"Which body issued the {kind or DOCUMENT}?"
        # Other prompts name the body by what it is: "Who is the head of the office?".
        what = written.split()[0 if form == "opens" else -1].casefold()
        if acronym and name.isupper():
            # "OFFICE FOR PORT SAFETY (OPS)": the masthead gives the body with its initials,
            # and so does the answer (the name alone, or the initials, accepted too). In
            # title case the short-form pass asks "What does OPS stand for?" of the line.
            answer = f"{written} ({acronym.group('acronym')})"
            fact = _fact(answer, line, number, prompt, initials, f"the {what}")
            return [replace(fact, accept=(written, *fact.accept))]
        return [_fact(written, line, number, prompt, initials, f"the {what}")]
    return []


def _body_form(name: str) -> str | None:
    """ "opens" for "Office of the ...", "ends" for "... Central Bank", None when ``name``
    is no body's name."""
    words = name.split()
    if len(words) == 1 and _titled(name) in _ONE_WORD_BODIES:
        return "ends"  # "THE TREASURY", "Parliament"
    if not 2 <= len(words) <= _MAX_WORDS or re.search(r"[\d|:;,.!?“”\"]", name):
        return None
    capitals = name.isupper()
    for word in words:
        if word.casefold() in _JOINING and (capitals or word.islower()):
            continue
        if not word[:1].isupper():
            return None
    titled = [_titled(word) for word in words]
    if titled[0] in _BODY_WORDS and words[1].casefold() in {"of", "for"}:
        return "opens"
    if titled[-1] in _BODY_WORDS and words[0].casefold() not in _JOINING:
        return "ends"
    return None


def _titled(word: str) -> str:
    return word if not word.isupper() else word.capitalize()


def _text_without(article: Article, number: int) -> str:
    return "\n".join(line for at, line in enumerate(article.lines, start=1) if at != number)


def _as_written(name: str, text: str) -> str:
    """``name`` in the case the article writes it elsewhere; a name in capitals with no
    other mention in title case, joining words in lower case, initials kept where the text
    writes them in capitals ("UN")."""
    if not name.isupper():
        return " ".join(name.split())
    again = re.search(re.escape(" ".join(name.split())).replace(r"\ ", r"\s+"), text, re.I)
    if again and not again.group(0).isupper():
        return " ".join(again.group(0).split())
    words: list[str] = []
    for at, word in enumerate(name.split()):
        if at and word.casefold() in _JOINING:
            words.append(word.casefold())
        elif len(word) <= 3 and re.search(rf"\b{re.escape(word)}\b", text):
            words.append(word)
        else:
            words.append(word.capitalize())
    return " ".join(words)


def _initials_used(name: str, text: str) -> str | None:
    """ "MTBR" for the Ministry of Trade and Border Revenue, when the text writes it."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    if len(initials) < 2:
        return None
    return initials if re.search(rf"\b{initials}\b", text) else None


def _fact(
    answer: str, line: str, number: int, prompt: str, initials: str | None, description: str
) -> FoundFact:
    return FoundFact(
        "text",
        "facts",  # (the group whose descriptions name it in other prompts)
        answer,
        answer,
        line,
        0,
        len(line),
        "what",
        number,
        evidence=line,
        prompt=prompt,
        accept=(initials,) if initials else (),
        description=description,
    )
