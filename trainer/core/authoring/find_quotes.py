"""Quoted statements in an article and who made them, in every common form of attribution.

"…," Dar said / "…," said Dar / Tammy Bruce added, "…" / Ardern said "…" / according to
Dar, "…" / "…," he told reporters (he: the person last named) / a quote standing alone
whose speaker the sentence before names / a few quoted words inside reported speech
(Dar said the talks would take "weeks and days, not months").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, is_abbreviation, sentence_spans
from trainer.core.authoring.find_people import ORGANISATION_WORDS, TITLE_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL

_QUOTE = re.compile(r"“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"]+)\"")
_VERB = (
    r"(?:said|says|added|adds|told|tells|wrote|writes|stated|states|noted|notes|declared|"
    r"declares|asked|asks|replied|tweeted|posted|explained|explains|insisted|insists|warned|"
    r"warns|stressed|stresses|announced|announces|remarked|remarks|argued|argues|claimed|"
    r"claims|described|describes|recalled|recalls|saying|adding|telling|noting|explaining|"
    r"warning|stressing|arguing|insisting|describing|called|calls|dismissed|dismisses|"
    r"branded|brands)"
)
# A name: capitalised words, possibly joined by "of" ("Ministry of Foreign Affairs") or a
# surname's particle ("Niels de Boer").
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|la|le|al|bin|ibn)"
_NAME = (
    # "de Wit said": a surname may open on its particle.
    rf"(?:{_PARTICLE}\s+(?:{_PARTICLE}\s+)?)?"
    rf"[{CAPITAL}][\w’'.-]*(?:\s+(?:of\s+|for\s+|and\s+|(?:de|van|von|der|den|da|di|du|la|le"
    rf"|al|bin|ibn)\s+)?[{CAPITAL}][\w’'.-]*){{0,5}}"
)
_PRONOUN = r"(?:he|she|He|She)"
# "…," Dar said / "…," said Dar / "…," he told reporters / "…," the bank's chief
# economist, Dr. Ana Ruiz, said (a role in lower case set off before the name)
_AFTER = re.compile(
    rf"\s*,?\s*(?:(?P<speaker>{_NAME}|{_PRONOUN})\s+(?:also\s+)?{_VERB}\b"
    rf"|{_VERB}\s+(?P<speaker_after>{_NAME})"
    # "…," said lead author Dr Amara Osei: a role in lower case before the name.
    rf"|(?:said|says|added|adds)\s+(?!(?:that|the|a|an|in|on|at|of|to|by)\s)(?:[{SMALL}][\w-]*\s+){{1,3}}"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<speaker_role_after>{_NAME})"
    rf"|(?:[Tt]he|[Ii]ts|(?:[{CAPITAL}][\w-]*\s+){{0,2}}[{CAPITAL}][\w-]*[’']s)\s+[{SMALL}][^“”\",.]{{2,80}},\s+"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<speaker_role>{_NAME}),\s+(?:also\s+)?{_VERB}\b"
    # "…," ING economist Rico Luman said: a body, a role in lower case, then the name;
    # "…," chief executive Karin Lindqvist told analysts: the role alone.
    rf"|(?:[{CAPITAL}][\w&-]*\s+){{0,3}}(?:[{SMALL}][\w-]*\s+){{1,2}}"
    rf"(?P<speaker_lower>{_NAME})\s+(?:also\s+)?{_VERB}\b"
    # "…," Captain Ali Harun, director of search and rescue, told ...: the name, then its role.
    rf"|(?P<speaker_set_off>{_NAME}),\s+(?:(?:a|an|the)\s+)?[{SMALL}][^“”\",]{{2,100}},\s+"
    rf"(?:also\s+)?{_VERB}\b"
    # "…," the judge said: a title in lower case, which the drafter gives to its one holder.
    rf"|(?P<speaker_title>the\s+(?:[{SMALL}][\w-]*\s+)?[{SMALL}][\w-]*)\s+(?:also\s+)?{_VERB}\b)"
)
# Tammy Bruce added, "…" / Ardern said "…" / according to Dar, "…"
_BEFORE = re.compile(
    rf"(?:(?P<speaker>{_NAME}|{_PRONOUN})\s+(?:also\s+)?{_VERB}\b[^“”\"]{{0,60}}?"
    rf"|[Aa]ccording\s+to\s+(?P<according>{_NAME})\s*)[,:]?\s*$"
)
# A sentence naming the speaker of the quote that follows it on its own:
# "WTO spokesman Keith Rockwell describes the reaction to the draft."
# "Maria Solberg, who leads the union, spoke to reporters.": a description may stand between.
# What is set off is a description, never a second name: in "the director in Malawi, Tendai
# Ross, said" the speaker is Ross, not Malawi.
_INTRODUCES = re.compile(
    rf"(?P<speaker>{_NAME})(?:,\s(?!{_NAME},)[^,“”\"]{{3,80}},|,)?\s+(?:{_VERB}|spoke|speaks)\b"
)
# "Greta Lund, the party's spokeswoman, put it more bluntly: "…"": the sentence before the
# quote's colon opens on the speaker, whatever its verb.
_COLON_INTRO = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<speaker>{_NAME})(?:,\s[^,“”\"]{{3,80}},)?\s+[{SMALL}][^“”\".]{{0,60}}:\s*$"
)
# Reported speech holding a partial quote: the speaker, the verb, then the quote somewhere.
# "Leyla Ozdemir, a professor of geophysics, said ...": a role set off by commas between.
_REPORTED = re.compile(
    rf"(?P<speaker>{_NAME}|{_PRONOUN})"
    # "Jo Reed (Labour, Eastfield), one of ...": a party and a ward in brackets, then a role.
    # The role may open on an article, a possessive ("the Council's executive member"), or
    # a lower-case word ("chair of the association", "consumer analyst at ...").
    r"(?P<role>(?:\s*\([^()“”\"]{1,60}\))?"
    rf",\s+(?:(?:a|an|the)\s|[{SMALL}]|(?:[{CAPITAL}][\w&-]*\s+){{0,3}}[{CAPITAL}][\w&-]*[’']s\s)"
    # "..., chief executive of Acme, the body set up to run it, said": the body described.
    r"[^,“”\"]{3,90}(?:,\s+(?:a|an|the)\s[^,“”\"]{3,90})?,|\s*\([^()“”\"]{1,60}\))?"
    rf"\s+(?:also\s+)?{_VERB}\b"
)
# "The trust's director, Ms Catriona Bell, said ...": the role first, then the name set off.
_ROLE_FIRST_REPORTED = re.compile(
    # ("That leader, Jo Reed, said": the one the sentence before spoke of)
    rf"(?P<role>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|That|This|(?:[{CAPITAL}][\w&-]*\s+){{0,2}}[{CAPITAL}][\w&-]*[’']s)\s+"
    # The office may be capitalised: "the agency's Director of Science, Dr Ann Lee, said".
    rf"(?:[{CAPITAL}{SMALL}][\w’'-]*\s+){{0,4}}[{CAPITAL}{SMALL}][\w-]*,\s+)"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<speaker>{_NAME}),\s+(?:also\s+)?{_VERB}\b"
)
_INTRODUCES_PARAGRAPH = re.compile(rf"(?:[^“”\"]{{0,80}}\s)?{_NAME}[^“”\"]{{0,80}}\s{_VERB}:")
_ROLE_LABEL = re.compile(
    r"(?!(?:In|On|At|By|For|After|Before|But|And|When|While|As|Then|Later|Earlier)\s)"
    rf"[{CAPITAL}][\w-]*(?:\s+[{SMALL}][\w-]*){{1,3}}\s+"
)
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?P<speaker>{_NAME})")
# ", the chief engineer," after the speaker of "according to Maeve Doyle, the chief engineer,".
_ACCORDING_ROLE = re.compile(rf"^,\s+(?:the|a|an|its|his|her|their|[{SMALL}])[^,“”\"]{{0,80}},")
# A claim's first word that is no name, lowered when the claim follows "Who said".
_LOWERED_OPENINGS = frozenset(
    {"The", "A", "An", "It", "Its", "This", "That", "These", "Those", "There", "Their"}
)
_LEADING_POSSESSIVE = re.compile(rf"^(?:The\s+)?[{CAPITAL}][\w.-]*[’']s\s+|^The\s+")
_PAST = {
    "saying": "said",
    "adding": "added",
    "telling": "told",
    "noting": "noted",
    "explaining": "explained",
    "warning": "warned",
    "stressing": "stressed",
    "arguing": "argued",
    "insisting": "insisted",
    "describing": "described",
}
_MIN_WORDS = 4
_MIN_PARTIAL_WORDS = 3


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quoted statement, the speaker as the text names them, and the words that say so.

    ``pronoun`` is true when the text says only "he" or "she": the drafter resolves it to
    the person last named before ``offset``. ``reported`` holds the sentence of a partial
    quote, which is asked as "Who said ...?" with the speaker's words at ``speaker_span``.
    """

    quote: str
    speaker: str
    evidence: str
    line: int
    offset: int = 0
    pronoun: bool = False
    reported: str | None = None
    speaker_span: tuple[int, int] = (0, 0)
    question: str = "who"
    # The text before the quote (its line, and the sentence before): where "he" is named.
    context: str = ""
    # Reported speech whose speaker the sentence describes between commas ("Jo Reed, one
    # of the two members who voted against, said ..."): a person, whatever else names them.
    described: bool = False


