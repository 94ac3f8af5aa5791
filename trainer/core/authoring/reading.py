"""The article text `trainer draft` works from, whatever form it came in.

Plain text is read as it is. Markdown loses its markup, a saved web page is reduced to the
story by trafilatura (main text, headline, publication date and author; not the site's
navigation, buttons or links to other stories), and a PDF gives its text layer through
pypdf. Anything but plain text is then saved as plain text beside the deck and cited from
there, so the cards' evidence stays verbatim whichever extractor version made it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.core.authoring.article import Article
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.page_dates import publication_line
from trainer.core.authoring.paragraph_numbers import numbering_end, numbers_its_lines
from trainer.core.authoring.text_file import read_utf8_text
from trainer.core.errors import TrainerError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
PDF_SUFFIXES = (".pdf",)
STDIN = "-"
# A PDF line this much shorter than the page's longest line ends its paragraph.
_SHORT_LINE = 0.8
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MARKDOWN_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MARKDOWN_QUOTE = re.compile(r"^\s*>\s?")
_MARKDOWN_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


@dataclass(frozen=True, slots=True)
class SourceText:
    """An article's text and what the reader learnt about it besides."""

    text: str
    # The file the text was read from, or "-" for standard input.
    origin: str
    # True when the text is not the file itself and must be saved for the cards to cite.
    extracted: bool
    headline: str | None = None
    published: dt.date | None = None
    author: str | None = None

    def article(self, path: Path) -> Article:
        """The text as an article living at ``path`` (where it is, or will be, saved)."""
        return Article(path=path, text=self.text, lines=tuple(self.text.splitlines()))


def read_source(name: str, stdin_text: str | None = None) -> SourceText:
    """Read the article at ``name`` (or standard input's ``stdin_text`` for "-")."""
    if name == STDIN:
        return _plain(stdin_text or "", "standard input", extracted=True)
    path = Path(name).expanduser()
    suffix = path.suffix.casefold()
    if suffix in PDF_SUFFIXES:
        return _pdf(path)
    if suffix in HTML_SUFFIXES:
        return _web_page(path)
    text = read_utf8_text(path, "an article", "save the article as UTF-8")
    if suffix in MARKDOWN_SUFFIXES:
        return _plain(markdown_as_text(text), str(path), extracted=True)
    return _plain(text, str(path), extracted=False)


def _plain(text: str, origin: str, *, extracted: bool) -> SourceText:
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise TrainerError(f"{origin}:{line}: contains a NUL byte; is it plain text?")
    if not text.strip():
        raise TrainerError(f"{origin}: is empty")
    return SourceText(text=text, origin=origin, extracted=extracted)


def markdown_as_text(text: str) -> str:
    """Markdown with its markup taken off: headings, emphasis, links, list and quote marks."""
    lines: list[str] = []
    for line in text.splitlines():
        if _MARKDOWN_RULE.fullmatch(line):
            lines.append("")
            continue
        heading = _MARKDOWN_HEADING.match(line)
        if heading:
            line = heading.group(1)
        line = _MARKDOWN_QUOTE.sub("", _MARKDOWN_LIST.sub("", line))
        line = _MARKDOWN_LINK.sub(r"\1", line)
        line = _MARKDOWN_EMPHASIS.sub(r"\2", line)
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


def _web_page(path: Path) -> SourceText:
    # Imported here: trafilatura and lxml take a moment to load, and only web pages need them.
    import trafilatura

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TrainerError(f"{path}: no such file") from None
    except OSError as error:
        raise TrainerError(f"{path}: cannot be read: {error.strerror or error}") from None
    page = trafilatura.load_html(data)
    if page is not None:
        _keep_story_asides(page)
    document = trafilatura.bare_extraction(
        page if page is not None else data,
        with_metadata=True,
        include_comments=False,
        # A fact box set as a table ("| Staff | 96 |"): its rows are asked as label lines
        # (find_label_lines), the other tables' rows left out of the sentence passes.
        include_tables=True,
        include_images=False,
        include_links=False,
        # The first publication, never an "Updated" stamp: relative dates count from it.
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not body:
        raise TrainerError(
            f"{path}: found no article text in this web page; "
            "copy the story into a .txt file and draft from that"
        )
    headline = _clean_line(getattr(document, "title", None))
    author = _clean_line(getattr(document, "author", None))
    published = _iso_date(getattr(document, "date", None))
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if headline and paragraphs and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]
    header = [headline] if headline else []
    if published:
        # "Published 24 November 2026, 9:42am": the page's own words for the date.
        header.append(publication_line(trafilatura.load_html(data), published))
    if author:
        header.append(f"By {author}")
    text = "\n\n".join(["\n".join(header), *paragraphs] if header else paragraphs) + "\n"
    return SourceText(
        text=text,
        origin=str(path),
        extracted=True,
        headline=headline,
        published=published,
        author=author,
    )


