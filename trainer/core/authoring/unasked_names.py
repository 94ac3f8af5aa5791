"""A proper name a body sentence mentions with nothing asked of it: the catch-all after every
finder and the sentence coverage pass have drafted.

The finders each read a phrase ("based in", "a contract with"), so a name in any other
phrase ("the nearest operates from Esbjerg", "an appeal by Halvern Build Ltd", "as amended by
the Tenancy Reform Act 2021") is left unasked though the sentence's other facts get cards.
Here such a name is asked in place, its question word from what the name says it is or
from the preposition before it:

- a kind word in the name asks for that kind: "which company" (Ltd, plc, Company), "which
  law" (Act, Regulations), "which university" (find_named_things' kind words);
- otherwise, after "in", "at", "from", "near" or "to" following a verb, the name is a place:
  "headquartered in which place?", "operates from where?", "moved to where?";
- a place noun in small letters after the name belongs to the answer ("at the Skagen
  anchorage" answers "Skagen anchorage").

Cards per fact are a budget: one such card a sentence at most, none where the sentence
already holds two cards, none for a person, another card's answer or a name other prompts
hold, and none in a heading or a line of page furniture (no full stop ends it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.deck_file import slugify, unique_id
from trainer.core.authoring.find_named_things import CALENDAR_WORDS, KIND_WORDS
from trainer.core.authoring.find_people import HEAD_WORDS, TITLE_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.named_objects import AskedName, named_object
from trainer.core.authoring.questions import MAX_WORDS, ask_in_place
from trainer.core.authoring.sentence_coverage import card_budget
from trainer.core.authoring.subject_before import with_subject
from trainer.core.authoring.tidy_prompts import reads_garbled
from trainer.core.validate import fold_typography

# The source key every drafted card cites (drafting.py's SOURCE_KEY).
_SOURCE = "s1"
# One capitalised word of a name: "Klaipėda", "Meio-Dia", "RTM", "N6".
_CAP = rf"[{CAPITAL}][\w’'&-]*"
# The small words a name holds: "Instituto do Mar", "Bank of Erevia", "Sofala and Manica".
_JOIN = r"(?:of|for|and|do|da|de|del|des|du|la|le|van|von)"
_NAME = re.compile(
    rf"(?<![\w’'-]){_CAP}(?:\s+(?:{_JOIN}\s+)?{_CAP})*(?P<year>\s+(?:19|20)\d\d)?(?![\w’'-])"
)
# The preposition (and article) before a name, which says how to ask for it.
_BEFORE = re.compile(
    r"(?<![\w-])(?P<prep>in|at|from|near|to|into|by|against|with|under|for)\s+(?:the\s+)?$"
)
# Prepositions after which a name with no kind word is a place.
_PLACE_PREPOSITIONS = {
    "in": "in which place",
    "at": "at which place",
    "into": "into which place",
    "near": "near which place",
    "from": "from where",
    "to": "to where",
}
# A place noun in small letters that names a place with the name before it.
_PLACE_NOUN = re.compile(
    r"\s+(?P<noun>anchorage|province|provinces|district|districts|region|county|state|coast"
    r"|port|harbour|harbor|valley|basin|estuary|island|islands|peninsula|strait|straits|bay"
    r"|delta|plateau|municipality|prefecture|governorate|oblast|canton)(?![\w-])"
)
# A word in small letters after a name that makes the name describe it ("the Soviet
# period"); words that carry the sentence on are not such nouns.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|in|at|to|for|with|and|or|but|was|is|are|were|has|had|have|will|would|can"
    r"|could|should|may|might|which|that|where|when|who|after|before|by|from|since|until"
    r"|last|this|next|as|than|to|into|over|under|near|during|about|each|every|itself)\b)"
    rf"[{SMALL}]+(?<!ed)(?<!ing)(?<!ly)\b"
)
# What before a place's preposition makes the name where something is or happens: a verb
# ("operates from", "headquartered in", "moved to"), a journey ("on a visit to") or a
# clause's start.
_ASKED_AFTER = re.compile(
    rf"(?:(?<![\w-])(?:[{SMALL}]+ed(?:\s+(?:out|up|off|down|back))?|is|are|was|were|be|been|being|operates|operate|lives|live"
    r"|remains|remain|stays|stay|took\s+\w+|sent\s+\w+|met|held|moved|went|goes|go|based"
    r"|built|made|born|fled|died|visit|trip|tour|journey)|[,;])\s+$"
)
# A verb right before a name (with "the"): the name is its object ("ran the Orrin Group").
_VERB_BEFORE = re.compile(
    r"(?<![\w’'-])(?!(?:of|and|or|the|a|an|its|their|his|her|our|for|in|on|at|to|by|from"
    rf"|with|as|than|that|which|who|said|says|told)\b)(?P<verb>[{SMALL}]+)\s+(?:the\s+)?$"
)
# A passive verb's participle right before "by": "built and owned", "was acquired".
_PARTICIPLE_END = re.compile(
    rf"(?<![\w’'-])(?:[{SMALL}]+(?:ed|en)|built|made|run|held|led|won|bought|sold|paid|set"
    r"|brought|written|hit|struck|taught|caught|kept|sent|spent|lent|left|met|shot|split)\s+$"
)
# "(RFC)" after a name: the name's short form, part of the answer.
_SHORT_FORM_AFTER = re.compile(rf"\s*\([{CAPITAL}][{CAPITAL}\d&-]+\)")
_DETERMINER_END = re.compile(
    r"(?<![\w’'-])(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$|[’']s\s+$"
)
# ", a probe about the size of a family car, arrived": an aside, then its clause's verb.
_ASIDE_AFTER = re.compile(
    rf",\s+(?:an?|the|its|their|one|which|who)\s+[^,;:()“”\"]{{1,80}},(?=\s+[{SMALL}])"
)
_SUBJECT_ASIDE = re.compile(
    rf"[{CAPITAL}][^,;:“”\"]{{0,60}}?(?P<aside>,\s+(?:an?|the)\s+[^;:“”\"]{{1,100}}?,)\s+(?=[{SMALL}])"
)
_SECOND_DEED = re.compile(
    rf",?\s+and\s+(?!(?:the|a|an|its|their|his|her|other|in|at|on)\b)"
    rf"[{SMALL}]+\s"
)
# Kind words that make a name a law.
_LAW_WORDS = frozenset({"Act", "Acts", "Regulations", "Regulation", "Directive", "Ordinance"})
# Words that open a sentence or a clause in capitals but are no names.
_NOT_NAMES = frozenset(
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
        "We", "I", "Our", "Their", "His", "Her", "In", "At", "On", "For", "From", "To", "By",
        "But", "And", "Or", "If", "As", "After", "Before", "When", "While", "Under", "With",
    }
)  # fmt: skip
# Bodies a story says things happen "in" or "at" without being places.
_NOT_PLACES = frozenset(
    {
        "Parliament", "Congress", "Senate", "Commons", "Lords", "Cabinet", "Government",
        "English", "French", "Spanish", "German", "Arabic", "Portuguese", "Russian", "Chinese",
        "Christmas", "Easter", "Ramadan", "House", "Chamber", "Assembly",
    }
)  # fmt: skip


def with_unasked_names(
    groups: dict[str, list[dict[str, Any]]],
    story: Article,
    people: list[str],
    taken: set[str],
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with a card for a name each body sentence of ``story`` leaves unasked.

    Cards carry their group under "_group" and the ways their answer is written under
    "_written", as drafting.py leaves them before finishing; ``people`` are the people the
    article names; ``taken`` the card ids in use (new ids are added to it).
    """
    # A card finishing will drop as garbled asks nothing: its name is still unasked.
    cards = [
        card
        for group in groups.values()
        for card in group
        if not reads_garbled(str(card["prompt"]))
    ]
    added: list[dict[str, Any]] = []
    for line in story.lines:
        if not body_line(line):
            continue
        for start, end in sentence_spans(line):
            sentence = line[start:end]
            on_it = [card for card in cards + added if drafted_from(card, sentence)]
            if len(on_it) >= min(card_budget(sentence), 3) or len(sentence.split()) < 6:
                continue
            card = _name_card(sentence, people, cards + added, taken)
            if card is not None:
                card["prompt"] = with_subject(card["prompt"], story, sentence, people)
                added.append(card)
    for card in added:
        phrase = card.pop("_dropped_phrase", None)
        if phrase is None:
            continue
        # "The ships, to be known as the Harrow class, will …" reads "The ships will …".
        for other in (other for group in groups.values() for other in group):
            if phrase in other["prompt"] and other["evidence"] == card["evidence"]:
                without = re.sub(rf"\s*{re.escape(phrase)},?", "", other["prompt"], count=1)
                other["prompt"] = re.sub(r"\s+([?,])", r"\1", without)
    if added:
        # A garbled card on the same name would be kept as its fact's one card, then
        # dropped by finishing, taking the fact with it.
        asked = {fold_text(str(card["answer"])) for card in added}
        groups = {
            name: [
                card
                for card in group
                if not (
                    fold_text(str(card["answer"])) in asked and reads_garbled(str(card["prompt"]))
                )
            ]
            for name, group in groups.items()
        }
        groups.setdefault("facts", []).extend(added)
    return groups