def find_quotes(article: Article) -> list[FoundQuote]:
    """Every quoted statement with a speaker, in reading order."""
    found: list[FoundQuote] = []
    previous_sentence = ""
    # "Rachel Ormsby said:" on a line of its own introduces every quoted paragraph after it.
    introducer = ""
    for number, line in enumerate(article.lines, start=1):
        spans = sentence_spans(line)
        if line.strip() and not line.lstrip().startswith(("“", '"')):
            introducer = line.strip() if _INTRODUCES_PARAGRAPH.fullmatch(line.strip()) else ""
        for match in _QUOTE.finditer(line):
            quote = (match.group("curly") or match.group("straight") or "").strip()
            sentence_start, sentence_end = next(
                ((begin, end) for begin, end in spans if begin <= match.start() < end),
                (0, len(line)),
            )
            before_text = line[:sentence_start].rstrip()
            intro = _last_sentence(before_text) or introducer or previous_sentence
            quote_found = _full_quote(line, match, quote, number, intro)
            if quote_found is None:
                quote_found = _partial_quote(
                    line, match, quote, number, line[sentence_start:sentence_end], sentence_start
                )
            if quote_found is not None:
                context = f"{previous_sentence} {line[: match.start()]}"
                found.append(dataclasses.replace(quote_found, context=context))
        if line.strip():
            previous_sentence = _last_sentence(line)
    return found


