"""A contest's result as a results report states it: the score and the winner ("Rovers beat
Athletic 3-2 in the cup final": "What was the score in the cup final?", "Who won the cup
final?"), when scores came ("in the 12th minute", "a 67th-minute penalty": "Who scored in
the 12th minute?"), who scored in a lead ("Substitute Ana Ruiz scored late as ..."), the
crowd and the ground ("A crowd of 31,842 at Eastfield Park"), the record it beat ("The
previous attendance record, 29,150, ...") and the next meeting ("Rovers will meet City in
the Shield on 9 January": "Who will Rovers meet in the Shield?").

A match clock's minutes ("nine minutes from the end", "on for only 20 minutes") are no count
worth a card: `is_match_clock` tells the count finders to leave them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.indefinite_article import indefinite_article
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.questions import ask_in_place

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# A side's or person's name: capitalised words, with "of", "de" and the like inside it.
_NAME = (
    rf"[{CAPITAL}][\w'’.-]*"
    rf"(?:\s+(?:(?:of|de|la|del|van|von|du|da|na|an|y|Ó|Mac|Mc)\s+)?[{CAPITAL}][\w'’.-]*){{0,4}}"
)
# A player's role that opens a sentence capitalised: "Substitute Ana Ruiz scored".
_PLAYING_ROLE = re.compile(
    r"^(?:Substitute|Striker|Forward|Midfielder|Defender|Captain|Winger|Goalkeeper|Veteran|"
    r"Teenager|Full-back|Centre-back|Playmaker)\s+"
)
# A goal that decided the match: "late", "nine minutes from the end of extra time".
_DECIDING = re.compile(
    r"\b(?:late|winner|winning|decisive|from\s+the\s+end|extra\s+time|stoppage\s+time|"
    r"injury\s+time|added\s+time|final\s+minute|last\s+minute)\b"
)
# Where a minute's clause begins with a new subject: "... before Ana Ruiz met a cross".
_CLAUSE_OPEN = re.compile(rf"\b(?:before|when|after|as|until|while)\s+(?=[{CAPITAL}])")
_CLAUSE_CLOSE = re.compile(r",\s|\s+(?:when|after|as|before|while|to)\s")
_SCORE = r"(?<![\w.,:/-])\d{1,2}[-–]\d{1,2}(?![\w:/%-]|[.,]\d)"
# Words before the beaten side that are no part of its name: "ten-man", "holders".
_BEATEN_LEAD = (
    r"(?:(?:ten|nine|[\w-]+-man|the|holders|defending\s+champions|champions|hosts|)[\s-]*)*?"
)
_BEAT = (
    r"beat|defeated|edged|edged\s+out|thrashed|overcame|outlasted|saw\s+off|knocked\s+out|"
    r"upset|routed|downed|stunned|eliminated"
)
# "Rovers beat ten-man Athletic 3-2 in the Atlantic Cup final".
_RESULT = re.compile(
    rf"(?P<winner>{_NAME})\s+(?:{_BEAT})\s+{_BEATEN_LEAD}(?P<loser>{_NAME})\s+(?P<score>{_SCORE})"
    r"(?P<how>\s+(?:on\s+penalties|after\s+extra\s+time|on\s+aggregate|in\s+a\s+replay))?"
    rf"(?:\s+(?:in|at)\s+(?P<event>the\s+(?:[{CAPITAL}][\w'’-]*\s+){{1,5}}"
    r"(?:final|semi-final|quarter-final|play-off|playoff|decider|tie|opener|derby|race|"
    r"match|game|grand\s+final)s?))?"
)
# "a 2-1 win over Hartfield", "their 4-0 defeat by Ashby", "drew 1-1 with Millbrook".
_WIN_OVER = re.compile(
    rf"\b(?:an?|their|its|his|her)\s+(?P<score>{_SCORE})\s+(?P<what>win|victory|defeat|loss|draw)"
    rf"\s+(?P<prep>over|against|by|to|with|at)\s+(?P<other>{_NAME})"
)
_DREW = re.compile(
    rf"(?P<side>{_NAME})\s+drew\s+(?P<score>{_SCORE})\s+(?P<prep>with|against|at)\s+(?P<other>{_NAME})"
)
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_IN_MINUTE = re.compile(rf"\bin\s+the\s+(?P<minute>{_ORDINAL})\s+minute\b")
_MINUTE_THING = re.compile(
    rf"\b(?:an?|his|her|their)\s+(?P<minute>{_ORDINAL})[-\s]minute\s+(?P<thing>(?:[{SMALL}-]+\s+){{0,2}}?"
    r"(?:penalty|goal|header|strike|equaliser|equalizer|winner|free\s+kick|try|touchdown|"
    r"own\s+goal|volley|shot|finish|red\s+card|sending-off|dismissal))\b"
)
_SCORING_VERB = (
    r"scored|curled|headed|converted|struck|fired|netted|slotted|volleyed|tapped|swept|"
    r"levelled|leveled|equalised|equalized|drilled|lashed|nodded|bundled|poked|rifled|hit"
)
# "when Swedish forward Jonas Berg curled ...": the scorer, after the words describing them.
_SCORER = re.compile(
    rf"(?:^|\bwhen\s+|\bafter\s+|\bas\s+|,\s+)(?:(?:[{SMALL}][\w-]*|[{CAPITAL}][{SMALL}]+(?=\s+[{SMALL}]))\s+){{0,3}}?"
    rf"(?P<name>[{CAPITAL}][\w'’-]+(?:\s+(?:Ó|Mac|Mc|de|van|von|da)?\s*[{CAPITAL}][\w'’-]+){{1,3}})"
    rf"\s+(?:{_SCORING_VERB})\b"
)
# "A crowd of 31,842 at Eastfield Park", "an attendance of 9,500".
_CROWD = re.compile(
    r"\b(?:[Aa]\s+(?:(?:record|capacity|sell-out|sellout)\s+)?crowd\s+of|"
    r"(?:[Aa]n?\s+)?(?:record\s+)?attendance\s+of|in\s+front\s+of)\s+"
    r"(?P<count>\d{1,3}(?:,\d{3})+|\d{4,6})"
    rf"(?:\s+(?:fans|spectators|supporters|people))?(?:\s+at\s+(?P<venue>(?:the\s+)?{_NAME}))?"
)
# "The previous attendance record for the final, 29,150, was set ...".
_PREVIOUS_RECORD = re.compile(
    rf"\b[Tt]he\s+(?:previous|old|former)\s+(?P<what>(?:[{SMALL}]+\s+){{0,2}}record(?:\s+for\s+[^,]{{1,40}})?)"
    r",\s+(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*,"
)
# "Rovers will meet league champions City in the Champions Shield".
_NEXT = re.compile(
    rf"(?P<side>{_NAME})\s+(?:will|are\s+due\s+to|are\s+set\s+to)\s+(?:meet|face|play|host|visit)\s+"
    rf"(?:(?:[{SMALL}][\w-]*\s+){{0,3}}?)(?P<other>{_NAME})\s+in\s+(?P<event>the\s+(?:[{CAPITAL}][\w'’-]*\s*){{1,5}}"
    r"(?:(?:final|semi-final|quarter-final|play-off|playoff|round|match|game|race)s?\b)?)"
)
# A match clock's minutes: "nine minutes from the end", "seven minutes before half-time",
# "on for only 20 minutes", "the last 26 minutes", "the clock showing 89 minutes".
_CLOCK_AFTER = re.compile(
    r"^\s*minutes?\s+(?:from\s+(?:the\s+end|time|full-time)|before\s+(?:half-time|the\s+break|"
    r"the\s+end|full-time|the\s+interval)|after\s+(?:half-time|the\s+break|the\s+restart|"
    r"the\s+interval)|into\s+(?:the\s+(?:first|second)\s+half|the\s+game|the\s+match|"
    r"extra\s+time)|remaining|left|of\s+(?:extra|stoppage|injury|added)\s+time)"
)
_CLOCK_BEFORE = re.compile(
    r"(?:\bon\s+for\s+(?:only\s+|just\s+)?|\bthe\s+(?:last|final|first|closing|opening)\s+|"
    r"\bclock\s+(?:showing|reading|on)\s+|\bafter\s+(?:just\s+|only\s+)?)$"
)


def is_match_clock(sentence: str, start: int, end: int) -> bool:
    """Whether the count of minutes at ``sentence[start:end]`` tells a match's clock."""
    after = sentence[end:]
    if not re.match(r"\s*minutes?\b", after) and not re.search(r"minutes?$", sentence[start:end]):
        return False
    number_end = re.match(r"[^\s]+", sentence[start:end])
    rest = sentence[start + number_end.end() :] if number_end else after
    if _CLOCK_AFTER.match(rest):
        return True
    return bool(_CLOCK_BEFORE.search(sentence[:start]))


