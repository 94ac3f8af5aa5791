"""What someone called a thing, in their own quoted words: the characterisations a briefing
keys as short text answers, asked of who said it about what.

- "described X as '…'": 'Minister Ibarra described the agreement as "a bridge between two
  ends of the world"' asks "How did Ibarra describe the agreement?"; "called the plan
  '…'", "branded", "dubbed" ask "What did … call the plan?"; "dismissed the report as '…'"
  asks "What did … dismiss the report as?";
- what a thing is or does, in reported speech: 'Kearsley said the rise was "deeply
  unfair"' asks "What did Kearsley say the rise was?"; 'said the deal would create "a
  British champion in flow control with the scale to compete globally"' asks "What did …
  say the deal would create?" (answer the quoted noun phrase, "a British champion in flow
  control", its trailing "with …" left to the evidence); 'underlined that Norway and Chile
  "have a special responsibility …"' asks "What did … underline Norway and Chile have?";
  'analysts said the offer "undervalues Calder's recovery potential"' asks "What did
  analysts at … say of the offer?";
- a speaker's stance on a thing: 'the board said it was "minded to recommend" the offer'
  asks "What did Calder's board say of the offer?".

The speaker is the clause's subject before the verb: a person by surname ("he" or "she"
as the person the paragraph last named), a body or a role as written. A quoted sentence
("…," she said) is a quote card's (find_quotes.py), and so is a quotation whose speaker or
subject is only "it" or "they".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from trainer.core.authoring.article import sentence_spans
from trainer.core.authoring.find_people import ORGANISATION_WORDS, TITLE_WORDS
from trainer.core.authoring.find_pledges import sentence_subject_name
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_facts import sentence_text_fact

if TYPE_CHECKING:
    from trainer.core.authoring.article import Article
    from trainer.core.authoring.find_facts import FoundFact

_QUOTE = re.compile(r"“(?P<curly>[^“”]+)”|(?<![\w])\"(?P<straight>[^\"]+)\"")
# Verbs that name what a thing is called: "described X as", "called X".
_AS_VERBS = {
    "described": "How did {} describe {}?",
    "describes": "How does {} describe {}?",
    "characterised": "How did {} characterise {}?",
    "characterized": "How did {} characterize {}?",
    "dismissed": "What did {} dismiss {} as?",
    "hailed": "What did {} hail {} as?",
    "welcomed": "What did {} welcome {} as?",
    "criticised": "What did {} criticise {} as?",
    "criticized": "What did {} criticize {} as?",
    "condemned": "What did {} condemn {} as?",
    "praised": "What did {} praise {} as?",
}
_CALL_VERBS = {
    "called": "What did {} call {}?",
    "calls": "What does {} call {}?",
    "branded": "What did {} call {}?",
    "dubbed": "What did {} call {}?",
    "labelled": "What did {} call {}?",
    "labeled": "What did {} call {}?",
    "termed": "What did {} call {}?",
}
# Verbs of reported speech, in the form a question asks them ("What did X say ...?").
_SAY_VERBS = {
    "said": "say", "says": "say", "told reporters": "say", "warned": "warn",
    "argued": "argue", "insisted": "insist", "stressed": "stress", "underlined": "underline",
    "noted": "note", "added": "add", "claimed": "claim", "believes": "believe",
    "believed": "believe", "concluded": "conclude", "found": "find", "suggested": "suggest",
    "predicted": "predict", "acknowledged": "acknowledge", "admitted": "admit",
}  # fmt: skip
_PRESENT = {"says", "believes"}
_OBJECT = (
    rf"(?P<object>(?:the|this|that|its|their|his|her|these|those|[{CAPITAL}][\w'’-]*[’']s)\s+"
    rf"(?:[\w'’-]+\s+){{0,6}}?[\w'’-]+|[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,3}})"
)
_DESCRIBED_AS = re.compile(rf"\b(?P<verb>{'|'.join(_AS_VERBS)})\s+{_OBJECT}\s+as\s*$")
_CALLED = re.compile(rf"\b(?P<verb>{'|'.join(_CALL_VERBS)})\s+{_OBJECT}\s*$")
# The subject of the reported clause and the verb before the quotation: "the rise in
# standing charges was", "the deal would create", "Norway and Chile".
_LINK = (
    r"(?:is|are|was|were|remains?|remained|looked|seemed|has\s+been|have\s+been|had\s+been"
    r"|(?:would|will|could|might|may)(?:\s+not)?\s+(?:be|become|create|bring|mean|leave|make"
    r"|prove|remain|offer|deliver|put|cause|face|need))"
)
_SUBJECT_WORDS = r"(?!(?:it|they|he|she|we|there|this|that|which|who)\b)"
_REPORTED = re.compile(
    rf"\b(?P<verb>{'|'.join(sorted(_SAY_VERBS, key=len, reverse=True))})\s+(?:that\s+)?"
    rf"(?P<subject>{_SUBJECT_WORDS}(?:the|its|their|his|her|a|an|both|all|many|most|[{CAPITAL}][\w'’-]*)"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|would|will|could|might|may|remains?|remained"
    r"|looked|seemed)\b)[\w'’-]+){0,7}?)"
    rf"(?:\s+(?P<link>{_LINK}))?\s*$"
)
# "said it was "minded to recommend" the offer": the speaker's own stance on a thing.
_STANCE = re.compile(
    rf"\b(?P<verb>{'|'.join(sorted(_SAY_VERBS, key=len, reverse=True))})\s+(?:that\s+)?"
    r"(?:it|they|he|she)\s+(?:was|were|is|are|would\s+be|had\s+been|remained)\s*$"
)
_STANCE_OBJECT = re.compile(
    r"\s*(?:(?:by|at|with|about|of|over|to|towards)\s+)?"
    rf"(?P<object>(?:the|this|that|its|their|[{CAPITAL}][\w'’-]*[’']s)\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)"
    r"(?=\s*(?:[,;:.]|$)|\s+(?:if|and|but|while|because|after|as|which|when|unless|until)\b)"
)
# A quotation opening on a verb its subject has ("have a special responsibility ..."): the
# verb goes with the question, the rest is what was said.
_OPENING_VERB = re.compile(r"^(?P<verb>have|has|had|is|are|was|were|needs?|faces?|lacks?)\s+")
# Where a long quoted noun phrase's core ends: "a British champion in flow control with the
# scale to compete globally" is "a British champion in flow control" (a "that" clause is
# what the phrase says: "a clear message that voters want change" stays whole).
_TRAILING = re.compile(r"\s+(?:with|which|who|where|while|because)\s")
_ARTICLE_OPENING = re.compile(r"^(?:a|an|the)\s", re.IGNORECASE)
# The speaker: the clause's subject, set off from a lead-in ("Speaking on Tuesday, ...").
_NAME_ROLE = re.compile(
    rf"(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,3}}),\s+"
    rf"[^,“”\"]{{3,90}},\s*$"
)
# "The office's spokeswoman, Lauren Pike,": a role, then the name set off by commas.
_ROLE_NAME = re.compile(
    rf"[{SMALL}][\w'’-]*\s*,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
    rf"(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{1,2}}),\s*$"
)
# A body named after what it is: "campaign group Fair Play Media", "consultancy Beacon Grid".
_BODY_NOUNS = frozenset(
    {"group", "firm", "company", "charity", "body", "union", "association", "agency",
     "regulator", "watchdog", "bank", "consultancy", "lender", "broker", "insurer",
     "operator", "manufacturer", "maker", "retailer", "network", "organisation",
     "organization", "institute", "think-tank", "thinktank", "party", "council", "supplier",
     "airline", "carrier", "publisher", "broadcaster", "developer", "fund", "investor"}
)  # fmt: skip
# '…," Richter told reporters', "said Dr Ana Ruiz": who speaks, named.
_ATTRIBUTED = re.compile(
    rf"(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})"
    r"\s+(?:told|said|says|added|warned|described|called)\b"
    r"|\b(?:said|says|added)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
    rf"(?P<after>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})"
)
_LEAD_WORDS = re.compile(
    r"^(?:and|but|yet|while|whereas|although|though|as|since|because|meanwhile|however|also)\s+",
    re.IGNORECASE,
)
_NOT_A_SPEAKER = re.compile(
    r"^(?:it|they|we|i|you|this|that|there|which|who|in|on|at|by|for|after|before|when|if"
    r"|as|the\s+report|the\s+study)\b",
    re.IGNORECASE,
)
# "Officials", "Analysts", "Campaigners": people by what they do, no name.
_PEOPLE_BY_WHAT_THEY_DO = re.compile(
    rf"[{CAPITAL}][{SMALL}]+"
    rf"(?:ers|ants|ents|ors|ists|ees|ials|ics)"
)
_JOINS = frozenset({"at", "of", "from", "for", "in", "with"})
_MOST_SPEAKER_WORDS = 7
_MOST_QUOTE_WORDS = 12
_MOST_ANSWER_WORDS = 10
# A quoted noun phrase longer than this is cut to its core where a clause trails it.
_LONG_PHRASE_WORDS = 4


def find_characterisations(article: Article) -> list[FoundFact]:
    """Every quoted characterisation in ``article`` with who made it, asked of its subject."""
    found: list[FoundFact] = []
    named: str | None = None
    people: set[str] = set()  # full names seen, so a surname alone is known as a person
    for number, line in enumerate(article.lines, start=1):
        if not line.strip():
            continue
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            found.extend(characterisations_in(sentence, number, named))
            named = _person_last_named(sentence, people) or named
    return found


def _person_last_named(sentence: str, people: set[str]) -> str | None:
    """The person ``sentence`` names last as its subject or a speaker, whom a "he" or "she"
    after it means: a full name, or the surname of one seen before ("Telvio said" and
    "Analysts at Kepler said" name no one)."""
    candidates = [sentence_subject_name(sentence.strip())]
    candidates += [
        found.group("name") or found.group("after") for found in _ATTRIBUTED.finditer(sentence)
    ]
    person = None
    for name in candidates:
        if not name or name.split()[0] in ("The", "This", "It", "Its"):
            continue
        if len(name.split()) >= 2:
            people.add(name)
            person = name
        elif any(known.split()[-1] == name for known in people):
            person = next(known for known in people if known.split()[-1] == name)
    return person


def characterisations_in(sentence: str, line: int, named: str | None = None) -> list[FoundFact]:
    """The characterisations quoted in ``sentence``; ``named`` is who "he" or "she" is."""
    found: list[FoundFact] = []
    for match in _QUOTE.finditer(sentence):
        quote = (match.group("curly") or match.group("straight") or "").strip()
        if not quote or quote[-1] in ".,!?…" or len(quote.split()) > _MOST_QUOTE_WORDS:
            continue  # a quoted sentence is a quote card's
        before = sentence[: match.start()]
        asked = _asked(before, quote, sentence[match.end() :], named)
        if asked is None:
            continue
        prompt, answer = asked
        start = match.start() + 1 + quote.find(answer)
        found.append(
            sentence_text_fact(
                sentence, line, start, start + len(answer), answer, " ".join(prompt.split())
            )
        )
    return found


def _asked(before: str, quote: str, after: str, named: str | None) -> tuple[str, str] | None:
    """(prompt, answer) for a quotation after ``before``, or None when it is no
    characterisation this module asks."""
    if inside_quotation(before, len(before)):
        return None  # inside another quotation
    described = _DESCRIBED_AS.search(before) or _CALLED.search(before)
    if described is not None:
        speaker = _speaker(before[: described.start()], named)
        thing = _thing(described.group("object"))
        if speaker is None or thing is None:
            return None
        verbs = _AS_VERBS if described.re is _DESCRIBED_AS else _CALL_VERBS
        return _short(verbs[described.group("verb")].format(speaker, thing), _core(quote))
    stance = _STANCE.search(before)
    if stance is not None:
        speaker = _speaker(before[: stance.start()], named)
        stance_of = _STANCE_OBJECT.match(after)
        if speaker is None or stance_of is None or len(quote.split()) > _MOST_ANSWER_WORDS:
            return None
        verb = _SAY_VERBS[stance.group("verb")]
        of = _lower(stance_of.group("object"))
        return _did(stance.group("verb"), f"{speaker} {verb} of {of}"), quote
    reported = _REPORTED.search(before)
    if reported is None:
        return None
    speaker = _speaker(before[: reported.start()], named)
    subject = _thing(reported.group("subject"))
    if speaker is None or subject is None:
        return None
    verb = _SAY_VERBS[reported.group("verb")]
    link = " ".join((reported.group("link") or "").split())
    if not link:
        opening = _OPENING_VERB.match(quote)
        if opening is not None and _ARTICLE_OPENING.match(quote[opening.end() :]):
            link, quote = opening.group("verb"), quote[opening.end() :]
    if link:
        answer = _core(quote)
        return _short(_did(reported.group("verb"), f"{speaker} {verb} {subject} {link}"), answer)
    if quote[:1].isupper() or len(quote.split()) > _MOST_ANSWER_WORDS:
        return None  # a name or a whole clause, not what the thing does
    if not re.match(rf"[{SMALL}]+(?:s|ed)\b", quote):
        return None  # "the offer "a fair price"": no verb, no claim to ask
    return _did(reported.group("verb"), f"{speaker} {verb} of {subject}"), quote


def _short(prompt: str, answer: str) -> tuple[str, str] | None:
    """(prompt, answer) where the answer is short enough to recall as said."""
    return (prompt, answer) if len(answer.split()) <= _MOST_ANSWER_WORDS else None


def _did(verb: str, rest: str) -> str:
    auxiliary = "does" if verb in _PRESENT else "did"
    return f"What {auxiliary} {rest}?"


def _core(quote: str) -> str:
    """A long quoted noun phrase cut to its core; any other quotation as said."""
    if len(quote.split()) <= _LONG_PHRASE_WORDS or not _ARTICLE_OPENING.match(quote):
        return quote
    for cut in _TRAILING.finditer(quote):
        if len(quote[: cut.start()].split()) >= 3:
            return quote[: cut.start()]
    return quote


def _thing(written: str) -> str | None:
    """What the characterisation is of, as a question names it; None for a pronoun."""
    words = written.split()
    if not words or words[0].casefold() in ("it", "them", "this", "that", "they", "these"):
        return None
    if len(words) == 1 and words[0].casefold() in ("the", "its", "their", "his", "her"):
        return None
    return _lower(" ".join(words))


def _lower(phrase: str) -> str:
    first, _, rest = phrase.partition(" ")
    if first in ("The", "This", "That", "Its", "Their", "His", "Her", "A", "An", "These"):
        return f"{first.casefold()} {rest}".strip()
    return phrase


def _speaker(head: str, named: str | None) -> str | None:
    """Who the clause ending ``head`` names as speaking, as a question names them."""
    head = head.rstrip()
    enclosed = _ROLE_NAME.search(head)
    if enclosed is not None:  # "A spokeswoman for the office, Lauren Pike, said"
        return enclosed.group("name").split()[-1]
    role = _NAME_ROLE.search(head)
    head = role.group("name") if role is not None else re.split(r"[,;:(]\s*", head)[-1].strip()
    head = _LEAD_WORDS.sub("", head).strip()
    words = head.split()
    if not words or len(words) > _MOST_SPEAKER_WORDS or re.search(r"[\d“”\"]", head):
        return None
    if head.casefold() in ("he", "she"):
        return named.split()[-1] if named else None
    if _NOT_A_SPEAKER.match(head):
        return None
    # The capitalised run the phrase ends on: a person's name, or a body's.
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() and word != "&":  # "Brook & Hale" is one name
            break
        run.insert(0, word)
    if not run or (len(run) < len(words) and words[-len(run) - 1] in _JOINS):
        # "analysts at Peel Hunt", "Calder's board", "the board": a plural of people by
        # what they do opens on the sentence's capital, not a name's.
        if (
            len(words) > 1
            and re.fullmatch(rf"[{CAPITAL}][{SMALL}]+s", words[0])
            and words[1].islower()
        ):
            head = f"{head[0].casefold()}{head[1:]}"
        return _lower(head)
    body = len(run) < len(words) and words[-len(run) - 1].casefold() in _BODY_NOUNS
    if body:
        return " ".join(run)  # "campaign group Fair Play Media" is Fair Play Media
    if len(words) == 1 and _PEOPLE_BY_WHAT_THEY_DO.fullmatch(head):
        return head.casefold()  # "Officials described ...": no name, the sentence's capital
    if words[0] == "The" or set(run) & ORGANISATION_WORDS or (len(run) == 1 and len(words) == 1):
        return _lower(head)  # "The Treasury", "Ofgem", "the Competition Commission"
    if run[0].endswith(("’s", "'s")):
        return _lower(head)
    # A person, by name as the article gives it, a title left out ("Minister Ibarra" is
    # Ibarra): the finished prompt names them by role where a card asks who they are.
    name = [word for word in run if word not in TITLE_WORDS]
    return " ".join(name) if name else run[-1]


def without_quote_asked_twice(
    groups: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """One card for a quoted characterisation (a fact card answered by words the article
    quotes): "Who described the agreement as '…'?" and "How did Ibarra describe the
    agreement?" hold each other's answers. The question of what was said stays where
    another sentence ties the speaker to a role or a quote; where no other card names the
    speaker, or this sentence is where the article brings them in ("Local MP Sarah
    Whitcombe called the fine '…'"), who said it is the fact, and is asked. A count inside
    the words ("a bridge across two oceans") is part of what was said, no card of its own."""
    said = [
        card
        for card in groups.get("facts", [])
        if card["kind"] == "text" and _quoted_in(str(card["answer"]), card["evidence"])
    ]
    dropped: set[int] = set()
    for quote in groups.get("quotes", []):
        twin = next(
            (
                fact
                for fact in said
                if fact["evidence"] == quote["evidence"]
                and _most_of_the_quotation(str(fact["answer"]), quote["prompt"])
            ),
            None,
        )
        if twin is None or not re.search(r"\b[Ww]ho\b", quote["prompt"]):
            continue
        speaker = str(quote["answer"])
        about = [
            card
            for name in ("people", "quotes", "appointments", "profile")
            for card in groups.get(name, [])
            if card is not quote and str(card.get("answer")) == speaker
        ]
        introduced_here = any(
            card["evidence"] in quote["evidence"] or quote["evidence"] in card["evidence"]
            for card in about
        )
        # A speaker no other card names is asked here; one the sentence brings in with a
        # role too, by "Who ...?" ("Speaking on Tuesday, who said ...?" is no question to
        # keep over the words).
        asks_who = quote["prompt"].startswith("Who ")
        keep_who = not about or (asks_who and introduced_here)
        dropped.add(id(twin) if keep_who else id(quote))
    # The same words in another quotation ("… is a drop in the ocean for families," she
    # said): that quote card is asked whole, and the phrase is no second card.
    dropped |= {
        id(fact)
        for fact in said
        for quote in groups.get("quotes", [])
        if id(quote) not in dropped
        and quote["evidence"] != fact["evidence"]
        and _fold(str(fact["answer"])) in _fold(quote["prompt"])
    }
    kept = [fact for fact in said if id(fact) not in dropped]
    people = {
        str(card["answer"])
        for name in ("people", "quotes", "appointments")
        for card in groups.get(name, [])
        if card["kind"] == "name"
    }
    for fact in kept:
        fact["prompt"] = _in_full(fact["prompt"], people)
    for group in groups.values():
        for card in group:
            if card["kind"] == "number" and any(
                card["evidence"] == fact["evidence"]
                and any(
                    written and _fold(written) in _fold(str(fact["answer"]))
                    for written in card.get("_written", [])
                )
                for fact in kept
            ):
                dropped.add(id(card))
    return {
        name: [card for card in group if id(card) not in dropped] for name, group in groups.items()
    }


def _in_full(prompt: str, people: set[str]) -> str:
    """``prompt`` with a person named by the first of two surnames ("Minister Ibarra" for
    Tomás Ibarra Cuevas) given their full name, which the finished prompt names by role."""
    for person in people:
        words = person.split()
        for word in words[1:-1]:
            if word[:1].isupper() and person not in prompt:
                prompt = re.sub(
                    rf"\b{re.escape(word)}\b(?!\s+{re.escape(words[-1])})", person, prompt
                )
    return prompt


def _quoted_in(answer: str, evidence: str) -> bool:
    """Whether ``answer`` is words ``evidence`` quotes."""
    return any(
        answer in "".join(quoted) for quoted in re.findall(r"“([^“”]+)”|\"([^\"]+)\"", evidence)
    )


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def _most_of_the_quotation(answer: str, prompt: str) -> bool:
    """Whether ``answer`` is most of a quotation ``prompt`` holds (not a name in it, nor
    a name after it)."""
    for quoted in re.findall(r"“([^“”]+)”|\"([^\"]+)\"", prompt):
        words = "".join(quoted)
        if answer in words and 2 * len(answer.split()) >= len(words.split()):
            return True
    return False
