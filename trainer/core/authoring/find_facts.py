"""Facts an article states without a money amount, percentage or full date: years, counts,
legal provisions, what an abbreviation stands for, and names given to a thing.

Each is found where the text states it plainly, in a form newsrooms share; anything less
plain is left to the author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.find_kind_named import KINDS as KIND_NAMED_KINDS
from trainer.core.authoring.find_people import HEAD_WORDS, ORGANISATION_WORDS
from trainer.core.authoring.find_results import find_results, is_match_clock
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.kind_questions import ends_like_verb_or_plural
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.name_numbers import number_in_a_name
from trainer.core.authoring.named_kinds import NAMES_OF_THEIR_KIND
from trainer.core.authoring.paragraph_numbers import numbers_a_part, points_to_own_part
from trainer.core.authoring.part_of_whole import bracketed_parts, is_whole_of_a_part
from trainer.core.authoring.person_names import PERSON_NAME
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.relative_dates import WEEKDAYS

_NUMBER_WORDS = (
    # "sixty-one", "twenty-five": a number in words joined by a hyphen, read whole.
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    "(?:one|two|three|four|five|six|seven|eight|nine)|"
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred"
)
_COUNT_NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|trillion))?"
    rf"|(?:{_NUMBER_WORDS})(?:\s+and\s+a\s+half)?"
)
_COUNT_NUMBER_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A count: a number and the plural noun it counts ("210 American-made ... aircraft" reads
# up to four words ahead to its noun). Not a year, a money amount, an ordinal or a model
# number ("Boeing 787 Dreamliner").
_COUNT = re.compile(
    rf"(?<![\w$€£¥.,/-])(?P<number>{_COUNT_NUMBER})(?![\w%])"
    rf"(?P<noun>(?:\s+(?:[{SMALL}][\w-]*|[{CAPITAL}][{CAPITAL}{SMALL}.]*-[{SMALL}]+|U\.S\.|US|UK|EU)"
    r"(?:\s+[\w.'’-]+){0,5}?)??"
    # "300,000 head of livestock": herds are counted by the head.
    rf"\s+(?:[{SMALL}][\w-]*[^s\W]s|aircraft|people|staff|personnel|children|men|women"
    r"|head\s+of\s+(?:livestock|cattle|sheep|goats|camels|game|deer)))\b"
)
# "18 Airbus A321neo jets", "40 Leopard 2 tanks": a count of things of a named make or model.
_MAKE_COUNT = re.compile(
    rf"(?<![\w$€£¥.,/-])(?P<number>{_COUNT_NUMBER})\s+"
    rf"(?!(?:{'|'.join((*MONTHS, *WEEKDAYS))})\b)[{CAPITAL}][\w-]*(?:\s+[{CAPITAL}0-9]"
    rf"[\w-]*){{0,2}}"
    # "36 Jackal patrol vehicles", "12 Viking all-terrain vehicles": the kind before the noun.
    rf"(?:\s+[{SMALL}][\w-]*[^s\W]){{0,2}}?"
    rf"\s+(?P<noun>[{SMALL}][\w-]*[^s\W]s|aircraft|people|staff|personnel)\b"
)
# Words ending in "s" that are no plural noun a figure counts.
_NOT_COUNTED = frozenset(
    {
        "has",
        "is",
        "was",
        "does",
        "this",
        "its",
        "his",
        "hers",
        "ours",
        "theirs",
        "yours",
        "as",
        "us",
        "thus",
        "plus",
        "less",
        "unless",
        "across",
        "always",
        "perhaps",
        "besides",
        "various",
        "news",
        "means",
        "series",
        "whereas",
        "towards",
        "afterwards",
        "percent",
        # "two thirds of participants": a fraction, no count of thirds.
        "halves",
        "thirds",
        "quarters",
        "fifths",
        "tenths",
    }
)
_JOINING_WORDS_FOR_COUNTS = frozenset(
    {"among", "in", "of", "for", "per", "on", "at", "to", "from", "with", "by", "across"}
)
_REPORTING_PERIOD = re.compile(r"\s+(?:through|to|ended|ending|until)\b")
# "in the first eight months of the year": a period a figure is counted over.
_PERIOD_BEFORE = re.compile(r"\bthe\s+(?:first|last|past|previous)\s+$")
# "two people familiar with the matter said": an unnamed source, not a figure to learn.
_UNNAMED_SOURCE = re.compile(
    r"\s+(?:familiar|with\s+knowledge|close\s+to|briefed|who\s+(?:spoke|asked|declined)|"
    r"said|told)\b"
)
_SOURCE_NOUNS = frozenset(
    {"people", "sources", "officials", "diplomats", "executives", "insiders", "persons"}
)
_PAIR = re.compile(r"(?i)\b(?:the|both|these|those|its|their|his|her|our|all)\s+$")
_HEDGED = r"(?:(?:about|around|nearly|some|roughly|almost|more than|over)\s+)?"
# Figures with no noun after them that a count still reads: "38 of them" (the noun counted
# before), "grew 6% to 38.2 billion" (a scale ends the clause), "a five-year average of
# about 780" (a statistic's value).
_BARE_FIGURES = re.compile(
    r"(?<![\w$€£¥.,/-])(?P<number>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:them|those|these)\b"
    rf"|(?<![\w$€£¥.,/-])(?<![$€£¥]\s)(?P<scaled>(?:{_COUNT_NUMBER_DIGITS})\s(?:million|billion|"
    r"trillion))(?=\s*[,.;]|\s*$)"
    rf"|\b(?:average|mean|median|total|peak|high|low|record)\s+of\s+{_HEDGED}"
    r"(?P<stat>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s*[,.;]|\s*$)"
    # "73 people have died and 412 have been injured", "expected more than 300 to be
    # finished": the noun counted is the one before, the figure what a passive verb did to.
    r"|(?<![\w$€£¥.,/-])(?P<acted>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%]*\d)"
    r"(?=\s+(?:have\s+been|has\s+been|had\s+been|were|are|will\s+be|to\s+be)"
    rf"\s+(?:[{SMALL}]+ly\s+)?[{SMALL}]+(?:ed|en|wn)\b)"
    # "214,600 ... displaced, up from 131,000 reported in May": the figure before, as a
    # count ("up from £7.4bn" is money, "up from 3 days" a duration, read elsewhere).
    r"|\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?"
    r"(?P<previous>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d|\s*%|\s+per\s?cent)"
    r"(?=\s*[,.;]|\s*$|\s+(?:a|the|in|on|at|last|reported|recorded|counted|earlier|before)\b)"
)
_DURATION = re.compile(
    rf"(?<![\w$.,-])(?P<number>{_COUNT_NUMBER})\s+"
    # "for three consecutive years": how long a run has lasted, its qualifier with it.
    r"(?P<noun>(?:(?:consecutive|straight|successive)\s+)?(?:decades|years|months|weeks|days|"
    r"hours|quarters))\b"
)
_YEAR = re.compile(
    # "in 2033, rather than 2031": the year it was to be, a fact too. ("in mid-2027" is
    # _PART_OF_YEAR's.)
    r"\b(?P<prep>in|by|since|until|from|before|after|of|than)\s+(?P<year>(?:1[89]|20)\d{2})"
    # "in 2019-2021", "the 2025/26 season": a span of years, no one year.
    # ("from 2011 to 2020": the years a post was held or a period ran, no one year either)
    r"(?![\d%,.]\d|[-–/]\d|\s*(?:percent|per cent)|\s+(?:to|until)\s+(?:1[89]|20)\d{2}\b)\b"
)
_ROLE_ASIDE_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,4}$")
_YEAR_SPAN = re.compile(
    r"\b(?:from|between)\s+(?P<first>(?:1[89]|20)\d{2})\s+(?:to|until|and)\s+"
    r"(?P<last>(?:1[89]|20)\d{2})\b(?![-–/%]\d)"
)
# "due to be completed in mid-2027", "by early 2028": part of a year, asked as written.
_PART_OF_YEAR = re.compile(
    r"\b(?:in|by|until|from|before|after)\s+(?P<part>(?:early|mid|late)[- ](?:19|20)\d{2})\b"
    r"(?![-–/]\d)"
)
_DECADE = re.compile(
    r"\b(?P<prep>in|since|until|from|before|after|of)\s+the\s+"
    r"(?P<year>(?:19|20)\d0s)\b"
)
_PROVISION = re.compile(
    rf"(?P<ref>(?:Article|Section|Chapter|Title|Clause|Paragraph|Resolution)\s+[\dIVXLC]+[{CAPITAL}]?"
    r"(?:,\s+(?:Section|Clause|Paragraph)\s+\d+)?)"
    rf"(?P<law>\s+of\s+the\s+(?:[{CAPITAL}][\w.'’-]*\s+)*[{CAPITAL}][\w.'’-]*(?:\s+of\s+\d{{4}})?)?"
)
# The last word of a body's name: "Authority", "Agency", "Service".
_NAMED_BODY_WORDS = ORGANISATION_WORDS | {
    "Authority",
    "Service",
    "Board",
    "Administration",
    "Centre",
    "Center",
    "Association",
    "Corporation",
    "Foundation",
    "Directorate",
    "Bureau",
    "Programme",
    "Program",
    "Force",
    "Confederation",
    "Federation",
    "Alliance",
    "Union",
    "Network",
    "Observatory",
    "Institute",
    "Coalition",
    # the words other languages name a body by: "União dos Trabalhadores ... (UTF)"
    "União",
    "Unión",
    "Confederação",
    "Confederación",
    "Instituto",
    "Istituto",
    "Ministério",
    "Ministerio",
    "Agência",
    "Agencia",
    "Consejo",
    "Conselho",
    "Associação",
    "Asociación",
}
# The small words a body's name may hold, in English and in the languages news copy leaves
# names in: "União dos Trabalhadores Ferroviários", "Banco de la Nación".
_NAME_JOINS = r"of|for|and|the|on|in|de|da|do|dos|das|del|della|di|du|des|la|le|y|e|für|und"
_ACRONYM = re.compile(
    rf"(?P<long>(?:[{CAPITAL}][\w'’-]*\s+(?:(?:{_NAME_JOINS})\s+)*){{1,9}}"
    rf"[{CAPITAL}][\w'’-]*)\s+\((?P<short>[{CAPITAL}][{CAPITAL}{SMALL}&.-]{{1,9}})\)"
)
# "a new public holiday, Matariki." and "Maramataka, the Māori lunar calendar"
# "The developer, Glen Albyn Energy, puts ...": at a sentence's start, the name may be set
# off by commas before the verb.
_NAMED_AFTER = re.compile(
    rf"(?:\b(?P<det>a|an|the)|^(?P<det_start>The))\s+(?P<what>(?:[{SMALL}][\w-]*\s+){{0,3}}[{SMALL}][\w-]*),"
    rf"\s+(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,3}})"
    rf"(?=[.;]|\s*$|(?<=[{SMALL}]),\s+(?:[{SMALL}]+s|will|has|is|said)\s)"
)
_NAMED_BEFORE = re.compile(
    # ("the Butt of Lewis, the northern tip of ...": a place's name may join its words by "of".)
    rf"(?<![\w,])(?P<name>[{CAPITAL}][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[{CAPITAL}][\w'’-]*){{0,3}}),"
    r"\s+the\s+"
    rf"(?P<what>(?:[{CAPITAL}][\w'’-]*\s+)?(?:[{SMALL}][\w-]*\s+){{0,3}}[{SMALL}][\w-]*"
    # "the state-owned operator of Norway's pipeline network"
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?)(?=[,.;])"
)
# "Cordillera's main asset, the Quebrada Alta mine": what a thing is to its owner, its name
# and its kind, asked "Which mine is Cordillera's main asset?".
_OWNED_THING_NAMED = re.compile(
    rf"(?<![\w’'])(?P<owner>(?:[{CAPITAL}][\w&-]*\s+){{0,2}}[{CAPITAL}][\w&-]*[’']s)\s+"
    rf"(?P<what>(?:[{SMALL}][\w-]*\s+){{0,2}}[{SMALL}][\w-]*),\s+the\s+"
    rf"(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,3}})\s+(?P<kind>[{SMALL}][\w-]*)\b"
)
# "The phase 3 TEMPEST-2 study", "the ARIEL-4 mission": a study, trial or mission named by
# a code in capitals with a number or hyphen, which no name finder reads as a name.
_CODE_NAMED = re.compile(
    r"\b[Tt]he\s+(?P<what>(?:[\w-]+\s+){0,3}?)"
    rf"(?P<name>[{CAPITAL}]{{2,}}[{CAPITAL}0-9]*(?:-[{CAPITAL}0-9]+)+|[{CAPITAL}]{{3,}}\d+)\s+"
    r"(?P<kind>study|trial|programme|program|mission|project|operation|probe|satellite|rocket)\b"
)
# "the passage between Yemen and Djibouti": a way or line joining two named places.
_LINK_BETWEEN = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?P<what>passage|strait|channel|canal|border|frontier|"
    r"boundary|corridor|route|road|railway|pipeline|bridge|tunnel|line|crossing)\s+between\s+"
    rf"(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,2}}\s+and\s+[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,2}})"
)
# A verb of saying ends a reporting clause ("the ministry said"), never a description.
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|announced|reported|stated|"
    r"wrote|confirmed|noted|insisted|warned|heard|found|concluded|alleged|claimed)\b"
)
# "a racehorse named Storm Lantern", "a start-up called Brightloom": a thing brought in by its
# kind and then its name. (A person so named is the people finders'.)
_KIND_NAMED = re.compile(
    rf"\b(?P<det>a|an|the)\s+(?P<what>(?:[{SMALL}][\w-]*\s+){{0,2}}[{SMALL}][\w-]*)\s+"
    r"(?:named|called|dubbed)\s+"
    rf"(?P<name>[{CAPITAL}][\w'’-]*(?:\s+(?:[{CAPITAL}][\w'’-]*|\d+)){{0,3}})(?![\w'’-])"
)
# The kinds a "named" thing may be: find_kind_named's things and animals (a person so named,
# "a fisherman named ...", is the people finders').
_NAMED_KINDS = frozenset(
    {*KIND_NAMED_KINDS, "horse", "racehorse", "greyhound", "dog", "cat", "pony", "mare"}
)
# "the star cluster Pleiades": a thing's kind, then its name.
# "the journal Sleep Health Research", "the town of Doganyol": a place's kind with "of".
_KIND_THEN_NAME = re.compile(
    r"\b[Tt]he\s+(?:(?P<place>town|village|city|port|island|province|region|district)"
    rf"\s+of|(?P<kind>[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*)?))\s+"
    # "the daily Jornal do Porto": a name may hold a Romance particle between its words.
    rf"(?P<name>[{CAPITAL}][{SMALL}][\w'’-]*(?:\s+(?:(?:do|da|dos|das|de|del|della|di|du|des)\s+)?"
    rf"[{CAPITAL}][{SMALL}][\w'’-]*){{0,3}})(?=[,.;]|\s+[{SMALL}])"
)
_CALENDAR_WORDS = frozenset({*WEEKDAYS, *MONTHS})
# A word that reads as a plural noun (or a verb's -s form): "holders", "brings".
_PLURAL_NOUN = re.compile(rf"[{SMALL}](?<!s)(?<!u)(?<!i)s$")
# Words that describe what the capitalised word after them names, and name no kind of thing.
_ADJECTIVES_BEFORE_NAMES = frozenset(
    {"new", "old", "early", "late", "former", "current", "modern", "ancient", "young",
     "great", "greater", "whole", "entire", "same", "other", "future", "present", "original",
     "so-called", "northern", "southern", "eastern", "western", "central", "upper", "lower",
     "inner", "outer", "wider", "broader", "rival", "largest", "biggest", "main",
     # "the next Flash Update", "the latest Situation Report": which one, not what kind.
     "next", "last", "previous", "latest", "first", "final", "following", "recent", "coming",
     # "the state Labour Conciliation Service", "the national Statistics Office": who runs
     # it, no kind of thing
     "state", "national", "federal", "regional", "local", "public", "official", "private"}
)  # fmt: skip
_COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "both", "several", "many", "few", "some", "all"}
)  # fmt: skip
_JOINING_WORDS = frozenset(
    {
        "in",
        "of",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "by",
        "and",
        "or",
        "as",
        "that",
        "is",
        "was",
        "are",
        "were",
        # "the camps near Adré" names camps by a place: "near" is no word of a kind.
        "near",
        "around",
        "across",
        "outside",
        "inside",
        "into",
        "off",
        "over",
        "under",
        "between",
        "within",
        "along",
        "about",
        "beyond",
        "through",
        "behind",
        "beside",
        "towards",
        "toward",
        # "the site above Loch Kinloch": where the site is, not what kind of thing the loch is.
        "above",
        "below",
        "beneath",
        "opposite",
        "past",
        # "the moment the Río Deva burst": a determiner opens the next noun phrase, no kind.
        "the",
        "a",
        "an",
        "this",
        "its",
        "their",
    }
)
# A body as the subject of what it does: "RFJ's Interagency Rewards Committee then
# carefully evaluates the information."
_BODY_WORDS = (
    "Committee",
    "Commission",
    "Council",
    "Board",
    "Agency",
    "Court",
    "Tribunal",
    "Panel",
    "Authority",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Ministry",
    "Department",
    "Office",
    "Bank",
    "Fund",
    "Organization",
    "Organisation",
)
_BODY_SUBJECT = re.compile(
    rf"^(?:[{CAPITAL}][\w]*[’']s\s+)?(?P<name>(?:[{CAPITAL}][\w'’-]*\s+){{0,4}}(?:"
    + "|".join(_BODY_WORDS)
    + rf"))\s+(?P<rest>(?:then\s+|also\s+|now\s+)?(?:[{SMALL}]+ly\s+)?"
    rf"[{SMALL}]+s\b(?:[^.]|\.(?=\d))*)"
)
# "the Environment Agency, which brought the prosecution": a body and what it did.
_BODY_WHICH = re.compile(
    rf"(?P<name>(?:[{CAPITAL}][\w'’-]*\s+){{0,4}}(?:"
    + "|".join(_BODY_WORDS)
    + rf")),\s+which\s+(?P<rest>[{SMALL}]+ed\b[^,.;]*)"
)
# "pleaded guilty at Maidstone Crown Court": the body where something happened.
_AT_BODY = re.compile(
    rf"\b(?:at|before|in|to|by)\s+(?P<span>(?:the\s+)?(?P<name>(?:[{CAPITAL}][\w'’-]*\s+){{1,3}}(?P<what>"
    + "|".join(_BODY_WORDS)
    + r")))\b"
    # The body itself, not a thing of it ("at the World Trade Organization conference").
    r"(?=[,.;]|\s*$|\s+(?:in|on|at|for|to|from|with|and|after|before|over|which|that|when)\b)"
)
_PARTY = re.compile(
    rf"(?P<owner>\b[{CAPITAL}][\w-]*)[’']s\s+(?P<party>(?:[{CAPITAL}]"
    rf"[\w-]*\s+)?Party)\b"
)


@dataclass(frozen=True, slots=True)
class FoundFact:
    """A fact and how to ask for it: the words to replace in its sentence, and with what."""

    kind: str  # the card kind: text, number
    group: str
    answer: str
    written: str
    sentence: str
    start: int
    end: int
    question: str
    line: int
    evidence: str | None = None
    prompt: str | None = None
    also: str | None = None  # the same measure converted ("4.7 million acres"), if given
    # How other prompts name the thing without its name ("the ship"), if they may.
    description: str | None = None
    # A name of a place, body or thing: other prompts hide it with its "at the", "into the".
    named_thing: bool = False
    # What the card's note says of how the answer was read, if anything needs saying.
    note: str | None = None
    # Other ways of writing the answer a marker would accept ("No. 14" for "Policy Brief
    # No. 14"), if any.
    accept: tuple[str, ...] = ()
    # Longer phrases naming the thing ("the Panama-flagged bulk carrier Cerulean Dawn") that
    # other prompts hide whole, by its description.
    phrases: tuple[str, ...] = ()

    def overlaps(self, other: FoundFact) -> bool:
        """Whether ``other`` is found in the same words of the same sentence."""
        return (
            other.line == self.line
            and other.sentence == self.sentence
            and other.start < self.end
            and self.start < other.end
        )


def find_facts(article: Article) -> list[FoundFact]:
    """Every plainly stated year, count, provision, abbreviation and name, in reading order."""
    found: list[FoundFact] = []
    # Imported here: the defined units' figures are FoundFacts, defined in this module.
    from trainer.core.authoring.defined_units import units_defined

    # "4.5 billion cubic metres (bcm)": a unit for the whole article.
    units = units_defined("\n".join(article.lines))
    for number, line in enumerate(article.lines, start=1):
        for begin, stop in sentence_spans(line):
            found.extend(_in_sentence(line[begin:stop], number, units))
    # Imported here: the subjects and a masthead's lines are FoundFacts, defined here.
    from trainer.core.authoring.find_characterisations import find_characterisations
    from trainer.core.authoring.find_decisions import find_decisions
    from trainer.core.authoring.find_document_lines import find_document_lines
    from trainer.core.authoring.find_pledges import find_pledges
    from trainer.core.authoring.find_subjects import find_subjects
    from trainer.core.authoring.find_vote_tallies import find_article_tallies

    # A result's own question ("What was the attendance at the cup final?") before a count's.
    results = find_results(article)
    found = [
        fact
        for fact in found
        if not any(
            other.sentence == fact.sentence and other.answer == fact.answer for other in results
        )
    ]
    return (
        found
        + find_article_tallies(article, found)
        + results
        + find_subjects(article)
        + find_pledges(article)
        + find_decisions(article)
        + find_characterisations(article)
        + find_document_lines(article)
        + _introduced_names(article, found)
        + _shared_counts(article, found)
    )


def _shared_counts(article: Article, found: list[FoundFact]) -> list[FoundFact]:
    """Counts that borrow their noun from the count before them (find_shared_counts), each
    sentence read with the one before it in its paragraph, none where a fact already is."""
    from trainer.core.authoring.find_shared_counts import find_shared_counts

    counts: list[FoundFact] = []
    for number, line in enumerate(article.lines, start=1):
        before = ""
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            for fact in find_shared_counts(sentence, before, number):
                if not any(fact.overlaps(other) for other in found):
                    counts.append(fact)
            before = sentence
    return counts


def _introduced_names(article: Article, found: list[FoundFact]) -> list[FoundFact]:
    """The bodies and instruments introduced by their kind (find_introduced_names), each
    sentence read with the line its list hangs from, and none another fact already asks."""
    from trainer.core.authoring.find_introduced_names import find_introduced_names

    names: list[FoundFact] = []
    lead_in = ""
    for number, line in enumerate(article.lines, start=1):
        if line.rstrip().endswith(":"):
            lead_in = line
        elif line.strip() and not re.match(rf"\s*(?:\(?[{SMALL}0-9]{{1,3}}[.)]|[-–•*])\s", line):
            lead_in = ""  # a paragraph ends the list
        for begin, stop in sentence_spans(line):
            for fact in find_introduced_names(line[begin:stop], number, lead_in):
                if not any(
                    other.answer == fact.answer or fact.overlaps(other)
                    for other in (*found, *names)
                ):
                    names.append(fact)
    return names


def _in_sentence(sentence: str, line: int, units: dict[str, str]) -> list[FoundFact]:
    found: list[FoundFact] = []
    taken: list[tuple[int, int]] = []

    def add(fact: FoundFact) -> None:
        if is_match_clock(sentence, fact.start, fact.end):
            return  # "nine minutes from the end": a match's clock, no count to learn
        if fact.group == "counts" and number_in_a_name(sentence, fact.start, fact.end):
            return  # "the FTSE 250 company", "a Boeing 737 plant": a name, no count
        if any(fact.start < stop and start < fact.end for start, stop in taken):
            return
        taken.append((fact.start, fact.end))
        found.append(fact)

    # Before measures: "by a 2-1 majority" is a bench's split, no score or range.
    from trainer.core.authoring.find_vote_tallies import find_split_majorities

    for fact in find_split_majorities(sentence, line):
        add(fact)
    # "compares six regions - Kent, Essex, ...": the list is the fact, not the count.
    from trainer.core.authoring.find_lists import find_counted_lists

    for fact in find_counted_lists(sentence, line):
        add(fact)
    # "Almost all of the cases (83 of 87) were ...": the exact part, before counts and
    # measures read the bracket's numbers apart.
    for part, (start, end), shown, asked in bracketed_parts(sentence):
        prompt = ask_in_place(shown, asked, asked + len("how many"), "how many")
        fact = FoundFact("number", "counts", part, part, sentence, start, end, "how many", line)
        add(replace(fact, prompt=prompt))
    # "1.5 bcm a year", where the article defined "bcm" in brackets.
    from trainer.core.authoring.defined_units import find_defined_units

    for fact in find_defined_units(sentence, line, units):
        add(fact)
    # Imported here: the measures are FoundFacts, defined in this module.
    from trainer.core.authoring.find_measures import find_measures

    for fact in find_measures(sentence, line):
        add(fact)
    # Before single counts: "four Chinook and six Wildcat helicopters" is one fact.
    from trainer.core.authoring.find_count_pairs import find_count_pairs

    for fact in find_count_pairs(sentence, line):
        add(fact)
    from trainer.core.authoring.find_vote_shares import find_vote_shares

    for fact in find_vote_shares(sentence, line):
        add(fact)
    # Before counts: "with a two-thirds majority" is no count of thirds.
    from trainer.core.authoring.find_vote_tallies import find_majorities

    for fact in find_majorities(sentence, line):
        add(fact)
    from trainer.core.authoring.find_elided_counts import find_elided_counts

    for fact in find_elided_counts(sentence, line):
        add(fact)
    from trainer.core.authoring.find_sized_places import find_sized_places

    for fact in find_sized_places(sentence, line):
        add(fact)
    from trainer.core.authoring.find_body_sizes import find_body_sizes

    for fact in find_body_sizes(sentence, line):
        add(fact)
    # Before single counts: "compared with 2,011 in the control group", "from 25 to 16".
    from trainer.core.authoring.find_compared_counts import find_compared_counts

    for fact in find_compared_counts(sentence, line):
        add(fact)
    # Before single counts: "up from 131,000 reported", "412 have been injured" borrow a noun.
    from trainer.core.authoring.find_earlier_values import find_earlier_values

    for fact in find_earlier_values(sentence, line):
        add(fact)
    # "14 ministers changed jobs and four left": the second count borrows the first's noun.
    from trainer.core.authoring.find_sibling_counts import find_sibling_counts

    for fact in find_sibling_counts(sentence, line):
        add(fact)
    # "56.1p a day", "23.9p per kWh": prices in small change, before counts read "23.9".
    from trainer.core.authoring.find_unit_prices import find_unit_prices

    for fact in find_unit_prices(sentence, line):
        add(fact)
    # "the Fourth Arctic Forum, to be held in Tromsø": where a named event is held.
    from trainer.core.authoring.find_event_places import find_event_places

    for fact in find_event_places(sentence, line):
        add(fact)
    # "Ministers met in Lisbon", "clinics will open in Hull, Derby and Crewe": where.
    from trainer.core.authoring.find_meeting_places import find_meeting_places

    for fact in find_meeting_places(sentence, line):
        add(fact)
    # "signed the accord at ...", "will flow through A and B", "a storage site near C".
    from trainer.core.authoring.find_place_phrases import find_place_phrases

    for fact in find_place_phrases(sentence, line):
        add(fact)
    # "the next exercise of the series, BALTIC DAWN 28,": a name in capitals.
    from trainer.core.authoring.find_capital_names import find_capital_names

    for fact in find_capital_names(sentence, line):
        add(fact)
    # "X of the centre-left Unidad Popular", "the “Open Ports” plan proposed by Norway".
    from trainer.core.authoring.find_affiliations import find_affiliations

    for fact in find_affiliations(sentence, line):
        add(fact)
    # "Kestrel Foods, Inc. (NASDAQ: KSTF)": where and how the company is listed.
    from trainer.core.authoring.find_tickers import find_tickers

    for fact in find_tickers(sentence, line):
        add(fact)
    # "rated delivery confidence as Amber", "accepted all six recommendations".
    from trainer.core.authoring.find_verdicts import find_verdicts

    for fact in find_verdicts(sentence, line):
        add(fact)

    for match in _PROVISION.finditer(sentence):
        ref, law = match.group("ref"), match.group("law")
        if not law and points_to_own_part(sentence[: match.start()]):
            continue  # "As noted in Section 3": a part of this document, no provision
        # A provision heading its sentence is asked about within its law ("Which provision of
        # the U.S. Constitution grants ..."); elsewhere the law is part of the answer.
        if match.start() == 0 and law:
            add(
                FoundFact(
                    "text",
                    "facts",
                    ref,
                    ref,
                    sentence,
                    0,
                    match.end("ref"),
                    "which provision",
                    line,
                )
            )
        else:
            answer = match.group(0)
            add(
                FoundFact(
                    "text",
                    "facts",
                    answer,
                    answer,
                    sentence,
                    match.start(),
                    match.end(),
                    "which provision",
                    line,
                )
            )
    for match in _ACRONYM.finditer(sentence):
        long, short = _fitting_name(match.group("long").strip(), match.group("short"))
        if long:
            add(
                FoundFact(
                    "text",
                    "facts",
                    long,
                    long,
                    sentence,
                    match.end() - len(match.group(0)) + match.group(0).find(long),
                    match.end(),
                    long,
                    line,
                    evidence=match.group(0),
                    prompt=f"What does {short} stand for?",
                )
            )
    # "SKADI (Snow and Ice ... Imager)": the short form first, its full name in brackets.
    from trainer.core.authoring.find_short_forms import find_short_forms

    for fact in find_short_forms(sentence, line):
        add(fact)
    for match in _DECADE.finditer(sentence):
        add(
            FoundFact(
                "text",
                "facts",
                f"the {match.group('year')}",
                match.group("year"),
                sentence,
                match.start("year") - 4,
                match.end("year"),
                "what decade",
                line,
            )
        )
    for match in _YEAR.finditer(sentence):
        if match.group("year").startswith("18") and match.group("prep") in ("of", "by", "from"):
            continue  # "a crowd of 1800": a count; a year before 1900 is "since" or "in" one
        written_year = match.group("year")
        # "in mid-2027" asks "in what part of which year", as its answer says.
        year_question = "what year" if written_year[:1].isdigit() else "what part of which year"
        add(
            _text_fact(
                written_year, sentence, match.start("year"), match.end("year"), year_question, line
            )
        )
    for match in _YEAR_SPAN.finditer(sentence):
        # "She chaired the board from 1988 to 2003": asked "in which years", both ends.
        if _ROLE_ASIDE_BEFORE.search(sentence, 0, match.start()):
            continue  # "Graham Hart, chief executive from 2011 to 2020,": the person's card
        answer = f"{match.group('first')} to {match.group('last')}"
        add(_text_fact(answer, sentence, match.start(), match.end(), "in which years", line))
    for match in _PART_OF_YEAR.finditer(sentence):
        add(
            FoundFact(
                "text",
                "facts",
                match.group("part"),
                match.group("part"),
                sentence,
                match.start("part"),
                match.end("part"),
                "which part of which year",
                line,
            )
        )
    for match in _DURATION.finditer(sentence):
        written = match.group(0)
        if _is_period(sentence, match):
            continue  # "in the three months through March" bounds a figure: no fact
        if _in_age_bracket(sentence, match.start(), match.end()):
            continue  # "children under ten years of age": which children, no length of time
        add(
            FoundFact(
                "text",
                "counts",
                written,
                written,
                sentence,
                match.start(),
                match.end(),
                f"how many {match.group('noun')}",
                line,
            )
        )
    periods = [
        match.span() for match in _DURATION.finditer(sentence) if _is_period(sentence, match)
    ]
    for match in _counts(sentence):
        if any(start <= match.start() < end for start, end in periods):
            continue
        if is_whole_of_a_part(sentence, match.start()):
            continue  # "61 of the 87 cases": the whole, shown in the part's question
        written = sentence[match.start("number") : match.end("number")]
        noun = match.group(0).split()[-1]
        end = match.end("number")
        # "1.1 billion Norwegian crowns": the scale goes with the figure it scales.
        scale = re.match(r"\s+(?:million|billion|trillion)\b", sentence[end:])
        if scale and scale.end() + end < match.end():
            end += scale.end()
            written = sentence[match.start("number") : end]
        # "the two sides", "the two leaders": a pair is how a story is told, not a figure
        # ("in two camps" is a count). "0.98 among patients" counts no one: a figure with a
        # decimal point counts only what follows it ("0.25 percentage points").
        if (noun in _SOURCE_NOUNS and _UNNAMED_SOURCE.match(sentence, match.end())) or (
            noun in _NOT_COUNTED
            or (written.casefold() == "two" and _PAIR.search(sentence, 0, match.start()))
            or re.fullmatch(r"(?:19|20)\d{2}", written)
            or (
                re.fullmatch(r"[\d,]+\.\d+", written)
                and set(sentence[end : match.end()].split()) & _JOINING_WORDS_FOR_COUNTS
            )
        ):
            continue
        add(
            FoundFact(
                "number",
                "counts",
                written,
                written,
                sentence,
                match.start("number"),
                end,
                "how many",
                line,
                prompt=_part_of_a_whole(sentence, match.start("number"), end)
                or _without_sibling(sentence, match.start("number"), end, match.end()),
            )
        )
    for match in _BARE_FIGURES.finditer(sentence):
        group = match.lastgroup or "number"
        written = match.group(group)
        if group == "acted" and re.fullmatch(r"(?:19|20)\d{2}", written):
            continue  # "in 2024 were ...": a year, no count
        add(
            FoundFact(
                "number",
                "counts",
                written,
                written,
                sentence,
                match.start(group),
                match.end(group),
                "how many",
                line,
            )
        )
    for match in _OWNED_THING_NAMED.finditer(sentence):
        owner, what, kind = match.group("owner"), match.group("what"), match.group("kind")
        add(_name_fact(match, sentence, line, f"Which {kind} is {owner} {what}?"))
    for match in _KIND_NAMED.finditer(sentence):
        if match.group("what").split()[-1] in _NAMED_KINDS:
            what = _definite(f"{match.group('det')} {match.group('what')}")
            add(_name_fact(match, sentence, line, f"What is the name of {what}?"))
    for match in _CODE_NAMED.finditer(sentence):
        what = " ".join((match.group("what") + match.group("kind")).split())
        add(_name_fact(match, sentence, line, f"What is the name of the {what}?"))
    for match in _LINK_BETWEEN.finditer(sentence):
        prompt = f"Which two places does the {match.group('what')} lie between?"
        add(_name_fact(match, sentence, line, prompt))
    for match in _NAMED_AFTER.finditer(sentence):
        if match.group("det_start") and _REPORTING.search(match.group("what")):
            continue
        what = (
            f"{(match.group('det') or match.group('det_start')).casefold()} {match.group('what')}"
        )
        add(_name_fact(match, sentence, line, f"What is the name of {_definite(what)}?"))
    for match in _NAMED_BEFORE.finditer(sentence):
        what = match.group("what")
        if _REPORTING.search(what) or _CLAUSE_VERB.search(what):
            # "Nexans, the ministry said": who said it, not what Nexans is; "In London, the
            # reaction was cool": a clause, no description of a name.
            continue
        if _PLURAL_NOUN.search(what.split(" of ")[0].split()[-1]):
            # "Farrow, the holders,": a team's standing, no thing's name to ask.
            continue
        if match.group("name").split()[0] in _CALENDAR_WORDS or match.group(0).split()[0].strip(
            ","
        ) in (*MONTHS, *WEEKDAYS):
            continue  # "on 3 December, the only means of ...": a date, not a name
        add(_name_fact(match, sentence, line, f"What is the {what} called?"))
    # "the Marshall Islands-flagged tanker Kestrel Venture": a thing named after its kind.
    from trainer.core.authoring.find_kind_named import find_kind_named

    for fact in find_kind_named(sentence, line):
        add(fact)
    # "Storm Karsten", "Hurricane Odalys": the kind is the name's own title.
    from trainer.core.authoring.find_named_storms import find_named_storms

    for fact in find_named_storms(sentence, line):
        add(fact)
    for match in _KIND_THEN_NAME.finditer(sentence):
        what = match.group("place") or match.group("kind")
        kind_words = what.split()
        if (
            set(kind_words) & _JOINING_WORDS
            or kind_words[-1].endswith(("ing", "ed"))
            or (match.group("name").split()[0] in _CALENDAR_WORDS)
            # "the nine-member Committee" names no one thing
            or match.group("name") in _BODY_WORDS
            # "the new Arctic clothing system", "the early Earth": an adjective is no kind.
            or kind_words[-1] in _ADJECTIVES_BEFORE_NAMES
            # "the order follows Operation Tidewater": a name that says its own kind is
            # asked by find_named_things.
            or match.group("name").split()[0] in NAMES_OF_THEIR_KIND
            # "the three Prairie provinces": a count is no kind either.
            or kind_words[-1] in _COUNT_WORDS
            or kind_words[-1].isdigit()
            # "the minister Jane Roe": a person's post, and people have their own cards.
            or kind_words[-1].capitalize() in HEAD_WORDS
            # "The result brings Dunmore ...", "the holders Kilbride": a verb or a plural
            # is no one thing's kind.
            or ends_like_verb_or_plural(kind_words[-1])
            # "the centre-right Civic Union": a leaning, no kind to ask by.
            or _LEANING.fullmatch(kind_words[-1]) is not None
            # "'reflects the misery Viklund-Hayes caused'": a speaker's words name no thing.
            or inside_quotation(sentence, match.start())
        ):
            continue
        add(_name_fact(match, sentence, line, f"What is the name of the {what}?"))
    body = _BODY_SUBJECT.match(sentence)
    # "The Bank now expects ...": a bare "the Bank" is how the text refers back, not a name.
    if body and len([w for w in body.group("name").split() if w not in ("The", "A")]) > 1:
        # What the body does, to the first comma: ", two people familiar with it said" is
        # who told, not what it does.
        rest = body.group("rest").split(", ")[0].rstrip(" .")
        add(
            FoundFact(
                "text",
                "facts",
                body.group("name"),
                body.group("name"),
                sentence,
                body.start("name"),
                body.end("name"),
                "which body",
                line,
                evidence=sentence,
                prompt=f"Which body {rest}?",
            )
        )
    for match in _BODY_WHICH.finditer(sentence):
        add(
            FoundFact(
                "text",
                "facts",
                match.group("name"),
                match.group("name"),
                sentence,
                match.start("name"),
                match.end("name"),
                "which body",
                line,
                evidence=match.group(0),
                prompt=f"Which body {match.group('rest').strip()}?",
            )
        )
    for match in _AT_BODY.finditer(sentence):
        if match.group("name").split()[0] in ("The", "A", "An"):
            continue
        add(
            FoundFact(
                "text",
                "facts",
                match.group("name"),
                match.group("name"),
                sentence,
                match.start("span"),
                match.end("span"),
                f"which {match.group('what').casefold()}",
                line,
            )
        )
    for match in _PARTY.finditer(sentence):
        add(
            FoundFact(
                "text",
                "facts",
                match.group("party"),
                match.group("party"),
                sentence,
                match.start("party"),
                match.end("party"),
                "which party",
                line,
                evidence=match.group(0),
                prompt=f"Which party does {match.group('owner')} belong to?",
            )
        )
    # "A free measles helpline, 1800 700 731, is open ...": the number to call.
    from trainer.core.authoring.find_phone_numbers import find_phone_numbers

    for fact in find_phone_numbers(sentence, line):
        add(fact)
    # Imported here: the named things are FoundFacts, defined in this module.
    from trainer.core.authoring.find_named_things import find_named_things

    for fact in find_named_things(sentence, line):
        add(fact)
    # After the named things: "The Coastal Waters Inspectorate said ..." asks who acted,
    # where no other pass asks for the name.
    from trainer.core.authoring.find_acting_bodies import find_acting_bodies

    for fact in find_acting_bodies(sentence, line):
        add(fact)
    # 'its "right to build" scheme', "published in the Annals of ...": names in passing.
    from trainer.core.authoring.find_named_in_passing import find_named_in_passing

    for fact in find_named_in_passing(sentence, line):
        add(fact)
    # "X is not covered", "must be accompanied by Y": claims no figure marks.
    from trainer.core.authoring.find_scope_claims import find_scope_claims

    for fact in find_scope_claims(sentence, line):
        add(fact)
    # "said it would not appeal", "had not ruled out seeking a judicial review".
    from trainer.core.authoring.find_legal_stances import find_legal_stances

    for fact in find_legal_stances(sentence, line):
        add(fact)
    # "No deaths have been reported": a count of none.
    from trainer.core.authoring.find_none_reported import find_none_reported

    for fact in find_none_reported(sentence, line):
        add(fact)
    # "for four months in a row", "the third collision this year", "the lowest since 2019".
    from trainer.core.authoring.find_records import find_records

    for fact in find_records(sentence, line):
        add(fact)
    # "assesses the national risk as high": a level an agency gives.
    from trainer.core.authoring.find_assessed_levels import find_assessed_levels

    for fact in find_assessed_levels(sentence, line):
        add(fact)
    # "caused by anchors", "is the fifth-largest trading partner": what a claim names.
    from trainer.core.authoring.find_causes_and_ranks import find_causes_and_ranks

    for fact in find_causes_and_ranks(sentence, line):
        add(fact)
    return _with_conversions(found, sentence)


# "1.9 million hectares (4.7 million acres)", "12km (7.5 miles)": a measure, then the same
# in other units in brackets. The bracket is the first fact's `also`, never a card of its own.
_OPENS_CONVERSION = re.compile(
    rf"(?:\s*[{CAPITAL}{SMALL}]+)?\s*\(\s*"
    rf"(?:about\s+|around\s+|some\s+)?"
)
_CLOSES_CONVERSION = re.compile(rf"(?P<unit>\s*[{CAPITAL}{SMALL}]+)?\s*\)")


def _with_conversions(found: list[FoundFact], sentence: str) -> list[FoundFact]:
    ordered = sorted(found, key=lambda fact: fact.start)
    merged: list[FoundFact] = []
    for fact in ordered:
        first = merged[-1] if merged else None
        closing = _CLOSES_CONVERSION.match(sentence, fact.end)
        if (
            first is not None
            and first.kind == fact.kind == "number"
            and _OPENS_CONVERSION.fullmatch(sentence, first.end, fact.start)
            and closing
        ):
            opening = sentence.index("(", first.end)
            also = sentence[opening + 1 : closing.end() - 1].strip()
            # The prompt shows neither: "More than how many hectares of forest burned?"
            shown = sentence[:opening].rstrip() + sentence[closing.end() :]
            prompt = first.prompt or ask_in_place(shown, first.start, first.end, first.question)
            merged[-1] = replace(first, also=also, prompt=prompt)
            continue
        merged.append(fact)
    return merged


_OF_A_BARE_WHOLE = re.compile(
    rf"\s+(?:out\s+)?of\s+(?=(?:{_COUNT_NUMBER_DIGITS}|{_NUMBER_WORDS})\s+[{SMALL}])"
)


# "Nineteen improvement notices and four prohibition notices were issued": a second count
# joined to the one asked, which its question leaves out ("How many improvement notices
# were issued?").
_SIBLING_AFTER = re.compile(
    rf"\s+and\s+(?:{_COUNT_NUMBER_DIGITS}|{_NUMBER_WORDS})(?:\s+[{SMALL}][\w-]*){{0,3}}?"
    rf"\s+[{SMALL}][\w-]*s(?=\s+(?:were|are|was|have|had|will)\b)"
)


def _without_sibling(sentence: str, start: int, end: int, noun_end: int) -> str | None:
    """The count's question with a sibling count joined after its noun left out, or None."""
    sibling = _SIBLING_AFTER.match(sentence, noun_end)
    if sibling is None:
        return None
    return ask_in_place(sentence[:noun_end] + sentence[sibling.end() :], start, end, "how many")


