"""What a party says it will do next in law, a claim a briefing keeps in the party's words:

- "Arcadia said it accepted the findings and would not appeal" asks "What did Arcadia say
  about an appeal?" (answer "would not appeal"); "will appeal", "would appeal against the
  ruling" likewise;
- "The campaign said it had not ruled out seeking a judicial review" asks "What did the
  campaign say about a judicial review?" (answer "has not ruled out a judicial review": the
  stance as it stands when the story is read, without the reported speech's "had"; the words
  as written are accepted too).

The speaker is the sentence's subject before "said"/"says", an appositive set off by commas
left out ("Arcadia, which is owned by ..., said"); a pronoun, a quotation's words or a
subject longer than a name give no card.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.indefinite_article import indefinite_article
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_facts import sentence_text_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_SPEAKER = re.compile(
    rf"^(?P<speaker>(?:The\s+|the\s+)?[{CAPITAL}][\w'’.&-]*(?:\s+(?:[{CAPITAL}][\w'’.&-]*|of|for|and|the"
    rf"|[{SMALL}][{SMALL}-]+))*?)"
    # ", which is owned by ...," / ", Pieter de Vries,": set off by commas, left out.
    r"(?:,(?:[^,]|,(?=\d)){2,120},)?\s+(?P<said>said|says|confirmed|announced|stated)\b"
)
_APPEAL = re.compile(
    r"\b(?P<answer>(?:would|will)\s+(?:not\s+)?appeal)"
    rf"(?=(?:\s+(?:against\s+)?(?:the|its|this)\s+[{SMALL}][\w-]*)?\s*(?:[,;.]|$))"
)
_RULED_OUT = re.compile(
    r"\b(?P<answer>(?P<aux>has|have|had)\s+not\s+ruled\s+out\s+"
    r"(?:(?P<doing>seeking|launching|bringing|mounting|lodging|filing|pursuing)\s+)?"
    r"(?P<thing>(?:a|an)\s+(?P<what>judicial\s+review|appeal|legal\s+challenge|legal\s+action"
    r"|court\s+challenge)))\b"
)
_PRONOUN = re.compile(r"(?:it|he|she|they|we|i|this|that)", re.IGNORECASE)
_MOST_SPEAKER_WORDS = 7


def find_legal_stances(sentence: str, line: int) -> list[FoundFact]:
    """A party's stated next step in law (an appeal, a judicial review) in ``sentence``."""
    speaker = _speaker(sentence)
    if speaker is None:
        return []
    said = _SPEAKER.match(sentence)
    assert said is not None  # _speaker found one
    found: list[FoundFact] = []
    for match in _APPEAL.finditer(sentence, said.end()):
        if inside_quotation(sentence, match.start()):
            continue
        answer = " ".join(match.group("answer").split())
        prompt = f"What did {speaker} say about an appeal?"
        found.append(_fact(sentence, line, match, answer, prompt, ()))
    for match in _RULED_OUT.finditer(sentence, said.end()):
        if inside_quotation(sentence, match.start()):
            continue
        what = " ".join(match.group("what").split())
        thing = " ".join(match.group("thing").split())
        # "had not ruled out" in reported speech is the stance "has not ruled out" now.
        answer = f"has not ruled out {thing}"
        written = " ".join(match.group("answer").split())
        article = indefinite_article(what)
        prompt = f"What did {speaker} say about {article} {what}?"
        accept = (written, f"not ruled out {thing}")
        found.append(_fact(sentence, line, match, answer, prompt, accept))
    return found


def _speaker(sentence: str) -> str | None:
    """The sentence's subject before "said", as a question names it; None for a pronoun."""
    match = _SPEAKER.match(sentence)
    if match is None:
        return None
    speaker = " ".join(match.group("speaker").split())
    words = speaker.split()
    if len(words) > _MOST_SPEAKER_WORDS or _PRONOUN.fullmatch(words[0]):
        return None
    if words[0] in ("The", "A", "An"):  # "A spokesman ... said": the spokesman asked of
        speaker = f"the {' '.join(words[1:])}"
    return speaker


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    answer: str,
    prompt: str,
    accept: tuple[str, ...],
) -> FoundFact:
    return sentence_text_fact(
        sentence, line, match.start("answer"), match.end("answer"), answer, prompt, accept
    )
