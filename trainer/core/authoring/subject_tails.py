"""A subject cut short by hiding another card's answer, named whole again.

Leaving out the phrase that held another card's answer can cut into the subject of the
clause the question asks about. Two cuts recur in newswriting, where a subject is a list:
- the cut ends inside the list, so the question opens on its last items ("A … plan to
  replace the depot with a new pool, gym and homes was approved on what date?" read "Gym
  and homes was approved on what date?"): the subject is named by its head noun instead,
  "The plan was approved on what date?", or the card goes where no verb follows the tail
  (a sentence that opens on a phrase, "From …, text and email alerts will ...", is left);
- the cut ends inside a subject joined by "and" ("…, and the new pool and gym are due to
  open in what month?" read "If permission is granted and gym are due to open ..."): the
  subject's words from its determiner are given back, "the new pool and gym are due ...".
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

# The finite verbs a subject is followed by in a drafted question.
_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|could|can|should|may|might|must)\b"
)
# "A … plan to replace ...": a determiner, a few modifiers (hidden ones too), the head noun,
# and the words that tell which one (a preposition or "that").
_HEADED_SUBJECT = re.compile(
    rf"^(?:A|An|The)\s+(?:(?:…|[\w’'-]+)\s+){{0,3}}?(?P<head>[{SMALL}][\w-]*)\s+"
    r"(?:to|of|for|that|which|with|from|on|in|at|by|under|over)\b"
)
# The question opens on a list's last items: "gym and homes was ...".
_LIST_TAIL = re.compile(r"^(?P<tail>[\w’'-]+(?:,\s+[\w’'-]+)*\s+(?:and|or)\s+)")
# The words a clause of condition or time opens with: its main clause follows a comma.
_SUBORDINATE_OPENING = re.compile(r"^(?:If|When|Once|After|Before|Unless|Until|While)\b")
_DETERMINER = re.compile(r"(?i)^(?:the|a|an|its|their|his|her|our|this|these|those)$")


def with_whole_subject(prompt: str, shown: str) -> str:
    """``prompt`` with a subject it holds only the tail of named whole, as read in
    ``shown`` (the question with the hidden answers as "…"); "" where it cannot be."""
    if _opens_on_list_tail(prompt, shown):
        return _named_by_head(prompt, shown)
    return _with_joined_subject(prompt, shown)


def _opens_on_list_tail(prompt: str, shown: str) -> bool:
    tail = _LIST_TAIL.match(prompt)
    if tail is None:
        return False
    probe = _fold(" ".join(prompt.split()[:3]))
    # ("gym and … homes": the prompt left the hidden count out.)
    folded = _fold(" ".join(word for word in shown.split() if word != "…"))
    at = folded.find(probe)
    # In the sentence, the items before stood in the list ("pool, gym and homes"), within
    # the subject: no verb before them, and the sentence opens on it ("From …, text and
    # letter reminders will go ..." is an opening phrase, not a list).
    return (
        at > 0
        and re.search(r"[\w’'-]+,\s*$", folded[:at]) is not None
        and _VERB.search(folded[:at]) is None
        and _HEADED_SUBJECT.match(shown) is not None
    )


def _named_by_head(prompt: str, shown: str) -> str:
    subject = _HEADED_SUBJECT.match(shown)
    verb = _VERB.search(prompt)
    if subject is None or verb is None:
        return ""
    return f"The {subject.group('head')} {prompt[verb.start() :]}"


def _with_joined_subject(prompt: str, shown: str) -> str:
    folded = _fold(shown)
    # "... and gym are due": a noun and its verb after the "and".
    for joined in re.finditer(rf"\s+and\s+(?=[{SMALL}][\w-]*\s+{_VERB.pattern})", prompt):
        probe = _fold(" ".join(prompt[joined.start() :].split()[:3]))
        at = folded.find(" " + probe)
        if at < 0:
            continue
        before = shown[:at].split()
        # In the sentence, "and" joined a noun to the subject's own words ("the new pool
        # and gym"), where the prompt joins it to another clause ("... granted and gym").
        kept_before = prompt[: joined.start()].split()
        if not before or not kept_before or _fold(before[-1]) == _fold(kept_before[-1]):
            continue
        opening = _subject_opening(before)
        if opening is None:
            continue
        join = ", " if _SUBORDINATE_OPENING.match(prompt) else " and "
        return f"{prompt[: joined.start()]}{join}{' '.join(opening)} and {prompt[joined.end() :]}"
    return prompt


def _subject_opening(before: list[str]) -> list[str] | None:
    """The subject's words before its "and", from its determiner ("the new pool")."""
    for back in range(1, 5):
        if back > len(before):
            return None
        word = before[-back]
        if "…" in word or word.endswith((",", ";", ":")):
            return None
        if _DETERMINER.match(word):
            return before[-back:]
    return None


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")
