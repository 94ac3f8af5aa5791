"""What a document calls itself in its masthead ("Press release", "Policy Brief No. 14",
"Annual Report 2025–26"), so that a question about the document itself can name it:
"When was the policy brief published?" rather than "When was this published?".
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.letters import CAPITAL, SMALL

# How many non-empty lines at the top a masthead may take.
MASTHEAD_LINES = 8
# Kinds of document, as mastheads write them, most specific first.
_KINDS = re.compile(
    r"(?i)\b(?P<kind>(?:policy|research|working|briefing|discussion|occasional|issue|white"
    r"|green|consultation)\s+(?:brief|paper|note)|annual\s+report|flash\s+update"
    r"|situation\s+report|fact\s?sheet|joint\s+(?:communiqu[ée]|statement|declaration)"
    r"|(?:press|news|media)\s+release|(?:press|media)\s+statement|explainer|bulletin|report"
    r"|(?:open\s+)?letter|judg(?:e)?ment|statement)\b"
)
# A masthead line is short: "Press Release No. 214/2026", "MINISTRY OF DEFENCE — PRESS
# RELEASE", "Meridian Centre for Maritime Security | Policy Brief No. 27"; a longer line
# is a headline or the body, where "report" is any report.
_KIND_LINE_WORDS = 10
# Where a masthead names its kind: opening the line or after a separator ("Northfield
# University - News release", "Cyclone Halima - Flash Update No. 3"); a headline's "report"
# in the middle of its words ("Auditor's report faults council") is the story's subject.
# ("Fourth Report of Session 2025-27", "COMMITTEE REPORT SUMMARY": a parliament's report
# is numbered in its session and named by its committee.)
_OPENS = re.compile(
    r"(?:^|[|—–:·-]\s*(?:an?\s+|the\s+)?)"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|interim|final|special|committee|inquiry)\s+)?\s*$",
    re.IGNORECASE,
)
# What a story filed under a wire dateline is, when nothing else says.
WIRE_STORY = "story"
DEFAULT = "article"
# A document's place in its series: "Policy Brief No. 7", "POLICY BRIEF No. 14/2026",
# "Research Paper No. 12 of 2025".
SERIES_LABEL = re.compile(
    rf"(?P<series>(?:[{CAPITAL}][{CAPITAL}{SMALL}]+\s+)?(?i:Brief|Paper|Note|Report|Update|Bulletin))\s+"
    r"(?:No\.?|Number|#)\s*(?P<number>\d+)\b(?:/(?:19|20)\d{2}\b)?(?![/.-]\d)"
    r"(?P<year>\s+of\s+(?:19|20)\d{2}\b)?"
)


def document_kind(article: Article) -> str | None:
    """The kind of document the masthead names, in lower case, or None."""
    top = [line.strip() for line in article.lines if line.strip()][:MASTHEAD_LINES]
    for line in top:
        words = line.split()
        if len(words) > _KIND_LINE_WORDS:
            continue
        found = next(
            (kind for kind in _KINDS.finditer(line) if _OPENS.search(line[: kind.start()])), None
        )
        if found is None:
            continue
        kind = " ".join(found.group("kind").casefold().split())
        # A press release is one document whatever the newsroom calls it.
        return "press release" if kind.endswith("release") else kind
    return None
