"""Who takes which post: appointments and successions in the forms newsrooms write them.

A reshuffle, a boardroom change or an election story says who moves where in a handful of
shapes, and each is asked "who" with a short question that names the post, never the
sentence around it:

- the person as the subject: "Marcus Delaney becomes foreign secretary", "Helen Marsh was
  promoted to the cabinet as culture secretary", "Kenneth Rowe returned to government as
  minister for veterans", "Jane Roe was named chief executive", "Jane Roe, who was sworn in
  as mayor on Monday," and "Jane Roe succeeds Tom Bell as chair" ("Who becomes foreign
  secretary?", "Who succeeds Tom Bell as chair?");
- the one who goes first: "He is replaced at No 11 by Priya Venkatesh", "Tom Bell steps down
  as chair and is succeeded by Jane Roe", "She will be replaced by Jane Roe";
- the post that passes on: "Her old job goes to Tom Ashworth", "whose own post passes to
  Simon Faraday";
- the one who appoints: "The board appointed Jane Roe as its chief financial officer".

The one replaced ("He", "Her old job", "whose") is the person the text names nearby, by the
pronoun resolution quotations use (person_names.resolve_pronoun). Where the article gives
that person a post ("Priya Venkatesh, the 44-year-old business secretary"; "Marcus Delaney,
who has been chancellor since July 2024"), the question asks who takes that post ("Who
becomes business secretary?"); otherwise who replaces them, by name, for finishing.py to
hide behind how the deck describes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.find_people import (
    HONORIFICS,
    ORGANISATION_WORDS,
    SURNAME_PARTICLE,
    TITLE_WORDS,
)
from trainer.core.authoring.find_role_appositives import ROLE_HEADS
from trainer.core.authoring.letters import CAPITAL, NAME_WORD, SMALL
from trainer.core.authoring.named_in_full import full_name_of, people_named_in_full
from trainer.core.authoring.person_names import core_name, full_name, resolve_pronoun
from trainer.core.calendar_words import WEEKDAY_NAMES


@dataclass(frozen=True, slots=True)
class FoundAppointment:
    """One person taking a post: the question, its answer and the sentence that says it."""

    name: str
    prompt: str
    sentence: str
    line: int
    # The post taken, where the sentence names it ("foreign secretary").
    post: str | None
    # "Jane Roe as its chief executive": words other prompts name the person by, hidden
    # there whole, so "The board named … as its chief executive on what date?" does not
    # name the post twice.
    written: tuple[str, ...] = ()
    # "Tom Bell resigned as chair": the one who leaves the post.
    leaves: bool = False


# Posts a person is appointed to that no appositive finder needs: "elected speaker".
_MORE_HEADS = (
    r"speaker|coach|captain|dean|rector|provost|bishop|archbishop|clerk|registrar|brigadier"
    r"|admiral|colonel|marshal|ombudsman|regulator|trustee|ceo|cfo|coo"
)
_CALENDAR = "|".join((*MONTHS, *WEEKDAY_NAMES))
_WORD = NAME_WORD
# ("When Jane Roe was sworn in as ...": the word opening a clause is no part of the name.)
_NAME = (
    r"(?!(?:When|After|Before|Since|Once|Until|While|As|If|Although|Though|Because)\s)"
    rf"{_WORD}(?:\s+(?:{SURNAME_PARTICLE}\s+)?{_WORD}){{0,3}}"
)
# The words a post is made of: a few qualifiers, a head ("secretary", "chief executive",
# "minister") and what it is of or for ("minister for veterans", "chair of the board").
_POST = (
    rf"(?:(?:the|its|their|his|her|[{CAPITAL}][\w-]*[’']s)\s+)?"
    rf"(?:(?!(?:and|or|who|which|that|after|before|in|on|at|to|as|of|for|by)\b)[{CAPITAL}{SMALL}][\w-]*\s+){{0,3}}?"
    # ("director-general", "editor-in-chief")
    rf"(?i:{ROLE_HEADS}|{_MORE_HEADS})(?:-[{SMALL}]+){{0,2}}"
    # ("chief executive in January": when, no part of the post)
    rf"(?:\s+(?:of|for|at|to|in)\s+(?!(?:{_CALENDAR})\b)(?:the\s+)?[{CAPITAL}{SMALL}][\w’'&-]*"
    r"(?:\s+(?:and\s+|of\s+(?:the\s+)?)?(?!(?:in|on|at|from|after|before|last|this|next|with|"
    rf"when|while|until|since|a|an)\b)[{CAPITAL}{SMALL}][\w’'&-]*){{0,4}}?)?"
)
# Where a post's words end: a comma, the sentence's end, or a word that starts a date, a
# reason or another clause ("chief executive in May", "chair after a vote").
_POST_END = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|from|after|before|last|this|next|with|when|while|"
    r"and|but|by|until|since|following|effective|replacing|succeeding|who|which|yesterday|today|"
    r"tomorrow|tonight|[-–—])\b)"
)
_AS_POST = rf"(?P<post>{_POST}){_POST_END}"
# Verbs whose subject takes the post after them.
_TAKES = (
    r"(?:becomes|became|has\s+become|have\s+become|will\s+become|would\s+become|"
    r"is\s+(?:set\s+|due\s+)?to\s+become|"
    r"(?:takes|took|will\s+take|has\s+taken)\s+over\s+as|"
    r"(?:steps|stepped|will\s+step|has\s+stepped)\s+(?:up|in)\s+as|"
    rf"(?:returns|returned|has\s+returned|will\s+return)\s+(?:to\s+(?:the\s+)?[{SMALL}]+\s+)?as|"
    rf"(?:joins|joined|has\s+joined|will\s+join)\s+(?:the\s+[{SMALL}]+\s+)?as|"
    r"(?:is|was|has\s+been|have\s+been|had\s+been|will\s+be|is\s+to\s+be|would\s+be)\s+"
    r"(?:formally\s+|also\s+|now\s+)?"
    # "was promoted to brigadier"; "promoted to the cabinet as ..." is read below.
    rf"(?:(?:promoted|elevated)\s+to(?!\s+(?:the\s+)?[{SMALL}]+\s+as\b)|"
    r"named|appointed|elected|re-elected|reappointed|made|sworn\s+in|confirmed|installed|"
    r"chosen|nominated|promoted|selected|picked|drafted\s+in|brought\s+in)"
    rf"(?:\s+(?:to|into)\s+(?:the\s+)?[{SMALL}]+(?=\s+as\b))?(?:\s+as)?)"
)
# An aside between a name and its verb: ", who has been chancellor since July 2024,".
_ASIDE = r"(?:,\s+[^,;“”\"]{2,80}){0,2},?"
# Verbs whose subject leaves the post after them.
_LEAVES = (
    r"(?:resigns|resigned|has\s+resigned|will\s+resign|is\s+to\s+resign|quits|quit|"
    r"has\s+quit|will\s+quit|(?:steps|stepped|will\s+step|has\s+stepped|is\s+stepping|"
    r"is\s+to\s+step)\s+down|(?:retires|retired|will\s+retire|is\s+retiring)|"
    r"(?:was|has\s+been|had\s+been|is\s+to\s+be|will\s+be)\s+(?:sacked|fired|dismissed|"
    r"ousted|removed|suspended))\s+as"
)
_SUBJECT_LEAVES = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME}){_ASIDE}\s+(?:also\s+|now\s+|then\s+)?"
    rf"(?P<verb>{_LEAVES})\s+{_AS_POST}"
)
# Verbs whose subject takes the post of the person after them.
_FOLLOWS = (
    r"(?:succeeds|succeeded|will\s+succeed|is\s+to\s+succeed|replaces|replaced|will\s+replace|"
    r"is\s+replacing|is\s+to\s+replace|(?:takes|took|will\s+take|has\s+taken)\s+over\s+from|"
    # "Jane Roe has been chosen to succeed Tom Bell as chair".
    r"(?:is|was|has\s+been|have\s+been)\s+(?:chosen|picked|selected|named|tapped|nominated)\s+"
    r"to\s+(?:succeed|replace))"
)
_SUBJECT_TAKES = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME}){_ASIDE}\s+(?:also\s+|now\s+|then\s+|later\s+)?"
    rf"(?P<verb>{_TAKES})\s+{_AS_POST}"
)
_RELATIVE_TAKES = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME}),\s+who\s+(?P<verb>{_TAKES})\s+{_AS_POST}"
)
_SUCCEEDED = re.compile(rf"\b{_FOLLOWS}\s+$")
_SUBJECT_FOLLOWS = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME}){_ASIDE}\s+(?P<verb>{_FOLLOWS})\s+"
    rf"(?P<before>{_NAME}|him|her)(?:\s+as\s+{_AS_POST})?(?![\w’'-])"
)
# "He is replaced at No 11 by Priya Venkatesh", "Tom Bell steps down as chair and will be
# succeeded by Jane Roe".
_REPLACED_BY = re.compile(
    rf"(?<![\w’'-])(?P<before>He|She|he|she|{_NAME})"
    r"(?:\s+(?:steps|stepped|will\s+step|is\s+stepping|has\s+stepped)\s+down\s+as\s+"
    rf"(?P<old>{_POST})(?:\s+(?:on|in|at|last|this|yesterday|today)\b[^,;]{{0,30}}?)?,?\s+and)?"
    r"\s+(?P<aux>is|was|will\s+be|has\s+been|had\s+been|is\s+to\s+be|would\s+be)\s+"
    r"(?P<verb>replaced|succeeded)(?P<where>\s+(?:at|as|in)\s+[^,;]{1,40}?)?"
    rf"\s+by\s+(?P<name>{_NAME})(?![\w’'-])"
)
# "Her old job goes to Tom Ashworth", "whose own post passes to Simon Faraday".
_POST_PASSES = re.compile(
    r"(?<![\w’'-])(?P<owner>[Hh]is|[Hh]er|[Ww]hose)\s+(?:old\s+|own\s+|former\s+|vacated\s+)*"
    r"(?:job|post|role|seat|position|portfolio|brief)\s+"
    r"(?P<verb>goes|went|passes|passed|will\s+go|will\s+pass|is\s+going|has\s+gone|"
    r"has\s+passed)\s+to\s+"
    rf"(?P<name>{_NAME})(?![\w’'-])"
)
# ", 47, a civil engineer,": an age and a description between the one appointed and "as".
_APPOINTED_ASIDE = r"(?:,\s+(?:\d{1,3}|(?:an?|the)\s+[^,;“”\"]{2,60})){1,2},"
# "The board appointed Jane Roe as its chief financial officer".
_APPOINTS = re.compile(
    rf"(?:^|,\s+|\b(?:and|after|when|while|before|since)\s+)(?P<actor>(?:[Tt]he\s+)?(?:[{CAPITAL}{SMALL}][\w’'-]*\s+){{0,4}}?[{CAPITAL}{SMALL}][\w’'-]*)\s+"
    r"(?:(?P<aux>has|have|had|will)\s+)?"
    r"(?P<verb>named|appointed|nominated|promoted|hired|installed|elected|confirmed|chose|chosen|"
    r"picked|"
    r"tapped|appoint|name|nominate|elect|choose|pick)\s+"
    # ("named Omar Feld chief executive": "as" may be left out; "named Omar Feld, 47, a
    # civil engineer, as its chief executive": an age or a description set off between)
    rf"(?P<name>{_NAME})(?:(?:\s+(?:as|to\s+be))?|{_APPOINTED_ASIDE}\s+as)\s+{_AS_POST}"
)
_BASE = {
    "named": "name",
    "appointed": "appoint",
    "nominated": "nominate",
    "promoted": "promote",
    "hired": "hire",
    "installed": "install",
    "elected": "elect",
    "chose": "choose",
    "chosen": "choose",
    "picked": "pick",
    "tapped": "tap",
    "confirmed": "confirm",
}
_PARTICIPLE = {"chose": "chosen", "choose": "chosen"}
# "Nobody becomes chair", "The committee becomes ...": no person's name.
_NOT_PERSON = (
    ORGANISATION_WORDS
    | TITLE_WORDS
    | HONORIFICS
    | frozenset(MONTHS)
    | frozenset(WEEKDAY_NAMES)
    | frozenset(
        {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before",
         "While", "But", "And", "This", "That", "It", "He", "She", "They", "We", "I", "His",
         "Her", "Their", "Its", "Our", "As", "If", "When", "Under", "Of", "To", "Yet", "So",
         "Among", "Nobody", "Everyone", "Who", "Whoever", "Labour", "Conservatives", "Democrats",
         "Republicans", "Downing", "Street", "Westminster", "Whitehall", "Cabinet"}
    )
)  # fmt: skip
# The post a person holds, as the article introduces them: "Priya Venkatesh, the
# 44-year-old business secretary", "Marcus Delaney, who has been chancellor since ...".
_HOLDS = (
    r",\s+(?:who\s+(?:has\s+been|had\s+been|is|was)\s+)?"
    r"(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?:former|outgoing|current|incumbent|serving|then|long-serving|veteran|"
    rf"\d+-year-old|[{SMALL}]+-year-old)\s+)*"
    rf"(?P<post>{_POST}){_POST_END}"
)
_WHEN_AFTER_ACTOR = re.compile(
    rf"\s+(?:on\s+[{CAPITAL}][{SMALL}]+day|yesterday|today|last\s+(?:week|month|night)|this\s+week)$"
)
_WAS = frozenset({"succeeded", "replaced", "took", "has"})


def find_appointments(article: Article, names: list[str]) -> list[FoundAppointment]:
    """Every appointment and succession the article states, in reading order. ``names``
    are the people the draft has found with a role, for "he" and "her old job"."""
    text = "\n".join(article.lines)
    known = [*names, *people_named_in_full(text)]
    found: list[FoundAppointment] = []
    for number, line in enumerate(article.lines, start=1):
        for begin, end in sentence_spans(line):
            sentence = line[begin:end]
            context = "\n".join(article.lines[: number - 1]) + "\n" + line[:begin]
            found += _in_sentence(sentence, number, context, text, known)
    return found


def _in_sentence(
    sentence: str, number: int, context: str, text: str, known: list[str]
) -> list[FoundAppointment]:
    found: list[FoundAppointment] = []
    taken: set[str] = set()

    def add(name: str | None, prompt: str, post: str | None, written: str = "") -> None:
        if name is None or name in taken:
            return
        taken.add(name)
        forms = (written,) if written else ()
        found.append(FoundAppointment(name, _tidy(prompt), sentence, number, post, forms))

    for match in (*_SUBJECT_TAKES.finditer(sentence), *_RELATIVE_TAKES.finditer(sentence)):
        post = _post(match.group("post"))
        if post is None or _SUCCEEDED.search(sentence, 0, match.start()):
            # "X succeeds Y, who has been appointed ...": the predecessor's next post is
            # asked of them as X's predecessor (find_profiles.py).
            continue
        verb = " ".join(match.group("verb").split())
        add(_person(match.group("name"), text), f"Who {verb} {post}?", post)
    for match in _SUBJECT_LEAVES.finditer(sentence):
        post = _post(match.group("post"))
        if post is not None and not _REPLACED_BY.search(sentence):
            verb = " ".join(match.group("verb").split())
            name = _person(match.group("name"), text)
            if name is not None and name not in taken:
                taken.add(name)
                prompt = _tidy(f"Who {verb} {post}?")
                found.append(FoundAppointment(name, prompt, sentence, number, post, leaves=True))
    for match in _SUBJECT_FOLLOWS.finditer(sentence):
        before = _before(match.group("before"), sentence[: match.start()], context, text, known)
        if before is None:
            continue
        post = _post(match.group("post")) if match.group("post") else None
        post = post or held_post(before, text)
        if post is None:
            continue  # "Whom does X succeed?" is find_profiles' question
        words = match.group("verb").split()
        # "has been chosen to succeed": the post is still to be taken.
        ahead = words[0] in ("will", "is") or words[-2:-1] == ["to"]
        tense = "will be" if ahead else ("was" if words[0] in _WAS else "is")
        add(_person(match.group("name"), text), f"Who {_become(tense)} {post}?", post)
    for match in _REPLACED_BY.finditer(sentence):
        before = _before(match.group("before"), sentence[: match.start()], context, text, known)
        if before is None:
            continue
        where = " ".join((match.group("where") or "").split())
        post = _post(where[3:]) if where.startswith("as ") else None
        post = post or (_post(match.group("old")) if match.group("old") else None)
        post = post or held_post(before, text)
        aux = " ".join(match.group("aux").split())
        name = _person(match.group("name"), text)
        # Without the post, the question would name the one replaced, who is often another
        # card's answer: the author asks it.
        if post:
            add(name, f"Who {_become(aux)} {post}?", post)
    for match in _POST_PASSES.finditer(sentence):
        owner = match.group("owner")
        if owner.casefold() == "whose":
            holder = _last_name(sentence[: match.start()], text)
        else:
            holder = _resolved(owner, sentence[: match.start()], context, text, known)
        if holder is None:
            continue
        verb = " ".join(match.group("verb").split())
        tense = "will be" if verb.startswith("will") else ("was" if verb in _PAST else "is")
        post = held_post(holder, text)
        if post:
            # "Her old job goes to Tom Ashworth, until now ..." reads in another prompt as
            # "The new business secretary, until now ...": "her" stands for no one there.
            whole = match.group(0) if owner.casefold() != "whose" else ""
            prompt = f"Who {_become(tense)} {post}?"
            add(_person(match.group("name"), text), prompt, post, whole)
    for match in _APPOINTS.finditer(sentence):
        actor = match.group("actor")
        if actor.split()[0] in ("He", "She", "he", "she", "It", "it", "They", "they", "Who"):
            continue
        if re.search(r"\b(?:was|were|is|are|been|be)$", actor):
            continue  # "Jane Roe was named ..." is the subject form's
        post = _post(match.group("post"), owner=actor)
        if post is None:
            continue
        asked = " ".join(match.group("post").split())
        verb, aux = match.group("verb"), match.group("aux")
        actor = actor[0].lower() + actor[1:] if actor.startswith("The ") else actor
        # "President Dana Whitlock on Tuesday nominated": when is the date card's question.
        actor = _WHEN_AFTER_ACTOR.sub("", actor)
        if _a_person(actor, known):
            # "President-elect Jane Morrow named John Dalby as her chief of staff": who
            # appoints is often another card's answer, so the question leaves them out.
            done = _DONE.get(verb, verb if verb.endswith("ed") else f"{verb}ed")
            post_words = re.sub(r"^(?:her|his|their)\s+", "", asked)
            prompt = f"Who {'will be' if aux == 'will' else 'was'} {done} as {post_words}?"
        elif aux in ("has", "have", "had"):
            prompt = f"Who {aux} {actor} {_PARTICIPLE.get(verb, verb)} as {asked}?"
        else:
            prompt = f"Who {'will' if aux else 'did'} {actor} {_BASE.get(verb, verb)} as {asked}?"
        written = sentence[match.start("name") : match.end("post")]
        add(_person(match.group("name"), text), prompt, post, written)
    return found


_PAST = frozenset({"went", "passed", "has gone", "has passed"})
_DONE = {
    "chose": "chosen",
    "choose": "chosen",
    "pick": "picked",
    "name": "named",
    "appoint": "appointed",
    "nominate": "nominated",
    "elect": "elected",
}
_ADVERB_AFTER_ACTOR = re.compile(r"\s+(?:also|then|later|now|formally|quickly|swiftly)$")


def _a_person(actor: str, known: list[str]) -> bool:
    """Whether the one who appoints is a person the article names ("Morrow also")."""
    words = _ADVERB_AFTER_ACTOR.sub("", actor).split()
    return any(words[-1] == name.split()[-1] for name in known if len(name.split()) > 1)


def _become(aux: str) -> str:
    if aux.startswith(("will", "would", "is to")):
        return "will become"
    return "becomes" if aux == "is" else "became"


def described_by_post(post: str, leaves: bool = False) -> str:
    """How a prompt names the one who takes ``post``: "the new chancellor", "Northgate
    Bank’s new chief executive"; or who leaves it: "the outgoing chair"."""
    if leaves:
        return f"the outgoing {post}"
    owner = re.match(r"(?P<owner>.+[’']s)\s+(?P<post>.+)", post)
    new = "" if re.match(r"(?:new|next|incoming)\s", post) else "new "
    if owner:
        new = "" if re.match(r"(?:new|next|incoming)\s", owner.group("post")) else "new "
        return f"{owner.group('owner')} {new}{owner.group('post')}"
    return f"the {new}{post}"