# A box the story sets aside for news added later or put right ("UPDATE, Friday 4 December:
# ...", "Correction: ..."): the extractor drops asides as the site's furniture.
_STORY_ASIDE = re.compile(r"(?i)\s*(?:update[ds]?|correction|clarification|editor['’]s\s+note)\b")


def _keep_story_asides(page: Any) -> None:
    """Make each aside of ``page`` that the story labels as its own an ordinary block, so
    the extractor keeps it with the story's text."""
    for aside in page.iter("aside"):
        if _STORY_ASIDE.match(aside.text_content()):
            aside.tag = "div"


def _pdf(path: Path) -> SourceText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise TrainerError(
                f"{path}: the PDF is password-protected; "
                "save an unprotected copy and draft from that"
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotFoundError:
        raise TrainerError(f"{path}: no such file") from None
    except (PdfReadError, OSError, ValueError) as error:
        raise TrainerError(f"{path}: cannot be read as a PDF: {error}") from None
    text = "\n\n".join(_pdf_paragraphs(page) for page in pages if page.strip())
    text = "\n\n".join(_carried_on(text.split("\n\n")))
    if not text.strip():
        raise TrainerError(
            f"{path}: the PDF has no text layer (a scanned document?); run it through OCR "
            "(for example `ocrmypdf`) or copy its text into a .txt file, then draft from that"
        )
    title = _clean_line(reader.metadata.title if reader.metadata else None)
    if title:
        text = _title_first(text, title)
    return SourceText(text=text + "\n", origin=str(path), extracted=True, headline=title)


def _title_first(text: str, title: str) -> str:
    """The PDF's own title as the text's first line, in place of the printed headline it
    wraps over two or more lines ("... primary radar" / "system") near the top."""
    paragraphs = text.split("\n\n")
    wanted = " ".join(title.split())
    for first in range(min(len(paragraphs), _LEADING_PARAGRAPHS)):
        joined = ""
        for last in range(first, min(len(paragraphs), first + 4)):
            joined = f"{joined} {paragraphs[last]}".strip()
            if joined == wanted:
                rest = paragraphs[:first] + paragraphs[last + 1 :]
                return "\n\n".join([title, *rest])
            if not wanted.startswith(joined):
                break
    return text


# A list item's bullet: "- ", "• ", "* " before its first word.
_LIST_ITEM = re.compile(r"\s*[-•*‣◦▪]\s+(?=\S)")
# The printed headline is looked for among this many paragraphs from the top.
_LEADING_PARAGRAPHS = 8


def _pdf_paragraphs(page: str) -> str:
    """A page's lines joined back into paragraphs: PDF text breaks at every printed line."""
    lines = [" ".join(line.split()) for line in page.splitlines()]
    longest = max((len(line) for line in lines), default=0)
    # "2. Costs have risen ...": a numbered paragraph starts a paragraph of its own too.
    listed = numbers_its_lines(lines)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        # A list item starts a paragraph of its own: the line before it was the last of
        # the item or paragraph before, however long it is.
        if current and (
            _LIST_ITEM.match(line)
            or numbering_end(line, listed)
            or _heading_after_sentence(current[-1], line, longest)
        ):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
        # A line that stops well short of the margin ends its paragraph (or is a heading).
        if len(line) < _SHORT_LINE * longest:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


# A paragraph opening on a word in lower case, not on a list's "d)" or "iv." marker.
_CARRIED_ON = re.compile(rf"[{SMALL}][{SMALL}’'-]*(?![\w).])")


def _carried_on(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with one that opens in lower case after one with no stop at its end
    joined back to it: "The IAHC Logistics Cluster" / "is seeking a further ..." is one
    sentence whose line stopped short of the margin (a column's or a box's edge)."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if (
            joined
            and _CARRIED_ON.match(paragraph) is not None
            and joined[-1][-1:] not in {".", "!", "?", ":", ";", "”", '"', ")"}
            and not _LIST_ITEM.match(paragraph)
        ):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


# A heading: a few words in capitals with no stop ("Conclusion", "Key findings").
_HEADING = re.compile(rf"[{CAPITAL}][\w’'-]*(?:\s+[\w’'&-]+){{0,5}}")


def _heading_after_sentence(previous: str, line: str, longest: int) -> bool:
    """A short heading under a paragraph whose last line reached the margin: the paragraph
    ended on its full stop, and the heading is no part of it."""
    return (
        previous[-1:] in {".", "!", "?", ";", "”", '"'}
        and len(line) < _SHORT_LINE * longest
        and _HEADING.fullmatch(line) is not None
    )


def _clean_line(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _iso_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
