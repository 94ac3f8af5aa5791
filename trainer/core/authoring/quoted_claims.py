"""What a quotation claims, asked of a speaker the deck already asks about.

Every quoted statement is drafted as "Who said this? “…”", so a speaker quoted four times
gets four cards with one answer, while a briefing keys what the quotation says, in its own
words. Where the speaker is already another card's answer (an earlier quotation's, or
"Who is the Finance Minister?"), a quotation that makes a claim is asked for the claim:

- a noun phrase and "is", "was", "will be" ...: "The harvest levy was always a tax on
  hope," Brandt said' asks "What did Brandt say the harvest levy was always?" => "a tax on
  hope";
- "This is ...", "It was ..." after a sentence saying what the speaker welcomed or
  criticised: 'Brandt welcomed the ruling. "This is a fair outcome for growers," he said'
  asks "What did Brandt call the ruling?" => "a fair outcome for growers".

The claim stops where a marker would: at a comma (", and the balance of risks ..."), a
dash, "because" or the sentence's end. A quotation of another form (a greeting, a
question, "We will ...") keeps its who-said card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from trainer.core.authoring.letters import CAPITAL, SMALL

_COPULA = (
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|"
    r"could\s+be|must\s+be|should\s+be|remains|remained|would\s+do|will\s+do|could\s+do)"
)
# Words between the verb and the claim that the question keeps: "was always a tax".
_ADVERBS = r"(?:(?:now|already|still|always|also|clearly|simply|just|never|not|only)\s+)*"
# A third person's noun phrase, opened by a determiner or a possessive, a few words long
# ("Our priority" is asked as "their priority").
# ("That combination was hard to beat" points back to words the question cannot hold.)
_SUBJECT = (
    rf"(?P<subject>(?:(?:The|Its|Their|His|Her|Our|[{CAPITAL}][\w-]*[’']s)"
    # "Keeping policy this tight would do more harm than good": a deed as the subject.
    rf"|[{CAPITAL}][{SMALL}]+ing)(?:\s+[\w’'-]+){{1,6}}?)"
)
# "What people need is a proper social tariff": asked "say people need?".
_CLEFT_CLAIM = re.compile(
    rf"^What\s+(?P<clause>[{SMALL}][\w’'-]*(?:\s+[\w’'-]+){{1,5}}?)\s+(?:is|was)\s+(?P<rest>.+)"
)
_NOUN_CLAIM = re.compile(
    rf"^{_SUBJECT}\s+(?P<verb>{_COPULA})\s+(?P<adverbs>{_ADVERBS})(?P<rest>.+)"
)
# "This is the right decision": a thing the quotation names only by pointing at it.
_POINTING_CLAIM = re.compile(
    rf"^(?:This|That|It|Today)\s+(?P<verb>{_COPULA})\s+(?P<rest>(?:a|an|the)\s.+)"
)
# "We will rebuild this village": what a body says it will do, asked "say they will
# rebuild?"; "We now want to focus on reopening the clinic": "say they now want to focus on?".
_PLAN_CLAIM = re.compile(
    r"^We\s+(?P<asked>(?:(?:now|also|still|just)\s+)?(?:will|shall|are\s+going\s+to|"
    rf"(?:want|plan|intend|hope|aim|need|expect)\s+to)\s+(?P<verb>[{SMALL}]+)"
    rf"(?:\s+(?:on|at|for|into|with|about|up|out))?)\s+(?P<rest>(?!to\s)[{SMALL}].+)"
)
# Words after "will" that are no verb a question can ask with ("We will not ...").
_NOT_VERBS = frozenset({"not", "never", "always", "also", "be", "have", "continue", "do", "still"})
# What the speaker welcomed or criticised, in the sentence before the quotation.
_STANCE = re.compile(
    r"\b(?:welcomed|welcomes|criticised|criticized|criticises|criticizes|praised|praises|"
    r"hailed|hails|condemned|condemns|defended|defends|backed|backs|attacked|attacks|"
    r"rejected|rejects)\s+(?P<object>(?:the|this|that|its|their|his|her)\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,4}?)(?=[,.;]|\s+(?:as|on|in|at|by|for|with|after|but|and)\b|$)"
)
# Where a claim ends: a second clause, an aside, a reason.
_CLAIM_END = re.compile(
    r"[,;.!?]|\s[—–-]\s|\s(?:because|but|so\s+that|while|although)\s"
    # "bought by our parents and they are worn out": "and" opening a clause of its own.
    r"|\s(?:and|or)\s+(?=(?:we|they|it|i|he|she|you|there|this|that)\s)"
)
_MAX_ANSWER_WORDS = 10
# A claim that is a clause of its own ("that ...") or a pronoun says nothing alone.
_NO_CLAIM = re.compile(
    r"^(?:it|them|this|these|those|there)$|^(?:that|what|how|why|whether|who|whoever|whatever|so|too)\b",
    re.I,
)
# ("this winter" points at nothing outside; "the start of this" does.)
_POINTER = re.compile(r"\b(?:it|them|him|here)\b|\b(?:this|these|those|that)$", re.I)
# A figure in a quotation is asked by its own card ("… at how many times ...?").
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|"
    r"thousand|million|billion|half|double|twice|per\s+cent)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class QuotedClaim:
    """The question's words after "What did SPEAKER" and the claim that answers it."""

    asked: str
    answer: str