def _full_quote(
    line: str, match: re.Match[str], quote: str, number: int, intro: str
) -> FoundQuote | None:
    if not _is_statement(quote):
        return None
    clean = quote.rstrip(",").strip()
    after = _AFTER.match(line, match.end())
    if after:
        group = next(
            name
            for name in (
                "speaker",
                "speaker_after",
                "speaker_role_after",
                "speaker_role",
                "speaker_lower",
                "speaker_set_off",
                "speaker_title",
            )
            if after[name]
        )
        return _quote(
            clean, after.group(group), line[match.start() : after.end()], number, match.start()
        )
    before = _BEFORE.search(line, 0, match.start())
    if before is None:
        before = _COLON_INTRO.search(line, 0, match.start())
    if before:
        speaker = str(before.group("speaker") or before.groupdict().get("according") or "")
        return _quote(clean, speaker, line[before.start() : match.end()], number, before.start())
    # A quote on its own: its speaker is named in the sentence before ("X describes the
    # reaction."), or the quote is attributed in the sentence after ("…" she said).
    introduced = _INTRODUCES.search(intro) if intro.rstrip().endswith((".", ":")) else None
    # "Ana Reis, Minister of Transport and Housing, said:" in a paragraph of its own: the
    # speaker is the name that opens it, never the capitalised role set off after it.
    colon = _COLON_INTRO.search(intro) if introduced and intro.rstrip().endswith(":") else None
    if colon and colon.group(0)[colon.end("speaker") - colon.start() :].startswith(","):
        introduced = colon
    if introduced and not line[match.end() :].strip(' ,.”"').strip():
        return _quote(
            clean,
            introduced.group("speaker"),
            line[match.start() : match.end()],
            number,
            match.start(),
        )
    return None


def _partial_quote(
    line: str, match: re.Match[str], quote: str, number: int, sentence: str, sentence_start: int
) -> FoundQuote | None:
    """A few quoted words inside reported speech: Dar said the talks would take "…"."""
    if len(quote.split()) < _MIN_PARTIAL_WORDS:
        return None
    quote_at = match.start() - sentence_start
    reported = None
    for candidate in _REPORTED.finditer(sentence, 0, quote_at):
        reported = candidate
    role_first = None
    for candidate in _ROLE_FIRST_REPORTED.finditer(sentence, 0, quote_at):
        role_first = candidate
    if role_first is not None and (reported is None or role_first.start() <= reported.start()):
        reported = role_first
    if reported is None:
        according = _ACCORDING.search(sentence)
        return _according_quote(quote, match, number, sentence, according) if according else None
    speaker = reported.group("speaker")
    span = reported.span("speaker")
    described = bool(reported.groupdict().get("role"))
    if reported.re is _ROLE_FIRST_REPORTED:
        span = (reported.start(), reported.end("speaker") + 1)  # "Who said ...", role and name
    elif described:
        span = (span[0], reported.end("role"))  # "Who said ...", the role left out
    # "Council member Priya Raman, ... said": a role label in lower case before the name,
    # all the sentence holds before it, is asked with the name ("Who said ...?").
    if _ROLE_LABEL.fullmatch(sentence[: span[0]]):
        span = (0, span[1])
    verb = sentence[span[1] : reported.end()].split()[-1]
    question = "who"
    if verb.endswith("ing"):
        # "with Minister Kelvin Davis explaining that ..." asks "who explained that ...".
        question = f"who {_PAST.get(verb, verb)}"
        span = (span[0], reported.end())
    found = _quote(
        quote.rstrip(",.").strip(),
        speaker,
        sentence,
        number,
        match.start(),
        reported=sentence,
        speaker_span=span,
        question=question,
    )
    return dataclasses.replace(found, described=described)


