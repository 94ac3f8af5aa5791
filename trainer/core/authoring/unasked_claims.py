"""A short claim a body sentence states with nothing asked of it: the catch-all for claims
after the finders, the sentence coverage pass and the unasked names have drafted.

A marker keys a decision, a recommendation or a finding as a short phrase in the article's
words ("leave the rate unchanged", "extend the closure to the whole North Sea", "Hesper is
a loose pile of rubble"); the finders each read one verb, so the next article's wording
slips past. Here three forms are read whatever the verb, and kept out of junk by what the
subject and the answer are:

- a deed chosen, with its verb before "to": "Two members preferred to leave the rate
  unchanged" asks "What did two members prefer to do?" ("leave the rate unchanged"); "The
  board urged the Ferrow Council to publish its accounts" asks "What did the board urge the
  Ferrow Council to do?";
- a duty: "Each council should set up a flood fund for small firms" asks "What should each
  council do?" ("set up a flood fund for small firms");
- a finding: "The survey confirms that the lake is a flooded crater" asks "What does the
  survey confirm?" ("the lake is a flooded crater").

The answer runs from the verb (or the finding's subject) to the clause's end, cut before a
trailing clause or modifier ("..., which", "paid through ...", "with the power to ...") and
never longer than a marker writes. The subject is a noun phrase as written, never a pronoun
("They agreed to ..." names no one). One card a sentence, only where no card is drafted.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.named_in_full import people_named_in_full
from trainer.core.authoring.person_names import resolve_pronoun
from trainer.core.authoring.questions import MAX_WORDS
from trainer.core.authoring.sentence_coverage import card_budget
from trainer.core.authoring.unasked_names import (
    body_line,
    drafted_from,
    fold_text,
    new_text_card,
)

# A marker's short answer: a phrase, never a retold sentence; its length counted in the
# words that carry content ("the whole of the North Sea" is three).
_MOST_ANSWER_WORDS = 10
_LEAST_ANSWER_WORDS = 2
_SMALL_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by"})
# Words before a subject that open its clause: the sentence's start, an ordinal lead-in
# ("Second, each country should ..."), or a reported clause ("said that", "said").
_LEAD_IN = re.compile(
    r"^(?:(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Also|Instead|Meanwhile|However"
    r"|Crucially|Separately|Similarly|Above\s+all|In\s+addition)\s*,\s+"
    # "By tracking the orbit, the team ...", "In nine cases, investigators ...".
    r"|(?:In|On|At|By|After|Before|Under|For|From|With|Since|During|Following|Despite)\s"
    r"[^,]{1,50},\s+)"
)
# Words a noun phrase subject never holds: a verb, a joining word, a relative.
_NOT_IN_SUBJECT = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "may", "might", "should", "must", "do", "does", "did", "said",
        "says", "that", "which", "who", "whom", "whose", "when", "where", "if", "because",
        "while", "but", "not", "to", "also", "it", "they", "he", "she", "we", "you", "i",
        "there", "them", "him", "her", "us",
    }
)  # fmt: skip
# A subject that is only a pronoun or a pointer names no one.
_PRONOUNS = frozenset(
    {"it", "they", "he", "she", "we", "you", "i", "this", "that", "these", "those", "there",
     "one", "some", "others", "many", "most", "all", "both", "each", "who", "which"}
)  # fmt: skip
# Determiners and number words that open a subject in capitals only because they open
# the sentence.
_SMALL_OPENERS = frozenset(
    {
        "the", "a", "an", "each", "every", "all", "both", "some", "most", "many", "this",
        "these", "its", "their", "our", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "several", "other", "no",
    }
)  # fmt: skip
# One word of a subject: "Denmark, Sweden and Germany" is a list of them.
_SUBJECT_WORD = r"[\w'’&.-]+,?"
# A deed chosen: "preferred to leave", "has agreed to appoint", "voted to close".
_CHOSE = re.compile(
    r"\s+(?:(?P<aux>has|have|had)\s+)?(?:(?:also|unanimously|formally|finally|now|later)\s+)?"
    rf"(?P<verb>[{SMALL}]{{3,}}ed)\s+to\s+(?P<deed>[{SMALL}]{{2,}}\b)"
)
# ... or one asked of others: "urged the Ferrow Council to publish", "called on ministers to".
_ASKED = re.compile(
    r"\s+(?:(?P<aux>has|have|had|is|are|was|were)\s+)?(?P<verb>called\s+on|calls\s+on|calling\s+on|urging|urged|urges|asked|asks"
    r"|ordered|orders|told|instructed|directed|advised|encouraged|pressed|invited|required"
    rf"|requires)\s+(?P<whom>(?:the\s+)?[{CAPITAL}][\w'’&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[{CAPITAL}][\w'’&-]*"
    rf"|\s+[{SMALL}]+(?=\s+to\s)){{0,5}}|(?:the\s+|all\s+|its\s+|their\s+)?[{SMALL}]+s)\s+to\s+"
    rf"(?P<deed>[{SMALL}]{{2,}}\b)"
)
# A deed announced: "said it would hold", "says the ministry will publish", "said that
# they would not appeal" (the subject of "would" as written, a pronoun too).
_WILL_DO = re.compile(
    r"\s+(?P<said>said|says|announced|announces|confirmed|confirms|added|adds)\s+"
    # "said on Monday that", "said in a statement that": when or how, not what.
    rf"(?:(?:on\s+[{CAPITAL}][{SMALL}]+|yesterday|today|last\s+[{SMALL}]+|in\s+a\s+statement)\s+)?(?:that\s+)?"
    rf"(?P<who>it|they|he|she|we|(?:the|its|their|his|her)\s+[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*)?"
    rf"|[{CAPITAL}][\w'’&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[{CAPITAL}][\w'’&-]*){{0,4}})"
    r"\s+(?P<modal>would|will)\s+(?:(?:also|now|then|still|soon|shortly|first)\s+)?"
    rf"(?P<not>not\s+)?(?P<deed>[{SMALL}]{{2,}}\b)"
)
# ... or planned: "plans to open", "intends to sell", "expects to complete" (a present
# tense: "was expected to", "a scheme intended to" are no one's plan).
_PLANS = re.compile(
    rf"\s+(?P<verb>plans|intends|expects|aims|hopes|wants|proposes)\s+to\s+(?P<deed>[{SMALL}]{{2,}}\b)"
)
# A sentence opening on whom a pronoun reports: "He said ...", "She also told ...".
_PRONOUN_SPEAKER = re.compile(
    r"(?P<pronoun>He|She)(?=\s+(?:(?:also|later|then)\s+)?(?:said|says|added|announced"
    r"|confirmed|urged|called|told)\b)"
)
# A step put as a base-form verb after "that": "recommends that the board publish ...",
# "Chief among them is that the department publish ...".
_THAT_DO = re.compile(
    r"\b(?P<lead>recommends|recommend|recommended|proposes|proposed|urges|urged|insists"
    r"|insisted|demands|demanded|asks|asked|requires|required|is|was)\s+that\s+"
    rf"(?P<who>(?:[Tt]he|[Ee]ach|[Ee]very|[Aa]ll|[Ii]ts|[Tt]heir)\s+[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*)?"
    rf"|(?:the\s+)?[{CAPITAL}][\w'’&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[{CAPITAL}][\w'’&-]*){{0,4}})"
    rf"\s+(?P<not>not\s+)?(?P<deed>[{SMALL}]{{2,}})\b"
)
# What makes "them" in "Chief among them is that ..." steps someone should take.
_RECOMMENDING = re.compile(r"(?i)\b(?:recommend|proposal|demand|request)")
# A past a finite clause after "is that" may hold: "is that the gauge failed" ends in
# "-ed"; these do not.
_IRREGULAR_PASTS = frozenset(
    {"took", "made", "gave", "went", "came", "saw", "knew", "told", "said", "paid", "kept",
     "left", "lost", "held", "met", "ran", "set", "put", "cut", "got", "found", "brought",
     "bought", "thought", "sent", "spent", "built", "began", "became", "fell", "rose", "won",
     "wrote", "led", "felt", "had", "did", "would", "should", "could", "might", "must",
     "will", "can", "may", "also", "still", "never", "only", "now", "then", "which", "who"}
)  # fmt: skip
# Verbs before "to" that say nothing chosen ("seemed to", "used to", "continued to").
_NOT_CHOSEN = frozenset(
    {
        "seemed", "appeared", "used", "happened", "tended", "continued", "proved", "started",
        "ceased", "turned", "needed", "expected", "scheduled", "supposed", "likely",
        "allowed", "related", "linked", "compared", "limited", "added", "listed", "reduced",
        "increased", "raised", "cut", "moved", "returned", "travelled", "traveled",
        "referred", "committed", "dedicated", "devoted", "opposed", "exposed", "subjected",
        "accustomed", "attributed", "objected", "rated", "ranked", "priced", "valued",
        "estimated", "designed", "intended", "aimed", "launched", "created", "established",
        "meant", "forced", "obliged", "entitled", "prepared", "determined", "pleased",
        "delighted", "relieved", "shocked", "surprised",
    }
)  # fmt: skip
# A duty: "should set up", "must not sell", "needs to publish".
_DUTY = re.compile(
    r"\s+(?P<modal>should|must|ought\s+to|needs\s+to|need\s+to)\s+"
    r"(?P<not>not\s+)?(?:(?:also|now|urgently|immediately|first|still|instead)\s+)?"
    rf"(?P<deed>[{SMALL}]{{2,}}\b)"
)
# What a duty or a deed never opens on: a passive or a state is asked in other words.
_NOT_DEEDS = frozenset({"be", "have", "been", "do", "get", "the", "a", "an", "not"})
# A finding: "the survey confirms that ...", "tests showed that ...".
_FOUND = re.compile(
    r"\s+(?:(?P<aux>has|have|had)\s+)?(?P<verb>found|finds|find|confirmed|confirms|confirm"
    r"|showed|shows|show|shown|concluded|concludes|conclude|revealed|reveals|reveal"
    r"|established|establishes|argued|argues|argue|suggested|suggests|suggest)\s+that\s+"
    rf"(?P<clause>[{CAPITAL}{SMALL}])"
)
_PRESENT_OF = {
    "found": "find", "finds": "find", "confirmed": "confirm", "confirms": "confirm",
    "showed": "show", "shows": "show", "shown": "show", "concluded": "conclude",
    "concludes": "conclude", "revealed": "reveal", "reveals": "reveal",
    "established": "establish", "establishes": "establish", "argued": "argue",
    "argues": "argue", "suggested": "suggest", "suggests": "suggest", "urged": "urge",
    "urges": "urge", "asked": "ask", "asks": "ask", "ordered": "order", "orders": "order",
    "told": "tell", "instructed": "instruct", "directed": "direct", "advised": "advise",
    "encouraged": "encourage", "pressed": "press", "invited": "invite",
    "required": "require", "requires": "require",
}  # fmt: skip
# Where a claim's own words end: a stop, a trailing clause, a modifier of the last noun.
_ANSWER_END = re.compile(
    r"\s*(?:[;:!?()\[\]\"“”]|,(?!\d{3})|\.(?!\d))|\s+[-–—]\s|\s+(?:which|who|whom|whose|where"
    r"|while|whereas|because|(?:even\s+)?(?:although|though|unless|if|when)|so\s+that|in\s+order"
    r"|but|as\s+well\s+as"
    r"|rather\s+than|according\s+to|that|than|and\s+to)\b"
    # "... before deciding whether to ...": a step after the deed, not the deed.
    rf"|\s+(?:before|after|without)\s+[{SMALL}]+ing\b"
    # "... support paid through existing systems", "... rubble held together by ...".
    rf"|\s+(?P<participle>(?:[{SMALL}]+ed|paid|held|made|built|known|set|kept|run)\s+(?:by|through"
    r"|in|on|at|for|with|under|from|as|together|into|over|across)\b(?!-))"
    # "an observatory with the legal power to ...": what the thing comes with, not what it is.
    r"|\s+with\s+(?:the|a|an|its|their)\s"
)
# Words that make a participle after them a verb ("had promoted in ..."), not a modifier.
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
     "can", "could", "may", "might", "must", "should", "do", "does", "did", "not"}
)  # fmt: skip
# ... and the verbs a participle completes: "from becoming entrenched in".
_LINKING = _AUXILIARIES | frozenset(
    {"become", "becomes", "became", "becoming", "get", "gets", "got", "getting", "remain",
     "remains", "remained", "remaining", "seem", "seems", "seemed", "stay", "stays", "stayed"}
)  # fmt: skip
# Words that open a phrase saying when or where, never a subject: "At lunchtime the ...".
_PREPOSITIONS = frozenset(
    {"at", "in", "on", "by", "for", "from", "after", "before", "under", "with", "during",
     "since", "until", "as", "of", "to", "into", "over", "across", "through", "without"}
)  # fmt: skip
# Words opening a phrase before a clause's subject, besides prepositions ("Alongside the
# results, ...", "Speaking on Monday, ...").
_OPENING_WORDS = frozenset({"alongside", "besides", "ahead", "meanwhile", "separately", "later"})
# Words saying when, written between a subject and its verb: "the ministry today confirmed".
_WHEN_WORDS = frozenset(
    {"today", "yesterday", "now", "also", "still", "recently", "previously", "later", "then",
     "again", "already", "finally", "formally", "unanimously", "tonight", "earlier"}
)  # fmt: skip
# A word that leads into what follows it, never a phrase's last: "review progress on the".
_LEADS_ON = re.compile(r"\s+(?:and|or|to|of|the|a|an|in|on|at|for|by|with|its|their)$")
# A comma inside a noun phrase: "a dry, stony body" (not ", which", ", with ...").
_ADJECTIVE_AFTER = re.compile(
    r",\s+(?!(?:which|who|and|but|or|while|with|including|as|where|when|so|in|on|at|for|by"
    r"|from|to|after|before|the|a|an|its|their|once|until|unless|though|although|if|then"
    r"|provided|pending|subject|despite|ahead|according|probably|possibly|perhaps)\b"
    # ", once a chief executive is in place", ", citing costs": a clause, not an adjective.
    rf"|[{SMALL}]+ing\b)[{SMALL}]+\s+[{SMALL}]"
)
# A person's card asking their role: "Who is the deputy governor?".
_WHO_IS = re.compile(
    rf"Who is (?P<role>(?:the |[{CAPITAL}][\w-]*(?:\s+[{CAPITAL}][\w-]*)*"
    rf"[’']s )[^?]{{3,40}})\?"
)
# ("between 10 and 20 GWh" is one figure, never two deeds)
_BREAK_AT_AND = re.compile(r"(?<!\d)\s+and\s+(?!\d)")


def with_unasked_claims(
    groups: dict[str, list[dict[str, Any]]],
    story: Article,
    taken: set[str],
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with a card for the short claim a body sentence of ``story`` states with no
    card drafted from it. Cards carry "_group" and "_written" as drafting.py leaves them
    before finishing; ``taken`` is the card ids in use (new ids are added to it)."""
    cards = [card for group in groups.values() for card in group]
    lowered = _lower_case_words(story)
    text = "\n".join(story.lines)
    added: list[dict[str, Any]] = []
    for number, line in enumerate(story.lines):
        if not body_line(line):
            continue
        for start, end in sentence_spans(line):
            sentence = line[start:end]
            if len(sentence.split()) < 6 or not _claim_unasked(sentence, cards):
                continue
            before = "\n".join([*story.lines[:number], line[:start]])
            claim = unasked_claim(
                _speaker_named(sentence, before, text, cards), lowered, line[:start]
            )
            if claim is None:
                continue
            prompt, answer = claim
            prompt = _people_by_role(prompt, cards)
            if _gives_away(prompt, cards + added) or _in_a_prompt(answer, cards):
                continue
            added.append(new_text_card(prompt, answer, sentence, taken))
    if added:
        groups.setdefault("facts", []).extend(added)
    return groups


