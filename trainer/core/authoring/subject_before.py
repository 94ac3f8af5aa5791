"""A question opening with "It" names what "it" is: the subject of the sentence before.

"It was followed by more than 240 aftershocks" is asked away from the article, where no
reader knows what "it" was; the sentence before says ("The quake struck at 3:42 a.m. ..."),
so the question asks "The quake was followed by more than how many aftershocks?". Only a
plain subject is taken: a noun phrase opening that sentence with "The"/"A"/"An" and no
figure, or a capitalised name, right before its verb. "He", "She" and "They" are left
alone: a person is named in other cards, and "they" may be anyone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_people import HONORIFICS, TITLE_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.pronoun_subjects import counts_time_since
from trainer.core.authoring.thing_pronouns import takes_a_measure, with_thing_named

# What follows a subject: an auxiliary, a regular past tense, or a common irregular one.
_VERB = (
    r"(?:will|would|is|was|are|were|has|had|have|can|could|should|must|may|might|"
    rf"[{SMALL}]+ed|struck|rose|fell|took|made|came|went|began|won|led|hit|cut|set|grew|saw|"
    r"gave|left|held|met|paid|sold|built|brought|bought|found|drew|killed|remains|stands|"
    r"kept|lost|spent|sent|told|said|put|got|became|chose|ran|expects|plans|says)\b"
)
_NOUN_SUBJECT = re.compile(
    # The nearest verb ends the subject: "The commission found that the merged group
    # would" has the subject "The commission".
    rf"^(?:The|A|An)\s+(?P<words>(?:[{SMALL}][\w-]*\s+){{0,3}}?[{SMALL}][\w-]*)\s+{_VERB}"
)
# "Nordvik now expects ...": after a name, an adverb of time may come before the verb, and
# the verb may be in the present ("expects", "plans").
_NAMED_SUBJECT = re.compile(
    rf"^(?P<name>(?:[{CAPITAL}][\w&’'-]*\s+){{0,3}}[{CAPITAL}][\w&’'-]*)"
    rf"(?:\s+(?:now|also|still|already|later|then))?\s+(?:{_VERB}|[{SMALL}]{{3,}}[^s\W]s\b)"
)
_ANY_IT = re.compile(r"^(?:(?:But|And|Yet|So|Although|Though)\s+it|It|This|Its)\s")
_IT = re.compile(r"^(?:It|This)\s+(?=(?:also\s+)?" + _VERB + ")")
# "Its measurements are expected to ...": a thing of what the sentence before is about.
_ITS = re.compile(rf"^Its\s+(?=[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*){{0,2}}\s+" + _VERB + ")")


def sentence_before(article: Article, sentence: str) -> str | None:
    """The sentence just before ``sentence`` in ``article`` (in its paragraph or the one
    before), or None when it opens the article or is not found."""
    previous: str | None = None
    for line in article.lines:
        for begin, stop in sentence_spans(line):
            current = line[begin:stop]
            if current == sentence:
                return previous
            previous = current
    return None


def with_subject(prompt: str, article: Article, sentence: str, people: Sequence[str] = ()) -> str:
    """``prompt``, asked from ``sentence`` of ``article``, with an opening "It"/"This"
    replaced by the subject of the sentence before, or by the body or measure an "it"
    inside the sentence stands for (``people`` are the article's people, never "it")."""
    it = _IT.match(prompt) or _ITS.match(prompt)
    if counts_time_since(sentence) or not _ANY_IT.match(prompt):
        return prompt
    sentences = [line[begin:stop] for line in article.lines for begin, stop in sentence_spans(line)]
    opens_on_it = re.match(r"(?:It|This|Its)\s", sentence) is not None
    before = sentence_before(article, sentence)
    subject = _subject(before) if before and it is not None and opens_on_it else None
    if subject is not None and _is_person(subject, people):
        # "Judge Ann Lee refused permission ... It has 28 days to appeal": "it" is never a
        # person; what it stands for is the body the sentences name.
        subject = None
    if subject is not None and it is not None and not takes_a_measure(subject, prompt[it.end() :]):
        # "The board has declared an interim dividend ... It will be paid on 29 January":
        # what is paid is the dividend the sentence names, not the board.
        subject = None
    if subject is None:
        # "..., but it was defeated": what "it" is, in its own sentence or the one before.
        return with_thing_named(prompt, sentences, sentence, people)
    assert it is not None
    if it.re is _ITS:  # "Its measurements are ..." as "The satellite's measurements are ..."
        return f"{subject}'s {prompt[it.end() :]}"
    return subject + " " + prompt[it.end() :]


def plain_subject(sentence: str) -> str | None:
    """The plain subject ``sentence`` opens on ("The government", "Nordvik"), if any."""
    return _subject(sentence)


# Titles of the peerage and the bench before a name: "Lord Justice Hale", "Lady Ruth Ames".
_PEERAGE = frozenset({"Lord", "Lady", "Baron", "Baroness"})


def _is_person(subject: str, people: Sequence[str]) -> bool:
    """Whether ``subject`` names one of the article's ``people`` or opens on a person's
    title ("Judge", "Dr", "Lord")."""
    words = subject.split()
    if words[0].rstrip(".") in HONORIFICS | _PEERAGE or words[0] in TITLE_WORDS:
        return True
    return any(
        subject == person or person in subject or subject in person.split() for person in people
    )


def _subject(sentence: str) -> str | None:
    noun = _NOUN_SUBJECT.match(sentence)
    if noun:
        # "A magnitude 6.8 earthquake" is "The earthquake": its figure is another card's.
        words = [word for word in noun.group("words").split() if not re.search(r"\d", word)]
        return "The " + " ".join(words[-2:]) if words else None
    named = _NAMED_SUBJECT.match(sentence)
    if named and named.group("name").split()[0] not in ("It", "This", "He", "She", "They"):
        return named.group("name")
    return None
