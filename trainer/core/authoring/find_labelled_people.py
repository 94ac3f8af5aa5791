"""People a sentence opens on with what they do as a label: "Businessman Abraham Kpadeh of
the Grand Coalition came third", "Economist Lena Holm argued ...".

`find_people` reads offices ("Foreign Minister X"); an occupation is no office, so alone it
asks nothing ("Who is the businessman?"), but the person is still someone the article
names: the drafter asks what the sentence says they did.
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_people import FoundPerson
from trainer.core.authoring.letters import NAME_WORD
from trainer.core.authoring.person_names import OCCUPATION_WORDS

_WORD = NAME_WORD
_LABELLED = re.compile(
    rf"(?P<label>{'|'.join(sorted(OCCUPATION_WORDS))})\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})"
    r"(?=[\s,])"
)


def find_labelled_people(article: Article) -> list[FoundPerson]:
    """Each person a sentence opens on with an occupation before their full name."""
    found: list[FoundPerson] = []
    for number, line in enumerate(article.lines, start=1):
        for begin, end in sentence_spans(line):
            sentence = line[begin:end]
            match = _LABELLED.match(sentence)
            if match is None:
                continue
            found.append(
                FoundPerson(
                    name=match.group("name"),
                    # In lower case, as other prompts name them: "the businessman".
                    role=match.group("label").lower(),
                    phrase=match.group(0),
                    sentence=sentence,
                    line=number,
                )
            )
    return found
