"""Two counts of one noun told in two clauses, the second without its noun: "14 ministers
changed jobs and four left the government", "Nine schools reopened on Monday, while three
remain closed". Each count is its own fact, asked in its own clause with the noun the first
gave ("How many ministers left the government?"), so neither question holds the other's
figure and neither is one long question asking both.

A list of casualty counts ("12 people have died, 40 were injured") is find_earlier_values';
"Nine fines and four bans" (a noun after each count) is sentence_facts'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.questions import ask_in_place

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{_WORDS})"
_HEDGE = r"(?:(?:[Aa]bout|[Aa]round|[Nn]early|[Ss]ome|[Mm]ore\s+than|[Aa]t\s+least|[Oo]nly)\s+)?"
# The verb opening a clause: a past or present tense, or an auxiliary and its participle.
_VERB = (
    r"(?:(?:have|has|had|were|was|are|is|will|would|could|remain|remained|remains)"
    rf"(?:\s+(?:been|be|not|still|now))*(?:\s+[{SMALL}]+)?"
    rf"|[{SMALL}]{{2,}}ed|left|lost|won|took|went|quit|fled|stayed|fell|rose|got|kept|held|became|"
    r"made|came|ran|sold|bought|stood|chose|gave|sent|paid|spent|built|began|broke|"
    r"withdrew|drew|grew|flew|wrote|spoke|met|led|hit|cut|put|shut|fought|caught|brought|"
    r"sought|told|found|froze|drove|struck|slept|swept|lent|felt|dug|hung|shot|lay|laid|"
    r"sat|fell|saw|did|had|said|joined|"
    r"leave|lose|win|take|go|stay|face|need|want|say|said|hold|keep|get)"
)
# The first count with its plural noun (up to two words describing it), the verb and rest
# of its clause; then "and", ", while", "; " and the second count with no noun, its verb.
_SIBLINGS = re.compile(
    rf"(?<![\w$€£¥.,/-])(?P<hedge1>{_HEDGE})(?P<first>{_NUMBER})\s+"
    rf"(?P<noun>(?:[{SMALL}][\w-]*\s+){{0,2}}?[{SMALL}][\w-]*[^s\W']s|people|children|staff|women|men)"
    rf"\s+(?P<clause1>{_VERB}\b[^,;.]*?)"
    r"(?P<join>,?\s+and\s+|,\s+(?:while|whereas|but)\s+|;\s+|,\s+)"
    rf"(?P<hedge2>{_HEDGE})(?P<second>{_NUMBER})(?![\w%,.]|\s+of\b)"
    rf"\s+(?P<clause2>{_VERB}\b[^,;.]*)"
)
# "In a sample of 60 projects, the Office found that 23 had no risk register", "Of the 40
# schools inspected, 12 were rated poor": a part of a group the sentence opened with.
_PART_OF_GROUP = re.compile(
    r"^(?P<opening>(?:[Ii]n\s+a\s+(?P<kind>sample|survey|review|check)\s+of|"
    r"[Oo]f\s+(?:the|its|their)|[Aa]mong\s+(?:the|its|their))\s+"
    rf"(?P<first>{_NUMBER})\s+(?P<noun>(?:[{SMALL}][\w-]*\s+){{0,2}}?[{SMALL}][\w-]*[^s\W']s)"
    rf"(?:\s+(?P<participle>[{SMALL}]+ed))?),\s+(?:(?:[\w’'-]+\s+){{1,4}}?(?:found|said|reported|showed|estimated)"
    rf"\s+(?:that\s+)?)?(?P<second>{_NUMBER})(?![\w%,.]|\s+of\b)"
    rf"\s+(?P<clause2>{_VERB}\b[^,;.]*)"
)
_NOT_A_NOUN = frozenset({"was", "has", "is", "this", "its", "as", "us", "less", "thus"})


def find_sibling_counts(sentence: str, line: int) -> list[FoundFact]:
    """Each pair of counts of one noun in ``sentence``, each asked in its own clause."""
    found: list[FoundFact] = []
    part = _PART_OF_GROUP.match(sentence)
    if part is not None and part.group("noun").split()[-1] not in _NOT_A_NOUN:
        # "How many projects had no risk register?": the group's noun, the part's clause.
        prompt = f"How many {part.group('noun')} {part.group('clause2').rstrip(' .')}?"
        found.append(count_fact(sentence, line, part.start("second"), part.end("second"), prompt))
        # The group's own size: "How many schools were inspected?", "How many projects
        # were in the sample?".
        noun, done, kind = part.group("noun"), part.group("participle"), part.group("kind")
        whole = f"were {done}" if done else f"were in the {kind}" if kind else None
        if whole is not None:
            start, end = part.span("first")
            found.append(count_fact(sentence, line, start, end, f"How many {noun} {whole}?"))
    for match in _SIBLINGS.finditer(sentence):
        noun = " ".join(match.group("noun").split())
        if noun.split()[-1] in _NOT_A_NOUN or any(
            _is_year(match.group(which)) for which in ("first", "second")
        ):
            continue
        if (part is not None and match.start("second") == part.start("second")) or re.search(
            r"(?i)\b(?:of|among)\s+(?:the|its|their)\s+$", sentence[: match.start()]
        ):
            continue  # "Of the 40 schools inspected, 12 ...": a part of the group, asked so
        # What stands before the first count ("In all, ", "Officials said ") opens both.
        opening = sentence[: match.start()]
        first_clause = opening + sentence[match.start() : match.start("join")]
        second_clause = (
            opening + match.group("hedge2") + f"N {noun} " + match.group("clause2").rstrip(" .")
        )
        at = len(opening) + len(match.group("hedge2"))
        found.append(
            count_fact(
                sentence,
                line,
                match.start("first"),
                match.end("first"),
                _asked(first_clause, match.start("first"), match.end("first")),
            )
        )
        found.append(
            count_fact(
                sentence,
                line,
                match.start("second"),
                match.end("second"),
                _asked(second_clause, at, at + 1),
            )
        )
    return found


def _asked(clause: str, start: int, end: int) -> str:
    question = ask_in_place(clause, start, end, "how many")
    # "In all, How many ..." never: a count opening the clause is asked in lower case.
    return re.sub(r"(?<=, )How many", "how many", question)


def _is_year(number: str) -> bool:
    return re.fullmatch(r"(?:1[89]|20)\d\d", number) is not None


def count_fact(sentence: str, line: int, start: int, end: int, prompt: str) -> FoundFact:
    """A count card on the figure at ``start:end`` of ``sentence``, asked by ``prompt``."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    written = sentence[start:end]
    return FoundFact(
        "number",
        "counts",
        written,
        written,
        sentence,
        start,
        end,
        "how many",
        line,
        evidence=sentence,
        prompt=prompt,
    )