def unasked_name(sentence: str, people: list[str]) -> tuple[str, str, int, int, str] | None:
    """The first name in ``sentence`` worth a question: its answer, the question phrase, the
    span the phrase replaces and how it is written there; None when there is none."""
    for found in unasked_names_in(sentence, people):
        return found.answer, found.question, found.start, found.end, found.written
    return None


def unasked_names_in(sentence: str, people: list[str]) -> Iterator[AskedName]:
    """Each name in ``sentence`` worth a question, in order, with how to ask it."""
    for match in _NAME.finditer(sentence):
        dated = match.group("year") is not None
        words = match.group().split()[: -1 if dated else None]
        if match.start() == 0 or not sentence[: match.start()].strip(" \"“‘'([-–•*"):
            continue  # the sentence's subject, which its other cards ask about
        if words[0] in _NOT_NAMES or any(word in CALENDAR_WORDS for word in words):
            continue
        if len(words) == 1 and (words[0].isupper() or words[0] in _NOT_PLACES):
            continue  # a short form (find_short_forms) or a body that is no place
        if _titled(words) or _a_person(match.group(), people):
            continue
        if any(word.endswith(("'s", "’s")) for word in words[:-1]):
            continue  # "Spain's Galicia region": an owner and its part, no one name
        if sentence[match.start() - 1 : match.start()] in "'’\"“-":
            continue  # a quotation's first word, or a piece of a hyphened word
        if _inside_quotation(sentence, match.start()):
            continue  # the quotation's card asks what is said
        found = _by_kind_or_preposition(sentence, match, words, dated)
        if found is None and not dated:
            found = named_object(sentence, match.start(), match.end())
        kind = _kind(words, dated)
        if found is None and kind is not None and not dated:
            found = _kinded_object(sentence, match, kind)
        if found is not None:
            yield found


