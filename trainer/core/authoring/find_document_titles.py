"""A report's or brief's own title and its number in the series it belongs to, as its
masthead gives them: "Dredging the Channel: Options for 2030" over "Policy Brief No. 9"
asks "What is the title of the policy brief?" and "What is the policy brief's number in
its series?" (answer "Policy Brief No. 9", also accepted as "No. 9" or "9"). A subtitle
that only names the kind of document ("...: Summary of Findings and Recommendations") is
left out of the title's answer, and accepted.

A news story's headline is the newsroom's summary of the story, not a fact of it, so only
a document that names its kind in the masthead (a brief, a paper, a report) has its title
asked; a press release's reference number is filing, and is left alone.
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.document_kind import MASTHEAD_LINES, SERIES_LABEL, document_kind
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_people import ORGANISATION_WORDS
from trainer.core.authoring.find_subjects import KIND_WORDS
from trainer.core.authoring.letters import CAPITAL

# Documents whose title is how they are cited.
_TITLED = re.compile(r"(?:brief|paper|note|report)$")
# "Policy Brief No. 14", "Research Paper Number 4", "Report No. 12", "Report No. 7 of 2026"
# (the year of a series numbered afresh each year is part of the number).


def find_document_titles(article: Article) -> list[FoundFact]:
    """The title and series number of a brief, paper or report, if its masthead gives them."""
    kind = document_kind(article)
    if kind is None or not _TITLED.search(kind):
        return []
    found: list[FoundFact] = []
    top = [
        (number, line.strip()) for number, line in enumerate(article.lines, start=1) if line.strip()
    ][:MASTHEAD_LINES]
    headline = article.headline
    for at, (number, line) in enumerate(top):
        if (
            headline
            # "SALT AND SILT:" over the rest of its title: the headline joins the two.
            and (line == headline or headline.startswith(line + " "))
            and not SERIES_LABEL.search(line)
            and not _body(line)
            # "Annual Report 2025–26": the kind of document and its year, no title.
            and not re.fullmatch(rf"(?i){re.escape(kind)}\s+[\d–/-]+", line)
        ):
            title = headline
            if title == line and at + 1 < len(top) and _continues(line, top[at + 1][1]):
                # A PDF wraps a long title: "... Central Asian Grain" / "Flows Across ...".
                title = f"{line} {top[at + 1][1]}"
            # ('"Holding the Line: ..."': a title the masthead quotes is cited without them.)
            quoted = _QUOTED.fullmatch(title)
            title = quoted.group(1) if quoted else title
            answer = _main_title(title)
            # The full title is right too, and so are the words before its colon.
            accept = [title] if answer != title else [title.split(":")[0].strip()]
            if ":" not in title:
                accept = []
            found.append(_fact(answer, title, number, f"What is the title of the {kind}?", accept))
            break
    for number, line in top:
        series = SERIES_LABEL.search(line)
        if series:
            answer = series.group(0)
            accept = [f"No. {series.group('number')}", series.group("number")]
            if series.group("year"):
                accept.insert(0, answer.removesuffix(series.group("year")))
            prompt = f"What is the {kind}'s number in its series?"
            found.append(_fact(answer, answer, number, prompt, accept))
            break
    return found


_QUOTED = re.compile(r"[\"“]([^\"“”]{10,120})[\"”]")


def _main_title(title: str) -> str:
    """The title a document is cited by: "Delivering the Schools Renewal Programme" of
    "...: Summary of Findings and Recommendations", where the words after the colon only say
    what kind of document it is (the full title is accepted too). A subtitle that says
    something ("Silting Up: Why the Channel Needs a Dredging Plan") is part of the title."""
    main, colon, subtitle = title.partition(":")
    words = re.findall(r"[\w’'-]+", subtitle.casefold())
    if not colon or _body(main.strip()) or not words or not set(words) <= _KIND_OF_DOCUMENT:
        return title
    return main.strip()


# The words of a subtitle that names the document's kind: "Final Report", "Summary of Key
# Findings", "An Independent Review", "Interim Report and Recommendations".
_KIND_OF_DOCUMENT = frozenset(
    {"a", "an", "the", "of", "and", "for", "to", "summary", "findings", "key", "main",
     "recommendations", "conclusions", "report", "final", "interim", "annual", "first",
     "second", "third", "progress", "review", "independent", "update", "overview",
     "executive", "evaluation", "assessment", "audit", "analysis", "briefing", "paper",
     "note", "options", "response", "consultation", "technical", "discussion", "full"}
)  # fmt: skip


# A line that fills a page's width: a title this long may go on over the next line.
_FULL_LINE = 45
_CONTINUATION_WORDS = 6


def _continues(title: str, line: str) -> bool:
    """Whether ``line`` is the rest of a ``title`` wrapped onto it: a few words after a
    long title that ends on no stop, and nothing a masthead's other lines hold (a body's
    name, a date, a byline, the document's kind)."""
    words = line.split()
    return (
        len(title) >= _FULL_LINE
        and title[-1].isalpha()
        and len(words) <= _CONTINUATION_WORDS
        and line[-1:].isalpha()
        and not line.isupper()  # "PRAIRIE POLICY INSTITUTE": a masthead's name in capitals
        and not re.search(r"\d", line)
        and words[0] not in KIND_WORDS
        and words[0] != "By"
        and not _body(line)
        and not _KIND_WORDS_LINE.search(line)
    )


_KIND_WORDS_LINE = re.compile(
    r"(?i)\b(?:brief|paper|report|release|statement|update|summary|authors?|published)\b"
)


def _body(line: str) -> bool:
    """ "Office of the Rail Commissioner", "Coastal Futures Institute": a masthead line
    naming who publishes the document, read as its headline when it comes first."""
    # "NORDHAVN INSTITUTE FOR SECURITY STUDIES (NISS)": a body's name (in capitals or not)
    # with its short form after it, an organisation's word anywhere in it.
    short_form = re.search(rf"\s*\([{CAPITAL}]{{2,8}}\)\s*$", line)
    line = line[: short_form.start()] if short_form else line
    words = [word.capitalize() if word.isupper() else word for word in line.split()]
    if not words:
        return False
    if short_form and set(words) & (ORGANISATION_WORDS | _BODY_WORDS):
        return True
    return (
        (len(words) > 1 and words[0] in KIND_WORDS and words[1] == "of")
        # (not any kind word last: "... Needs a Dredging Plan" is a title)
        or words[-1] in ORGANISATION_WORDS
        or words[-1] in _BODY_WORDS
    )


# Bodies that publish documents, besides the organisations people work for.
_BODY_WORDS = frozenset(
    {
        "Institute",
        "Centre",
        "Center",
        "Foundation",
        "Trust",
        "Forum",
        "Board",
        "Authority",
        "Service",
        "Bureau",
        "Directorate",
        "Administration",
        "Corporation",
        "Association",
    }
)


def _fact(answer: str, evidence: str, number: int, prompt: str, accept: list[str]) -> FoundFact:
    return FoundFact(
        "text",
        "document",
        answer,
        answer,
        evidence,
        0,
        len(answer),
        "what",
        number,
        evidence=evidence,
        prompt=prompt,
        accept=tuple(accept),
    )
