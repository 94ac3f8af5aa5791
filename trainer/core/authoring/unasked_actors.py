"""People an article names in full, and says did something, who have no card yet.

The sentence-by-sentence pass (sentence_coverage.py) asks who acts of people the draft
already knows. A person named once, with no role the finders read, is often a key fact all
the same, in the forms newswriting uses to bring a person in by what they did:

- a relative clause: "She takes over from Paul Denny, who resigned in August" asks "Who
  resigned in August?";
- an appositive between the person and the verb, or a role before them: "Lena Fisk, the
  former rower who led the bid, will chair the committee" asks "Who will chair the
  committee?", "Your predecessor, Graham Lowe, resigned in March" asks "Who resigned in
  March?";
- a person the article writes in full and again by surname, acting in any clause: "... when
  forward Jon Berg curled a free kick into the corner" asks "Who curled a free kick into
  the corner?".

Each question is the verb phrase of that clause alone, cut where the clause ends (a comma,
"after", "because"), so it stays short and tells no other fact of the sentence.
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_people import (
    HONORIFICS,
    ORGANISATION_WORDS,
    SURNAME_PARTICLE,
    TITLE_WORDS,
)
from trainer.core.authoring.letters import CAPITAL, NAME_WORD, SMALL
from trainer.core.authoring.person_names import (
    MILITARY_RANKS,
    OCCUPATION_WORDS,
    POST_NOMINAL,
    core_name,
)
from trainer.core.authoring.sentence_facts import MAIN, SentenceFact

_NAME_WORD = NAME_WORD
_PARTICLE = rf"(?:{SURNAME_PARTICLE}|Ní|Mac|Mc)"
# Two to four words: "Nguyễn Thị Thu Hà" and "María José García López" run to four.
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}"
# "Lady Justice Okafor-Grant", "Mr Justice Hale", "Judge Rees": a judge is named by title and
# surname alone, and a grader takes the surname for the whole.
_JUDGE_TITLE = r"(?:(?:Lord|Lady|Mr|Mrs|Ms)\s+Justice|Justice|Judge)"
_JUDGE = rf"{_JUDGE_TITLE}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?"
_HONORIFIC = (
    r"(?:(?:"
    + "|".join(re.escape(title) for title in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?\s+)?"
)
# "Rajiv Menon KC", "Ann Lee MP": letters after a name, no part of it (person_names).
_LETTERS_AFTER = rf"(?:\s+{POST_NOMINAL.pattern})?"
# A verb phrase's first word: an auxiliary, or a verb in the past or the present.
_VERB = (
    r"(?:(?:will|would|has|have|had|is|was|did|does|also|then|later|now|still)\s+(?:not\s+)?)*"
    rf"(?!(?:has|had|was|is|will|would)\b)[{SMALL}]{{2,}}(?:ed|s)\b"
    rf"|(?:will|would|has|have|had|is|was|did|does)\s+(?:not\s+)?[{SMALL}]{{2,}}\b"
)
_KNOWN_VERB = re.compile(
    r"(?:won|led|ran|took|gave|made|became|began|came|went|wrote|beat|met|left|held|told|"
    r"found|lost|saw|set|hit|struck|scored|shot|quit|stood|fell|rose|built|bought|sold|paid|"
    r"sent|spent|kept|brought|taught|grew|chose|drove|sought|fought)\b"
)
# "Your predecessor, Graham Lowe, resigned": the role the clause opens with.
_LEAD = (
    r"(?:[Tt]he|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+"
    rf"(?:[{SMALL}][\w’'-]*\s+){{0,3}}(?:predecessor|successor|[{SMALL}]+(?:er|or|ist|ian|ant|ent))"
)
# What an appositive opens with: an age, a description, or where the person is from.
_ASIDE = r"(?:\d{1,3}|the|a|an|of|from|who|whose)\b[^,;:]{0,80}"
_APPOSITIVE_SUBJECT = re.compile(
    # (after a transcript's speaker label at most: "HOST: Your predecessor, ...")
    rf"^(?:[{CAPITAL}][{CAPITAL} .'’-]+:\s+)?(?:(?P<lead>{_LEAD}),\s+)?"
    rf"(?P<title>(?:[{CAPITAL}][\w’'.-]*\s+){{0,3}}?){_HONORIFIC}"
    rf"(?P<name>{_JUDGE}|{_NAME}){_LETTERS_AFTER},\s+(?:(?P<aside>{_ASIDE}),\s+)?"
    rf"(?P<verb>{_VERB}|{_KNOWN_VERB.pattern})"
)
_RELATIVE = re.compile(
    rf"(?<![\w’'-]){_HONORIFIC}(?P<name>{_JUDGE}|{_NAME}){_LETTERS_AFTER},\s+who\s+(?P<verb>{_VERB}|{_KNOWN_VERB.pattern})"
)
# "Police named the man who died as Donal Reid, 74": who the one described is.
_NAMED_AS = re.compile(
    rf"\b(?:named|identified)\s+(?P<described>the\s+[{SMALL}][\w’'-]*\s+(?:[\w’'-]+\s+){{0,10}}?)as\s+"
    rf"{_HONORIFIC}(?P<name>{_NAME})(?=[,.;]|\s*$)"
)
# "Giving the lead judgment, Lady Justice Hale said": what the one who speaks did as they
# spoke, asked "Who gave the lead judgment?". Only acts that say something of the person
# ("Speaking to reporters" does not).
_DOING = {
    "Giving": "gave",
    "Delivering": "delivered",
    "Handing down": "handed down",
    "Passing": "passed",
    "Opening": "opened",
    "Closing": "closed",
    "Announcing": "announced",
    "Launching": "launched",
    "Presenting": "presented",
    "Unveiling": "unveiled",
    "Introducing": "introduced",
    "Summing up": "summed up",
    "Chairing": "chaired",
    "Leading": "led",
    "Tabling": "tabled",
    "Proposing": "proposed",
    "Moving": "moved",
    "Outlining": "outlined",
    "Setting out": "set out",
    "Publishing": "published",
}
# A judge named by title and surname is answered as written: "Lady Justice Hale".
_JUDGE = r"(?:(?:Lord|Lady|Mr|Mrs|Ms)\s+Justice|Judge|Justice|Recorder|Sheriff)"
_DOING_OPENER = re.compile(
    r"^(?P<doing>"
    + "|".join(sorted(_DOING, key=len, reverse=True))
    + r")\s+(?P<what>[^,;:“”\"]{3,60}?),\s+"
    rf"(?:(?P<judge>{_JUDGE}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)|{_HONORIFIC}(?P<name>{_NAME}))"
    r"(?:,\s+[^,;:“”\"]{2,80},)?\s+(?:said|says|told|wrote|added|warned|argued)\b"
)
# "In mitigation, Ruth Kemp, for Dolan, said": the lawyer who spoke for a party in court, as
# court reports set it off after the name ("Ruth Kemp, prosecuting, said").
_COUNSEL = re.compile(
    rf"^(?:(?P<when>(?:In|At)\s+[{SMALL}][\w\s]{{2,30}}?),\s+|(?P<opening>Prosecuting|Defending),\s+)?"
    rf"{_HONORIFIC}(?P<name>{_NAME}){_LETTERS_AFTER},?\s+"
    r"(?:(?P<side>for\s+(?:the\s+)?(?:prosecution|defence|defense|Crown|"
    rf"[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'-]+)?)|prosecuting|defending),\s+)?"
    r"(?:said|told|argued|added|submitted)\b"
)
_SIDES = {"prosecuting": "for the prosecution", "defending": "for the defence"}
# Words a clause does not end on: "has been acting chief executive since" lost its object.
_DANGLING = re.compile(
    r"\b(?:since|of|for|to|by|with|from|in|on|at|the|a|an|and|or|as|than|that|his|her|its|there|here|it|them)$"
)
# Where the clause the verb phrase is in ends.
_CLAUSE_END = re.compile(
    r"\s*[,;:(—–]|\s+-\s|\s+(?:after|before|following|because|since|although|though|while|"
    r"when|whereas|but|and\s+(?:he|she|they|it|his|her|their|was|is|had|has))\s|[.!?]?\s*$"
)
# Words of a team's or a body's name: "Kilbride Athletic, who beat ..." is no person.
_BODY_WORDS = frozenset(
    {"Athletic", "Rovers", "United", "City", "Town", "Wanderers", "Albion", "Rangers",
     "FC", "Celtic", "County", "Ltd", "Group", "Police", "Party", "Trust", "Agency"}
)  # fmt: skip
_NOT_PERSON = ORGANISATION_WORDS | TITLE_WORDS | HONORIFICS | OCCUPATION_WORDS | MILITARY_RANKS
# A name after a preposition is its object, not the subject of the verb after it: in "a lead
# for Jo Reed is inside the margin" the lead is inside it, not Reed. (Fixed-width
# look-behinds, one a preposition.)
_OBJECT_OF = ")(?<!".join(
    rf"\b{word}\s" for word in ("for", "of", "to", "with", "by", "from", "against", "over", "about")
)
# Shortest and longest verb phrase worth a card: "Who resigned?" says too little to learn.
_MIN_WORDS = 3
_MAX_WORDS = 16


def unasked_actor_facts(sentence: str, named_in_full: list[str]) -> list[SentenceFact]:
    """The people ``sentence`` says did something, each with the question "Who <verb
    phrase>?". ``named_in_full`` are the people the article writes in full and by surname,
    who may act in any clause; others only in the forms that show they are people."""
    facts: list[SentenceFact] = []
    found = [_APPOSITIVE_SUBJECT.match(sentence)]
    if found[0] is not None and not (found[0].group("lead") or found[0].group("aside")):
        found = []  # "Graham Lowe, resigned": no sign the name is a person's
    found += list(_RELATIVE.finditer(sentence))
    for name in named_in_full:
        found += list(
            re.finditer(
                rf"(?<![\w’'-])(?<!{_OBJECT_OF}){re.escape(name)}\s+"
                rf"(?P<verb>{_VERB}|{_KNOWN_VERB.pattern})",
                sentence,
            )
        )
    doing = _DOING_OPENER.match(sentence)
    if doing:
        name = doing.group("judge") or core_name(doing.group("name") or "")
        # "Judge Fairweather" is Imogen Fairweather where the article names her in full.
        name = next((full for full in named_in_full if full.split()[-1] == name.split()[-1]), name)
        what = " ".join(doing.group("what").split())
        if doing.group("judge") or a_person(name):
            start = doing.start("judge") if doing.group("judge") else doing.start("name")
            prompt = f"Who {_DOING[doing.group('doing')]} {what}?"
            facts.append(SentenceFact("name", name, start, start + len(name), "who", MAIN, prompt))
    counsel = _COUNSEL.match(sentence)
    if (
        counsel
        and (counsel.group("side") or counsel.group("opening"))
        and a_person(core_name(counsel.group("name")))
    ):
        name = core_name(counsel.group("name"))
        side = counsel.group("side") or counsel.group("opening").lower()
        side = _SIDES.get(side, side)
        when = counsel.group("when") or ""
        when = f" {when[:1].lower()}{when[1:]}" if when else ""
        prompt = f"Who spoke {side}{when}?"
        # Where the party is another card's answer: a plea in mitigation is the defendant's.
        other = "Who spoke for the defendant in mitigation?" if "mitigation" in when else None
        start = counsel.start("name")
        facts.append(
            SentenceFact("name", name, start, start + len(name), "who", MAIN, prompt, other)
        )
    for named in _NAMED_AS.finditer(sentence):
        name = core_name(named.group("name"))
        described = named.group("described").strip()
        if a_person(name) and len(described.split()) <= _MAX_WORDS:
            start = named.start("name")
            prompt = f"Who was {described}?"
            facts.append(SentenceFact("name", name, start, named.end(), "who", MAIN, prompt))
    for match in found:
        if match is None:
            continue
        written = _name_in(match)
        name = written if re.match(_JUDGE_TITLE, written) else core_name(written)
        if not (a_person(name) or name is written):
            continue
        asked = _who(sentence[match.start("verb") :])
        if asked is None:
            continue
        start = match.start("name") if "name" in match.re.groupindex else match.start()
        facts.append(SentenceFact("name", name, start, start + len(name), "who", MAIN, asked))
    return facts


def _name_in(match: re.Match[str]) -> str:
    if "name" in match.re.groupindex:
        return match.group("name")
    return match[0][: match.start("verb") - match.start()].strip()


def a_person(name: str) -> bool:
    """Whether ``name`` reads as a person's: two words or more, none a body's or a title's."""
    words = name.split()
    return len(words) >= 2 and not any(
        word in _NOT_PERSON or word in _BODY_WORDS or word.endswith(("’s", "'s")) for word in words
    )