def _speaker_named(sentence: str, before: str, text: str, cards: list[dict[str, Any]]) -> str:
    """``sentence`` with an opening "He said" / "She said" naming whom the pronoun means,
    found as the drafter finds a quotation's "he" (person_names.resolve_pronoun): "He said
    the yard would ..." is asked of the person it reports."""
    opening = _PRONOUN_SPEAKER.match(sentence)
    if opening is None:
        return sentence
    known = [str(card["answer"]) for card in cards if card["kind"] == "name"]
    known += people_named_in_full(text)
    named = resolve_pronoun(opening.group("pronoun"), before, known, text)
    return sentence if named is None else named + sentence[opening.end("pronoun") :]


def _claim_unasked(sentence: str, cards: list[dict[str, Any]]) -> bool:
    """Whether ``sentence`` leaves its claim unasked: no card on it asks a text or a name
    (who someone is asks the person, not the claim), and its figures and dates leave room
    in its card budget: a long sentence holding one figure's card may take a claim's."""
    on_it = [
        card
        for card in cards
        if drafted_from(card, sentence) and not _WHO_IS.fullmatch(str(card["prompt"]))
    ]
    if any(
        card["kind"] in ("text", "name") and not re.search(r"\d", str(card["answer"]))
        for card in on_it
    ):
        return False  # (a year asked as text is a figure's card)
    # A figure drafted twice ("40 euros", "40") is one card once finishing merges them.
    facts = {_figure(card) or str(id(card)) for card in on_it}
    return len(facts) < card_budget(sentence) - 1 or not on_it


