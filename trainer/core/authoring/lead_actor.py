"""The person a story's lead sentence is about: "Eleanor Hartley carried out the most
far-reaching reshuffle of her premiership last night" is asked "Who carried out ...?".

The sentence-by-sentence pass (sentence_coverage.py) asks who acts only of people the draft
already knows (found with a role, or quoted); the one the lead opens on is the story's main
actor whether or not the article gives them a role or a quotation. Only a name the article
writes in full and later by surname alone counts (named_in_full.py), so a place or a body
opening the lead ("New Zealand reported ...") is no person.
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.named_in_full import people_named_in_full

# A lead has a subject and a verb and says something: shorter lines are headings or dates.
_LEAD_WORDS = 8


def lead_actor(story: Article) -> list[str]:
    """The full name the story's first sentence opens on, as a list of none or one."""
    text = "\n".join(story.lines)
    for line in story.lines:
        for begin, end in sentence_spans(line):
            sentence = line[begin:end]
            if len(sentence.split()) < _LEAD_WORDS:
                continue
            return [
                name
                for name in people_named_in_full(text)
                if re.match(
                    rf"(?:[{CAPITAL}][\w.’'-]*\s+){{0,3}}?{re.escape(name)}\s+[{SMALL}]", sentence
                )
            ][:1]
    return []
