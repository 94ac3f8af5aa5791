"""A question whose opening words were another card's answer, asked without them.

Hiding another card's answer leaves "…" where a question opens on it ("… needs ...",
"…, the Swedish maker of crispbread, raised ..."), the tail of a sentence with no subject.
Newswriting gives three openings an editor rewords without the hidden words:
- a name with an appositive that says what it is: the appositive names it ("…, the Swedish
  maker of crispbread, raised its outlook on what date?" asks "The Swedish maker of
  crispbread raised its outlook on what date?"), and a closing appositive that measures it
  is asked of its kind ("…, a rocky moon about how many km wide?" asks "The rocky moon is
  about how many km wide?");
- a speaker before a report ("… told the board that a new scheme would ..."): the report
  is the fact, asked alone ("A new scheme would ...");
- a phrase of time or place set off before the subject ("…, regional councils committed
  how much?"): the clause stands alone ("Regional councils committed how much?").
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.short_question import MARK

# A verb a subject is followed by: an auxiliary, or a verb in the past or present.
_VERB = (
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|"
    r"says|told|became|began|won|lost|rose|fell|grew|made|took|gave|met|ran|cut|set|put|hit|"
    # (no present "-s": "biscuits" would end a list of goods as its verb)
    rf"held|kept|sold|paid|spent|[{SMALL}]{{3,}}ed)"
)
# "…, the Swedish maker of crispbread, oats and rye, raised": the appositive ends at the
# comma before the verb, so a list inside it stays whole.
_APPOSITIVE = re.compile(
    rf"^{MARK},\s+(?:the|a|an)\s+(?P<kind>[^?“”\"]{{3,100}}?),\s+(?=(?:also\s+)?{_VERB}\s)"
)
# "…, a carbon-rich moon about how many km wide?": a kind of a few words, then its measure.
_MEASURED = re.compile(
    rf"^{MARK},\s+(?:a|an)\s+(?P<kind>(?:(?!(?:of|in|on|at|for|with|by|to|from|about|some|"
    r"around|roughly|nearly|almost|more|at)\s)"
    rf"[{SMALL}][\w-]*\s+){{1,4}})(?P<measure>(?:(?:about|some|around|roughly|nearly|almost|"
    r"more\s+than|at\s+least)\s+)?(?:how|what)\b[^,]*\?)$"
)
# "… told the board that", "… noted that", "… said": a speaker's frame before a report.
_HIDDEN_SPEAKER = re.compile(
    # ("…, for …, said": a side in court set off after the speaker)
    rf"^{MARK}(?:,\s+[^,?]{{1,40}},)?\s+(?:also\s+)?(?:said|says|noted|added|stressed|"
    r"told\s+(?:the\s+)?\w+)"
    r"\s+(?:that\s+)?(?=\S)"
)
# "…, regional councils committed": the clause after a hidden opening phrase opens on its
# subject, never on a relative word or an appositive.
_HIDDEN_OPENING = re.compile(
    r"^" + MARK + rf",\s+(?!(?:which|who|whose|whom|where|when|a|an|the|and|or|but)\s)(?=[{SMALL}])"
)
# A report must keep enough words to say what it is about.
_MIN_REPORT_WORDS = 5


def named_hidden_subject(prompt: str) -> str:
    """``prompt`` opening on another card's hidden answer (``MARK``) reworded without it,
    where an appositive, a report or a clause of its own follows; else as it is."""
    if not prompt.startswith(MARK):
        return prompt
    appositive = _APPOSITIVE.match(prompt)
    if appositive and not re.search(r"\b(?:how|what|which|who)\b", appositive["kind"]):
        kind = " ".join(appositive["kind"].replace(MARK, " ").split())
        return f"The {kind} {prompt[appositive.end() :]}"
    measured = _MEASURED.match(prompt)
    if measured:
        return f"The {measured['kind'].strip()} is {measured['measure']}"
    speaker = _HIDDEN_SPEAKER.match(prompt)
    if speaker and len(prompt[speaker.end() :].split()) >= _MIN_REPORT_WORDS:
        return _capitalised(prompt[speaker.end() :])
    opening = _HIDDEN_OPENING.match(prompt)
    if opening:
        return _capitalised(prompt[opening.end() :])
    return prompt


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# "Gwen Hale, 71, who has swum there how many mornings a week?": a person and the relative
# clause about them, with no main clause left; the clause's verb is the person's own.
_ONLY_RELATIVE = re.compile(
    rf"^(?P<person>[{CAPITAL}][^?,]*(?:,\s+\d{{1,3}})?),\s+who\s+"
    rf"(?P<clause>(?:also\s+)?(?:has|have|had|is|was|were|will|would|[{SMALL}]{{3,}}ed)\s[^,]*\?)$"
)
_FINITE = re.compile(
    rf"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|must|said|[{SMALL}]{{3,}}ed)\b"
)


def asked_of_relative(prompt: str) -> str:
    """``prompt`` that is only a person and a "who" clause asked as a clause about them
    ("Gwen Hale, 71, has swum there how many mornings a week?"); else as it is."""
    found = _ONLY_RELATIVE.match(prompt)
    if found is None or _FINITE.search(found["person"]):
        return prompt
    # "Gwen Hale, 71, has ...": an age set off after the name keeps its closing comma.
    aged = "," if re.search(r",\s+\d{1,3}$", found["person"]) else ""
    return f"{found['person']}{aged} {found['clause']}"