def _figure(card: dict[str, Any]) -> str | None:
    """The digits of a number card's answer: "40 euros" and "40" are one figure."""
    digits = re.findall(r"\d+(?:\.\d+)?", str(card["answer"]))
    return " ".join(digits) if card["kind"] == "number" and digits else None


def unasked_claim(
    sentence: str, lowered: frozenset[str] = frozenset(), paragraph: str = ""
) -> tuple[str, str] | None:
    """The question and answer of the first decision, duty or finding ``sentence`` states,
    or None. ``lowered`` holds the words the article writes in small letters somewhere, so
    a subject opening the sentence in capitals ("Consumers") is asked in small ones;
    ``paragraph`` is the text before the sentence in its paragraph (what "them" are in
    "Chief among them is that ...")."""
    for read in (_chosen, _announced, _planned, _duty, _finding):
        found = read(sentence, lowered)
        if found is not None:
            return found
    return _recommended(sentence, paragraph)


def _recommended(sentence: str, paragraph: str) -> tuple[str, str] | None:
    """ "The panel recommends that the council publish its road accounts within a year"
    asks "What should the council do?" ("publish its road accounts within a year"): a verb
    in its base form after a singular subject (or after "recommends that") is what someone
    should do. After "is that" only where the paragraph speaks of recommendations ("Chief
    among them is that ...")."""
    for match in _THAT_DO.finditer(sentence):
        deed = match.group("deed")
        who = " ".join(match.group("who").split())
        if not _a_base_form(deed):
            continue
        lead = match.group("lead").casefold()
        if lead in ("is", "was") and (
            _plural(who) or not _RECOMMENDING.search(paragraph + sentence[: match.start()])
        ):
            continue  # "The problem is that ministers ignore ...": a fact, not a step
        answer = _answer(
            sentence, match.start("not") if match.group("not") else match.start("deed")
        )
        if answer is None:
            continue
        negated = " not" if match.group("not") else ""
        if who.startswith(("The ", "Each ", "Every ", "All ", "Its ", "Their ")):
            who = who[:1].lower() + who[1:]
        return _asked(f"What should {who}{negated} do?"), answer
    return None