def _by_kind_or_preposition(
    sentence: str, match: re.Match[str], words: list[str], dated: bool
) -> AskedName | None:
    """The name asked by its kind word ("which company") or, after a verb, the place
    preposition before it ("operates from where?")."""
    before = _BEFORE.search(sentence, 0, match.start())
    prep = before.group("prep") if before else None
    kind = _kind(words, dated)
    if kind is not None and before is not None:
        # (After "of" or none, "a meeting of the Harbour Council", the name only says
        # whose the noun is.)
        span_start = before.end("prep") + 1
        return AskedName(match.group(), f"which {kind}", span_start, match.end(), match.group())
    if kind is not None:
        return None
    if prep == "by" and before is not None and not match.group("year"):
        return _passive_agent(sentence, match, before)
    if before is None or match.group("year") or prep not in _PLACE_PREPOSITIONS:
        return None
    if any(word in _NOT_PLACES for word in words):
        return None
    single = len(words) == 1 and _PLACE_NOUN.match(sentence, match.end()) is None
    if single and before.group().split()[-1] == "the":
        return None  # "to the Fund", "in the Chamber": a body's short name, no place
    if not _ASKED_AFTER.search(sentence, 0, before.start()):
        # "a terminal in Houston": after a noun the place only describes it, and
        # "where" would read as "the terminal where ...".
        return None
    name, end = match.group(), match.end()
    noun = _PLACE_NOUN.match(sentence, end)
    if noun is not None:
        # "at the Skagen anchorage" asks "at which anchorage", the answer the two words.
        name, end = f"{name} {noun.group('noun')}", noun.end()
        span_start = before.end("prep") + 1
        return AskedName(name, f"which {noun.group('noun')}", span_start, end, name)
    if _NOUN_AFTER.match(sentence, end):
        return None  # "from the Soviet period": the name describes a noun, no place
    question = _PLACE_PREPOSITIONS[prep]
    return AskedName(name, question, before.start(), end, sentence[before.start() : end])