def held_post(name: str, text: str) -> str | None:
    """The post the article says ``name`` holds or held when it introduces them ("the
    44-year-old business secretary", "who has been chancellor"): the first one written."""
    for form in (name, name.split()[-1]):
        for match in re.finditer(rf"(?<![\w’']){re.escape(form)}{_HOLDS}", text):
            post = _post(match.group("post"))
            if post is not None:
                return post
    # "the housing secretary, Gareth Mullin": the post before the name.
    for match in re.finditer(rf"{_HELD_BEFORE}{re.escape(name)}(?![\w’'])", text):
        post = _post(match.group("post"))
        if post is not None:
            return post
    return None


_HELD_BEFORE = (
    r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s+(?:(?:former|outgoing|current|incumbent|then)\s+)?"
    rf"(?P<post>{_POST}),\s+"
)


def _post(words: str, owner: str | None = None) -> str | None:
    """The post as a question names it: no "the", "its" made whose it is."""
    post = " ".join(words.split()).rstrip(" ,.")
    first = post.split(" ", 1)[0]
    if first in ("its", "their") and owner:
        return f"{_owner(owner)} {post.split(' ', 1)[1]}"
    if first in ("the", "his", "her", "its", "their"):
        post = post.split(" ", 1)[1] if " " in post else ""
    return post or None