def _a_base_form(word: str) -> bool:
    """Whether ``word`` may be a verb's base form: no "-s", "-ed" or "-ing", no small word."""
    return not (
        (word.endswith("s") and not word.endswith("ss"))
        or word.endswith(("ed", "ing", "ly"))
        or word in _NOT_DEEDS
        or word in _AUXILIARIES
        or word in _PREPOSITIONS
        or word in _IRREGULAR_PASTS
    )


def _chosen(sentence: str, lowered: frozenset[str]) -> tuple[str, str] | None:
    for match in [*_ASKED.finditer(sentence), *_CHOSE.finditer(sentence)]:
        verb = " ".join(match.group("verb").split())
        if verb in _NOT_CHOSEN or match.group("deed") in _NOT_DEEDS:
            continue
        subject = _subject(sentence, match.start(), lowered)
        answer = _answer(sentence, match.start("deed"))
        if subject is None or answer is None:
            continue
        aux = _aux(match.group("aux"), verb, subject)
        # "had offered to sell" keeps its participle: "What had Corrie offered to do?"
        base = verb if match.group("aux") else _base(verb)
        whom = match.groupdict().get("whom")
        asked = f" {_whom(whom)}" if whom else ""
        return _asked(f"What {aux} {subject} {base}{asked} to do?"), answer
    return None


