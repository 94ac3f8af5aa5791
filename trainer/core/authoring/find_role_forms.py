"""More of the forms newsrooms and institutions use to give a named person a role, read into
the same (role, name) pairs the other people finders make, so each person still gets one
"Who is ...?" card with the most specific role the article gives them:

- an abbreviated title before the name, as North American papers write them: "Ward 2 Coun.
  Teresa Villeneuve" is the Ward 2 councillor, "Sen. Jane Roe" a senator;
- a body run by the person: "The Ministry's Trade Remedies Unit, headed by Director Samuel
  Whitcombe," makes him the head of the Ministry's Trade Remedies Unit;
- a role said with "is": "Its executive director is Nurlan Dzhaksybekov." (with "its"
  resolved to the body the sentence before names) and "Jane Roe is the company's chief
  executive.";
- the body a titled person is from, written after the name: "Principal investigator
  Professor Tobias Lindgren of the University of Tromsø" is the principal investigator at
  the University of Tromsø, "Director General Erlend Mørk of the Section for the Americas"
  its Director General;
- a press release's contact line: "please contact the Ministry's press service: spokesperson
  Magnus Tveit" is the Ministry's spokesperson;
- a person the story introduces by age and home as its example: "Eirlys Vaughan, 67, from
  Mold, has been waiting 20 months ..." is the 67-year-old from Mold (the figure is asked on
  its own card, whose prompt then names her so).
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import Article, sentence_around
from trainer.core.authoring.find_people import (
    HEAD_WORDS,
    HONORIFICS,
    ORGANISATION_WORDS,
    FoundPerson,
    find_people,
)
from trainer.core.authoring.find_role_appositives import (
    ROLE_HEADS,
    find_role_appositives,
    resolve_owner,
)
from trainer.core.authoring.letters import CAPITAL, NAME_WORD, SMALL
from trainer.core.authoring.person_names import PERSON_NAME, core_name

_NAME_WORD = NAME_WORD
_NAME = PERSON_NAME
_COURTESY = (
    r"(?:(?:"
    + "|".join(re.escape(title) for title in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?\s+){0,2}"
)
# A capitalised title between a role and the name: "headed by Director Samuel Whitcombe".
_TITLE = rf"(?:(?:[{CAPITAL}][\w-]*\s+){{0,2}}(?:" + "|".join(
    sorted(HEAD_WORDS, key=len, reverse=True)
)
_TITLE += r")\s+)?"
# A body's name: capitalised words, joined by "of", "for", "and", "the".
_BODY = (
    rf"(?:[{CAPITAL}][\w&’'-]*(?:[’']s)?\s+){{0,3}}[{CAPITAL}][\w&’'-]*"
    rf"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[{CAPITAL}][\w&’'-]*){{0,6}}"
)
# Where a name ends: a comma, the sentence's end, or a verb of saying.
_NAME_END = r"(?=\s*[,.;:]|\s+(?:said|says|told|added|warned)\b)"

# Abbreviated titles and the office each stands for.
_ABBREVIATIONS = {
    "Coun": "councillor",
    "Cllr": "councillor",
    "Ald": "alderman",
    "Sen": "senator",
    "Rep": "representative",
    "Gov": "governor",
    "Lt. Gov": "lieutenant governor",
    "Atty. Gen": "attorney general",
    "Supt": "superintendent",
    "Insp": "inspector",
    "Det": "detective",
    "Sgt": "sergeant",
    "Const": "constable",
    "Pres": "president",
    "Amb": "ambassador",
}
# "Ward 2 Coun. X", "Democratic Sen. X", "Toronto Coun. X": what the office is of, before it
# (capitalised words and a number, none of them a sentence's opening word).
_ABBREVIATED = re.compile(
    r"(?<![\w’'.])(?P<qualifier>(?:(?!(?:The|A|An|In|On|At|By|For|But|And|As|When|After|Then)\s)"
    rf"[{CAPITAL}][\w-]*\s+(?:\d{{1,4}}\s+)?){{0,2}})"
    r"(?P<abbreviation>"
    + "|".join(re.escape(short) for short in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + rf")\.\s+(?P<name>{_NAME}){_NAME_END}"
)
# "Sen. Ron Wyden, D-Ore., said", "Rep. Jane Doe (R-Texas)": US papers give a lawmaker's
# party and state after the name, the state in AP style.
_PARTIES = {"D": "Democratic", "R": "Republican", "I": "independent"}
_AP_STATES = {
    "Ala.": "Alabama", "Alaska": "Alaska", "Ariz.": "Arizona", "Ark.": "Arkansas",
    "Calif.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Hawaii": "Hawaii", "Idaho": "Idaho", "Ill.": "Illinois",
    "Ind.": "Indiana", "Iowa": "Iowa", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Maine": "Maine", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
    "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Ohio": "Ohio", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Texas": "Texas", "Utah": "Utah", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
_US_LAWMAKER = re.compile(
    rf"(?<![\w’'.])(?P<title>Sen|Rep)\.\s+(?P<name>{_NAME})(?:,\s+|\s+\()"
    r"(?P<party>[DRI])-(?P<state>"
    + "|".join(re.escape(short) for short in sorted(_AP_STATES, key=len, reverse=True))
    + r")(?:\)|(?=,))"
)
_US_OFFICES = {"Sen": "senator", "Rep": "representative"}
# "The Ministry's Trade Remedies Unit, headed by Director Samuel Whitcombe,".
_RUN_BY = re.compile(
    rf"(?P<body>(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?{_BODY}|[Tt]he\s+[{SMALL}]+(?:\s+[{SMALL}]+)?)"
    # "..., headed by X," or "... is commanded by X."
    r"(?:,\s+|\s+(?:is|was|will\s+be|has\s+been)\s+)"
    r"(?P<verb>headed|led|chaired|run|directed|managed|commanded)\s+by\s+"
    rf"{_TITLE}{_COURTESY}(?P<name>{_NAME})(?:{_NAME_END}|(?=\s+(?:of|at|from)\s))"
)
_DOER = {
    "headed": "head",
    "led": "head",
    "chaired": "chair",
    "run": "head",
    "directed": "director",
    "managed": "manager",
    "commanded": "commander",
}
# Whose role: "Its", "Their", "The company's", "Halden's".
_OWNER = (
    rf"(?:[Ii]ts|[Tt]heir|[Tt]he\s+[{SMALL}]+[’']s"
    rf"|(?:[Tt]he\s+)?(?:[{CAPITAL}][\w-]*\s+){{0,3}}[{CAPITAL}][\w-]*[’']s)"
)
# "executive director", "head of research": a role in lower case and what it is of.
_ROLE = (
    rf"(?:[{SMALL}][\w-]*\s+){{0,3}}(?:{ROLE_HEADS})"
    rf"(?:\s+(?:of|for)\s+[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*){{0,2}})?"
)
# "Its executive director is Nurlan Dzhaksybekov." / "The bank's chief economist is Jo Li."
_ROLE_IS_NAME = re.compile(
    rf"(?<![\w’'])(?P<owner>{_OWNER})\s+(?P<role>{_ROLE})\s+is\s+{_COURTESY}(?P<name>{_NAME})"
    r"(?=\s*[,.;])"
)
# "Jane Roe is the company's chief executive." / "Jane Roe is its head of research."
_NAME_IS_ROLE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{_NAME})\s+is\s+(?P<owner>{_OWNER})\s+(?P<role>{_ROLE})"
    r"(?=\s*[.;])"
)
# "Principal investigator Professor Tobias Lindgren of the University of Tromsø": a role in
# lower case before a title and name (the title alone is kept when there is none).
_LOWER_ROLE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<role>(?:[{CAPITAL}{SMALL}][{SMALL}-]*\s+)?(?:{ROLE_HEADS}|investigator))\s+$"
)
_OF_BODY = re.compile(
    rf"(?P<comma>,)?\s+(?P<preposition>of|at|from)\s+(?P<body>(?:the\s+)?{_BODY}"
    # "of Cleveland Police's economic crime unit": a unit the body's possessive owns.
    rf"(?:(?<=[’']s)(?:\s+[{SMALL}][\w-]*){{1,4}}(?=,))?)(?=[,.;:]|\s+[^\d\s])"
)
# Set off by a comma, "of" may give a home ("Sergeant Jo Bell, of Yarm,") or a title's
# affiliation ("Co-author Professor Sam Reed, of Deakin University,"): only a force or a
# body's own unit is where an officer serves.
_BODY_WORDS = re.compile(rf"[’']s\s+[{SMALL}]|\b(?:Police|Constabulary)\b")
# A body's head is "of" it ("Director General of the Section for the Americas"); anyone else
# works "at" it ("professor at the University of Tromsø").
_HEADS_OF = frozenset(
    {"Minister", "Secretary", "President", "Governor", "Chairman", "Chairwoman", "Chair",
     "Chief", "Director", "Chancellor", "Mayor", "Leader", "Head", "Executive", "Officer",
     "Commissioner", "Speaker", "Commander", "General"}
)  # fmt: skip
# "please contact the Ministry's press service: spokesperson Magnus Tveit".
_CONTACT = re.compile(
    rf"\bcontact\s+(?P<owner>{_OWNER})\s+[{SMALL}][\w\s-]{{0,40}}?:\s+"
    rf"(?P<role>(?:[{SMALL}][\w-]*\s+){{0,2}}(?:{ROLE_HEADS}))\s+{_COURTESY}(?P<name>{_NAME})"
)
# "Dr Rhiannon Pugh, its executive director of operations,": "its" is the body the sentence
# named before the person ("A spokesperson for the health board, Dr Rhiannon Pugh, its ...").
_ITS_ROLE = re.compile(
    rf"(?<![\w’'])(?P<name>{_NAME}),\s+(?P<owner>[Ii]ts|[Tt]heir)\s+(?P<role>{_ROLE})(?=\s*[,.;])"
)
_BODY_BEFORE = re.compile(
    rf"\b(?:for|of|at|from|by|with)\s+(?:the\s+(?P<noun>[{SMALL}]+(?:\s+[{SMALL}]+)?)|(?P<body>{_BODY}))"
    r"\s*,\s+[^,]*$"
)
# "Eirlys Vaughan, 67, from Mold, has been waiting ...", "Tom Baxter, 42, a father of three
# from Keswick, lost ...", "Maria Lopez, a 34-year-old nurse from Carlisle, said ...": a
# person the story introduces by age (and home or what they do) as its example, doing
# something in it (a verb after the introduction).
_KIND = rf"[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*){{0,3}}?"
_BY_AGE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{_NAME}),\s+"
    rf"(?:\d{{1,3}},\s+(?:an?\s+(?P<kind>{_KIND})(?:\s+|(?=,)))?"
    rf"|an?\s+\d{{1,3}}-year-old\s+(?P<kind_aged>{_KIND})(?:\s+|(?=,)))"
    rf"(?P<where>(?:from|of|in)\s+[{CAPITAL}][\w’'-]*(?:\s+[{CAPITAL}][\w’'-]*){{0,2}})?"
    r",(?=\s+(?:has|have|had|is|was|were|said|says|told|tells|lost|spent|waited|lives|lived"
    rf"|works|worked|will|now|still|can|cannot|could|[{SMALL}]+ed)\b)"
)

# "Gwen Lacey, 71, who has swum at the lido for twenty years, said ...": a member of the
# public introduced by age and what they do, with no home or occupation.
_BY_AGE_WHO = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{_NAME}),\s+\d{{1,3}},\s+who\s+[{SMALL}][^,;:“”\"()]{{8,140}}?,"
    rf"(?=\s+(?:has|have|had|is|was|said|says|told|tells|added|warned|[{SMALL}]+ed)\b)"
)

# Court reports name counsel and judge by what they do in the case: "Prosecuting, Sarah Lane
# KC told the jury", "David Okafor, defending, said", "Sentencing, Judge Paul Reid said",
# "Jo Bell, for the Crown, said".
_COURT_PARTS = {
    "prosecuting": "prosecuting counsel",
    "for the prosecution": "prosecuting counsel",
    "for the crown": "prosecuting counsel",
    "defending": "defence counsel",
    "for the defence": "defence counsel",
    "for the defense": "defence counsel",
    "mitigating": "defence counsel",
    "sentencing": "sentencing judge",
}
_COURT_PART = (
    r"(?i:prosecuting|defending|mitigating|sentencing"
    r"|for\s+the\s+(?:prosecution|crown|defence|defense))"
)
_POST_LETTERS = r"(?:\s+(?:KC|QC|SC))?"
_PART_THEN_NAME = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<part>{_COURT_PART}),\s+{_TITLE}{_COURTESY}(?P<name>{_NAME})"
    rf"{_POST_LETTERS}(?=\s+(?:said|says|told|added|argued|asked|urged)\b|,)"
)
_NAME_THEN_PART = re.compile(
    rf"(?<![\w’'])(?P<name>{_NAME}){_POST_LETTERS},\s+(?P<part>{_COURT_PART}),"
)
# "The committee's chair, Labour MP Rosa Kent, said": a label between a role and the name.
_ROLE_COMMA_LABEL_NAME = re.compile(
    rf"(?<![\w’'])(?P<owner>{_OWNER})\s+(?P<role>{_ROLE}),\s+"
    rf"(?:[{CAPITAL}][\w-]*\s+)?(?:[{CAPITAL}]{{2,4}}|[{CAPITAL}][{SMALL}]+(?:man|woman|or|er))\s+"
    rf"{_COURTESY}(?P<name>{_NAME}){_NAME_END}"
)
# "Dr Lena Fischer, chief scientist at the agency, said": a body named by its kind.
_NAME_ROLE_AT_KIND = re.compile(
    rf"(?<![\w’'])(?P<name>{_NAME}),\s+(?:the\s+|an?\s+)?(?P<role>(?:[{SMALL}][\w-]*\s+){{0,2}}"
    rf"(?:{ROLE_HEADS}))\s+(?:at|of|for)\s+the\s+(?P<kind>[{SMALL}]+),"
)
# "Mark Ellison, who led the review for the regulator, said": the role told by a deed.
_NAME_WHO_DID = re.compile(
    rf"(?<![\w’'])(?P<name>{_NAME}),\s+who\s+(?P<deed>(?:led|headed|chaired|ran|oversaw|"
    r"conducted|directed|wrote|authored|founded|co-founded|brokered|negotiated|drafted)"
    rf"\s+(?:the|its|their|[{CAPITAL}][\w&-]*[’']s)\s+[^,.;“”\"]{{3,60}}?),"
)
# "the agency's audit committee, chaired by Professor Ewan Rowe,": the body's chair, head or
# leader named in a participle set off after it.
_BODY_LED_BY = re.compile(
    rf"(?<![\w’'])(?P<body>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[{CAPITAL}][\w&-]*[’']s)\s+"
    rf"(?:[{CAPITAL}{SMALL}][\w&’'-]*\s+){{0,5}}?(?:committee|panel|inquiry|review|board|commission"
    r"|taskforce|task\s+force|working\s+group|group|council|tribunal|Committee|Panel|Inquiry"
    r"|Review|Board|Commission|Taskforce|Group|Council|Tribunal)),\s+"
    # "chaired by retired judge Dame Ann Roe": what the chair is, in lower case, goes too.
    rf"(?P<verb>chaired|headed|led)\s+by\s+(?:(?!(?:the|a|an|his|her|its|their)\s)[{SMALL}][\w-]*\s+){{0,2}}"
    rf"{_TITLE}{_COURTESY}(?P<name>{_NAME}){_NAME_END}"
)
_BODY_HEADS = {"chaired": "chair", "headed": "head", "led": "head"}
# "The report was written by Dr Amal Haddad": the deed said in the passive.
_DONE_BY = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<thing>(?:The|Its|Their)\s+[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*){{0,3}})\s+"
    r"(?:was|were|is|has\s+been|had\s+been)\s+(?P<verb>written|authored|led|conducted|"
    r"carried\s+out|commissioned|chaired|compiled|prepared|signed|brokered|negotiated|drafted)"
    rf"\s+by\s+{_TITLE}{_COURTESY}(?P<name>{_NAME})(?:{_NAME_END}|(?=\s+(?:of|at|from)\s))"
)
_ACTIVE = {"written": "wrote", "carried out": "carried out"}
# "Minister for Health, Stephen Donnelly TD, said": a capitalised office opening the
# sentence, set off before its holder (post-nominal letters no part of the name).
_HEAD = "|".join(sorted(HEAD_WORDS, key=len, reverse=True))
_OFFICE = (
    rf"(?!(?:The|A|An|His|Her|Its|Their|Our|This|That)\s)(?=[{CAPITAL}])"
    rf"(?:[{CAPITAL}][\w&-]*\s+){{0,2}}(?:{_HEAD})(?:-[{CAPITAL}][{SMALL}]+)?"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{CAPITAL}][\w-]*(?:\s+(?:(?:and|of|for)\s+(?:the\s+)?)?[{CAPITAL}][\w-]*){{0,4}})?"
)
_OFFICE_COMMA_NAME = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<role>{_OFFICE}),\s+{_COURTESY}(?P<name>{_NAME})(?:\s+[{CAPITAL}]{{2,4}})?"
    r"(?=,|\s+(?:said|says|told|added|warned)\b)"
)
# "Dr Tedros Adhanom Ghebreyesus, WHO Director-General, said": the office after the name.
_NAME_COMMA_OFFICE = re.compile(
    # ("The Minister for Defence Procurement, Harriet Okonkwo-Price MP, said": an office's
    # own words before the comma, and a name with its letters after it, are the other form.)
    rf"(?<![\w’'])(?<!for\s)(?<!of\s)(?P<name>{_NAME}),\s+(?!{_NAME}\s+[{CAPITAL}]{{2,4}},)"
    rf"(?P<role>{_OFFICE}),(?=\s+(?:said|says|told|added|warned)\b)"
)
# A role that is a deed reads as one in its question: "Who led the review?".
DEED_ROLE = "person who "


def find_role_forms(article: Article) -> list[FoundPerson]:
    """Every (role, name) pair the article writes in one of the forms above, in order."""
    found: list[FoundPerson] = []
    titled = find_people(article)
    for number, line in enumerate(article.lines, start=1):
        for match in _ABBREVIATED.finditer(line):
            qualifier = " ".join(match.group("qualifier").split())
            if not qualifier:
                continue  # "Coun. Rajesh Pillai": a bare title, which the title finders ask
            role = f"{qualifier} {_ABBREVIATIONS[match.group('abbreviation')]}".strip()
            found.append(
                _person(match.group("name"), role, line, match.start(), match.end(), number)
            )
        for match in _US_LAWMAKER.finditer(line):
            office = _US_OFFICES[match.group("title")]
            state = _AP_STATES[match.group("state")]
            role = f"{_PARTIES[match.group('party')]} {office} from {state}"
            found.append(
                _person(match.group("name"), role, line, match.start(), match.end(), number)
            )
        for match in _RUN_BY.finditer(line):
            body = " ".join(match.group("body").split())
            body = body[0].lower() + body[1:] if body.startswith(("The ", "Its ")) else body
            if body.startswith(("its ", "their ")):
                continue
            role = f"{_DOER[match.group('verb')]} of {body}"
            # The phrase starts at "headed by": the body's own sentence stays about the body
            # where other prompts name the person by role.
            start = match.start("verb")
            found.append(_person(match.group("name"), role, line, start, match.end(), number))
        for pattern in (_ROLE_IS_NAME, _NAME_IS_ROLE, _CONTACT):
            for match in pattern.finditer(line):
                owner = resolve_owner(match.group("owner"), line, match.start(), article, number)
                role = f"{owner} {' '.join(match.group('role').split())}"
                # A contact line's evidence starts at whose office it is.
                start = match.start("owner") if pattern is _CONTACT else match.start()
                found.append(_person(match.group("name"), role, line, start, match.end(), number))
        for match in _ITS_ROLE.finditer(line):
            whose = _owner_before(line, match.start())
            if whose:
                role = f"{whose} {' '.join(match.group('role').split())}"
                # "A spokesperson for the health board, Dr X, its ...": the phrase holds the
                # clause before the name too, so other prompts name the person once.
                opening = line.rfind(". ", 0, match.start())
                opening = 0 if opening < 0 else opening + 2
                start = opening if line[opening : match.start()].count(",") == 1 else match.start()
                found.append(_person(match.group("name"), role, line, start, match.end(), number))
        for pattern in (_PART_THEN_NAME, _NAME_THEN_PART):
            for match in pattern.finditer(line):
                part = " ".join(match.group("part").split()).casefold()
                role = _COURT_PARTS[part]
                found.append(
                    _person(match.group("name"), role, line, match.start(), match.end(), number)
                )
        for match in _ROLE_COMMA_LABEL_NAME.finditer(line):
            owner = resolve_owner(match.group("owner"), line, match.start(), article, number)
            role = f"{owner} {' '.join(match.group('role').split())}"
            found.append(
                _person(match.group("name"), role, line, match.start(), match.end(), number)
            )
        for match in _NAME_ROLE_AT_KIND.finditer(line):
            owner = resolve_owner(
                f"the {match.group('kind')}’s", line, match.start(), article, number
            )
            role = f"{owner} {' '.join(match.group('role').split())}"
            found.append(
                _person(match.group("name"), role, line, match.start(), match.end(), number)
            )
        for match in _NAME_WHO_DID.finditer(line):
            role = f"{DEED_ROLE}{' '.join(match.group('deed').split())}"
            found.append(
                _person(match.group("name"), role, line, match.start(), match.end(), number)
            )
        for pattern in (_OFFICE_COMMA_NAME, _NAME_COMMA_OFFICE):
            for match in pattern.finditer(line):
                role = " ".join(match.group("role").split())
                found.append(
                    _person(match.group("name"), role, line, match.start(), match.end(), number)
                )
        for match in _BODY_LED_BY.finditer(line):
            body = " ".join(match.group("body").split())
            pronoun = re.match(r"(?:[Ii]ts|[Tt]heir)\s", body)
            if pronoun:
                said = pronoun.group(0).strip()
                resolved = resolve_owner(said, line, match.start(), article, number)
                if resolved.islower():
                    continue  # "its committee" with no body named: whose is not known
                body = f"{resolved} {body[pronoun.end() :]}"
            # "an independent review panel" is the one the sentence names: "the ... panel".
            body = re.sub(r"^(?:The|An?|an?)\s", "the ", body)
            role = f"{_BODY_HEADS[match.group('verb')]} of {body}"
            found.append(
                _person(match.group("name"), role, line, match.start(), match.end(), number)
            )
        for match in _DONE_BY.finditer(line):
            verb = " ".join(match.group("verb").split())
            thing = match.group("thing")
            role = f"{DEED_ROLE}{_ACTIVE.get(verb, verb)} {thing[0].lower()}{thing[1:]}"
            found.append(
                _person(match.group("name"), role, line, match.start(), match.end(), number)
            )
        for match in _BY_AGE.finditer(line):
            # (The age is a card of its own, so the role other prompts name them by leaves
            # it out; the phrase keeps its comma, for the card to ask what they do.)
            place = " ".join((match.group("where") or "").split())
            kind = " ".join((match.group("kind") or match.group("kind_aged") or "").split())
            if (not place and not kind) or not _a_person(match.group("name")):
                continue  # "The Sable Horizon, a 20-year-old vessel, ...": a thing
            role = f"{kind} {place}".strip() if kind else f"resident {place}"
            role = re.sub(r"^resident (?:from|in) ", "resident of ", role)
            end = match.end() - len(match.group(0)) + len(match.group(0).rstrip())
            found.append(
                FoundPerson(
                    name=core_name(match.group("name")),
                    role=role,
                    phrase=line[match.start() : end],
                    sentence=sentence_around(line, match.start(), end),
                    line=number,
                )
            )
        for match in _BY_AGE_WHO.finditer(line):
            if not _a_person(match.group("name")):
                continue
            # (The phrase keeps its comma: asked by what the sentence says they did.)
            found.append(
                FoundPerson(
                    name=core_name(match.group("name")),
                    role="resident",
                    phrase=match.group(0),
                    sentence=sentence_around(line, match.start(), match.end()),
                    line=number,
                )
            )
    # (A lower-case role right before a name, "lead author Dr Sara Mensah", is the
    # appositive finder's.)
    before_names = [p for p in find_role_appositives(article) if p.phrase.endswith(p.name)]
    for person in titled + before_names:
        line = article.lines[person.line - 1]
        found.extend(_with_body(person, line))
    return sorted(
        (person for person in found if _a_person(person.name)), key=lambda person: person.line
    )


def _owner_before(line: str, at: int) -> str | None:
    """Whose "its" is, when the sentence names a body just before the person at ``at``: as
    the sentence names it ("the health board’s"), short enough for other prompts to name
    the person by."""
    body = _BODY_BEFORE.search(line, max(0, line.rfind(". ", 0, at)), at + 1)
    if body is None:
        return None
    if body.group("body"):
        return f"{body.group('body')}’s"
    return f"the {' '.join(body.group('noun').split())}’s"


def _with_body(person: FoundPerson, line: str) -> list[FoundPerson]:
    """``person`` with the body written after their name ("... of the University of
    Tromsø") and a lower-case role written before their title, where the line has them."""
    at = line.find(person.phrase)
    if at < 0:
        return []
    of = _OF_BODY.match(line, at + len(person.phrase))
    if of and of.group("comma") and not _BODY_WORDS.search(of.group("body")):
        of = None
    before = _LOWER_ROLE_BEFORE.search(line[:at])
    if of is None and before is None:
        return []
    role = person.role
    start = at
    if before:
        lowered = before.group("role")
        role = lowered[0].lower() + lowered[1:] if lowered.split()[-1].islower() else lowered
        start = before.start("role")
    if of:
        head = person.role.split()[-1] if not before else ""
        preposition = "of" if head in _HEADS_OF else "at"
        role = f"{role} {preposition} {of.group('body')}"
    words = role.split()
    if (
        len(words) > 1
        and words[1][:1].islower()
        and words[1] not in {"of", "for", "at", "to", "and", "in"}
        # (a body's name stays as written: "CORAL’s principal investigator")
        and not words[0].endswith(("’s", "'s"))
        and not words[0].isupper()
    ):
        role = role[0].lower() + role[1:]  # "Lead author" opening its sentence
    end = of.end() if of else at + len(person.phrase)
    if len(role.split()) <= len(person.role.split()):
        return []
    return [
        FoundPerson(
            name=person.name,
            role=role,
            phrase=line[start:end],
            sentence=person.sentence,
            line=person.line,
        )
    ]


def _a_person(name: str) -> bool:
    """Whether ``name`` can be a person's: no article or body's word in it."""
    words = name.split()
    return words[0] not in _NOT_NAME_START and not any(w in ORGANISATION_WORDS for w in words)


_NOT_NAME_START = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "His", "Her"})