@dataclass(frozen=True)
class _Context:
    """What the report's result names, for the cards of the sentences after it."""

    event: str | None = None


def find_results(article: Article) -> list[FoundFact]:
    """Every result, minute, scorer, crowd, record and next meeting, in reading order."""
    found: list[FoundFact] = []
    context = _Context()
    for number, line in enumerate(article.lines, start=1):
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            result = _RESULT.search(sentence)
            if result and result.group("event"):
                context = _Context(event=result.group("event"))
            found.extend(_in_sentence(sentence, number, context))
    return found


def _fact(
    kind: str,
    answer: str,
    sentence: str,
    span: tuple[int, int],
    prompt: str,
    line: int,
    description: str | None = None,
) -> FoundFact:
    from trainer.core.authoring.find_facts import FoundFact

    return FoundFact(
        kind,
        "results",
        answer,
        answer,
        sentence,
        span[0],
        span[1],
        "what",
        line,
        evidence=sentence,
        prompt=prompt,
        description=description,
    )


def _in_sentence(sentence: str, line: int, context: _Context) -> list[FoundFact]:
    found: list[FoundFact] = []
    if '"' in sentence or "“" in sentence:
        return found  # a quote's claims are the speaker's, asked by the quote's card
    found.extend(_results(sentence, line))
    found.extend(_minutes(sentence, line))
    found.extend(_crowds(sentence, line, context))
    for match in _PREVIOUS_RECORD.finditer(sentence):
        what = " ".join(match.group("what").split())
        prompt = f"What was the previous {what}?"
        found.append(
            _fact("number", match.group("value"), sentence, match.span("value"), prompt, line)
        )
    for match in _NEXT.finditer(sentence):
        event = match.group("event").strip()
        prompt = f"Who will {match.group('side')} meet in {event}?"
        found.append(
            _fact("text", match.group("other"), sentence, match.span("other"), prompt, line)
        )
    return found


