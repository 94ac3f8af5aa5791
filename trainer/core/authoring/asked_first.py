"""A question asked in place put in the order a briefer asks it: the amount first.

"The Ministry will drill and equip how many boreholes?" asks "How many boreholes will the
Ministry drill and equip?" where the sentence is plain: a subject without a clause of its
own, an auxiliary, a verb of up to three words whose object is the amount asked, and after
it nothing or a phrase that stands as well after the verb ("per Cordillera share", "to
support surveillance", "annually"). Anything less plain is left asked in place, which reads
well enough; a question put in the wrong order would not.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.short_question import HIDDEN, question_in

# A question asked in place ("The Ministry will drill and equip how many boreholes?") is put
# in the order a briefer asks it ("How many boreholes will the Ministry drill and equip?")
# where the sentence is plain: a subject without commas, an auxiliary, a verb of up to three
# words whose object is the amount asked, and after it nothing or a phrase that stands as
# well after the verb ("per Cordillera share", "to support surveillance", "annually").
_AUXILIARY = r"(?:will|would|can|could|should|must|may|might|has|have|had)"
_AMOUNT_ASKED = r"(?:how\s+many|how\s+much|what\s+percentage|what\s+share)"
_NOT_A_VERB_WORD = (
    r"(?:to|of|in|on|at|by|for|from|with|without|into|over|under|the|a|an|its|their|his|her|"
    r"than|as|how|what|which|who|that|before|after|during|since|until|while|when|if)"
)
# A word of the noun asked about: not a joining word, an adverb ("annually") or a rate's "a".
# ("so far this year", "last month": a time phrase, never the noun asked about.)
_NOUN_WORD = (
    r"(?!" + _NOT_A_VERB_WORD + rf"\b|(?:and|or|but|per|a|annually|so|this|last|next|"
    rf"[{SMALL}]+ly)\b)"
    r"[\w.’'-]+"
)
_IN_PLACE = re.compile(
    rf"^(?P<subject>[{CAPITAL}][^,;:?()“”\"]*?)\s+(?P<auxiliary>" + _AUXILIARY + r")\s+"
    r"(?P<verb>(?:(?!" + _NOT_A_VERB_WORD + rf"\b)[{SMALL}][\w-]*\s+){{1,3}}?)"
    r"(?P<hedge>(?:about|around|roughly|nearly|almost|approximately|some|up\s+to|at\s+least|"
    r"more\s+than)\s+)?"
    r"(?P<asked>" + _AMOUNT_ASKED + r")"
    r"(?P<noun>(?:\s+"
    + _NOUN_WORD
    + r"){0,4}(?:\s+of\s+(?:the\s+)?"
    + _NOUN_WORD
    + r"(?:\s+"
    + _NOUN_WORD
    + r"){0,2})?)"
    r"(?P<rest>(?:\s+(?:per|a|an|annually|each|every|to|in|into|under|by|for|from|on|at|"
    r"during|over|within|across|without)\b[^?,;]*)?)\?$"
)
_SUBJECT_WORDS = 12
_LOWER_DETERMINER = re.compile(
    r"^(?:The|A|An|This|These|Those|Its|Their|His|Her|Our|We|They|You|He|She|It|Some|Many|"
    r"Most|All|Each|Every|Any|Both|Several|Few|Other|Such)\b"
)


# "…, well above the Bank's target of what percentage?": the comparison is its own fact.
_COMPARED = re.compile(
    r",\s+(?:well\s+|far\s+|just\s+|still\s+)?(?:above|below|under|over|beyond|short\s+of)\s+"
    r"(?P<what>the\s+[^,?]+?)\s+of\s+(?P<asked>" + _AMOUNT_ASKED + r"(?:\s+\w+)?)\?$"
)


def asked_first(prompt: str, evidence: str = "") -> str:
    """``prompt`` with the amount it asks put first, where its sentence is plain enough;
    otherwise ``prompt`` as it is. ``evidence`` tells a common noun capitalised only for
    opening the prompt ("Repairs would cost ..." from "she said repairs would cost ...")."""
    compared = _COMPARED.search(prompt)
    if compared and not question_in(prompt[: compared.start()]):
        asked = compared.group("asked")
        return f"{asked[:1].upper()}{asked[1:]} is {compared.group('what')}?"
    found = _IN_PLACE.match(prompt)
    if found is None or HIDDEN in prompt:
        return prompt
    subject = found.group("subject")
    words = subject.split()
    if (
        len(words) > _SUBJECT_WORDS
        or re.search(r"(?i)\b(?:how|what|that|which|who)\b", subject)
        # "In September the Bank had expected how much": a time before the subject.
        or re.match(r"(?:In|On|At|By|From|For|After|Before|During|Since|Until|Over)\b", subject)
        or re.search(rf"\b{_AUXILIARY}\b", subject)
        # "X said she had been given how many": the reported clause has its own subject.
        or re.search(r"\b(?:said|says|told|added)\b", subject)
        # "The Ministry estimates the measures will raise how much": so is one estimated.
        or re.search(
            r"\b(?:estimates|expects|believes|forecasts|predicts|thinks|reckons)\b", subject
        )
        or " and " in found.group("rest")
    ):
        return prompt  # a subject holding a clause, or a second verb after the question
    subject = inside_question(subject, evidence)
    hedge = (found.group("hedge") or "").strip()
    asked = f"{hedge} {found.group('asked')}" if hedge else found.group("asked")
    parts = [
        asked + found.group("noun"),
        found.group("auxiliary"),
        subject,
        found.group("verb").strip(),
    ]
    text = " ".join(parts) + found.group("rest")
    return text[:1].upper() + text[1:] + "?"


def inside_question(subject: str, evidence: str) -> str:
    """``subject`` (opening a prompt) as written after a question word: "The campaign" and
    "Turnout" (written "turnout" in ``evidence``) lowered, a name left as it is."""
    words = subject.split()
    if words and (_LOWER_DETERMINER.match(subject) or _written_lower(words[0], evidence)):
        return subject[:1].lower() + subject[1:]
    return subject


def _written_lower(word: str, evidence: str) -> bool:
    """Whether the capitalised ``word`` is written in lower case in ``evidence``: a common
    noun that only opened the prompt."""
    if not word[:1].isupper() or word.isupper():
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", evidence) is not None
