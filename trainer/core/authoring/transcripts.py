"""A transcript read as turns: an interview ("TOM REED: ...", "Q: ... A: ...") or a record of
a chamber ("The Minister for Housing (Ana Ruiz): ...", "Mr Ed Hale (Ludlow) (Con): ...").

A speaker's label opening a paragraph is no part of what they say: left in, every prompt of
the turn began "DR REED: The Treasury has confirmed how much?". The labels are blanked out of
the story (with spaces, so each sentence stays where it stands in the article), and what
they state is asked as its own facts: who the guest or the minister is, who presents the
programme, which member sits for which seat. A turn's "we" is its speaker's body: "We are
installing 300 gauges" said by an agency's head is asked as "The agency is installing how
many gauges?", which no one could answer of "we".
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_people import find_people
from trainer.core.authoring.find_role_appositives import find_role_appositives
from trainer.core.authoring.letters import CAPITAL, SMALL

_TITLES = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Rev|Cllr)"
_NAME_WORD = rf"[{CAPITAL}][\wÀ-ÿ’'-]*"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?:de|van|von|da|le|la|bin|al)))*?\s+{_NAME_WORD}"
# "TOM REED:", "DR NÍ BHRIAIN:": a speaker named in capitals.
_CAPS_LABEL = re.compile(
    rf"(?P<label>[{CAPITAL}][{CAPITAL}.’'-]+(?:\s+[{CAPITAL}][{CAPITAL}.’'-]*){{0,3}}):\s+(?=\S)"
)
# "The Minister for Rural Affairs (Ana Ruiz):", "Mr Ed Hale (Ludlow) (Con):", "Mr Speaker:",
# "Tom Reed:": a speaker in ordinary case, with their name, seat and party in brackets.
_CASE_LABEL = re.compile(
    rf"(?P<label>The\s+(?:[{CAPITAL}][\w-]*)(?:\s+(?:for|of|and|the|[{CAPITAL}][\w-]*)){{0,8}}"
    rf"|{_TITLES}\.?\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    rf"|{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    r"(?P<brackets>(?:\s+\([^()]{1,60}\))*):\s+(?=\S)"
)
_QA_LABEL = re.compile(r"(?P<label>Q|A)[:.]\s+(?=\S)")
# Turns make a transcript only when there are enough of them, in more than one voice.
_MIN_TURNS = 4
# "Guest: Dr Ana Ruiz, chief executive, Coastal Agency (CA)": the heading naming a voice.
_HEADING = re.compile(
    r"^\s*(?P<part>Presenter|Host|Interviewer|Guest|Interviewee)s?\s*:\s*(?P<value>[^.:]+?)\s*$"
)
_PRESENTING = frozenset({"Presenter", "Host", "Interviewer"})
_ABBREVIATION = re.compile(rf"\s*\((?P<short>[{CAPITAL}][{CAPITAL}{SMALL}&]{{1,9}})\)\s*$")
# "This is Morning Call on Radio Vale, I'm Tom Reed." / "I'm Tom Reed and this is ..."
_PRESENTS = re.compile(
    rf"\bThis is (?P<show>(?:The\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
    rf"(?:\s+(?:on|from)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})?,?\s+(?:and\s+)?I'?m\s+"
    rf"(?P<name>{_PERSON})\b"
    rf"|\bI'?m\s+(?P<name2>{_PERSON}),?\s+and\s+this\s+is\s+"
    rf"(?P<show2>(?:The\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
)
_GOVERNMENT_POST = re.compile(r"^The\s+(?:Minister|Secretary of State|Chancellor|Prime Minister)\b")


@dataclass(slots=True)
class Speaker:
    """One voice of a transcript."""

    name: str | None
    # What their "we" stands for, as a prompt names it: "the CA", "the government".
    body: str | None = None
    # How a prompt names them without their name: "the chief executive of the agency".
    described: str | None = None


@dataclass(slots=True)
class Transcript:
    """A transcript's story with its labels blanked, the facts its labels and headings
    state, and who speaks each turn (by line number)."""

    story: Article
    facts: list[FoundFact] = field(default_factory=list)
    turns: dict[int, Speaker] = field(default_factory=dict)


def read_transcript(article: Article, story: Article) -> Transcript | None:
    """``story`` read as a transcript, or None when its paragraphs are no speakers' turns."""
    labels: dict[int, tuple[re.Match[str], str]] = {}
    for number, line in enumerate(story.lines, start=1):
        found = _turn_label(line)
        if found is not None:
            labels[number] = found
    if len(labels) < _MIN_TURNS or len({label for _, label in labels.values()}) < 2:
        return None
    headings = _headings(article, min(labels))
    facts = [fact for fact in (_heading_fact(*h) for h in headings) if fact is not None]
    voices = {part: voice for part, voice, *_ in headings}
    for heading_fact in facts:
        if "Guest" in voices and heading_fact.answer == voices["Guest"].name:
            voices["Guest"].described = heading_fact.description
    if "Guest" not in voices:
        # "We spoke to Ana Ruiz, chief executive of the Coastal Agency": the introduction
        # names who answers.
        introduced = _introduced(story, min(labels))
        if introduced is not None:
            voices["Guest"] = introduced
    lines = list(story.lines)
    turns: dict[int, Speaker] = {}
    asked: set[str] = set()
    chamber = re.search(r"\b(?:House of Commons|MPs?)\b", "\n".join(article.lines)) is not None
    for number, (match, label) in labels.items():
        line = lines[number - 1]
        lines[number - 1] = " " * match.end() + line[match.end() :]
        speaker = _speaker(match, label, voices)
        turns[number] = speaker
        fact = _label_fact(match, line, number, chamber)
        if fact is not None and fact.answer not in asked:
            asked.add(fact.answer)
            facts.append(fact)
        if not any(fact.prompt and fact.prompt.startswith("Who presents") for fact in facts):
            facts += _presenting_facts(line, number)
    # A turn runs on over the paragraphs after its label, up to the next label: a
    # minister's statement is many paragraphs under one.
    speaking: Speaker | None = None
    for number in range(min(labels), len(lines) + 1):
        if number in turns:
            speaking = turns[number]
        elif speaking is not None and lines[number - 1].strip():
            turns[number] = speaking
    for number, speaker in sorted(turns.items()):
        facts += _kin_facts(lines[number - 1], number, speaker, voices)
        facts += _announced_facts(lines[number - 1], number, speaker)
    return Transcript(dataclasses.replace(story, lines=tuple(lines)), facts, turns)