def _announced(sentence: str, lowered: frozenset[str]) -> tuple[str, str] | None:
    """ "The company said it would hold a capital markets day in the spring" asks "What did
    the company say it would do?" ("hold a capital markets day in the spring")."""
    for match in _WILL_DO.finditer(sentence):
        if match.group("deed") in _NOT_DEEDS:
            continue  # "would be closed": a passive is asked in other words
        speaker = _subject(sentence, match.start(), lowered)
        opens = match.start("not") if match.group("not") else match.start("deed")
        answer = _answer(sentence, opens)
        if speaker is None or answer is None:
            continue
        who = " ".join(match.group("who").split())
        if who.split()[0] in ("The", "Its", "Their", "His", "Her"):
            who = who[:1].lower() + who[1:]
        said = match.group("said")
        past = said.endswith("ed") or said == "said"
        aux = "did" if past else "do" if _plural(speaker) and not _a_name(speaker) else "does"
        say = "say" if said in ("said", "says") else _base(said)
        modal = "would" if past else match.group("modal")
        return _asked(f"What {aux} {speaker} {say} {who} {modal} do?"), answer
    return None


def _planned(sentence: str, lowered: frozenset[str]) -> tuple[str, str] | None:
    """ "The port plans to open a second terminal by 2029" asks "What does the port plan to
    do?" ("open a second terminal by 2029")."""
    for match in _PLANS.finditer(sentence):
        if match.group("deed") in _NOT_DEEDS:
            continue
        subject = _subject(sentence, match.start(), lowered)
        answer = _answer(sentence, match.start("deed"))
        if subject is None or answer is None:
            continue
        aux = "do" if _plural(subject) and not _a_name(subject) else "does"
        return _asked(f"What {aux} {subject} {match.group('verb')[:-1]} to do?"), answer
    return None