def _person(name: str, role: str, line: str, start: int, end: int, number: int) -> FoundPerson:
    return FoundPerson(
        name=core_name(name),
        # "the Ministry of Foreign Affairs’s": a plural's possessive is its apostrophe.
        role=re.sub(r"(?<=s)[’']s\b", "’", role),
        phrase=line[start:end].rstrip(" ,"),
        sentence=sentence_around(line, start, end),
        line=number,
    )


_INTRODUCED_BY_AGE = re.compile(r",\s+(?:\d{1,3},\s+[^,]+|an?\s+\d{1,3}-year-old\s+[^,]+),$")


def introduced_by_age(found: FoundPerson) -> bool:
    """Whether the story introduces ``found`` by age and home ("Eirlys Vaughan, 67, from
    Mold,"): its example, asked by what it says they do, not by where they live."""
    return _INTRODUCED_BY_AGE.search(found.phrase) is not None


def from_the_body(speaker: str, phrase: str) -> bool:
    """Whether ``speaker`` is the body a person's ``phrase`` says they are from: a quotation
    finder reads "University of Tromsø" as who spoke in "Professor Tobias Lindgren of the
    University of Tromsø said"."""
    return re.search(rf"\s(?:of|at|from)\s+(?:the\s+)?{re.escape(speaker)}$", phrase) is not None