def _part_of_a_whole(sentence: str, start: int, end: int) -> str | None:
    """ "counted 12 of 24 districts" asks "how many of the 24 districts": the whole written
    with no article is given one, so the question reads on past it; None for other counts."""
    of = _OF_A_BARE_WHOLE.match(sentence, end)
    if of is None:
        return None
    shown = f"{sentence[:end]} of the {sentence[of.end() :]}"
    return ask_in_place(shown, start, end, "how many")


_TIME_NOUN = re.compile(r".*\s(?:decades|years|months|weeks|days|hours|minutes)", re.DOTALL)
_AGE_BRACKET = re.compile(r"\b(?:under|over|below|above|aged)\s+$")
_OF_AGE = re.compile(r"\s+(?:of\s+age|old)\b")


def _in_age_bracket(sentence: str, start: int, end: int) -> bool:
    """ "under ten years of age", "over 65 years old": an age bracket saying who is counted."""
    return (
        _AGE_BRACKET.search(sentence, 0, start) is not None
        and _OF_AGE.match(sentence, end) is not None
    )


def _is_period(sentence: str, match: re.Match[str]) -> bool:
    """ "the three months through March", "the first eight months": a period a figure is
    counted over, not a duration to learn."""
    before = sentence[: match.start()]
    return (
        (_REPORTING_PERIOD.match(sentence, match.end()) is not None and before.endswith("the "))
        or _PERIOD_BEFORE.search(before) is not None
        # "Over 18 months, there were 212 collisions": the period the counts after it cover.
        or (_OPENING_PERIOD.fullmatch(before) is not None and sentence[match.end() :][:1] == ",")
        # "double the volume of two years earlier": the time compared with, no duration.
        or (
            _COMPARED_WITH_BEFORE.search(before) is not None
            and _EARLIER.match(sentence, match.end()) is not None
        )
    )