def _owner(actor: str) -> str:
    # "the utility's board named X as its chief executive": "its" is the utility's.
    possessor = re.fullmatch(rf"(?P<owner>.+?[’']s)\s+(?:[{SMALL}]+\s+)?[{SMALL}]+", actor)
    if possessor:
        return possessor.group("owner")
    body = re.sub(r"^[Tt]he\s+", "", actor)
    return f"the {body}’s" if actor[:3].casefold() == "the" else f"{body}’s"


def _person(written: str, text: str) -> str | None:
    """The full name of the person ``written`` names, or None when it names no one."""
    # "Ukraine's Volodymyr Zelensky": whose person it is, no part of the name.
    words = written.split()
    while len(words) > 2 and words[0].endswith(("’s", "'s")):
        words = words[1:]
    name = core_name(" ".join(words))
    words = name.split()
    # "Coach Liam Murphy": an occupation capitalised before the name.
    if len(words) > 2 and re.fullmatch(rf"(?i:{ROLE_HEADS}|{_MORE_HEADS})", words[0]):
        words = words[1:]
        name = " ".join(words)
    if any(word in _NOT_PERSON or word.endswith(("’s", "'s")) for word in words):
        return None
    if len(words) == 1:
        return full_name_of(name, text) or full_name(name, text)
    return name


def _before(written: str, preceding: str, context: str, text: str, known: list[str]) -> str | None:
    """The full name of the person replaced: a name, or "he"/"him" resolved."""
    if written.casefold() in ("he", "she", "him", "her"):
        return _resolved(written, preceding, context, text, known)
    return _person(written, text)


def _resolved(
    pronoun: str, preceding: str, context: str, text: str, known: list[str]
) -> str | None:
    """Whom a pronoun means: a person named earlier in its sentence, else the one the text
    was last about (person_names.resolve_pronoun)."""
    named = _last_name(preceding, text)
    if named is not None:
        return named
    word = "she" if pronoun.casefold() in ("she", "her") else "he"
    resolved = resolve_pronoun(word, context, known, text)
    return _person(resolved, text) if resolved else None


def _last_name(preceding: str, text: str) -> str | None:
    """The last person ``preceding`` names (the one "whose" stands for)."""
    for match in reversed(list(re.finditer(rf"(?<![\w’'-]){_NAME}", preceding))):
        name = _person(match.group(0), text)
        if name is not None:
            return name
    return None


def _tidy(prompt: str) -> str:
    return re.sub(r"\s+", " ", prompt).replace(" ?", "?")
