"""A count of none, as a briefing states it: "No deaths have been reported" asks "How many
deaths have been reported?", its answer "no deaths" ("none" accepted).

Newswriting states the absence of casualties, arrests or further cases in one fixed form: a
plural noun after "No" (or "no further", "no new"), then a passive verb of reporting. The
question keeps the verb and what follows it in the clause ("... among staff", "... since
Monday"); "No one", a singular ("No decision has been reported") and a quotation's words
give no card.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.text_facts import sentence_text_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_REPORTED = r"(?:reported|recorded|confirmed|registered|identified|detected|made|found)"
# "No deaths have been reported", "no further cases were confirmed on Tuesday", "No arrests
# have so far been made".
_NONE_REPORTED = re.compile(
    r"(?:^|(?<=[;:]\s)|(?<=,\s(?:and|but)\s)|(?<=\bbut\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bthat\s))"
    r"(?P<answer>[Nn]o\s+(?P<which>(?:further|new|other|additional|serious)\s+)?"
    rf"(?P<noun>(?!ones\b)[{SMALL}][{SMALL}-]+s))\s+"
    r"(?P<verb>(?:have|had)\s+(?:yet\s+|so\s+far\s+)?been|were|are|will\s+be)\s+"
    rf"(?P<reported>{_REPORTED})"
    r"(?P<rest>(?:\s+(?!(?:and|but|while|although|as|because|after|which|who)\b)[\w'’-]+){0,6})"
    r"(?=\s*(?:[,;:.!?)]|$)|\s+(?:and|but|while|although|as|because|after|which|who)\b)"
)
_PLAIN_VERB = {"had": "have been", "have": "have been"}


def find_none_reported(sentence: str, line: int) -> list[FoundFact]:
    """Each "No <things> have been reported" in ``sentence``, asked as a count."""
    found: list[FoundFact] = []
    for match in _NONE_REPORTED.finditer(sentence):
        if inside_quotation(sentence, match.start()):
            continue  # a speaker's words: the quote's card
        rest = " ".join(match.group("rest").split())
        if re.search(r"\d", rest):
            continue  # a figure in the clause is another card's
        verb = " ".join(match.group("verb").split())
        # "have so far been" asks "have been", and reported speech's "had been" too: the
        # count stands as the story is read.
        verb = _PLAIN_VERB.get(verb.split()[0], verb)
        which = match.group("which") or ""
        tail = f" {rest}" if rest else ""
        prompt = f"How many {which}{match.group('noun')} {verb} {match.group('reported')}{tail}?"
        answer = " ".join(match.group("answer").split())
        answer = f"{answer[:1].casefold()}{answer[1:]}"
        found.append(
            sentence_text_fact(
                sentence,
                line,
                match.start("answer"),
                match.end("answer"),
                answer,
                prompt,
                accept=("none", "zero"),
            )
        )
    return found