_OPENING_PERIOD = re.compile(
    # ("In 18 months, the bridge will reopen" is when, a fact: "in" counts only with "the
    # past".)
    r"\s*(?:(?:Over|During|Across)\s+(?:the\s+(?:past\s+|last\s+)?)?"
    r"|(?:In|Within)\s+the\s+(?:past|last)\s+)"
)
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:of|than|from|with)\s+$")
_EARLIER = re.compile(r"\s+(?:earlier|before|previously)\b")


_YEAR_AFTER_WORD = re.compile(r"(?:1[89]|20)\d{2}(?![\d,.])")
_BEFORE_A_YEAR = re.compile(r"\b(?:since|in|until|before|after)\s+$")
# "No 10", "No. 11", "Number 10", "Report No. 7": a number that names a thing.
_NUMBERED = re.compile(r"\b(?:No|Nos|Number)\.?\s*$")
_A_PERCENTAGE = re.compile(r"\s+(?:per\s?cent|percent)\b")
_TIMES_OUT_OF = re.compile(r"\s+times\s+out\s+of\b")
_DAY_OF_MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.?\s+$")


def _counts(sentence: str) -> list[re.Match[str]]:
    """Every count, each number tried on its own: the words read ahead to one count's noun
    ("13 to 17 at 41 secondary schools") may hold another count ("41 secondary schools")."""
    found = []
    # "Nineteen of the new cases were reported ...": a count in words opening its sentence
    # is capitalised; it is read as written in lower case (the same places in the sentence).
    opening = re.match(rf"(?:{_NUMBER_WORDS})\b", sentence[:1].lower() + sentence[1:])
    capitalised = bool(opening) and sentence[:1].isupper()
    if capitalised:
        sentence = sentence[:1].lower() + sentence[1:]
    for start in re.finditer(rf"(?<![\w$€£¥.,/-])(?:{_COUNT_NUMBER})", sentence):
        if _DAY_OF_MONTH.search(sentence, 0, start.start()):
            continue  # "on December 3 and publish results": a day of the month, no count
        if _YEAR_AFTER_WORD.match(sentence, start.start()) and _BEFORE_A_YEAR.search(
            sentence, 0, start.start()
        ):
            continue  # "since 1886 will close ... after councillors": a year, no count
        if _TIMES_OUT_OF.match(sentence, start.end()):
            continue  # "19 times out of 20": a survey's confidence, not a count
        if numbers_a_part(sentence[: start.start()]):
            continue  # "Operative paragraph 4 requests": a reference, not a count
        if _NUMBERED.search(sentence, 0, start.start()):
            continue  # "outside No 10", "Report No. 7": a number that names, no count
        if number_in_a_name(sentence, start.start(), start.end()):
            continue  # "the FTSE 250 company", "its Arclight 7 platform": part of a name
        if _A_PERCENTAGE.match(sentence, start.end()):
            continue  # "28 per cent of requirements": a percentage, find_figures' own
        match = _COUNT.match(sentence, start.start()) or _MAKE_COUNT.match(sentence, start.start())
        if match and capitalised and start.start() == 0 and _TIME_NOUN.fullmatch(match.group(0)):
            continue  # "Twelve years after it was drawn, ...": when, no count of years
        if match and _in_age_bracket(sentence, start.start(), match.end()):
            continue  # "children under ten years of age": which children, no count
        if match:
            found.append(match)
    return found


