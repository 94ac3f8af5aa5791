"""What a sentence's main clause says was done, asked where its cards ask only a piece of it.

A marker keys a decision or an outcome as the main clause's verb and what it was done to,
in the article's words ("accepted four of the five recommendations", "requires an
independent inspection of one in five completed jobs", "replaces the Bus Service
Improvement Grant"); the finders ask the count inside it ("How many of the
recommendations did the Department accept?"), an answer no marker accepts for the claim.
Here the main clause is read whatever its verb: a subject as unasked_claims.py reads one,
then a finite verb (a past, a present in "-s", or "will"/"has"/"had" with one), then its
object up to where a marker's phrase ends. Where a text card on the sentence answers a
share of a whole that makes up that object, the card is widened to the clause: "What did
the Department do?" ("accepted four of the five recommendations"): how many of the five is
no fact of its own there, the decision is. The card is replaced, not joined, so the deck
asks the sentence no more often, and only where the grader accepts the clause's words for
the card's own answer (grading/extra_words.py), so a marker who keys the share alone loses
nothing. A named thing keeps its question ("Which grant does the programme replace?"), and
a count its card: a marker keys "14", not what was done to the 14.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.deck_file import slugify, unique_id
from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.questions import MAX_WORDS
from trainer.core.authoring.unasked_claims import (
    claim_answer,
    claim_subject,
    lower_case_words,
    people_by_role,
)
from trainer.core.authoring.unasked_names import body_line, drafted_from, fold_text
from trainer.core.authoring.verb_forms import IRREGULAR_PAST
from trainer.core.deck import Card
from trainer.core.grading import grade

# The source key every drafted card cites (drafting.py's SOURCE_KEY).
_SOURCE = "s1"
_IRREGULAR_PAST = IRREGULAR_PAST
# Verbs whose object is what was said or felt, a quotation's or a finding's card, or a
# state rather than a deed.
_NOT_DEEDS = frozenset(
    {
        "said", "says", "told", "tells", "added", "adds", "noted", "notes", "stressed",
        "warned", "warns", "argued", "argues", "claimed", "claims", "insisted", "insists",
        "explained", "explains", "believed", "believes", "thought", "thinks", "wrote",
        "writes", "asked", "asks", "replied", "stated", "states", "described", "describes",
        "called", "calls", "named", "expected", "expects", "estimated", "estimates",
        "forecast", "forecasts", "reported", "reports", "showed", "shows", "found", "finds",
        "suggested", "suggests", "confirmed", "confirms", "concluded", "concludes",
        "revealed", "reveals", "seemed", "seems", "appeared", "appears", "needed", "needs",
        "wanted", "wants", "hoped", "hopes", "tried", "tries", "used", "uses", "looked",
        "looks", "feared", "fears", "has", "was", "is", "does", "goes", "means", "remains",
        "remained", "lies", "stands", "sits", "accounts", "includes", "included", "contains",
        "contained", "comprises", "faced", "faces", "saw", "sees", "became",
        # courtesies, no deed a marker keys
        "thanked", "thanks", "welcomed", "welcomes", "congratulated", "praised", "praises",
    }
)  # fmt: skip
# The verb of a main clause, its auxiliary and a word saying when before it.
_VERB = re.compile(
    r"\s+(?P<aux>(?:has|have|had|will|would)\s+)?(?:(?P<when>now|also|since|already|formally|finally"
    r"|unanimously|then|later|previously|today|yesterday)\s+)?"
    # (after "will", any verb: "will close two of its offices")
    rf"(?P<verb>(?<=will\s)[{SMALL}]{{3,}}|(?<=would\s)[{SMALL}]{{3,}}|[{SMALL}]{{3,}}(?:ed|s)|"
    + "|".join(sorted(_IRREGULAR_PAST))
    + r")\s+"
    # A verb takes its object at once: "accepted four of the", "replaces the" (a plural
    # noun is followed by its verb, "prices were", never by a determiner).
    r"(?=(?:the|a|an|its|their|his|her|all|every|each|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d)\b)"
)
# What never opens an object: a verb's particle, a clause or a preposition.
_NOT_OBJECT = re.compile(
    r"(?:to|that|by|in|on|at|for|from|with|as|into|over|up|down|out|off|of|about|after"
    r"|before|under|and|or|but|it|them|him|her|us|me|this|what|how|why|when|where|which|who"
    r"|been|being|be|not|no)\b"
)
_LEAST_OBJECT_WORDS = 2
# A verb joined on with no subject of its own: "..., and now requires".
_SHARED_SUBJECT = re.compile(r",\s+and\s*$")
_ANY_VERB = re.compile(rf"\s+([{SMALL}]{{3,}})\b")
# A share of a whole, written in words: "four of the five", "one in five", "half of its".
_SHARE = re.compile(
    r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|most|all"
    r"|none|a\s+third|a\s+quarter)\s+(?:of|in)\s+(?:the|its|their|his|her)?\s*\w+"
)
# What may follow a whole noun phrase inside a deed: a preposition opening a phrase.
_PHRASE_AFTER = re.compile(
    r"\s+(?:in|on|at|for|from|with|to|by|after|before|over|under|as|into|until|since|during"
    r"|across|through|last|this|next|earlier|later|two|three|four|five)\b"
)


def with_main_claims(
    groups: dict[str, list[dict[str, Any]]], story: Article, taken: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with each card asking a count or a name inside a main clause's object
    replaced by a card asking the clause. Cards carry "_group" and "_written" as
    drafting.py leaves them before finishing; ``taken`` is the card ids in use."""
    cards = [card for group in groups.values() for card in group]
    lowered = lower_case_words(story)
    replaced: dict[int, dict[str, Any]] = {}
    for line in story.lines:
        if not body_line(line):
            continue
        for start, end in sentence_spans(line):
            sentence = line[start:end]
            claim = main_claim(sentence, lowered)
            if claim is None:
                continue
            prompt, answer = claim
            prompt = people_by_role(prompt, cards)
            if len(prompt.split()) > MAX_WORDS or _asked_already(answer, sentence, cards):
                continue
            found = _piece(answer, sentence, cards, replaced)
            if found is None or _gives_away(prompt, cards, found[0]):
                continue
            piece, deed = found
            replaced[id(piece)] = _card(prompt, deed, sentence, piece, taken)
    return {
        name: [replaced.get(id(card), card) for card in group] for name, group in groups.items()
    }