def _duty(sentence: str, lowered: frozenset[str]) -> tuple[str, str] | None:
    for match in _DUTY.finditer(sentence):
        if match.group("deed") in _NOT_DEEDS:
            continue
        subject = _subject(sentence, match.start(), lowered)
        answer = _answer(sentence, match.start("deed"))
        if subject is None or answer is None:
            continue
        modal = " ".join(match.group("modal").split())
        negated = " not" if match.group("not") else ""
        if modal in ("should", "must"):
            prompt = f"What {modal} {subject}{negated} do?"
        else:
            aux = "do" if modal.startswith("need ") or _plural(subject) else "does"
            prompt = f"What {aux} {subject}{negated} need to do?"
        return _asked(prompt), answer
    return None


def _finding(sentence: str, lowered: frozenset[str]) -> tuple[str, str] | None:
    for match in _FOUND.finditer(sentence):
        subject = _subject(sentence, match.start(), lowered)
        answer = _answer(sentence, match.start("clause"))
        if subject is None or answer is None or re.search(r"\d", answer):
            continue  # a figure's finding is asked by the figure's card
        if not _a_clause(answer):
            continue  # "found that the cost of ..., about £6m, fell ...": cut before its verb
        verb = match.group("verb")
        aux = _aux(match.group("aux"), verb, subject)
        asked = verb if match.group("aux") else _PRESENT_OF.get(verb, verb)
        return _asked(f"What {aux} {subject} {asked}?"), answer
    return None


def _a_clause(words: str) -> bool:
    """Whether ``words`` hold a subject and a finite verb after it, and end on neither an
    auxiliary nor a verb left without what it takes ("presenters had")."""
    split = words.casefold().split()
    if len(split) < 3 or split[-1] in _AUXILIARIES:
        return False
    return any(word in _AUXILIARIES or word.endswith("ed") for word in split[1:])


def _subject(sentence: str, at: int, lowered: frozenset[str]) -> str | None:
    """The noun phrase the clause ending at ``at`` opens on, as a question writes it."""
    before = _without_asides(sentence[:at]).rstrip()
    # "..., and the result confirms": the subject opens the last clause before the verb.
    joins = list(
        re.finditer(
            r"(?:[;:]|,(?=\s+(?:and|but|while|so|yet|whereas)\s))\s+(?:(?:and|but|while|so|yet|whereas)\s+)?",
            before,
        )
    )
    joined = joins[-1] if joins else None
    lead = _LEAD_IN.match(before)
    start = lead.end() if lead else 0
    if joined is not None and joined.end() > start:
        start = joined.end()
    reported = _reported_ends(before)
    if reported and reported[-1] > start:
        start = reported[-1]
    words = _without_opening_or_appositive(before[start:].split())
    while words and words[-1].casefold() in _WHEN_WORDS:
        words.pop()  # "the ministry today confirmed": when, not who
    if not words or len(words) > 9 or any(not re.fullmatch(_SUBJECT_WORD, w) for w in words):
        return None
    folded = [word.casefold() for word in words]
    if folded[0] in _PREPOSITIONS:
        return None  # "At lunchtime the ministry ...": no subject opens on a preposition
    if not (words[0][:1].isupper() or folded[0] in _SMALL_OPENERS) and (
        len(words) > 3 or folded[0].endswith(("ing", "ed", "ly"))
    ):
        return None  # "sweeping in a loose ball after Kilbride": no noun phrase
    if folded[0] in _PRONOUNS and len(words) == 1:
        return None
    if any(word in _NOT_IN_SUBJECT for word in folded) or folded[-1] in _SMALL_OPENERS:
        return None
    if words[-1].endswith(("'s", "’s")) or folded[-1] in ("of", "and", "for", "in", "on"):
        return None
    first = words[0]
    at_start = start == 0 or (lead is not None and start == lead.end())
    if (
        at_start
        and first[:1].isupper()
        and (first.casefold() in _SMALL_OPENERS or first.casefold() in lowered)
    ):
        words[0] = first[:1].lower() + first[1:]
    return " ".join(words)