def _according_quote(
    quote: str, match: re.Match[str], number: int, sentence: str, according: re.Match[str]
) -> FoundQuote | None:
    """Quoted words in a claim "according to" someone: asked "Who said <the claim>?".

    "The spillway was opened and, according to Maeve Doyle, the chief engineer, the lake
    was "higher than ..."" and "The lake was "higher than ...", according to Maeve Doyle"
    both ask who said the lake was "higher than ..."; the claim is the sentence's words
    after the speaker (and a role set off by commas), or before "according to" when it ends
    the sentence.
    """
    after = _ACCORDING_ROLE.sub("", sentence[according.end() :], count=1).strip(" ,")
    claim = after if after.rstrip('.!?”"') else sentence[: according.start()]
    claim = claim.strip(" ,.")
    if not claim or quote not in claim:
        return None
    first, _, rest = claim.partition(" ")
    if first in _LOWERED_OPENINGS:
        claim = f"{first.lower()} {rest}"
    speaker = according.group("speaker")
    return _quote(
        quote.rstrip(",.").strip(),
        speaker,
        sentence,
        number,
        match.start(),
        reported=f"{speaker} said {claim}.",
        speaker_span=(0, len(speaker)),
    )


def _quote(
    quote: str,
    speaker: str,
    evidence: str,
    number: int,
    offset: int,
    reported: str | None = None,
    speaker_span: tuple[int, int] = (0, 0),
    question: str = "who",
) -> FoundQuote:
    pronoun = re.fullmatch(_PRONOUN, speaker) is not None
    # '… said Ambassador Maria Santos of Brazil. Witnesses applauded': the name ends with
    # its sentence, and so does the evidence.
    cut = _sentence_end_within(speaker)
    if cut and evidence.endswith(speaker):
        evidence = evidence[: len(evidence) - len(speaker) + cut]
    speaker = speaker[:cut] if cut else speaker
    return FoundQuote(
        quote=quote,
        speaker=speaker if pronoun else _clean(speaker),
        evidence=evidence,
        line=number,
        offset=offset,
        pronoun=pronoun,
        reported=reported,
        speaker_span=speaker_span,
        question=question,
    )


def _last_sentence(text: str) -> str:
    spans = sentence_spans(text)
    return text[spans[-1][0] : spans[-1][1]] if spans else ""


def _is_statement(quote: str) -> bool:
    # A few quoted words ("pivotal role") are a phrase someone used, not a statement; a
    # quote opening on "and" or "but" is the second half of one a "she said" broke in two.
    return (
        len(quote.split()) >= _MIN_WORDS
        and quote[-1] in ".,!?…"
        and re.match(r"(?:and|but|or)\b", quote) is None
    )


def _sentence_end_within(speaker: str) -> int:
    """Where the sentence holding a speaker's name ends inside the words read as the name
    (after "Brazil." in "Maria Santos of Brazil. Witnesses"), or 0."""
    for stop in re.finditer(rf"([\w’'-]+)\.\s+(?=[{CAPITAL}])", speaker):
        # (a title's short form, "Eng. Langat", "Supt. Reid", ends no sentence)
        if not is_abbreviation(stop.group(1)) and len(stop.group(1)) > 4:
            return stop.start() + len(stop.group(1)) + 1
    return 0


def _clean(speaker: str) -> str:
    # "Pakistan’s Ministry of Foreign Affairs" names the ministry, not Pakistan; a full stop
    # after the name ends the sentence, unless it closes an initial ("Donald J.").
    speaker = _LEADING_POSSESSIVE.sub("", speaker).strip()
    if speaker.endswith(".") and not re.search(rf"\b[{CAPITAL}]\.$", speaker):
        speaker = speaker[:-1]
    # "Ambassador Maria Santos of Brazil": where a person's name ends, the country or
    # body they speak for is no part of it ("Minister of Finance" is a title, kept).
    whose = _OF_PLACE.match(speaker)
    if whose and not set(whose.group("name").split()) & (TITLE_WORDS | ORGANISATION_WORDS):
        speaker = whose.group("before")
    return speaker


_OF_PLACE = re.compile(
    rf"(?P<before>.*?\b(?P<name>[{CAPITAL}][\w’'-]+\s+[{CAPITAL}][\w’'-]+))"
    rf"\s+of\s+(?:the\s+)?[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'-]+)?$"
)