def _fitting_name(long: str, short: str) -> tuple[str | None, str]:
    """The words of ``long`` that ``short`` abbreviates ("IEEPA", "TPP", "LeT"), from the
    last few: "Pakistan-based Lashkar-e-Taiba (LeT)" stands for Lashkar-e-Taiba."""
    letters = "".join(char for char in short if char.isupper())
    words = long.split()
    if len(letters) < 2:
        return None, short
    for first in range(len(words) - 1, -1, -1):
        candidate = words[first:]
        capitals = "".join(
            part[0] for word in candidate for part in re.split(r"-", word) if part[:1].isupper()
        )
        if capitals == letters or (capitals.endswith(letters) and first == 0):
            name = " ".join(candidate)
            return re.sub(r"^The\s+", "", name), short
    # An abbreviation of the name in another language ("the Disaster and Emergency Management
    # Authority (AFAD)") fits no initials: the whole name, when it plainly names a body.
    # "Lemos's Centre Alliance (AC)": an owner's name says whose the body is, no part of it.
    name = re.sub(rf"^(?:The\s+|[{CAPITAL}][\w-]*[’']s\s+)", "", long)
    # "Mirela Vasko of the Civic Renewal Party (SGO)": the person leads the party, and is
    # no part of what the letters stand for.
    person = re.match(rf"(?P<person>{PERSON_NAME})\s+of\s+(?:the\s+)?(?=[{CAPITAL}])", name)
    if person and not _NAMED_BODY_WORDS & set(person["person"].split()):
        name = name[person.end() :]
    # "the UN Refugee Agency (UNHCR)": a name holding the start of the abbreviation as a
    # word of its own describes the body; it is not what the letters stand for.
    describes = any(
        len(word) >= 2 and word.isupper() and short.startswith(word) and word != short
        for word in name.split()
    )
    if short.isupper() and len(name.split()) >= 2 and _NAMED_BODY_WORDS & set(name.split()):
        return (None, short) if describes else (name, short)
    return None, short