def _without_opening_or_appositive(words: list[str]) -> list[str]:
    """``words`` without an opening phrase set off by a comma ("Alongside the results,
    Ashcombe") or a name set after a role ("the institute's director, Professor Lennart
    Voss"); a list ("Denmark, Sweden and Germany") is kept whole."""
    commas = [at for at, word in enumerate(words) if word.endswith(",")]
    if len(commas) != 1 or any(word in ("and", "or") for word in words):
        return words
    head, tail = words[: commas[0] + 1], words[commas[0] + 1 :]
    first = head[0].casefold().rstrip(",")
    if first in _PREPOSITIONS or first in _OPENING_WORDS or first.endswith(("ing", "ly")):
        return tail
    if tail and all(word[:1].isupper() for word in tail):
        head[-1] = head[-1].rstrip(",")
        return head
    return words


def _reported_ends(text: str) -> list[int]:
    """Where each reported clause opens in ``text`` ("... said that" / "... said")."""
    ends: list[int] = []
    for match in re.finditer(
        r"\b(?:said|says|added|adds|argued|argues|warned|warns|believes|believe|stressed"
        r"|insisted)\s+(?:that\s+)?",
        text,
    ):
        ends.append(match.end())
    return ends


def _without_asides(text: str) -> str:
    """``text`` without a dash aside ("the result - a density of 1.2 - ") or, before the
    verb, a comma aside ("The council, after a long debate, ...")."""
    text = re.sub(r"\s+[-–—]\s+[^-–—]+?\s+[-–—]\s*$", "", text)
    return re.sub(r",\s+[^,]+,\s*$", "", text) if re.search(r",\s+[^,]+,\s*$", text) else text


def _answer(sentence: str, start: int) -> str | None:
    """The claim's words from ``start`` to where they end, if a marker's length."""
    rest = sentence[start:]
    stop = len(rest)
    for end in _ANSWER_END.finditer(rest):
        before = rest[: end.start()].split()
        if end.group("participle") and (not before or before[-1].casefold() in _LINKING):
            continue  # "had promoted in-play odds": the clause's own verb
        if len(before) == 1 and end.group(0).split()[0] == "with":
            continue  # "file with the regulator": what the deed takes, not a modifier
        stop = end.start()
        break
    answer = _shortened(rest[:stop].strip())
    if re.search(rf"\b(?:a|an|the)\s+[{SMALL}]+$", answer) and _ADJECTIVE_AFTER.match(rest, stop):
        return None  # "a dry, stony body": cut inside a noun phrase's adjectives
    words = answer.split()
    if len(words) < _LEAST_ANSWER_WORDS or _length(answer) > _MOST_ANSWER_WORDS:
        return None
    if any(mark in answer for mark in "'‘’\"“”") and not re.search(r"\w['’]\w", answer):
        return None  # a quotation's words are a quote card's
    return answer


def _length(answer: str) -> int:
    return sum(1 for word in answer.split() if word.casefold() not in _SMALL_WORDS)


def _shortened(answer: str) -> str:
    """``answer`` within a marker's length: "stop using X at once and unplug it from Y"
    as its first deed; no trailing word that leads into what was cut."""
    if _length(answer) > _MOST_ANSWER_WORDS:
        pieces = _BREAK_AT_AND.split(answer)
        kept = ""
        for count in range(len(pieces) - 1, 0, -1):
            joined = " and ".join(pieces[:count])
            if _length(joined) <= _MOST_ANSWER_WORDS:
                kept = joined
                break
        answer = kept
    while (trimmed := _LEADS_ON.sub("", answer)) != answer:
        answer = trimmed
    return answer


def _aux(aux: str | None, verb: str, subject: str) -> str:
    if aux:
        return aux
    if verb.endswith("ed") or verb in ("found", "told", "shown") or verb.startswith("called"):
        return "did"
    return "do" if _plural(subject) or not verb.split()[0].endswith("s") else "does"


def _base(verb: str) -> str:
    """ "preferred" -> "prefer", "called on" -> "call on", "agreed" -> "agree"."""
    head, _, tail = verb.partition(" ")
    base = _PRESENT_OF.get(head) or _past_to_base(head)
    return f"{base} {tail}".strip()


