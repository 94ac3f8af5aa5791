"""The facts a document carries in its structure rather than in its sentences: when it was
published (find_publication_date), its title and series number (find_document_titles),
the body that issued it (find_issuers), who signed it (find_signatories), the names it
gives programmes and bodies (find_named_launches), its "Label: value" lines and
fact-box tables (find_label_lines) and a notice's affected codes, counts, help lines and
model numbers (find_notice_lines).
Drafting asks them beside the sentence passes' facts; see docs/drafting-log.md, "The
document's own facts".
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_dates import Dateline
from trainer.core.authoring.find_document_titles import find_document_titles
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_issuers import find_issuers
from trainer.core.authoring.find_label_lines import find_label_lines
from trainer.core.authoring.find_named_launches import find_named_launches
from trainer.core.authoring.find_notice_lines import find_notice_lines
from trainer.core.authoring.find_publication_date import find_publication_date, find_update_labels
from trainer.core.authoring.find_signatories import find_signatories


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """The structure's facts, and the story without the lines they were read from."""

    facts: list[FoundFact]
    story: Article


def find_document_facts(
    article: Article, story: Article, dateline: Dateline | None, date_note: str | None
) -> DocumentFacts:
    """``article`` is the whole text (its masthead names the document); ``story`` the text
    the sentence passes read. ``date_note`` says how the dateline's date was read, if that
    needs saying."""
    labels = find_label_lines(article, story)
    notice = find_notice_lines(labels.story)
    facts = (
        labels.facts
        + notice.facts
        + find_named_launches(article, labels.story)
        + find_publication_date(article, dateline, date_note)
        + find_update_labels(story, dateline.date if dateline else None)
        + find_document_titles(article)
    )
    signatories = find_signatories(article, labels.story)
    # "Chief Secretary to the Treasury" under a Treasury letter: the signatory's card names
    # the issuer already, and hiding it there would spoil the better card.
    roles = " ".join(fact.evidence or "" for fact in signatories).casefold()
    issuers = [fact for fact in find_issuers(article) if fact.answer.casefold() not in roles]
    return DocumentFacts(facts + issuers + signatories, notice.story)