def _results(sentence: str, line: int) -> list[FoundFact]:
    found: list[FoundFact] = []
    for match in _RESULT.finditer(sentence):
        winner, loser, score = match.group("winner"), match.group("loser"), match.group("score")
        event = match.group("event")
        if event:
            asked_score = f"What was the score in {event}?"
            asked_winner = f"Who won {event}?"
        else:
            asked_score = f"What was the score when {winner} beat {loser}?"
            asked_winner = f"Who beat {loser} {score}?"
        found.append(_fact("number", score, sentence, match.span("score"), asked_score, line))
        # Other prompts name the winner, this card's answer, by the win: "Who will the
        # Atlantic Cup winners meet in the Shield?", not "Who will meet in the Shield?".
        won = re.sub(r"^the\s+|\s+final$", "", event) if event else ""
        described = f"the {won} winners" if won else "the winners"
        found.append(
            _fact("text", winner, sentence, match.span("winner"), asked_winner, line, described)
        )
        # "Substitute Ana Ruiz scored late as Rovers beat ...": the lead's scorer.
        scorer = _SCORER.search(sentence[: match.start()])
        deciding = _DECIDING.search(sentence[scorer.end() : match.start()]) if scorer else None
        if scorer and deciding and event and scorer.group("name") not in (winner, loser):
            name = _PLAYING_ROLE.sub("", scorer.group("name"))
            asked = f"Who scored the winning goal in {event}?"
            found.append(_fact("name", name, sentence, scorer.span("name"), asked, line))
    for match in _WIN_OVER.finditer(sentence):
        what, other = match.group("what"), match.group("other")
        prompt = f"What was the score of the {what} {match.group('prep')} {other}?"
        found.append(
            _fact("number", match.group("score"), sentence, match.span("score"), prompt, line)
        )
    for match in _DREW.finditer(sentence):
        side, prep, other = match.group("side", "prep", "other")
        prompt = f"What was the score when {side} drew {prep} {other}?"
        found.append(
            _fact("number", match.group("score"), sentence, match.span("score"), prompt, line)
        )
    return found