def main_claim(sentence: str, lowered: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The question and answer of what ``sentence``'s main clause says was done, or None."""
    for match in _VERB.finditer(sentence):
        verb = match.group("verb")
        if verb in _NOT_DEEDS or verb.endswith(("ss", "us", "is")):
            continue
        subject = claim_subject(sentence, match.start(), lowered)
        if subject is None and _SHARED_SUBJECT.search(sentence, 0, match.start()):
            # "HESA said it had ..., and now requires ...": the sentence's own subject.
            subject = _opening_subject(sentence, lowered)
        if subject is None:
            continue
        if _NOT_OBJECT.match(sentence, match.end()):
            return None  # the main verb found, but it takes no object a marker keys
        # The auxiliary is the question's ("What will the navy do?"), not the answer's.
        answer = claim_answer(sentence, match.start("verb"))
        if answer is None or len(answer.split()) < _LEAST_OBJECT_WORDS + 1:
            return None
        prompt = _question(match.group("aux"), verb, subject)
        if match.group("when") == "now":
            prompt = prompt[:-1] + " now?"  # "What does the agency do now?"
        return prompt, answer
    return None


def _opening_subject(sentence: str, lowered: frozenset[str]) -> str | None:
    """The subject ``sentence`` opens on, before its first verb."""
    for match in _ANY_VERB.finditer(sentence):
        if (
            match.group(1) in _NOT_DEEDS
            or match.group(1) in _IRREGULAR_PAST
            or (match.group(1).endswith("ed"))
        ):
            return claim_subject(sentence, match.start(), lowered)
    return None


def _question(aux: str | None, verb: str, subject: str) -> str:
    aux = (aux or "").strip()
    if aux in ("will", "would"):
        asked = f"What {aux} {subject} do?"
    elif aux:
        asked = f"What {aux} {subject} done?"
    elif verb.endswith("s") and not verb.endswith("ed"):
        asked = f"What does {subject} do?"
    else:
        asked = f"What did {subject} do?"
    return asked[:1].upper() + asked[1:]


def _piece(
    answer: str, sentence: str, cards: list[dict[str, Any]], replaced: dict[int, dict[str, Any]]
) -> tuple[dict[str, Any], str] | None:
    """The text card on ``sentence`` whose answer, a name or a part of a whole, is written
    inside ``answer``, with ``answer`` cut after it: the piece the clause's card takes the
    place of, and the deed that holds it ("accepted three of the five proposals", not
    "... in its response to the review")."""
    folded = fold_text(answer)
    for card in cards:
        if id(card) in replaced or card.get("_group") in ("quotes", "people"):
            continue
        if fold_text(str(card["evidence"])).strip() != fold_text(sentence).strip():
            continue
        # A count or a figure keeps its card: a marker keys "14" or "£2.1bn to £2.3bn",
        # not what was done to them.
        if card["kind"] not in ("text", "number") or re.search(r"\d", str(card["answer"])):
            continue
        # Only a share of a whole ("four of the five recommendations"): a count alone is
        # no fact of its own there, the decision is. A named thing keeps its question
        # ("Which grant does the programme replace?"), as a count of makes does.
        if not _SHARE.match(str(card["answer"])):
            continue
        for form in [str(card["answer"]), *map(str, card.get("_written", []))]:
            found = re.search(rf"(?<!\w){re.escape(fold_text(form))}(?!\w)", folded)
            if found is None:
                continue
            # The deed ends with the piece's noun phrase: "accepted four of the five
            # recommendations", not "... in its response"; a share asked as a count ("one
            # in five") runs on to its noun, so the clause's words are kept whole.
            deed = answer
            if _ends_phrase(folded[found.end() :]) and len(folded) == len(answer):
                deed = answer[: found.end()]  # (folding keeps every character in place)
            elif card["kind"] != "number":
                continue
            # Only where the deed holds the piece with a describing word or two, so a
            # marker who keys the piece alone accepts it too.
            if grade(_as_card(card), deed).accepted:
                return card, deed
    return None


def _ends_phrase(after: str) -> bool:
    """Whether the words ``after`` a piece leave it whole: nothing, or a phrase of its own
    ("... in its response"), not the rest of its noun ("its Hammerfjord gas plant")."""
    return not after.strip() or _PHRASE_AFTER.match(after) is not None


def _as_card(card: dict[str, Any]) -> Card:
    return Card(id="piece", kind=card["kind"], prompt="", answer=str(card["answer"]))


def _asked_already(answer: str, sentence: str, cards: list[dict[str, Any]]) -> bool:
    """Whether a text card on ``sentence`` already answers the clause's deed, its verb
    and all."""
    verb = fold_text(answer.split()[0])
    return any(
        card["kind"] == "text"
        and drafted_from(card, sentence)
        and fold_text(str(card["answer"])).split()[:1] == [verb]
        for card in cards
    )


def _gives_away(prompt: str, cards: list[dict[str, Any]], piece: dict[str, Any]) -> bool:
    folded = fold_text(prompt)
    return any(
        card is not piece
        and len(form) > 2
        and re.search(rf"(?<!\w){re.escape(fold_text(form))}(?!\w)", folded)
        for card in cards
        for form in [str(card["answer"]), *map(str, card.get("_written", []))]
    )


def _card(
    prompt: str, answer: str, sentence: str, piece: dict[str, Any], taken: set[str]
) -> dict[str, Any]:
    group = str(piece.get("_group", "facts"))
    return {
        "id": unique_id(slugify(f"text-{answer}") or group, taken),
        "kind": "text",
        "prompt": prompt,
        "answer": answer,
        "source": _SOURCE,
        "evidence": sentence,
        "tags": ["draft", group],
        "_written": [answer],
        "_group": group,
    }