def quoted_claim(quote: str, before: str, speaker_words: tuple[str, ...]) -> QuotedClaim | None:
    """The claim ``quote`` makes, asked after "What did <speaker>" ("say the levy was?"),
    or None when it makes none a question can ask alone. ``before`` is the text just
    before the quotation, where a "This is ..." finds what it points at when the speaker
    (any of ``speaker_words``) welcomed or criticised it there."""
    if quote.rstrip().endswith("?"):
        return None
    noun = _NOUN_CLAIM.match(quote)
    if noun is not None:
        answer = _claim(noun.group("rest"))
        words = noun.group("subject").lower().split()
        if answer is None or words[-1] in _LINKS or set(words) & _CLAUSE_WORDS:
            return None
        subject = noun.group("subject")
        first, _, rest = subject.partition(" ")
        if first in _DETERMINERS:
            subject = f"{_DETERMINERS[first]} {rest}"
        elif first.endswith("ing"):
            subject = f"{first.lower()} {rest}"
        verb = " ".join(noun.group("verb").split())
        adverbs = noun.group("adverbs").strip()
        # "was always a tax" asks "say the levy always was?"; "is not" stays as written.
        if adverbs and " " not in verb and not re.search(r"\bn(?:o|eve)t\b", adverbs):
            verb, adverbs = adverbs, verb
        asked = " ".join(part for part in ("say", subject, verb, adverbs) if part)
        return QuotedClaim(f"{asked}?", answer)
    cleft = _CLEFT_CLAIM.match(quote)
    if cleft is not None:
        answer = _claim(cleft.group("rest"))
        return QuotedClaim(f"say {cleft.group('clause')}?", answer) if answer else None
    plan = _PLAN_CLAIM.match(quote)
    if plan is not None:
        answer = _claim(plan.group("rest"))
        # ("We will build the homes": a deed's bare object, "the homes", says too little.)
        if answer is None or plan.group("verb") in _NOT_VERBS or len(answer.split()) < 3:
            return None
        asked = " ".join(plan.group("asked").split())
        return QuotedClaim(f"say they {asked}?", answer)
    pointing = _POINTING_CLAIM.match(quote)
    if pointing is None:
        return None
    answer = _claim(pointing.group("rest"))
    sentence = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    stance = _STANCE.search(sentence)
    if answer is None or stance is None or not any(word in sentence for word in speaker_words):
        return None
    return QuotedClaim(f"call {stance.group('object')}?", answer)


_DETERMINERS = {
    "The": "the",
    "Its": "its",
    "Their": "their",
    "His": "his",
    "Her": "her",
    "Our": "their",
}
# A subject ending on a joining word ran into a clause: "The question of whether ... is".
_LINKS = frozenset({"of", "to", "for", "and", "or", "we", "i"})
# A subject holding a clause of its own: "The question of whether we cut is open".
_CLAUSE_WORDS = frozenset({"whether", "that", "which", "who", "if", "when", "where", "what"})


def _claim(rest: str) -> str | None:
    cut = _CLAIM_END.search(rest)
    claim = (rest[: cut.start()] if cut else rest).strip(" ”\"'")
    words = claim.split()
    # "The lesson is simple: ...": what comes before a colon only announces the claim.
    if (
        ":" in claim
        or _FIGURE.search(claim)
        or not words
        or len(words) > _MAX_ANSWER_WORDS
        or _NO_CLAIM.match(claim)
        # "the start of this", "not food": a claim leaning on words outside it, or saying
        # only what is not, tells nothing alone.
        or _POINTER.search(claim)
        or words[0].lower() in ("not", "never")
    ):
        return None
    return claim


def with_quoted_claims(
    groups: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """Each quote card ("Who said this? “…”") of a speaker another card answers already
    asked for what its quotation claims, where it makes a claim; the speaker's first
    who-said card (or "Who is ...?" card) keeps the name asked."""
    # (A "Who is ...?" card is not enough: a marker keys the speaker of a first quotation
    # as often as its claim, and the name is asked with the words they said.)
    asked: set[str] = set()
    # Except where the quotation's own sentence gives the speaker's role: "Who is the
    # Governor?" then asks the name from the very words the who-said card would.
    introduced = [
        (str(card["answer"]), str(card["evidence"]))
        for name in ("people", "appointments")
        for card in groups.get(name, [])
    ]
    for card in groups.get("quotes", []):
        if any(
            who == card["answer"] and evidence in card["evidence"] for who, evidence in introduced
        ):
            asked.add(str(card["answer"]))
        # (Only a quoted sentence's card counts as asking the speaker: a few quoted words
        # in reported speech often give way later to the sentence's other cards.)
        whole = "_claim" in card
        claim: QuotedClaim | None = card.pop("_claim", None)
        speaker = str(card["answer"])
        if claim is None or speaker not in asked:
            if whole:
                asked.add(speaker)
            continue
        card["kind"] = "text"
        card["prompt"] = f"What did {speaker} {claim.asked}"
        card["answer"] = claim.answer
        card["_written"] = [claim.answer]
        card.pop("note", None)
    return groups