def _turn_label(line: str) -> tuple[re.Match[str], str] | None:
    """The speaker's label opening ``line`` and the label as a key, if it opens on one."""
    for pattern in (_QA_LABEL, _CAPS_LABEL, _CASE_LABEL):
        match = pattern.match(line)
        if match is not None and len(line[match.end() :].split()) >= 2:
            label = match.group("label")
            # A role named in full once, then alone: "The Minister for Rural Affairs".
            return match, re.sub(r"\s+", " ", label)
    return None


def _headings(article: Article, first_turn: int) -> list[tuple[str, Speaker, str, str, int]]:
    """The heading lines before the first turn naming a voice: (part, speaker, their
    role, the line, its number)."""
    found: list[tuple[str, Speaker, str, str, int]] = []
    for number, line in enumerate(article.lines[: first_turn - 1], start=1):
        match = _HEADING.match(line)
        if match is None:
            continue
        name, _, role = match.group("value").partition(",")
        name = re.sub(rf"^{_TITLES}\.?\s+", "", name.strip())
        if re.fullmatch(_PERSON, name) is None:
            continue
        part = "Presenter" if match.group("part") in _PRESENTING else "Guest"
        found.append((part, Speaker(name, _body_of(role)), role.strip(), line, number))
    return found


def _introduced(story: Article, first_turn: int) -> Speaker | None:
    """The first person the lines before the first turn name with a role, if any."""
    before = dataclasses.replace(story, lines=story.lines[: first_turn - 1])
    people = sorted(find_role_appositives(before) + find_people(before), key=lambda p: p.line)
    if not people:
        return None
    role = people[0].role
    return Speaker(people[0].name, _body_of(role), None if role[:1].isupper() else f"the {role}")


def _body_of(role: str) -> str | None:
    """The body a role names, as a prompt names it: "chief executive, Coastal Agency (CA)"
    → "the CA"; "director of the Vale Trust" → "the Vale Trust"."""
    parts = [part.strip() for part in re.split(r",|\s+(?:of|at)\s+(?:the\s+)?", role) if part]
    if len(parts) < 2 or not parts[-1][:1].isupper():
        return None
    body = parts[-1]
    short = _ABBREVIATION.search(body)
    return f"the {short.group('short')}" if short else f"the {body}"


def _heading_fact(
    part: str, speaker: Speaker, role: str, line: str, number: int
) -> FoundFact | None:
    """ "Guest: Dr Ana Ruiz, chief executive, Coastal Agency" asked as "Who is the chief
    executive of the Coastal Agency?"."""
    if part != "Guest" or speaker.name is None or not role:
        return None
    post, _, body = role.partition(",")
    # A body given with its short form is another card's answer ("What does CA stand for?")
    # that either name would give away: it is named by its kind, "the agency".
    if _ABBREVIATION.search(body):
        body = _ABBREVIATION.sub("", body).split()[-1].lower()
    body = body.strip()
    described = f"the {post.strip()} of the {body}" if body else f"the {post.strip()}"
    described = re.sub(r"\bof the the\b", "of the", described)
    if re.search(r"\b(?:of|at)\b", post):
        described = f"the {post.strip()}"
    return _name_fact(speaker.name, f"Who is {described}?", line, number, described)