def _passive_agent(sentence: str, match: re.Match[str], before: re.Match[str]) -> AskedName | None:
    """ "will be built and owned by Rede Ferroviária do Centro (RFC)": who does the deed a
    passive verb names, asked "by whom?", with the short form in brackets in the answer."""
    if not _PARTICIPLE_END.search(sentence, 0, before.start()):
        return None  # "a fall by Meridian shares", "by Christmas": no deed's doer
    end = match.end()
    short = _SHORT_FORM_AFTER.match(sentence, end)
    if short is not None:
        end = short.end()
    if _NOUN_AFTER.match(sentence, end) or sentence[end : end + 2] in ("'s", "’s"):
        return None  # "by Meridian shareholders": the name describes a noun
    if re.match(r",?\s+(?:and|or)\s", sentence[end:]):
        return None  # "by Greenpeace and local groups": one doer of several
    name = sentence[match.start() : end]
    return AskedName(name, "by whom", before.start(), end, sentence[before.start() : end])


def _kinded_object(sentence: str, match: re.Match[str], kind: str) -> AskedName | None:
    """A name whose kind word says what it is, as the object of a verb ("ran Orrin Heating
    Ltd from a unit" asks "ran which company from a unit?"), not after "of" or "and" (whose
    it is, or one of a list) nor describing a noun after it."""
    verb = _VERB_BEFORE.search(sentence, 0, match.start())
    if verb is None or _DETERMINER_END.search(sentence, 0, verb.start()):
        return None  # "the firm Orrin Ltd": a noun, not a verb, before it
    end = match.end()
    if sentence[end : end + 2] in ("'s", "’s") or _NOUN_AFTER.match(sentence, end):
        return None
    start = verb.end("verb") + 1
    return AskedName(match.group(), f"which {kind}", start, end, sentence[start:end])


def _inside_quotation(sentence: str, at: int) -> bool:
    """Whether ``at`` falls inside a quotation opened before it."""
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _titled(words: list[str]) -> bool:
    """Whether a name holds a title or an office ("Auditor-General", "Sir ...")."""
    parts = {part for word in words for part in word.split("-")}
    return bool(parts & (TITLE_WORDS | HEAD_WORDS))


def _kind(words: list[str], dated: bool) -> str | None:
    """What a name's kind word says it is ("company", "law"), if it has one."""
    last = words[-1]
    if last in _LAW_WORDS or (dated and last in ("Act", "Regulations")):
        return "law"
    if last in ("Company", "Co", "Co."):
        return "company"
    if len(words) < 2:
        return None
    return KIND_WORDS.get(last)


def _a_person(name: str, people: list[str]) -> bool:
    """Whether ``name`` is, or holds, a person the article names, or is one's surname."""
    folded = fold_text(name)
    for person in people:
        person_folded = fold_text(person)
        if person_folded and (person_folded in folded or folded in person_folded.split()):
            return True
    return False


def _name_card(
    sentence: str, people: list[str], cards: list[dict[str, Any]], taken: set[str]
) -> dict[str, Any] | None:
    for found in unasked_names_in(sentence, people):
        card = _asked(sentence, found, cards, taken, people)
        if card is not None:
            return card
    return None


