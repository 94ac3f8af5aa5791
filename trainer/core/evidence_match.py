"""Where evidence that is not in its article comes closest, and what differs.

`trainer validate` says more than "not found": the line of the nearest passage and the
words that differ ("$148.3" where the article says "$148.2"), so a typo or a paraphrase is
fixed without a search through the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

# Below this similarity (0-100) the nearest passage is no help: the evidence is not there.
MIN_SCORE = 75
_SHOWN = 80


@dataclass(frozen=True, slots=True)
class Nearest:
    """The passage of the article nearest the evidence, and how they differ."""

    line: int
    passage: str
    difference: str

    def describe(self) -> str:
        passage = self.passage if len(self.passage) <= _SHOWN else self.passage[: _SHOWN - 1] + "…"
        return f'nearest is line {self.line}: "{passage}" ({self.difference})'


def nearest_passage(evidence: str, article: str, fold: object) -> Nearest | None:
    """The passage of ``article`` nearest ``evidence``, compared after ``fold`` (the
    validator's typography folding), or None when nothing comes close."""
    assert callable(fold)
    wanted = fold(evidence)
    best: tuple[float, int, str] | None = None
    for number, line in enumerate(article.splitlines(), start=1):
        text = fold(line)
        if not text:
            continue
        alignment = fuzz.partial_ratio_alignment(wanted, text)
        if alignment is None:
            continue
        if best is None or alignment.score > best[0]:
            passage = _whole_words(text, alignment.dest_start, alignment.dest_end)
            best = (alignment.score, number, passage)
    if best is None or best[0] < MIN_SCORE:
        return None
    _, number, passage = best
    return Nearest(number, passage, _difference(wanted, passage))


def _whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened to whole words."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip()


def _difference(evidence: str, passage: str) -> str:
    """The first words that differ, as a reader would say it."""
    ours, theirs = evidence.split(), passage.split()
    for tag, a_start, a_end, b_start, b_end in SequenceMatcher(
        None, ours, theirs, autojunk=False
    ).get_opcodes():
        mine, article = " ".join(ours[a_start:a_end]), " ".join(theirs[b_start:b_end])
        if tag == "replace":
            return f'"{mine}" where the article says "{article}"'
        if tag == "delete":
            return f'"{mine}" is not in the article'
        if tag == "insert":
            after = f' after "{ours[a_start - 1]}"' if a_start else ""
            return f'the article has "{article}"{after}'
    return "the same words, but not in this order or spacing"
