"""A report's or brief's own title and its number in the series it belongs to, as its
masthead gives them: "Dredging the Channel: Options for 2030" over "Policy Brief No. 9"
asks "What is the title of the policy brief?" and "What is the policy brief's number in
its series?" (answer "Policy Brief No. 9", also accepted as "No. 9" or "9").

A news story's headline is the newsroom's summary of the story, not a fact of it, so only
a document that names its kind in the masthead (a brief, a paper, a report) has its title
asked; a press release's reference number is filing, and is left alone.
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.document_kind import MASTHEAD_LINES, document_kind
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_people import ORGANISATION_WORDS
from trainer.core.authoring.find_subjects import KIND_WORDS

# Documents whose title is how they are cited.
_TITLED = re.compile(r"(?:brief|paper|note|report)$")
# "Policy Brief No. 14", "Research Paper Number 4", "Report No. 12".
_SERIES = re.compile(
    r"(?P<series>(?:[A-Z][a-z]+\s+)?(?:Brief|Paper|Note|Report|Update|Bulletin))\s+"
    r"(?:No\.?|Number|#)\s*(?P<number>\d+)\b(?![/.-]\d)"
)


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
        if headline and line == headline and not _SERIES.search(line) and not _body(line):
            title = line
            if at + 1 < len(top) and _continues(line, top[at + 1][1]):
                # A PDF wraps a long title: "... Central Asian Grain" / "Flows Across ...".
                title = f"{line} {top[at + 1][1]}"
            accept = [title.split(":")[0].strip()] if ":" in title else []
            found.append(_fact(title, title, number, f"What is the title of the {kind}?", accept))
            break
    for number, line in top:
        series = _SERIES.search(line)
        if series:
            answer = series.group(0)
            accept = [f"No. {series.group('number')}", series.group("number")]
            prompt = f"What is the {kind}'s number in its series?"
            found.append(_fact(answer, answer, number, prompt, accept))
            break
    return found


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
    words = line.split()
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