def _asked(
    sentence: str,
    found: AskedName,
    cards: list[dict[str, Any]],
    taken: set[str],
    people: list[str],
) -> dict[str, Any] | None:
    answer = found.answer
    folded = fold_text(answer)
    for card in cards:
        answers = [fold_text(str(form)) for form in [card["answer"], *card.get("_written", [])]]
        if any(folded in form or (len(form) > 3 and form in folded) for form in answers):
            return None  # asked already, or a piece of another card's answer
        held = fold_text(card["prompt"])
        if re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", held) and (
            found.description is None or fold_text(found.written) not in held
        ):
            return None  # another question holds it, and would give it away
    asked, start, end = _without_subject_aside(
        _without_aside_after(sentence, found.end), found.start, found.end
    )
    prompt = found.prompt or ask_in_place(asked, start, end, found.question)
    words = prompt.split()
    if (
        len(words) < 4
        or len(words) > MAX_WORDS
        or found.question.casefold() not in fold_text(prompt)
    ):
        return None
    if any(
        len(form) > 2
        and re.search(rf"(?<!\w){re.escape(fold_text(form))}(?!\w)", fold_text(prompt))
        for card in cards
        if str(card["answer"]) not in people  # finishing names a person by their role
        for form in [str(card["answer"]), *map(str, card.get("_written", []))]
    ):
        return None  # the question would give another card's answer away
    card = new_text_card(prompt, answer, sentence, taken, found.written)
    if found.description:
        # Other prompts name it by its kind ("the British shipbuilder").
        card["_description"] = found.description
    elif found.description == "":
        card["_dropped_phrase"] = found.written
    return card


def _without_subject_aside(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """``sentence`` without a phrase set off after its opening subject, before the asked
    span: "Orrin Marine (OM), a venture between two yards, beat a bid from ..." asks
    "Orrin Marine (OM) beat a bid from which shipbuilder?"."""
    aside = _SUBJECT_ASIDE.match(sentence)
    if aside is None or aside.end() > start:
        return sentence, start, end
    cut = aside.end("aside") - aside.start("aside")
    return sentence[: aside.start("aside")] + sentence[aside.end("aside") :], start - cut, end - cut


def _without_aside_after(sentence: str, end: int) -> str:
    """``sentence`` without a phrase set off by commas right after ``end`` when its clause
    goes on after it: "since the Vesper spacecraft, a probe the size of a car, arrived"
    asks "since which spacecraft arrived", not "since which spacecraft?"."""
    aside = _ASIDE_AFTER.match(sentence, end)
    if aside is not None:
        return sentence[:end] + sentence[aside.end() :]
    # "at Cratloe and run for 14 kilometres": a second deed is no part of where.
    joined = _SECOND_DEED.match(sentence, end)
    return sentence if joined is None else sentence[:end] + "."


def body_line(line: str) -> bool:
    """Whether ``line`` is body text: a sentence's full stop ends it, and it is no heading
    written in capitals."""
    text = line.strip().rstrip("\"”’')")
    letters = [char for char in text if char.isalpha()]
    if not letters or sum(char.isupper() for char in letters) > len(letters) / 2:
        return False
    return text.endswith((".", "!", "?"))


def new_text_card(
    prompt: str, answer: str, sentence: str, taken: set[str], *written: str
) -> dict[str, Any]:
    """A text card the catch-all passes add (names, lists, claims), as drafting.py leaves
    cards before finishing; its id is added to ``taken``."""
    return {
        "id": unique_id(slugify(f"text-{answer}") or "facts", taken),
        "kind": "text",
        "prompt": prompt,
        "answer": answer,
        "source": _SOURCE,
        "evidence": sentence,
        "tags": ["draft", "facts"],
        "_written": [*written, answer],
        "_group": "facts",
    }


def drafted_from(card: dict[str, Any], sentence: str) -> bool:
    """Whether ``card`` is drafted from ``sentence`` (or a passage holding it)."""
    evidence, folded = fold_text(str(card["evidence"])), fold_text(sentence)
    return bool(evidence) and (folded in evidence or evidence in folded)


def fold_text(text: str) -> str:
    return fold_typography(text).casefold()