# "centre-right", "far-left", "pro-European": where a party stands, not what kind it is.
# ("the environmentalist Green Coast party", "the nationalist ETL": a party's leaning too.)
_LEANING = re.compile(
    r"(?i)(?:centre|center|far|hard|left|right|pro|anti)-[\w-]+"
    r"|environmentalist|nationalist|socialist|populist|centrist|separatist|communist|liberal"
    r"|conservative|progressive|reformist|royalist|unionist|republican|islamist|leftist"
)
_CLAUSE_VERB = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|can|could)\b")


def _definite(what: str) -> str:
    """ "a new public holiday" as "the new public holiday"."""
    return re.sub(r"^(?:a|an)\s+", "the ", what)


def _text_fact(
    answer: str, sentence: str, start: int, end: int, question: str, line: int
) -> FoundFact:
    """A text fact of the "facts" group, its answer written as the sentence has it."""
    return FoundFact("text", "facts", answer, answer, sentence, start, end, question, line)


def _name_fact(match: re.Match[str], sentence: str, line: int, prompt: str) -> FoundFact:
    """A "what is it called?" fact: the name ``match`` found, asked with ``prompt``."""
    return FoundFact(
        "text",
        "facts",
        match.group("name"),
        match.group("name"),
        sentence,
        match.start("name"),
        match.end("name"),
        "what name",
        line,
        evidence=match.group(0),
        prompt=prompt,
    )