def _minutes(sentence: str, line: int) -> list[FoundFact]:
    found: list[FoundFact] = []
    for match in _IN_MINUTE.finditer(sentence):
        minute = f"{match.group('minute')} minute"
        prompt = _asked_in_clause(sentence, match.start(), match.end())
        found.append(_fact("number", minute, sentence, match.span(), prompt, line))
        # "when Swedish forward Jonas Berg curled a free kick in off the post": who did it.
        scorer = _SCORER.search(sentence[match.end() :])
        if scorer:
            deed = sentence[match.end() + scorer.end("name") :]
            deed = re.split(
                r",\s|;|\s+(?:after|before|when|as|while|to\s+(?:give|make|put|send))\s", deed
            )[0]
            asked = f"Who{deed.rstrip('.')}?"
            name = _PLAYING_ROLE.sub("", scorer.group("name"))
            found.append(_fact("name", name, sentence, scorer.span("name"), asked, line))
    for match in _MINUTE_THING.finditer(sentence):
        minute = f"{match.group('minute')} minute"
        thing = " ".join(match.group("thing").split())
        # "converted a 67th-minute penalty": "converted a penalty in which minute?"
        article = indefinite_article(thing)
        rewritten = (
            sentence[: match.start()]
            + f"{article} {thing} in the {minute}"
            + sentence[match.end() :]
        )
        at = match.start() + len(article) + len(thing) + 2
        prompt = _asked_in_clause(rewritten, at, at + len(f"in the {minute}"))
        found.append(_fact("number", minute, sentence, match.span("minute"), prompt, line))
    return found


def _asked_in_clause(sentence: str, start: int, end: int) -> str:
    """ "in the 12th minute" asked "in which minute", in the clause that holds it: from the
    last new subject before it ("before Ana Ruiz met ...") to the next clause after it."""
    opening = 0
    for found in _CLAUSE_OPEN.finditer(sentence[:start]):
        opening = found.end()
    closing = _CLAUSE_CLOSE.search(sentence, end)
    stop = closing.start() if closing else len(sentence)
    clause = sentence[opening:stop]
    return ask_in_place(clause, start - opening, end - opening, "in which minute")


def _crowds(sentence: str, line: int, context: _Context) -> list[FoundFact]:
    found: list[FoundFact] = []
    for match in _CROWD.finditer(sentence):
        venue = match.group("venue")
        if context.event:
            prompt = f"What was the attendance at {context.event}?"
        elif venue:
            prompt = f"What was the attendance at {venue}?"
        else:
            continue  # a crowd of what, the question could not say
        found.append(
            _fact("number", match.group("count"), sentence, match.span("count"), prompt, line)
        )
        if venue and context.event:
            prompt = f"Where was {context.event} played?"
            found.append(_fact("text", venue, sentence, match.span("venue"), prompt, line))
    return found