def _name_fact(name: str, prompt: str, evidence: str, number: int, described: str) -> FoundFact:
    return FoundFact(
        kind="name",
        group="facts",
        answer=name,
        written=name,
        sentence=evidence,
        start=evidence.find(name),
        end=evidence.find(name) + len(name),
        question="who",
        line=number,
        evidence=evidence.strip(),
        prompt=prompt,
        description=described,
    )


def _speaker(match: re.Match[str], label: str, voices: dict[str, Speaker]) -> Speaker:
    """Who speaks a turn: a heading's voice the label names, or the label itself."""
    if label == "Q":
        return voices.get("Presenter", Speaker(None))
    if label == "A":
        return voices.get("Guest", Speaker(None))
    words = {word.casefold() for word in re.findall(r"[^\W\d_]+", label)}
    for voice in voices.values():
        name_words = {w.casefold() for w in re.findall(r"[^\W\d_]+", voice.name or "")}
        if voice.name and words <= name_words | _TITLE_WORDS:
            return voice
    brackets = match.groupdict().get("brackets") or ""
    named = re.match(r"\s*\(([^()]+)\)", brackets)
    post = "the" + label[3:] if label.startswith("The ") else None
    if _GOVERNMENT_POST.match(label):
        return Speaker(named.group(1) if named else None, "the government", post)
    return Speaker(named.group(1) if named else None, None, post)


_TITLE_WORDS = frozenset(t.casefold() for t in re.findall(r"\w+", _TITLES))


def _label_fact(match: re.Match[str], line: str, number: int, chamber: bool) -> FoundFact | None:
    """ "The Minister for Rural Affairs (Ana Ruiz):" asks who the minister is; "Mr Ed Hale
    (Ludlow) (Con):" asks who sits for Ludlow."""
    brackets = re.findall(r"\(([^()]+)\)", match.groupdict().get("brackets") or "")
    if not brackets:
        return None
    label = match.group("label")
    evidence = line[: match.end()].strip()
    if label.startswith("The ") and re.fullmatch(_PERSON, brackets[0]):
        post = "the" + label[3:]
        return _name_fact(brackets[0], f"Who is {post}?", evidence, number, post)
    name = re.sub(rf"^{_TITLES}\.?\s+", "", label)
    if name != label and re.fullmatch(_PERSON, name) and len(brackets) >= 2:
        member = "MP" if chamber else "member"
        described = f"the {member} for {brackets[0]}"
        return _name_fact(name, f"Who is {described}?", evidence, number, described)
    return None


# "Your predecessor, Ana Ruiz, resigned ...": one put to the guest by their place beside them.
_KIN = re.compile(
    rf"\b(?P<whose>[Yy]our|[Mm]y)\s+(?P<kin>predecessor|successor|deputy),\s+(?P<name>{_PERSON}),"
)


def _kin_facts(
    line: str, number: int, speaker: Speaker, voices: dict[str, Speaker]
) -> list[FoundFact]:
    """ "Your predecessor, NAME," put to the guest (or "My predecessor" said by them) asked
    as "Who was the predecessor of the chief executive of the agency?"."""
    guest = voices.get("Guest")
    if guest is None or guest.described is None:
        return []
    found: list[FoundFact] = []
    for match in _KIN.finditer(line):
        if (match["whose"].lower() == "my") != (speaker is guest):
            continue
        verb = "was" if match["kin"] == "predecessor" else "is"
        described = f"the {match['kin']} of {guest.described}"
        name = match["name"]
        fact = _name_fact(name, f"Who {verb} {described}?", line, number, described)
        begin, end = next(
            (span for span in sentence_spans(line) if span[0] <= match.start() < span[1]),
            (0, len(line)),
        )
        # (no description: "Your predecessor, NAME," already says who they are elsewhere)
        found.append(dataclasses.replace(fact, evidence=line[begin:end].strip(), description=None))
    return found


# "Today I am announcing the Bus Lifeline Programme, which ...": what a speaker launches.
_ANNOUNCED = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:am|are|'m|'re)\s+(?:today\s+|now\s+)?"
    r"(?:announcing|launching|introducing|publishing|setting\s+up)\s+(?:the|a\s+new)\s+"
    rf"(?P<name>(?:[{CAPITAL}][\w’'-]*\s+){{1,5}}"
    r"(?P<kind>Programme|Program|Fund|Scheme|Plan|Strategy|Bill|Review|Grant|Commission"
    r"|Taskforce|Task Force|Initiative|Partnership|Service|Charter|Compact))\b"
)