def _who(verb_phrase: str) -> str | None:
    """ "Who <the verb phrase up to its clause's end>?", or None when that says too little
    or too much."""
    phrase = clause_verb_phrase(verb_phrase)
    return None if phrase is None else f"Who {phrase}?"


def clause_verb_phrase(text: str, shortest: int = _MIN_WORDS) -> str | None:
    """The verb phrase ``text`` opens with, up to its clause's end, or None when that says
    too little (fewer than ``shortest`` words) or too much."""
    end = _CLAUSE_END.search(text)
    phrase = text[: end.start() if end else len(text)].strip()
    words = phrase.split()
    if not shortest <= len(words) <= _MAX_WORDS:
        return None
    # "Who did something candidates rarely do?": a verb whose object says nothing.
    if re.match(rf"[{SMALL}]+\s+(?:something|nothing|anything|this|that|so)\b", phrase):
        return None
    # "Who said he ...?": what they said is a quotation's card, and "he" asks nothing.
    if re.match(r"(?:said|says|told|added|noted)\b", phrase) or _DANGLING.search(phrase):
        return None
    return phrase


# What main_doers.py reads its forms with.
HONORIFIC = _HONORIFIC
NAME = _NAME
VERB = _VERB
KNOWN_VERB = _KNOWN_VERB.pattern