def _past_to_base(verb: str) -> str:
    """A regular past's base form: "tried" -> "try", "planned" -> "plan", "voted" -> "vote",
    "pledged" -> "pledge", "opted" -> "opt", "offered" -> "offer"."""
    if verb.endswith("s") and not verb.endswith(("ss", "ed")):
        return verb[:-1]
    if not verb.endswith("ed"):
        return verb
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    stem = verb[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-2:] not in ("ll", "ss", "ff", "zz"):
        return stem[:-1]
    return stem + "e" if _SILENT_E.search(stem) else stem


# Stems a regular past writes without their final "e": "agre(ed)", "pledg(ed)",
# "refus(ed)", "struggl(ed)", "hesitat(ed)", and a short vowel before one consonant
# ("vot(ed)", "decid(ed)", "declar(ed)") but not "offer", "threaten", "visit".
_SILENT_E = re.compile(
    r"(?:e|[^n]g|v|z|c|[aeiou]s|[^aeiou]l|at|ut"
    r"|(?<![aeiou])(?:[aou][dtkpbmnr]|i[dkpbmnr]|e[dtkpbms]))$"
)


def _whom(whom: str) -> str:
    words = " ".join(whom.split())
    return words[:1].lower() + words[1:] if words.startswith(("The ", "All ", "Its ")) else words


def _plural(subject: str) -> bool:
    last = subject.split()[-1].casefold()
    return (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or " and " in subject


def _a_name(subject: str) -> bool:
    """Whether ``subject`` is one name ("Halvern Ports"), singular whatever its last word."""
    return subject.split()[-1][:1].isupper() and " and " not in subject


def _asked(prompt: str) -> str:
    return prompt[:1].upper() + prompt[1:]


def _lower_case_words(story: Article) -> frozenset[str]:
    return frozenset(
        word for line in story.lines for word in re.findall(rf"\b[{SMALL}][\w'’-]*", line)
    )


def _people_by_role(prompt: str, cards: list[dict[str, Any]]) -> str:
    """``prompt`` with each person another card names ("Who is the deputy governor?" =>
    "Ana Ruiz") asked by that role, title and all: "What did Deputy Governor Ana Ruiz and
    Professor Li Wen prefer to do?" asks "What did the deputy governor and the external
    member prefer to do?", and gives neither name away."""
    for card in cards:
        who = _WHO_IS.fullmatch(str(card["prompt"]))
        name = str(card["answer"])
        if who is None or card["kind"] != "name" or name not in prompt:
            continue
        # ("Local councillor Jo Bell": the role in small letters before the name goes too)
        role_words = re.sub(r"^(?:the|its|their)\s+", "", who.group("role"))
        titled = re.search(
            rf"(?:(?i:\b{re.escape(role_words)})\s+)?(?:\b[{CAPITAL}][\w-]*\s+){{0,3}}"
            rf"{re.escape(name)}",
            prompt,
        )
        if titled is None:
            continue
        # The title before the name goes with it ("Deputy Governor"), unless it opens
        # the question's subject after "What did".
        start = titled.start()
        opening = re.match(r"What\s+\w+\s+", prompt)
        if opening and start < opening.end():
            start = opening.end()
        prompt = prompt[:start] + who.group("role") + prompt[titled.end() :]
    return prompt


def _gives_away(prompt: str, cards: list[dict[str, Any]]) -> bool:
    """Whether ``prompt`` is too long, or holds another card's answer."""
    if len(prompt.split()) > MAX_WORDS:
        return True
    folded = fold_text(prompt)
    return any(
        len(form) > 2 and re.search(rf"(?<!\w){re.escape(fold_text(form))}(?!\w)", folded)
        for card in cards
        for form in [str(card["answer"]), *map(str, card.get("_written", []))]
    )


def _in_a_prompt(answer: str, cards: list[dict[str, Any]]) -> bool:
    """Whether another question holds ``answer``: finishing would hide it there, leaving
    that question without its words."""
    folded = fold_text(answer)
    return any(folded in fold_text(str(card["prompt"])) for card in cards)


# Read by main_claims.py, which asks a main clause's deed in the same words.
claim_subject = _subject
claim_answer = _answer
lower_case_words = _lower_case_words
people_by_role = _people_by_role
past_to_base = _past_to_base
claim_gives_away = _gives_away
claim_in_a_prompt = _in_a_prompt