def _announced_facts(line: str, number: int, speaker: Speaker) -> list[FoundFact]:
    """ "Today I am announcing the Bus Lifeline Programme" said by the Minister for
    Transport asks "Which programme did the Minister for Transport announce?"."""
    if speaker.described is None:
        return []
    found: list[FoundFact] = []
    for match in _ANNOUNCED.finditer(line):
        begin, end = next(
            (span for span in sentence_spans(line) if span[0] <= match.start() < span[1]),
            (0, len(line)),
        )
        name = match["name"]
        found.append(
            FoundFact(
                kind="text",
                group="facts",
                answer=name,
                written=name,
                sentence=line[begin:end],
                start=match.start("name") - begin,
                end=match.end("name") - begin,
                question="what",
                line=number,
                evidence=line[begin:end].strip(),
                prompt=f"Which {match['kind'].lower()} did {speaker.described} announce?",
                named_thing=True,
                description=f"the {match['kind'].lower()}",  # "The programme will ..."
            )
        )
    return found


def _presenting_facts(line: str, number: int) -> list[FoundFact]:
    """ "This is Morning Call on Radio Vale, I'm Tom Reed." asks who presents Morning Call."""
    for begin, end in sentence_spans(line):
        sentence = line[begin:end].strip()
        match = _PRESENTS.search(sentence)
        if match is not None:
            name = match.group("name") or match.group("name2")
            show = match.group("show") or match.group("show2")
            return [_name_fact(name, f"Who presents {show}?", sentence, number, "the presenter")]
    return []


# "I can tell the hon. Lady that ...", "I can confirm that ...": how a speaker leads into a
# fact, no part of it.
_SPEECH_FRAME = re.compile(
    r"^(?:I|We)\s+(?:can\s+|am\s+able\s+to\s+|am\s+pleased\s+to\s+|want\s+to\s+|must\s+)?"
    r"(?:tell|confirm|assure|inform|remind|say\s+to)\b[^,?]{0,40}?\s+that\s+(?=\S)"
)


def _without_speech_frame(prompt: str) -> str:
    match = _SPEECH_FRAME.match(prompt)
    if match is None:
        return prompt
    rest = prompt[match.end() :]
    return rest[:1].upper() + rest[1:]


# "We are installing ...", "Our latest count is ...", "I have asked ...": the turn's
# speaker's body (or the speaker, for "I") in place of the pronoun, the verb agreeing.
_PRONOUN = re.compile(
    # ("Thirdly, we will fund ...": a speaker's ordering word may come first)
    r"^(?P<lead>(?:First|Firstly|Second|Secondly|Third|Thirdly|Finally|Today|Now|So),\s+)?"
    rf"(?P<pronoun>(?i:we|our)|I|(?i:my))\s+(?P<verb>[{SMALL}]+)\b"
)
_AGREES = {"are": "is", "were": "was", "have": "has", "do": "does", "am": "is"}
_SAME = frozenset(
    {"will", "would", "can", "could", "should", "must", "may", "might", "shall", "had", "did"}
    | {"was"}
)


def in_speakers_voice(
    groups: dict[str, list[dict[str, Any]]], transcript: Transcript | None
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` with each prompt opening on a turn's "We", "Our", "I" or "My" asked of the
    speaker's body or the speaker; a prompt with no one to name is left as it is (and goes
    as subjectless)."""
    if transcript is None:
        return groups
    lines = transcript.story.lines
    for group in groups.values():
        for card in group:
            speaker = next(
                (
                    speaker
                    for number, speaker in transcript.turns.items()
                    if card["evidence"] in lines[number - 1]
                ),
                None,
            )
            if speaker is None:
                continue
            # "I can tell the House that the grant will be how much?": the frame goes.
            card["prompt"] = _without_speech_frame(card["prompt"])
            card["prompt"] = _in_third_person(card["prompt"], speaker)
    return groups


def _in_third_person(prompt: str, speaker: Speaker) -> str:
    match = _PRONOUN.match(prompt)
    if match is None:
        return prompt
    pronoun = match.group("pronoun").casefold()
    subject = speaker.body if pronoun in ("we", "our") else speaker.name
    if subject is None:
        return prompt
    lead = match.group("lead") or ""
    if not lead:
        subject = subject[:1].upper() + subject[1:]
    if pronoun in ("our", "my"):
        return f"{lead}{subject}'s {prompt[match.start('verb') :]}"
    verb = match.group("verb")
    if verb in _AGREES:
        verb = _AGREES[verb]
    elif verb not in _SAME and not verb.endswith("ed"):
        if verb.endswith(("s", "sh", "ch", "x", "o")):
            return prompt  # "We focus", "we reach": left rather than misspelt
        verb += "s"
    return f"{lead}{subject} {verb}{prompt[match.end() :]}"
