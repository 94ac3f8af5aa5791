"""The numbers an official document gives its paragraphs, sections and recommendations
("1.", "1.1", "4.2.1", "(a)", "(iv)", "R3.", "Section 4:", "Para 12", "Recommendation 3:"):
structure, not facts. A paragraph's number is never asked as a figure ("How many This
statement sets out ...? 1.1") and never left in a prompt; the sentence after it is drafted
as any other sentence.

Only a number opening a line is structure. In a sentence, "Section 232 of the Trade
Expansion Act" names a law, and "1.5 million people were displaced" opens with a figure:
a number followed by a word in lower case is read as the sentence's own. A bare "1.1" or
"12." is taken as a paragraph's number only where the document numbers at least two lines
that way, as a numbered list does. A sentence pointing the reader to another part of the
document ("as noted in Section 3", "see paragraph 4.2") names no provision to learn either.
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.letters import CAPITAL, SMALL

# "1.1 ", "4.2.1 ", "2.3. ": a dotted number, then the paragraph's first word in capitals
# (or its opening quotation mark or bracket).
_DOTTED = re.compile(rf"\s*\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}\.?\s+(?=[{CAPITAL}“\"‘(])")
# "1. ", "12) ": a number and its stop, then the first word in capitals.
_NUMBERED = re.compile(rf"\s*\d{{1,3}}[.)]\s+(?=[{CAPITAL}“\"‘(])")
# "(a) ", "(iv) ", "(3) ", "b) ", "[12] " (a judgment's paragraph): an item of a list,
# whatever word follows.
_LETTERED = re.compile(
    rf"\s*(?:\((?:[{SMALL}]|[ivx]{{1,5}}|\d{{1,2}})\)|"
    rf"[{SMALL}]\)|\[\d{{1,3}}\])\s+(?=\S)"
)
# "R3. ", "F2: ": a recommendation's or finding's code, its letter and number.
_CODED = re.compile(rf"\s*[{CAPITAL}]{{1,2}}\d{{1,2}}[.:)]\s+(?=\S)")
# "Section 4: ", "Para 12 ", "Recommendation 3 – ", "§ 4.2 ": the kind of part named, its
# number, then a stop or the part's first word in capitals ("Section 4 of the Act" is a law).
_LABELLED = re.compile(
    r"\s*(?:(?:Section|Sections|Para|Paragraph|Clause|Article|Part|Chapter|Recommendation|"
    r"Finding|Conclusion|Rule|Annex|Schedule|Item|Point)\s+|§\s*)"
    rf"(?:\d{{1,3}}(?:\.\d{{1,2}}){{0,3}}|[IVX]{{1,5}}|[{CAPITAL}])"
    rf"(?:\s*[.:)–—-]\s*|\s+(?=[{CAPITAL}“\"‘(])|\s*$)"
)
# Forms read as numbering only when the document numbers two lines or more that way.
_LISTED = (_DOTTED, _NUMBERED)
_AT_LEAST = 2


def numbering_end(line: str, listed: bool = True) -> int:
    """Where the paragraph number opening ``line`` ends, or 0 when it opens with none.

    ``listed`` says whether the document numbers its lines ("1.", "1.1") often enough for a
    bare number to be a paragraph's; the labelled and lettered forms need no such support.
    """
    for pattern in (_LABELLED, _LETTERED, _CODED):
        found = pattern.match(line)
        if found:
            return found.end()
    if listed:
        for pattern in _LISTED:
            found = pattern.match(line)
            if found:
                return found.end()
    return 0


def numbers_its_lines(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether at least two lines open with a bare paragraph number ("1.", "2.1")."""
    return sum(1 for line in lines if any(p.match(line) for p in _LISTED)) >= _AT_LEAST


def without_paragraph_numbers(story: Article) -> Article:
    """``story`` with each line's paragraph number read as a list item's mark: blanked with
    spaces but for a bullet ("1.1 The duty" → "   • The duty"), so every sentence is still
    the article's text where it stands, and the passes that read list items still see one
    ("(d) an Executive Programme ..." under "the following were signed:")."""
    listed = numbers_its_lines(story.lines)
    return dataclasses.replace(
        story, lines=tuple(_as_list_item(line, listed) for line in story.lines)
    )


def _as_list_item(line: str, listed: bool) -> str:
    end = numbering_end(line, listed)
    if end and not line[end:].strip():
        return " " * len(line)  # "Article 1" on a line of its own: a heading, nothing to ask
    return f"{' ' * (end - 2)}• {line[end:]}" if end else line


# "As noted in Section 3", "set out in paragraph 4.2", "see Annex B": the words that point
# the reader to another part of the same document.
_POINTS_TO = re.compile(
    r"(?i)\b(?:see|noted|set\s+out|described|discussed|shown|outlined|detailed|explained|"
    r"listed|summari[sz]ed|defined|referred\s+to|as\s+in)\s+(?:in\s+|at\s+|under\s+)?$"
)


def points_to_own_part(before: str) -> bool:
    """Whether the words ``before`` a "Section 3" point the reader to the document's own
    part, so that the reference is structure, not a provision of a law."""
    return _POINTS_TO.search(before) is not None


_PART = (
    r"(?:[Ss]ections?|[Pp]aragraphs?|[Pp]aras?\.?|[Cc]lauses?|[Cc]hapters?|[Aa]nnex(?:es)?|"
    rf"[Aa]ppendix|[Pp]arts?|[Tt]ables?|[Ff]igures?|[Bb]ox|§)\s*[\dIVX]+(?:\.\d+)*[{SMALL}]?"
)
_POINTER = r"(?:see|noted|set\s+out|described|discussed|shown|outlined|detailed|listed|defined)"
# "As noted in Section 3, ", "(see paragraph 4.2)", " set out in paragraph 4.2".
_CROSS_REFERENCES = (
    re.compile(rf"^(?:As\s+)?{_POINTER}\s+(?:in\s+)?{_PART},\s+", re.IGNORECASE),
    re.compile(rf"\s*\((?:{_POINTER}\s+(?:in\s+)?)?{_PART}\)", re.IGNORECASE),
    re.compile(rf"\s+{_POINTER}\s+(?:in|at|under)\s+{_PART}(?=[\s,;])", re.IGNORECASE),
)


def without_cross_references(prompt: str) -> str:
    """``prompt`` without the words pointing to another part of its document: "As noted in
    Section 3, the Ministry expects ..." asks "The Ministry expects ..."."""
    for pattern in _CROSS_REFERENCES:
        prompt = pattern.sub("", prompt)
    return prompt[:1].upper() + prompt[1:]


# "Operative paragraph 4 requests ...", "under Article 5": the kind of part before its
# number, which makes the number a reference, not a count.
_PART_BEFORE = re.compile(
    r"(?i)\b(?:paragraphs?|paras?\.?|sections?|clauses?|articles?|chapters?|annex(?:es)?|"
    r"appendix|parts?|items?|recommendations?|findings?|rules?|resolutions?)\s+$|§\s*$"
)


def numbers_a_part(before: str) -> bool:
    """Whether the number after ``before`` numbers a part of a document or a law ("paragraph
    4", "Article 5"): never a count to ask."""
    return _PART_BEFORE.search(before) is not None
