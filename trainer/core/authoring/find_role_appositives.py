"""People named beside a role written in lower case, as wire stories and court reports do:
"the company's chief executive, Ingrid Halvorsen, told reporters", "Its spokesman, Tor
Nyland, said", "Kadri Mets, Head of Communications", "Jane Doe, the bank's chief economist,".

`find_people` reads the capitalised title before a name ("Foreign Minister Ishaq Dar"); this
reads the role set off by commas on either side of it. A possessive "its" or "the agency's"
is resolved to the organisation the text named last with that word ("Gassco" for "its" in the
sentence after "Gassco, the state-owned operator ..."), so a prompt names whose role it is.
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import Article, sentence_around, sentence_spans
from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.find_people import (
    HEAD_WORDS,
    HONORIFICS,
    ORGANISATION_WORDS,
    TITLE_WORDS,
    FoundPerson,
)
from trainer.core.authoring.letters import CAPITAL, NAME_WORD, SMALL
from trainer.core.authoring.named_in_full import full_name_of
from trainer.core.authoring.person_names import PERSON_NAME, core_name
from trainer.core.calendar_words import WEEKDAY_NAMES

# The last word of a role: "chief executive", "area director", "spokesman", "economist".
_ROLE_HEADS = (
    "executive|director|spokesman|spokeswoman|spokesperson|minister|secretary|chairman"
    "|chairwoman|chair|president|governor|head|officer|economist|analyst|envoy|ambassador"
    "|adviser|advisor|editor|founder|manager|leader|lawyer|judge|commissioner|mayor"
    "|prosecutor|councillor|councilor|alderman|chief|partner|professor|researcher|owner|member|MP|senator|general"
    "|commander|spokesperson|representative|negotiator|strategist|counsel|barrister"
    "|solicitor|attorney|inspector|auditor|treasurer|deputy|administrator|coordinator"
    "|lecturer|author|scientist|lawmaker|legislator|physician|surgeon|columnist|journalist"
    f"|correspondent|activist|campaigner|forecaster|historian|statistician|[{SMALL}]+ologist"
    "|engineer|planner|architect|surveyor|accountant|curator|investigator"
    # Schools' heads and a chair's deputy: "headteacher Ann Lee", "Ann Lee, the vice-chair".
    "|headteacher|headmaster|headmistress|principal|vice-chair|vice-chairman|vice-chairwoman"
    "|vice-president"
    # A think tank's authors: "Jane Doe, Senior Fellow", "John Roe, Research Associate".
    "|fellow|associate"
    # A party's and a parliament's offices: "the chief whip", "the shadow chancellor".
    "|whip|chancellor"
    # A company's officers by their letters: "Jane Roe, CEO of Acme", "Acme's CFO, X".
    "|CEO|CFO|COO|CTO|CIO"
    # An election's people: "the Conservative candidate, Helen Trewartha, finished second".
    "|candidate|nominee|challenger|incumbent|runner-up"
    # Those in charge of a ship: "The ship's master, Captain Ivan Petrov,".
    "|master|skipper"
)
ROLE_HEADS = _ROLE_HEADS
# A body's name may hold joining words: "Malatya Training and Research Hospital".
_BODY = rf"[{CAPITAL}][\w&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[{CAPITAL}][\w&-]*){{0,5}}"
_NAME_WORD = NAME_WORD
_NAME = PERSON_NAME
# A courtesy title before the name, left out of the name a card answers ("Dr. Samuel Okello").
# Two may stand together: "Rt Hon. Jane Doe", "Hon. Dr Jane Doe".
_COURTESY = (
    r"(?:(?:"
    + "|".join(re.escape(title) for title in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?\s+){0,2}"
)
# Whose role: "its", "the company's", "Halden's", "the European Union's".
_OWNER = (
    # ("the health board's": a body named by two words in lower case)
    rf"(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:[{SMALL}]+\s+)?[{SMALL}]+[’']s"
    rf"|(?:[Tt]he\s+)?(?:[{CAPITAL}][\w-]*\s+){{0,3}}[{CAPITAL}][\w-]*[’']s)"
)
# Words that join or introduce, never part of a role: "Kivi and external member Ruus".
_NOT_ROLE = r"(?!(?:and|or|the|of|with|by|to|a|an|for|from|as|said|told|its|their|his|her)\s)"
_ROLE_WORDS = rf"(?:{_NOT_ROLE}[{SMALL}][\w-]*\s+){{0,3}}(?:{_ROLE_HEADS})"
# What the office covers, in lower case: "head of research and development".
_ROLE_FIELD = (
    rf"(?:\s+(?:of|for)\s+[{SMALL}][\w-]*(?:\s+(?:and\s+)?[{SMALL}][\w-]*){{0,3}}"
    # "Ghana's new ambassador to Germany": the country or place a post is to or in;
    # "Kenya's managing director of the Ports Authority": the body a post is of.
    rf"|\s+(?:to|in|of|for)\s+(?:the\s+)?[{CAPITAL}][\w-]*(?:\s+[{CAPITAL}][\w-]*){{0,3}})?"
)
# "the company's chief executive, Ingrid Halvorsen," / "Its spokesman, Tor Nyland, said" /
# "Halden's head of research and development, Dr. Ana Ruiz, told".
_ROLE_COMMA_NAME = re.compile(
    rf"(?<![\w’'])(?P<owner>{_OWNER})\s+(?P<role>{_ROLE_WORDS}{_ROLE_FIELD}),\s+{_COURTESY}"
    rf"(?P<name>{_NAME})"
    # ("Its principal investigator, Dr Jo Bell of the Bergen Institute, said": the body
    # the holder is from may follow the name)
    rf"(?=\s*[,.]|\s+(?:said|says|told|added)|\s+(?:of|at|from)\s+(?:the\s+)?{_BODY}\s*,)"
)
# "The Minister for Defence, Ciarán Moynihan TD, today signed": a capitalised office set
# off by commas, its holder's post-nominal letters ("TD", "MP") no part of the name.
_TITLE_COMMA_NAME = re.compile(
    # "The Minister ...", or whose office it is: "Alberta's Minister of Forestry and Parks".
    # "Its Secretary General, Jo Bell, has": the body "its" stands for owns the office.
    rf"(?<![\w’'])(?:[Tt]he|(?P<owner>[Ii]ts|[Tt]heir|(?:[{CAPITAL}][\w-]*\s+){{0,2}}[{CAPITAL}][\w-]*[’']s))\s+(?P<role>(?:[{CAPITAL}][\w-]*\s+){{0,3}}(?:"
    + "|".join(sorted(HEAD_WORDS, key=len, reverse=True))
    # "... for Water, Sanitation and Irrigation", "... for the State Department for Water".
    + rf")(?:\s+(?:of|for)\s+(?:the\s+)?[{CAPITAL}][\w-]*"
    rf"(?:(?:,\s+|\s+(?:(?:and|of|for)\s+(?:the\s+)?)?)[{CAPITAL}][\w-]*){{0,5}})?),\s+"
    # The holder may end the sentence or a list's item: "..., Hon. Jane Doe."
    rf"{_COURTESY}(?P<name>{_NAME})(?:\s+[{CAPITAL}]{{2,4}})?(?=\s*[,.;]|\s+(?:said|says|told|added)\b)"
)
# "a new senior responsible owner, Air Vice-Marshal Jo Bell, was named": a lower-case role
# with no owner, set off before the name (a one-word role is a bare title, asked of nothing).
# ("The Conservative candidate, Helen Trewartha,": one capitalised word may say whose side.)
_ARTICLE_ROLE_COMMA_NAME = re.compile(
    rf"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[{CAPITAL}][{SMALL}][\w-]*\s+)?"
    rf"{_ROLE_WORDS}{_ROLE_FIELD}),\s+{_COURTESY}"
    rf"(?P<name>{_NAME})"
    r"(?=\s*,|\s+(?:said|says|told|added))"
)
# A role that belongs to the name after it: "Jane Doe, the Minister of X, Mrs Ann Roe": the
# holder of an office is the one it introduces, with a courtesy title or rank, not the one
# before.
_INTRODUCES_NEXT = re.compile(
    r"\s*,\s+(?:"
    + "|".join(re.escape(title) for title in sorted(HONORIFICS, key=len, reverse=True))
    + rf")\.?\s+{_NAME}"
)
# A body named at length, as court and government copy does: "the U.S. Attorney's Office for
# the Southern District of New York".
_OFFICE_WORD = rf"[{CAPITAL}][\w&-]*(?:\.[{CAPITAL}]\.?)*(?:[’']s)?"
_OFFICE_BODY = rf"{_OFFICE_WORD}(?:\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?{_OFFICE_WORD}){{0,8}}"
# "A spokesperson for the Port Authority, Femke Jansen, said": a lower-case role of a
# capitalised body, set off before the name.
_ROLE_OF_BODY_COMMA_NAME = re.compile(
    rf"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s+(?P<role>{_ROLE_WORDS}\s+(?:for|at|of)\s+(?:the\s+)?"
    rf"{_OFFICE_BODY}),\s+{_COURTESY}(?P<name>{_NAME})"
    r"(?=\s*,|\s+(?:said|says|told|added))"
)
# The role after the comma: "the bank's chief economist", "chair of the committee".
# A participle and its preposition open a clause, not a role: "nine years at the Basin
# Authority, rising to chief hydrologist" ("acting director", "managing editor" are roles).
_PARTICIPLE = rf"[{SMALL}]+ing\s+(?:to|as|at|for|from|into|in|on|through|with|under|up)\s"
_APPOSITIVE_ROLE = (
    rf"(?!(?:and|or|whose|who|which)\s)(?![{SMALL}]+ed\s+by\s)(?!{_PARTICIPLE})(?P<role>(?:(?:the|its|{_OWNER})\s+)?"
    rf"(?:\d+-year-old\s+)?(?:[{CAPITAL}{SMALL}][\w-]*\s+){{0,3}}(?i:{_ROLE_HEADS})"
    # "... director of public health", "head of network planning at Nordlys Line",
    # "director of the university's Centre for Sleep and Circadian Science".
    # "Norway's ambassador to Chile": the country a post is to.
    # "secretary of the Rail Users' Forum": a plural's possessive inside the body's name.
    rf"(?:\s+(?:of|for|in|to)\s+(?:the\s+)?(?:[{SMALL}]+[’']s\s+)?[\w&-]+"
    # ("of the trial and professor of ageing": a second role is no word of the body)
    rf"(?:\s+(?:(?:and|of|for|&)\s+)?(?!(?i:{_ROLE_HEADS})\b)[\w&-]+(?:(?<=s)[’'](?=\s))?){{0,5}}?)?"
    # "at the consumer organisation Fair Energy Watch": the body's kind may come first.
    # "at Oslo-based lender Fjordbank": where the body is based may come before its kind.
    rf"(?:\s+(?:at|of)\s+(?:the\s+)?(?:[{CAPITAL}][\w’'-]*-based\s+)?(?:[{SMALL}][\w-]*\s+){{0,2}}{_BODY}"
    rf"(?:\s+in\s+[{CAPITAL}][\w-]*(?:\s+[{CAPITAL}][\w-]*)?)?)?"
    # "General Officer Commanding the Air Corps": an office named by what its holder does.
    rf"(?:\s+[{CAPITAL}][{SMALL}]+ing\s+(?:the\s+)?{_BODY})?"
    # "... and the study's lead author": a second role of the same person.
    rf"(?:\s+and\s+(?:the\s+[{SMALL}]+[’']s\s+|its\s+)?(?:[{SMALL}][\w-]*\s+){{0,2}}"
    rf"(?:{_ROLE_HEADS}))?"
    # "Graham Hart, chief executive from 2011 to 2020,": the years the post was held.
    rf"(?:\s+(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until)\s+(?:19|20)\d\d)?)"
    # "..., chair of the committee and a long-standing critic of the scheme, said": a
    # description that is no role ends the role; so does the short form of the body it
    # names ("spokesman for the Civic Party (CP), said"), no part of the role.
    rf"(?=(?:\s+\([{CAPITAL}][{CAPITAL}{SMALL}]{{1,7}}\))?\s*[,.;]|\s+and\s+(?:a|an|(?:{_ROLE_HEADS})\b)\s)"
)
# "Kadri Mets, Head of Communications." / "Jane Doe, the bank's chief economist, said".
_NAME_COMMA_ROLE = re.compile(
    # "Kenji Matsuda of Kyoto University, the mission's lead scientist": the person, not the
    # body they are from, holds the role.
    # A role opens on no joining word: "Jane Doe, and the Minister of X" is a list.
    rf"(?<![\w’'])(?P<name>{_NAME})(?:\s+(?:of|at|from)\s+(?:the\s+)?{_BODY})?,\s+{_APPOSITIVE_ROLE}"
)
# "Holm, the mission's principal investigator, said": a person the article named in full
# before, by surname alone with a role (the full name is the answer).
_SURNAME_COMMA_ROLE = re.compile(
    # (a role whose it is: "then a junior minister" was a post, "a lawyer" no one's in
    # particular)
    rf"(?<![\w’'.-])(?P<surname>{_NAME_WORD}),\s+(?:\d{{1,3}},\s+)?"
    rf"(?=(?:the|its|their|(?:[{CAPITAL}][\w-]*\s+){{0,2}}[{CAPITAL}][\w-]*[’']s)\s){_APPOSITIVE_ROLE}"
)
# "external member Johan Ruus": a role in lower case right before the name.
_LOWER_ROLE_NAME = re.compile(
    # The body the role is at, when capitalised words name it right before: "Environment
    # Canada meteorologist Sunita Rao" is the Environment Canada meteorologist.
    # ("director-general Jo Bell": a head may close a hyphened role, never open one)
    rf"(?<![\w’'-])(?P<role>(?:(?:[{CAPITAL}][\w&-]*\s+){{1,3}}(?=[{SMALL}]))?"
    rf"(?:{_NOT_ROLE}[{SMALL}][\w-]*\s+){{0,2}}(?:[{SMALL}]+-)?(?:{_ROLE_HEADS}))\s+"
    rf"(?P<name>{_NAME})(?![\w’'])"
)
# "Margaret Osei, who chairs the finance committee,": the role told by what the person does.
_NAME_WHO_ROLE = re.compile(
    rf"(?<![\w’'])(?P<name>{_NAME}),\s+who\s+(?P<verb>chairs|heads|leads|runs|directs|manages)"
    rf"\s+(?P<what>(?:the|its|their|[{CAPITAL}][\w&-]*[’']s)\s+[^,.;]{{3,60}}?)(?=\s*[,.;])"
)
# "Independent candidate Valeria Contreras won the runoff for governor ... on Sunday": the
# winner of a race, asked "Who is the winner of the runoff for governor ...?".
_NAME_WON = re.compile(
    rf"(?<![\w’'])(?P<name>{_NAME})\s+(?:won|wins|has\s+won)\s+"
    r"(?P<what>the\s+[^,.;“”\"]{3,80}?)(?=\s+(?:on|with|by|after|in\s+a)\b|\s*[,.;])"
)
WINNER_ROLE = "winner of "
_BODY_BEFORE = re.compile(rf"\bof\s+(?:the\s+)?(?:[{CAPITAL}][\w’'-]*\s+)*[{CAPITAL}][\w’'-]*$")
_DOER = {
    "chairs": "chair",
    "heads": "head",
    "leads": "leader",
    "runs": "head",
    "directs": "director",
    "manages": "manager",
}
_DESCRIBED_SUBJECT = re.compile(
    rf"\s*(?:The|A|An)\s+[^,]{{3,60}},\s+(?P<name>(?:[{CAPITAL}][\w&-]*\s+){{0,3}}[{CAPITAL}][\w&-]*),\s+[{SMALL}]"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_NOT_NAME_START = frozenset({"The", "This", "That", "It", "He", "She", "They", "But", "And"})


def find_role_appositives(article: Article) -> list[FoundPerson]:
    """Every (role, name) pair the article writes with a role in lower case, in order."""
    found: list[FoundPerson] = []
    for number, line in enumerate(article.lines, start=1):
        for pattern in (
            _ROLE_COMMA_NAME,
            _TITLE_COMMA_NAME,
            _ROLE_OF_BODY_COMMA_NAME,
            _ARTICLE_ROLE_COMMA_NAME,
            _NAME_COMMA_ROLE,
            _LOWER_ROLE_NAME,
            _NAME_WHO_ROLE,
            _NAME_WON,
        ):
            for match in pattern.finditer(line):
                if pattern is _NAME_COMMA_ROLE and _INTRODUCES_NEXT.match(line, match.end()):
                    continue
                # "... of the Democratic Renewal Party won": the body a person is of, no
                # winner's name.
                if pattern is _NAME_WON and _BODY_BEFORE.search(line, 0, match.end("name")):
                    continue
                name = core_name(match.group("name"))  # "Co-author Professor Tomasz Wielgosz"
                if name.split()[0] in _NOT_NAME_START or len(name.split()) < 2:
                    continue
                owner = match.groupdict().get("owner")
                if pattern is _NAME_WON:
                    role = f"{WINNER_ROLE}{' '.join(match.group('what').split())}"
                elif pattern is _NAME_WHO_ROLE:
                    role = (
                        f"{_DOER[match.group('verb')]} of {' '.join(match.group('what').split())}"
                    )
                else:
                    role = " ".join(match.group("role").split())
                # "the 44-year-old business secretary": the age is a fact of its own.
                role = _AGE_IN_ROLE.sub("", role)
                start = match.start()
                if pattern is _LOWER_ROLE_NAME:
                    role = _without_opening_words(role)
                    start = line.index(role.split()[0], match.start())
                    if _VERB_FOLLOWS.search(line, 0, start) and len(role.split()) > 2:
                        # "will face incumbent vice-president X": the word after "will" is
                        # its verb, no part of the role.
                        role = role.split(maxsplit=1)[1]
                        start = line.index(role.split()[0], start + 1)
                if owner:
                    role = f"{resolve_owner(owner, line, match.start(), article, number)} {role}"
                found.append(
                    FoundPerson(
                        name=name,
                        role=role,
                        # A winner's phrase is the name: "won the runoff" is the fact.
                        phrase=(
                            match.group("name")
                            if pattern is _NAME_WON
                            else line[start : match.end()].rstrip(" ,")
                        ),
                        sentence=sentence_around(line, start, match.end()),
                        line=number,
                    )
                )
    return found + _surnames_with_roles(article) + _names_in_capitals(article)


# "ILSE BRANDTNER-OKAFOR, Special Representative of the Secretary-General for Vardenia,
# said": a meeting summary's speaker, the name in capitals, the office capitalised after it.
_CAPITALS_WORD = rf"[{CAPITAL}][{CAPITAL}’'-]+"
_CAPITALS_NAME_TITLE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_CAPITALS_WORD}(?:\s+(?:[{SMALL}]{{1,4}}\s+)?{_CAPITALS_WORD}){{1,3}}),"
    rf"\s+(?P<role>[{CAPITAL}][\w’'-]*(?:\s+(?:(?:of|for|and|on|to|the)\s+)*[{CAPITAL}][\w’'-]*){{0,12}}),?"
    r"(?=\s+(?:said|says|told|stressed|noted|warned|added|briefed|called|urged)\b)"
)


def _names_in_capitals(article: Article) -> list[FoundPerson]:
    """Each speaker a summary names in capitals with their office: answered in the name's
    own capitals lowered ("Ilse Brandtner-Okafor"), the evidence as written."""
    found: list[FoundPerson] = []
    for number, line in enumerate(article.lines, start=1):
        for match in _CAPITALS_NAME_TITLE.finditer(line):
            name = " ".join(_in_name_case(word) for word in match.group("name").split())
            found.append(
                FoundPerson(
                    name=name,
                    role=" ".join(match.group("role").split()),
                    phrase=line[match.start() : match.end("role")],
                    sentence=sentence_around(line, match.start(), match.end()),
                    line=number,
                )
            )
    return found


def _in_name_case(word: str) -> str:
    """ "BRANDTNER-OKAFOR" as "Brandtner-Okafor", "O'NEILL" as "O'Neill"; "de" stays."""
    if word.islower():
        return word
    return re.sub(r"[^\W\d_]+", lambda part: part.group(0).capitalize(), word.lower())


def _surnames_with_roles(article: Article) -> list[FoundPerson]:
    """ "Holm, the mission's principal investigator, has spent a decade on it": a surname the
    article wrote earlier as part of a full name, given a role, answered by the full name."""
    text = "\n".join(article.lines)
    found: list[FoundPerson] = []
    for number, line in enumerate(article.lines, start=1):
        for match in _SURNAME_COMMA_ROLE.finditer(line):
            surname = match.group("surname")
            # "Lena Holm, the ...": the whole name's pattern reads it.
            if re.search(rf"{_NAME_WORD}\s+$", line[: match.start()]):
                continue
            if _INTRODUCES_NEXT.match(line, match.end()):
                continue
            name = full_name_of(surname, text)
            before = "\n".join(article.lines[: number - 1]) + "\n" + line[: match.start()]
            if name is None or name not in before:
                continue  # named in full only later, or never: the surname is no one's
            role = _AGE_IN_ROLE.sub("", " ".join(match.group("role").split()))
            found.append(
                FoundPerson(
                    name=name,
                    role=role,
                    phrase=line[match.start() : match.end()].rstrip(" ,"),
                    sentence=sentence_around(line, match.start(), match.end()),
                    line=number,
                )
            )
    return found


_AGE_IN_ROLE = re.compile(r"\b\d+-year-old\s+")
# Words after which the next word is a verb: "will face", "to meet", "did beat".
_VERB_FOLLOWS = re.compile(
    r"\b(?:will|would|to|can|could|may|might|must|should|shall|did|does|do|won['’]t)\s+$"
)


def _without_opening_words(role: str) -> str:
    """ "On Monday analyst" is the analyst: capitalised words before a lower-case role name
    its body only after the last word that opens a sentence or names a day."""
    words = role.split()
    capitalised = next((at for at, word in enumerate(words) if word[:1].islower()), 0)
    for at in range(capitalised - 1, -1, -1):
        if words[at] in _OPENING_WORDS or words[at] in MONTHS or words[at] in WEEKDAY_NAMES:
            return " ".join(words[at + 1 :])
    return role


_OPENING_WORDS = _NOT_NAME_START | frozenset(
    {"A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before", "While",
     "As", "When", "Then", "Also", "Meanwhile", "However", "Last", "Next", "Its", "Their"}
)  # fmt: skip


_UPDATE_LABEL = re.compile(
    r"^\s*(?:UPDATE[DS]?|Update[ds]?|CORRECTION|Correction|Clarification)\b[^:.]{0,40}:\s*"
)

_OPENING_PHRASE = re.compile(
    r"^\s*(?:In|On|At|After|Before|During|Earlier|Later|Separately|Meanwhile|Unlike|Like"
    r"|Despite|Although|Though|While|Whereas|With|Without|Besides|Following|Amid|Under)\b"
    r"[^,]{0,60},\s*"
    rf"(?=[{CAPITAL}])"
)


def resolve_owner(owner: str, line: str, at: int, article: Article, number: int) -> str:
    """ "its" as the organisation it stands for, where the text before names one."""
    word = owner.split()[-1].casefold()
    if word not in {"its", "their"} and not owner.casefold().startswith("the "):
        return owner  # "Halden's": already named
    before = "\n".join(article.lines[: number - 1]) + "\n" + line[:at]
    if word in {"its", "their"}:
        # The subject of the sentence before: its first capitalised run.
        # (Sentences are read line by line: a heading above is no sentence's start.)
        last = before.rstrip().rsplit("\n", 1)[-1]
        spans = sentence_spans(last)
        if spans:
            begin, end = spans[-1]
            # A quotation is the speaker's words, not the sentence's subject; and in
            # "Halvorsen Chief Executive Mark Tessier said" the body is the words before
            # the title.
            told = _QUOTED.sub(" ", last[begin:end]).strip(" ,")
            # "The European Union's naval mission, Operation Aspides, has ...": its name.
            described = _DESCRIBED_SUBJECT.match(told)
            if described:
                return f"{described.group('name')}’s"
            # "Update, 16:45 GMT: ...": the page's label, not the sentence's subject.
            told = _UPDATE_LABEL.sub("", told)
            # "In a statement issued this afternoon, Vautrin-Saline said it ...": the subject
            # after an opening phrase of how or when.
            told = _OPENING_PHRASE.sub("", told)
            # "The Port of Rotterdam Authority said …": its name, the article left out.
            told = re.sub(rf"^\s*The\s+(?=[{CAPITAL}])", "", told)
            subject = re.match(
                rf"\s*((?:[{CAPITAL}][\w&-]*\s+(?:(?:of|for|and)\s+)?)*"
                rf"[{CAPITAL}][\w&-]*)",
                told,
            )
            whole = "\n".join(article.lines)
            if subject and _common_noun(subject.group(1), whole):
                # "Shares in Halden Group fell ... and said its": a common noun opening the
                # sentence is no body; the name after it ("in Halden Group") is.
                of = _OF_NAMED.match(told, subject.end())
                subject = of if of and not _common_noun(of.group(1), whole) else None
            if subject and subject.group(1).split()[0] not in _NOT_NAME_START:
                words = subject.group(1).split()
                body = next(
                    (words[:at] for at, word in enumerate(words) if word in TITLE_WORDS), words
                )
                if body:
                    return f"{' '.join(body)}’s"
            # "The programme is run by the Department of Social Support (DSS). Its
            # Secretary General": a subject that names no body, so the body it names.
            body = _last_body(told)
            if body:
                return f"{body}’s"
        return owner[0].lower() + owner[1:]
    # "the agency's": the last organisation named ending in that word ("Environment Agency").
    noun = owner.split()[-1][:-2].rstrip("’'")
    # "the ministry's": "Ministry of Health", named before with or without "The".
    named = re.findall(
        rf"((?:[{CAPITAL}][\w&-]* +(?:(?:and|&) +)?)*{noun.capitalize()}"
        rf"(?: +(?:of|for)(?: +(?:and +)?[{CAPITAL}][\w&-]*)+)?)\b",
        before,
    )
    named = [re.sub(r"^The\s+", "", name) for name in named]
    if named and len(named[-1].split()) > 1:
        return f"the {named[-1]}’s"
    return owner[0].lower() + owner[1:]


# A body named in full, its short form in brackets after it if any: "the Department of
# Social Support (DSS)".
_NAMED_BODY = re.compile(
    rf"\b(?P<name>(?:[{CAPITAL}][\w&-]*\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?){{0,6}}"
    r"(?:" + "|".join(sorted(ORGANISATION_WORDS, key=len, reverse=True)) + r")"
    rf"(?:\s+(?:of|for)(?:\s+(?:the\s+)?(?:and\s+)?[{CAPITAL}][\w&-]*)+)?)"
    rf"(?:\s+\((?P<short>[{CAPITAL}][{CAPITAL}{SMALL}]{{1,7}})\))?"
)


def _last_body(sentence: str) -> str | None:
    """The last organisation ``sentence`` names ("Department of Social Support"), by its
    short form where the sentence gives one ("DSS")."""
    bodies = list(_NAMED_BODY.finditer(sentence))
    if not bodies:
        return None
    last = bodies[-1]
    name = re.sub(r"^(?:The|A|An)\s+", "", last.group("name"))
    if last.group("short"):
        return last.group("short")
    return f"the {name}" if len(name.split()) > 1 else None


_OF_NAMED = re.compile(
    rf"\s+(?:in|at|of|for)\s+(?:the\s+)?([{CAPITAL}][\w&-]*(?:\s+"
    rf"[{CAPITAL}][\w&-]*){{0,4}})"
)


def _common_noun(words: str, text: str) -> bool:
    """Whether ``words`` (one word) is a common noun capitalised only where it opens a
    sentence ("Shares", "Profits"): ``text`` writes it in lower case elsewhere and never
    capitalised after a sentence's first word ("Shell" named mid-sentence is a company)."""
    if " " in words.strip():
        return False
    word = words.strip()
    if not re.search(rf"\b{re.escape(word.lower())}\b", text):
        return False
    inside = re.search(rf"(?<![.!?:|“\"]\s)(?<!^)(?<!\n)\b{re.escape(word)}\b", text)
    return inside is None
