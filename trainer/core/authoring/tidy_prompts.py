"""The editor's last read of a drafted prompt: wording a cut left behind is mended, and a
prompt that still reads as broken English is told apart, so the card is asked another way
or left out.

Leaving out the phrases that held other cards' answers (short_question.py) is right for
most sentences, but where a figure is the object of its verb ("Trams will run every 6
minutes at peak times") or one of a pair ("on 2 March and again on 19 August") what is left
is not a sentence: "Trams will run every at peak times", "On what date and again?". An
editor would delete or rewrite such a card. The checks here read only the prompt's words,
never one article's: a determiner with no noun after it ("between the through"), a dash
left alone, a clause with nothing asked in it, a sentence that is all subordinate clause
("When the agreement was signed on what date?").
"""

from __future__ import annotations

import re

from trainer.core.authoring.kind_questions import asks_a_kind_no_thing_has
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.split_figures import splits_a_figure
from trainer.core.authoring.stand_alone import PROMPT_WORDS

# The words that ask: a prompt holding none of them asks nothing. "Where" asks at the start
# or after a preposition ("rerouting flights to where?"), not as "where" opening a clause.
_ASKS = re.compile(
    r"(?i)\b(?:how|what|which|who|whom|whose|when)\b|^Where\b|\b(?:to|from|in|at)\s+where\b"
)
# A determiner needs a noun: "The that the also", "The the external member", "ownership
# 's how many"; so does "between": "Water will travel between the through a tunnel".
_DETERMINER_ALONE = re.compile(
    r"\b(?:[Tt]he|an?|An)\s+(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|"
    r"that|which|is|are|was|were|will|has|have|had)\b(?!-)"
    r"|\s[’']s\b"
    r"|\bbetween\s+(?:the\s+)?(?:through|of|to|in|on|at|by|for|with|from|into)\b"
    # "The run-off between the top will be held": "between" with no pair before the verb.
    rf"|\bbetween\s+the\s+[{SMALL}]+\s+(?:will|would|is|was|are|were|has|had|have|can|could)\b"
)
# "every 6 minutes at peak times" without its figure: "every at peak times".
_EVERY_ALONE = re.compile(r"\bevery\s+(?:at|in|on|by|for|to|from|and|or)\b|\bevery\s*[,?]")
# "rose from how much - -?", "rose - to how much -?": the dashes of an aside whose words
# went, side by side or ending the question.
_BARE_DASH = re.compile(r"[-–—]\s*[-–—]|[-–—]\s*\?$")
# "arguing that -month pilot would add ...": a compound whose first half was cut out.
_COMPOUND_CUT = re.compile(rf"(?:^|(?<=\s))-[{SMALL}]")
# "On what date and again?", "On and again on what date?": one of a pair left alone.
_PAIR_LEFT = re.compile(r"\b(?:and|or)\s+again\?$|^(?:On|In|At|By|From)\s+(?:and|or)\b")
# "The through cost ... is now, against roughly how much?", "had reached, compared with":
# a verb whose complement went, before a comma.
_VERB_BEFORE_COMMA = re.compile(
    r"\b(?:is|are|was|were|be|been|reached|reach)(?:\s+now)?,\s+"
    r"(?!(?:however|though|too|in\s+turn|according|as|which|who|when|where)\b)"
)
# "Between, federal and provincial governments committed ...": a preposition whose object
# went, before a comma.
_PREPOSITION_BEFORE_COMMA = re.compile(
    r"(?i)\b(?:between|from|since|until|in|on|at|by|of|to|with|for|through)\s*,"
)
# "Growth is forecast and what percentage?": the first of a pair of figures went.
_VERB_AND_ASKED = re.compile(rf"\b(?:is|are|was|were)\s+[{SMALL}]+\s+and\s+(?:what|how)\b")
# "crops were flooded weeks?": a count's unit left after a verb, its number gone (or the
# phrase it measured cut off), is mended by leaving it out.
_UNIT_LEFT = re.compile(rf"\b(?P<verb>[{SMALL}]+ed)\s+(?:hours|days|weeks|months|years)(?=\?$)")
# "an upgrade of its Oberon mill due?": a word that led to what was cut ("due to be
# completed in mid-2027") ends the question.
_LEADING_WORD_LEFT = re.compile(r"\s+(?:due|set|expected|scheduled|likely|able|about)(?=\?$)")
# "As of what date, 18:00 local time?": a situation report's date line asked as a fact.
_AS_OF_LINE = re.compile(r"^As\s+(?:of|at)\s+what\s+date\b[^?]*\?$")
# "Courier that what share": "that" opening a clause after a word that reports nothing.
_THAT_ASKED = re.compile(rf"\b(?P<word>[{CAPITAL}{SMALL}]+)\s+that\s+(?:what|how|which)\b")
_REPORTING_WORD = re.compile(
    rf"(?i)(?:[{SMALL}]+(?:s|ed)|said|found|told|thought|knew|shown|show|say|think|believe|"
    r"expect|estimate|warn|argue|hope|fear|know|"
    # "Government estimates indicate that how many hectares ...": a verb of evidence.
    r"indicate|suggest|confirm|predict|project|assume|note|state|report|claim|reckon|"
    r"calculate|forecast|mean|imply|find)$"
)
# "Will be shared with NASA ...": a verb with no subject before it.
_SUBJECTLESS = re.compile(
    r"^(?:Will|Would|Could|Should|Can|Must|May|Might|Has|Have|Had|Is|Are|Was|Were)\s+"
    r"(?:be|been|being)\b"
    # "Will manage a regional budget of about how much?": a modal and its verb, no subject.
    r"|^(?:Will|Would|Could|Should|Can|Must|May|Might)\s+(?!(?:the|a|an|it|they|this|these)\b)"
    rf"[{SMALL}]+\s"
    # "Had no up-to-date risk register, ...": the count that was its subject went.
    r"|^(?:Has|Have|Had)\s+(?:no|not|never)\b"
    # "Which party does represent?", "Whom does replace?": the name between went.
    rf"|^(?:Which\s+[{SMALL}]+\s+(?:does|did|do)|(?:What|Who|Whom)\s+(?:does|did|do)"
    rf"|Whom\s+will)\s+(?:…\s+)?[{SMALL}]+(?:\s+(?:to|from|for|with))?\?$"
    # "The finance director replaced in which month?": whom the verb takes went.
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!be\s)"
    r"\b(?:replaced|replaces|succeeded|succeeds|appointed|appoints|hired|sacked|defeated"
    r"|beat)\s+(?:in|on|at)\s+(?:which|what)\b"
    # "Where was born?", "When was appointed?": whoever it was asked of went.
    rf"|^(?:Where|When|Why)\s+(?:was|were|is|are|did|does|do|has|have|had)\s+[{SMALL}]+\?$"
    # "Was sworn in as minister on what date?", "Where was … born?": the subject went whole.
    rf"|^(?:Was|Were|Is|Are|Has|Have|Had)\s+[{SMALL}]+(?:ed|en|wn|rn|ne)\s.*"
    r"\b(?:what|which|how|who|whom|where|when)\b"
    r"|^(?:Where|When|Why|How|What|Who|Whom)\s+(?:was|were|is|are|did|does|do|has|have|had)\s+…"
    r"(?![’']s)"
    # "The regional risk is because of what?": what it is (another card's answer) went.
    r"|\b(?:is|are|was|were)\s+because\s+(?:of\s+)?what\?$"
    # "How long is the journey she?": the clause the pronoun opened was cut after it.
    r"|\s(?:she|he|they|we)\?$"
)
# "To get the increase below what percentage?": a purpose clause asked without the clause
# it was the purpose of ("To date, donors have ..." goes on after its comma).
_PURPOSE_ALONE = re.compile(r"^To\s+(?!(?:what|which|whom|how|date)\b)[a-z]+\b[^,]*\?$")
# "The opposition argues that, as a deputy minister for how many years?": an aside opened
# after "that" and never closed, the clause it led into cut away.
_ASIDE_UNCLOSED = re.compile(r"\bthat,\s+[^,]+\?$")
# "The Office found that had no risk register": what was found lost its subject, a count
# another card asks.
_FOUND_THAT_VERB = re.compile(
    r"\b(?:found|said|showed|shows|reported|noted|concluded|estimated|added)\s+that\s+"
    r"(?:had|has|have|were|was|is|are|will|would)\b"
)
# "Bilateral trade reached in what year?", "wants that share to reach by what year?": a
# verb that needs its amount, asked the time of it with the amount gone.
_AMOUNT_VERB_TIMED = re.compile(
    # ("The analysis was released on what date?": a passive has its object in the subject.)
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbe )"
    r"\b(?:reached|reach|reaches|spent|spend|raised|raise|paid|pay|offered|offer|invested|"
    r"invest|received|receive|committed|commit|released|release|totalled|totaled|total|"
    r"seeks|sought|cost|costs|earned|lost|gained|recorded|record|need|needs)\s+"
    r"(?:in|by|on|since|before|after|during|from)\s+(?:what|which)\s+"
    r"(?:year|date|month|day|period|season|decade|quarter)\b"
)
# "The board met and that its senior responsible owner changed": the figure joining two
# reported findings went.
_AND_THAT = re.compile(rf"\b(?:[{SMALL}]+ed|met|said|found|held|made|told)\s+and\s+that\b")
# "Under which Germany would recruit ...": a relative clause standing as the question.
_RELATIVE_OPENING = re.compile(
    r"^(?:Under|In|Of|For|By|With|From|At|On|Through)\s+which\s+"
    rf"(?:[{CAPITAL}]\w*|the|a|an|it|they|he|she|we)\b"
)
# "Asked whether the partnership, under which ...": a participle's clause with no sentence
# after it.
_ASKED_ALONE = re.compile(r"^Asked\s+(?:whether|if|about|why|how|what)\b")
# "spent a combined hiring ...", "ring-fence an additional for emergency repairs": an
# amount's qualifier with its amount gone.
_QUALIFIER_ALONE = re.compile(
    r"\ban?\s+(?:combined|additional|further|extra)\s+(?!how\b|what\b)"
    rf"(?:[{SMALL}]+ing|for|of|to|in|on|at|by|with|from)\b"
)
# "The Ministry of Water, a five-year, investment ...": an adjective of a noun phrase cut
# off from its noun by a comma.
_ADJECTIVE_CUT_OFF = re.compile(rf"\b(?:a|an)\s+[{SMALL}]+-[{SMALL}]+(?:-[{SMALL}]+)*,\s")
# "The National Treasury will contribute, while ...": a verb's object went before a comma.
_VERB_OBJECT_GONE = re.compile(rf"\b(?:will|would|to)\s+[{SMALL}]+,\s+(?:while|and|but|whereas)\b")
# "Net sales rose on year": "7% year on year" lost its figure and first "year".
_HALF_IDIOM = re.compile(r"(?<!year)\s+on\s+year\b")
# "fell to how much at the end of September at the end of June": two times for one event.
_TWO_TIMES = re.compile(r"\bat\s+the\s+end\s+of\s+\w+\s+at\s+the\s+end\s+of\b")
# "annual savings, compared with the previously worth how much targeted": an adverb
# before the question's "worth".
_ADVERB_WORTH = re.compile(rf"\b[{SMALL}]+ly\s+worth\s+how\b")
# "Britain will need GWh of additional storage": a unit with its number gone.
# "... are delivering aid along?", "searching an area of square kilometres?": the place or
# the figure another card asks was cut out from after its preposition.
_PLACE_WORD_LEFT = re.compile(r"\b(?:along|near|beside|alongside|towards|via)\?$")
_MEASURE_OF_NO_FIGURE = re.compile(
    r"\b(?:area|distance|stretch|length|depth|height)\s+of\s+(?:square\s+|cubic\s+)?"
    r"(?:kilometres|kilometers|miles|metres|meters|hectares|acres|feet)\b"
)
_UNIT_WITHOUT_NUMBER = re.compile(
    rf"\b(?!many\b|much\b)[{SMALL}]+\s+(?:GWh|MWh|kWh|TWh|GW|MW|kW)\b"
)
# "How many GWh ... will the National Energy System Operator says Britain need?": a
# question put first across a reporting verb.
_ASKED_ACROSS_SAYING = re.compile(
    r"\b[Hh]ow\s+(?:many|much)\b.*\b(?:will|would|did|does|do|can|could|had|has|have)\s+"
    r"(?:\S+\s+){1,8}?(?:says|said)\s"
)
# "Every gram is a time capsule from ago": a figure's phrase cut from a quotation.
_CUT_IN_QUOTATION = re.compile(r"\b(?:from|since|for|of)\s+ago\b")
# "Halvorsen will pay per Cordillera share": an amount's verb before "per", the amount gone.
_AMOUNT_PER = re.compile(r"\b(?:pay|paid|pays|cost|costs|charge|charges|charged)\s+per\b")
# "An average of vessels a day crossed", "a magnitude earthquake": the figure between went.
_FIGURE_WORD_ALONE = re.compile(
    r"\b[Aa]n\s+average\s+of\s+(?!(?:how|what|about|around|nearly|roughly|some|more|less|"
    rf"fewer|up|just|only|almost|over|under|the|its|their|his|her)\b)[{SMALL}]+s\b"
    rf"|\ba\s+magnitude\s+(?!of\b)[{SMALL}]+"
)
# "their transits were down, while ...", "would fall, or about ...", "buy back, starting":
# a change or verb whose figure or object went, before a comma.
_CHANGE_BEFORE_COMMA = re.compile(
    r"\b(?:were|was|is|are)\s+(?:down|up)\s*,"
    r"|\b(?:fall|rise|fell|rose|grow|grew|drop|dropped|climb|climbed)\s*,\s+(?:or|and)\b"
    r"|\b(?:buy|pay|paid|bought)\s+back\s*,"
    # "she won and the conservative lawmaker what percentage?"
    r"|\b(?:won|took|received|reached|raised|paid|spent|recorded)\s+and\b"
)
# "she won what percentage the conservative lawmaker?": a question phrase run into the
# next noun phrase, the words between gone.
_ASKED_THEN_DETERMINER = re.compile(r"\b(?:what\s+percentage|how\s+much)\s+the\b")
# "From from £486, an increase of what percentage?": two clauses' openings left side by side
# where what stood between them was cut out.
_DOUBLED_OPENING = re.compile(rf"(?i)^(?P<word>[{SMALL}]+)\s+(?P=word)\b")
# "since the season began on compared with", "events occurred the drug": a preposition or a
# verb that takes no object, its own words gone.
_NOTHING_BETWEEN = re.compile(
    r"\b(?:on|in|at|by|to|from)\s+compared\b|\b(?:occurred|happened|arrived|died)\s+(?:the|a|an)\b"
)
# "confirmed that Exercise Northern Shield?": a reported claim cut after its subject.
_CLAIM_CUT = re.compile(
    rf"\b(?:confirmed|said|announced|reported|warned)\s+that\s+(?:(?:[{CAPITAL}][\w-]*\s+){{0,3}}"
    rf"[{CAPITAL}][\w-]*|(?:the|a|an)\s+[\w-]+)\?$"
)
# "The vessel's registered owner. of the Marshall Islands": a name cut out before its "of".
_STOP_BEFORE_LOWER = re.compile(rf"\b[{SMALL}]{{3,}}\.\s+(?:of|in|to|and|for)\b")
# "by Nkr over the next how many months", "is now for the northern rail route": a currency
# or a verb left without its amount.
_AMOUNT_GONE = re.compile(
    r"(?:\bNkr|\bNKr|\bSKr|\bDKr|\bKSh|\bUS\$|\bC\$|[€£$])\s+(?:over|in|by|for|to|from|and)\b"
    r"|\b(?:is|are|was|were)\s+now\s+(?:for|against|to|from|of)\b"
    # (not "has been earmarked for": the passive's subject is the amount, asked before it)
    r"|(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)"
    r"\b(?:set\s+aside|earmarked|allocated|budgeted)\s+(?:for|to)\b"
    # "Poland further pledged for a scholarship scheme", "pledged over how many years".
    r"|\b(?:pledged|promised|donated|granted|contributed|lent|loaned)\s+(?:for|over)\b"
)
# "ordered the firm to pay in costs to which agency?": an amount's verb, its amount gone.
_PAID_IN = re.compile(
    r"\b(?:pay|paid|pays|spend|spent|spends|raise|raised|award|awarded)\s+in\s+"
    r"(?:costs|fees|damages|compensation|fines|aid|funding|revenue|cash)\b"
)
# "…, a delay who called “a tax on trade”": "who" put in place of a pronoun that followed
# a noun, not a person.
_WHO_AFTER_THING = re.compile(rf",\s+(?:a|an|the)\s+[{SMALL}]+\s+who\s+[{SMALL}]+ed\b")

# "When the agreement was signed in Aktau on what date?": a subordinate clause standing as
# the sentence, the question asked inside it ("When did ...?" is a question, and stays).
_SUBORDINATE_OPENING = re.compile(
    r"^(?:When|Where|While|Although|Though|Because|Once|Whereas|Since)\s+"
    r"(?!(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|must|"
    r"when|what|which|how|then)\b)"
    r"(?=\S)"
)
# "will be issued on or around on what date": the question's own preposition doubled.
_DOUBLED_PREPOSITION = re.compile(
    r"\b(?P<first>on|in|by)\s+or\s+(?:around|about|before|after)\s+(?P<second>on|in)\s+"
    r"(?=what\b)"
)
# "The scheme, approved by the city council's cabinet on what date?": a subject and the
# participle describing it, with no verb; asked "The scheme was approved by ...?".
_SUBJECT_AND_PARTICIPLE = re.compile(
    # (", compared with how many?" compares the clause's figure: no participle of a subject)
    r"^(?P<subject>(?:The|A|An|Its|Their)\s[^,\"“”]{1,40}),\s+"
    rf"(?P<participle>(?!compared\b)[{SMALL}]+ed\s[^,\"“”]*\?)$"
)
# "will be held on Saturday on what date": the weekday beside the date asked is dropped.
_WEEKDAY_BEFORE_DATE = re.compile(
    r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?(?=\s+on\s+what\s+date\b)"
)
# "has how many members: the Governor?": a list after a colon cut to its first item.
_LIST_AFTER_COLON = re.compile(r"(?P<asked>\b(?:how|what)\b[^:?“”\"]*):\s+[^?“”\"]*(?=\?$)")
# "under agreements signed?": a participle whose time was the other card's answer.
_TIMELESS_PARTICIPLE = re.compile(
    rf"\s+(?:under|in|with|by|after)\s+(?:an?\s+|the\s+)?[{SMALL}]+\s+"
    r"(?:signed|agreed|announced|approved|published|issued|reached)(?=\?$)"
)
# "Independent candidate won the runoff ...": a person's description whose name was hidden,
# left without its article.
_DESCRIPTION_WITHOUT_ARTICLE = re.compile(
    r"^(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Every|Each|No|Any)\s)"
    rf"(?P<adjective>[{CAPITAL}][{SMALL}]+)\s+(?P<noun>candidate|lawmaker|minister|official|spokesperson|"
    r"spokesman|spokeswoman|analyst|economist|director|leader|senator|governor|mayor|judge|"
    r"chairman|chairwoman|secretary|councillor|adviser|advisor|executive|founder|owner)\s+"
    rf"(?=[{SMALL}])"
)
_NAME_FOUNDED = re.compile(
    rf"^(?P<name>[{CAPITAL}][\w’'&.-]*(?:\s+[{CAPITAL}][\w’'&.-]*){{0,3}}),\s+(?:a|an|the)\s[^,“”\"?]{{1,60}}?\s+"
    r"(?P<rest>(?:founded|established|formed|created|set\s+up|launched|opened|built)\s[^,“”\"]*\?)$"
)
_PARTICIPLE_BEFORE_WHO = re.compile(rf"^[{CAPITAL}][{SMALL}]+ing\b[^,“”\"]*,\s+(?=[Ww]ho\s)")
_APPOSITIVE_WHO = re.compile(
    r"^(?P<subject>(?:The|A|An|Its|Their)\s[^,“”\"]{1,60}),\s+(?:a|an|the)\s[^,“”\"]{1,60}?\s+"
    rf"who\s+(?P<rest>[{SMALL}]+ed\b[^,“”\"]*\?)$"
)
_WITH_ABSOLUTE = re.compile(
    rf"^With\s+(?P<what>(?:(?!,\s)[^“”\"])+?\s+[{SMALL}]+s)\s+(?P<participle>[{SMALL}]+ed)\?$"
)
# "will stay closed until at least on what date": a date's "on" after its own preposition.
_ON_AFTER_PREPOSITION = re.compile(
    # "no later than on what date" too: "than" takes the date as it is.
    r"\b(?:until|by|before|after|from|than)\s+(?:at\s+least\s+|at\s+the\s+earliest\s+)?"
    r"(?P<on>on\s+)(?=what\b)"
)
# "worth how much to acquire?", "a reward for information leading?": a verb whose object a
# cut took ends the question.
_VERB_WITHOUT_OBJECT_ENDING = re.compile(
    rf"(?:(?<=how much)\s+to\s+[{SMALL}]+|\s+(?:leading|including|involving|through))(?=\?$)"
)
# "The appeal, part of a joint plan with how many partner organizations?": a subject and
# what it is, with no verb; asked "The appeal is part of ...?".
_SUBJECT_AND_APPOSITIVE = re.compile(
    # "The Ministry confirmed that the exercise, the largest held since what year?": a
    # reporting frame before it goes too.
    r"^(?:[^,\"“”]{1,60}\b(?:said|confirmed|announced|reported|added|noted)\s+that\s+)?"
    r"(?P<subject>(?:[Tt]he|[Ii]ts|[Tt]heir)\s[^,\"“”]{1,40}[^s,]),\s+"
    r"(?P<what>(?:(?:part|one)\s+of|the\s+(?:largest|biggest|first|last|only|highest|lowest|"
    r"longest|most|best|worst|oldest|newest)\b)\s[^,\"“”]*\?)$"
)
# "will begin on what date and run?", "within how many months and write?": a second verb
# whose words were cut, after the question's time.
_VERB_AFTER_TIME = re.compile(
    rf"\b(?P<time>date|month|year|months|years|weeks|days)\s+and\s+[{SMALL}]+(?=\?$)"
)
# "by how much over the next?": a period whose length was cut.
_PERIOD_LEFT = re.compile(r"\s+(?:over|in|for|within)\s+the\s+(?:next|past|last|coming)(?=\?$)")
_DOUBLED_DETERMINER = re.compile(r"\b([Tt]he)\s+the\b")
# "of the how many registered voters": "the" before a question phrase that asks a count.
_DETERMINER_BEFORE_COUNT = re.compile(
    r"\b(?P<preposition>of|in|at|for|from|to|by|with|among|across)\s+the\s+(?=how\s+many\b)"
)
# "return to its what percentage target" asks "return to its target of what percentage".
_SHARE_BEFORE_NOUN = re.compile(
    r"\b(?P<owner>its|their|the|a|an)\s+what\s+percentage\s+"
    r"(?P<noun>target|goal|limit|threshold|ceiling|cap|share|stake|rate)\b"
)
# "a how many km-long dam" asks "a dam how many km long".
_SIZE_BEFORE_NOUN = re.compile(
    r"\b(?P<article>an?)\s+how\s+many\s+(?P<unit>[\w.]+)-(?P<size>long|wide|high|deep|tall)\s+"
    rf"(?P<noun>[{SMALL}]+)\b"
)
# "On what date, the board approved a buy-back?": a sentence's opening time asked where it
# stood, with no question's word order after it; asked at the end instead, "The board
# approved a buy-back on what date?" (a question's own order, "On what date did ...", stays).
_LIST_COMMA = re.compile(
    rf"(?<=\b[{CAPITAL}])(?P<name>[\w’'-]*),(?=\s+(?:[{CAPITAL}][\w’'-]*\s+){{0,3}}?(?:and|or)\s)"
)
_FRONTED_TIME = re.compile(
    r"^(?P<time>(?:On|In|By|From|Since|Until|Before|After)\s+(?:what|which)\s+"
    r"(?:date|day|month|year|season|week))\s*,?\s+"
    r"(?!(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|must|may|"
    r"might|shall)\b)"
    rf"(?P<rest>[{CAPITAL}{SMALL}][^?]*?)\.?\?$"
)
# "He said the committee had agreed to question the minister on what date?": a pronoun's
# report of a clause that stands alone, asked without the report (the speaker is no part of
# the fact, and "he" names no one away from the article).
_PRONOUN_REPORTS = re.compile(
    r"^(?:He|She|They)\s+(?:said|says|added|adds|noted|notes|told\s+reporters|explained|"
    r"confirmed|confirms)(?:\s+that)?,?\s+"
    rf"(?P<rest>(?:the|a|an)\s+[{SMALL}][^“”\"?]*\?)$"
)
# Fewer words than this after the time are not a clause: "On what date judges?".
_FRONTED_TIME_WORDS = 5
# "I met the insurers on what date?": a speaker's "I" or "my" asked with no speaker, so the
# analyst cannot tell whose (a quotation keeps its own words: “… my constituents”).
_SPEAKER_ALONE = re.compile(r"(?P<before>\S*)\s*\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|My)\b")
_QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]*’")
# Where a prompt of two clauses may be cut so the clause asking stands alone.
_CLAUSE_JOIN = re.compile(rf",\s+(?:and|but|while|whereas)\s+|;\s+|:\s+(?=[{CAPITAL}])")
_LIST_BULLET = re.compile(r"^[-•*‣◦▪]\s+")
_MIN_CLAUSE_WORDS = 5
# "MONROVIA, on what date (Meridian Press Agency)?": a wire dateline asked as a sentence. It
# dates the story, not a fact in it (the source's `published:` says when it was filed).
_DATELINE_ASKED = re.compile(
    rf"^[{CAPITAL}][{CAPITAL}.'’-]{{2,}}(?:\s+[{CAPITAL}][{CAPITAL}.'’-]+)*,\s+(?:on|in)\s+what\s+(?:date|month|day)\b"
    rf"|\((?:[{CAPITAL}][\w&.-]*\s+){{0,3}}(?:Press|News|Wire|Agency|Service|Reuters|AFP|AP)\b[^)]*\)"
)
# "… House of Representatives down from how many": a change with no verb or figure before it.
_CHANGE_WITHOUT_VERB = re.compile(
    r"(?<!,)(?<!\bwas)(?<!\bis)(?<!\bare)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bnow)"
    r"\s+(?:down|up)\s+from\s+(?:how|what)\b"
)
# "works out at a little?", "would pay, how much less": a measure's words left without
# their amount, at the end or before a comma and the question.
_MEASURE_LEFT = re.compile(
    r"\b(?:a\s+little|a\s+bit|slightly|roughly|nearly|almost|more\s+than|less\s+than)\?$"
    r"|\b(?:pay|paid|pays|cost|costs|spend|spent|earn|earned|receive|received|charge|charged)"
    r"\s*,\s+(?:how|what)\b"
)
# "Announcing the figures on what date?": a participle's phrase with no sentence around it.
_PARTICIPLE_ONLY = re.compile(
    rf"^[{CAPITAL}][{SMALL}]+ing\s[^,]*\b(?:on|in)\s+what\s+"
    rf"(?:date|month|year)\?$"
)
# "Someone who barely switches ...?": "who" joining a clause to the word before it asks
# nothing ("which" may ask there: "blocked which company's bid").
_RELATIVE_WORD = re.compile(
    r"(?<=[\w,] )(?<!\bto )(?<!\bof )(?<!\bby )(?<!\bwith )(?<!\bwas )(?<!\bis )who\b"
)

# "gave the agency ' notice": a possessive's apostrophe left when its noun ("six months'")
# went.
_APOSTROPHE_ALONE = re.compile(r"\s['’]\s")
# "signed the deal on 14 what month": a day left before the month asked.
_DAY_BEFORE_MONTH_ASKED = re.compile(r"\b\d{1,2}\s+(?:what|which)\s+month\b")
# "Which left the Department exposed ...": "which" opening a relative clause, not a question
# (a question's "which" is followed by its noun).
_WHICH_CLAUSE = re.compile(
    r"^Which\s+(?:left|has|had|was|were|is|are|will|would|made|meant|led|gave|means|leaves|"
    r"makes)\b"
)
# "A variation approved in added how much": a preposition whose object went, before a verb.
_PREPOSITION_BEFORE_VERB = re.compile(
    rf"\b(?:in|on|at|by|from)\s+[{SMALL}]{{3,}}ed\s+(?:how|what|for|to|by)\b"
)
# "to a company part-owned?": a participle whose agent went, ending the question; its
# phrase goes ("awarded a contract worth how much to build a new platform?").
_PARTICIPLE_ENDING = re.compile(
    rf"\s+(?:to|from|by|with|for)\s+(?:a|an|the)\s+[{SMALL}]+\s+"
    rf"[{SMALL}]+-(?:owned|based|led|run|backed|controlled|funded)(?=\?$)"
)
# "How much spent on contractor claims?": an amount asked of a participle with no verb.
_AMOUNT_OF_PARTICIPLE = re.compile(
    rf"^How\s+(?:much|many)\s+(?:[{SMALL}]+ed|spent|paid|lost|won|cut|set|sold)\s+"
    r"(?:on|in|by|for|to|from|at|since)\b"
)


def _asks_only_relatively(prompt: str) -> bool:
    """Whether the only question word in ``prompt`` is a "who" joining a clause, or a
    "which" left where its clause was cut ("... the company statement, in which?")."""
    return (
        not _ASKS.search(_RELATIVE_WORD.sub("", prompt)) or _WHICH_LEFT.search(prompt) is not None
    )


# "..., in which?": a relative "which" whose clause was cut, asking nothing.
_WHICH_LEFT = re.compile(r",\s+(?:in|of|at|on|to|for|by|from|with|under)\s+which\?$")


# "She read history and, in what year?": a time set off after "and" whose verb was cut.
_SET_OFF_TIME_ALONE = re.compile(
    rf"\band,\s+(?:in|by|on|from|since)\s+(?:what|which)\s+[{SMALL}]+(?:\s+of\s+which\s+[{SMALL}]+)?\?$"
)


def _speaks_in_first_person(prompt: str) -> bool:
    """Whether ``prompt`` says "I" or "my" outside a quotation: a speaker's words asked with
    no speaker. "I" after a capitalised word is a numeral ("Phase I", "World War I")."""
    for found in _SPEAKER_ALONE.finditer(_QUOTATION.sub("", prompt)):
        numeral = found.group(0).endswith("I") and found.group("before")[:1].isupper()
        if not numeral:
            return True
    return False


def reads_garbled(prompt: str) -> bool:
    """True when ``prompt`` is not a sentence an editor would keep: words left around a
    phrase that was cut out, or no question asked at all."""
    if not _ASKS.search(prompt) or _asks_only_relatively(prompt) or splits_a_figure(prompt):
        return True
    if asks_a_kind_no_thing_has(prompt):
        return True
    that = _THAT_ASKED.search(prompt)
    if that and not _REPORTING_WORD.match(that.group("word")):
        return True
    if _speaks_in_first_person(prompt):
        return True
    fronted = _FRONTED_TIME.match(prompt)
    if fronted and len(fronted.group("rest").split()) < _FRONTED_TIME_WORDS:
        return True
    return any(
        pattern.search(prompt)
        for pattern in (
            _DETERMINER_ALONE,
            _EVERY_ALONE,
            _PAIR_LEFT,
            _VERB_BEFORE_COMMA,
            _PREPOSITION_BEFORE_COMMA,
            _VERB_AND_ASKED,
            _SUBJECTLESS,
            _ASIDE_UNCLOSED,
            _PURPOSE_ALONE,
            _FOUND_THAT_VERB,
            _WHO_AFTER_THING,
            _BARE_DASH,
            _COMPOUND_CUT,
            _AMOUNT_VERB_TIMED,
            _AND_THAT,
            _RELATIVE_OPENING,
            _ASKED_ALONE,
            _QUALIFIER_ALONE,
            _ADJECTIVE_CUT_OFF,
            _VERB_OBJECT_GONE,
            _HALF_IDIOM,
            _TWO_TIMES,
            _ADVERB_WORTH,
            _UNIT_WITHOUT_NUMBER,
            _SET_OFF_TIME_ALONE,
            _ASKED_ACROSS_SAYING,
            _CUT_IN_QUOTATION,
            _PAID_IN,
            _CLAIM_CUT,
            _STOP_BEFORE_LOWER,
            _AMOUNT_GONE,
            _AMOUNT_PER,
            _FIGURE_WORD_ALONE,
            _CHANGE_BEFORE_COMMA,
            _ASKED_THEN_DETERMINER,
            _DOUBLED_OPENING,
            _NOTHING_BETWEEN,
            _DATELINE_ASKED,
            _CHANGE_WITHOUT_VERB,
            _MEASURE_LEFT,
            _PARTICIPLE_ONLY,
            _APOSTROPHE_ALONE,
            _DAY_BEFORE_MONTH_ASKED,
            _WHICH_CLAUSE,
            _PREPOSITION_BEFORE_VERB,
            _AMOUNT_OF_PARTICIPLE,
            _PLACE_WORD_LEFT,
            _MEASURE_OF_NO_FIGURE,
        )
    )


def mended(prompt: str) -> str:
    """``prompt`` with the wording a cut leaves behind mended: a list bullet, "The the", a
    doubled preposition, a subordinate clause standing as the sentence."""
    text = _LIST_BULLET.sub("", prompt)
    reported = _PRONOUN_REPORTS.match(text)
    if reported:
        text = reported.group("rest")[:1].upper() + reported.group("rest")[1:]
    fronted = _FRONTED_TIME.match(text)
    # (one clause only: a time moved past a second clause would ask when that happened)
    if (
        fronted
        and len(fronted.group("rest").split()) >= _FRONTED_TIME_WORDS
        # (a comma between names of one list is no second clause: "France, Spain and Italy")
        and not re.search(r"[,;:…]", _LIST_COMMA.sub(r"\g<name>", fronted.group("rest")))
    ):
        rest, time = fronted.group("rest"), fronted.group("time")
        text = f"{rest[:1].upper()}{rest[1:]} {time[:1].lower()}{time[1:]}?"
    text = _LEADING_WORD_LEFT.sub("", _UNIT_LEFT.sub(lambda m: m.group("verb"), text))
    text = _last_clause_asking(text)
    if _AS_OF_LINE.match(text):
        return "The figures given are as of what date?"
    text = _DOUBLED_DETERMINER.sub(r"\1", text)
    text = _DETERMINER_BEFORE_COUNT.sub(lambda m: f"{m.group('preposition')} ", text)
    text = _SHARE_BEFORE_NOUN.sub(
        lambda m: f"{m.group('owner')} {m.group('noun')} of what percentage", text
    )
    sized = _SIZE_BEFORE_NOUN.sub(
        lambda m: f"a {m.group('noun')} how many {m.group('unit')} {m.group('size')}", text
    )
    # The mended phrase is a word longer: never past the prompt's limit.
    text = sized if len(sized.split()) <= PROMPT_WORDS else text
    text = _ON_AFTER_PREPOSITION.sub(lambda m: m.group(0)[: m.start("on") - m.start()], text)
    text = _VERB_WITHOUT_OBJECT_ENDING.sub("", text)
    text = _PARTICIPLE_ENDING.sub("", text)
    text = _TIMELESS_PARTICIPLE.sub("", _WEEKDAY_BEFORE_DATE.sub("", text))
    text = _LIST_AFTER_COLON.sub(lambda m: m.group("asked"), text)
    text = _PERIOD_LEFT.sub("", _VERB_AFTER_TIME.sub(lambda m: m.group("time"), text))
    text = _DOUBLED_PREPOSITION.sub(lambda m: m.group(0)[: m.start("second") - m.start()], text)
    text = _DESCRIPTION_WITHOUT_ARTICLE.sub(
        lambda m: f"The {m.group('adjective').lower()} {m.group('noun')} ", text
    )
    # "Corvant, a Dublin firm founded in what year?" asks "Corvant was founded in what year?".
    founded = _NAME_FOUNDED.match(text)
    if founded:
        text = f"{founded.group('name')} was {founded.group('rest')}"
    described = _SUBJECT_AND_PARTICIPLE.match(text)
    part_of = _SUBJECT_AND_APPOSITIVE.match(text)
    if part_of:
        subject = part_of.group("subject")
        text = f"{subject[:1].upper()}{subject[1:]} is {part_of.group('what')}"
    if described:
        subject = described.group("subject")
        plural = subject.endswith("s") and not subject.endswith("ss")
        text = f"{subject} {'were' if plural else 'was'} {described.group('participle')}"
    # "Addressing supporters in Sinkor, who called the result ...?" asks "Who called ...?".
    text = _PARTICIPLE_BEFORE_WHO.sub("", text)
    # "The former minister, a … economist who resigned in what year?" asks "The former
    # minister resigned in what year?": the appositive had the verb the subject needs.
    appositive = _APPOSITIVE_WHO.match(text)
    if appositive:
        text = f"{appositive.group('subject')} {appositive.group('rest')}"
    # "With ballots from how many polling places counted?" has no clause: "Ballots from how
    # many polling places were counted?".
    absolute = _WITH_ABSOLUTE.match(text)
    if absolute:
        what = absolute.group("what")
        text = f"{what[:1].upper()}{what[1:]} were {absolute.group('participle')}?"
    opening = _SUBORDINATE_OPENING.match(text)
    # Only when no main clause follows it ("When it opened, X cost how much?" has one).
    if opening and "," not in text:
        text = text[opening.end() :]
    return text[:1].upper() + text[1:]


# '…in a single night," said Marta Ferreira-Lunde, the UN Resident ..., after visiting
# accommodation centres in Moma on what date?': a quotation's tail, its speaker, then when.
_SPOKEN_WHEN = re.compile(
    rf"^[^\"“”]*[,.!?]?[\"”]\s+said\s+(?P<who>[{CAPITAL}][\w.'’-]*(?:\s+[{CAPITAL}][\w.'’-]*){{0,3}})"
    r"(?:,\s+(?P<role>(?:the|a|an)\s[^,\"“”]+))?,\s+(?P<when>(?:after|before|while|during|when)\s[^\"“”]*\?)$"
)


def spoken_when(prompt: str) -> str:
    """A question asking when a speaker spoke, asked of the speaker, not of their quotation's
    last words: '… a single night," said X, the Coordinator, after visiting centres in Moma
    on what date?' asks "The Coordinator spoke after visiting centres in Moma on what
    date?" (the role the article gives, so the speaker's own card is not given away)."""
    said = _SPOKEN_WHEN.match(prompt)
    if said is None:
        return prompt
    who = said.group("role") or said.group("who")
    return f"{who[:1].upper()}{who[1:]} spoke {said.group('when')}"


# A heading in capitals run into the first sentence ("MAKING THE PORT PAY: Today, ...").
_CAPITALS_HEADING = re.compile(rf"^(?:[{CAPITAL}0-9’'&-]+\s+){{1,12}}[{CAPITAL}0-9’'&-]+:\s+")
# What is left when the question sat in the sentence's opening phrase and the cut kept only
# that: "on what date in Qatar?".
# "On what date and again on 19 August?" and "On 2 March and again on what date?": the first
# and the second time, asked "first on what date" and "again on what date".
_OPENING_ONLY = re.compile(
    r"^(?:(?P<asked>(?:on|in)\s+(?:what|which)\s+(?:date|month|year))"
    rf"(?:\s+in\s+[{CAPITAL}][\w-]*|(?P<first>\s+and\s+again\s+(?:on|in)\s+[^?]+))?"
    r"|(?:on|in)\s+[^?]+\s+and\s+(?P<again>again)\s+(?P<asked_again>(?:on|in)\s+(?:what|which)\s+"
    r"(?:date|month|year)))\?$",
    re.IGNORECASE,
)


# "In a report published on what date?": a document named in the opening phrase, its date
# asked; and who spoke in it, after the phrase's comma ("..., the Committee said").
_DOCUMENT_OPENING = re.compile(
    r"^In\s+an?\s+(?P<thing>report|statement|letter|filing|speech|interview|post|note)\s+"
    r"(?P<rest>(?:published|issued|released|filed|sent|posted|given)\s+"
    r"(?:on|in)\s+(?:what|which)\s+(?:date|month|year)\?)$"
)
_WHO_SAID_AFTER_COMMA = re.compile(
    rf"^[^,]+,\s+(?P<who>(?:the\s+)?[{CAPITAL}][\w’'-]*(?:\s+[{CAPITAL}][\w’'-]*){{0,5}}|the\s+[{SMALL}]+)\s+"
    r"(?:said|says|found|warned|concluded|argued)\b"
)
_MAIN_CLAUSE_WORDS = 12
_PHRASE_START = re.compile(
    r"\s+(?:within|near|of|in|at|on|from|across|along|off|for|with)\s(?!least\b|most\b)"
)


def asked_of_main_clause(prompt: str, evidence: str) -> str:
    """A question left as only its sentence's opening phrase ("HEADING: on what date in
    Qatar?", from "HEADING: Today in Qatar, the President signed ...") asked of the
    sentence's main clause instead: "The President signed ... on what date?"."""
    sentence = _CAPITALS_HEADING.sub("", evidence.strip())
    document = _DOCUMENT_OPENING.match(prompt)
    if document is not None:
        # "In a report published on Thursday, the Committee said ..." asks "The Committee's
        # report was published on what date?".
        said = _WHO_SAID_AFTER_COMMA.search(sentence)
        owner = f"{said.group('who')}'s" if said else "The"
        owner = owner[:1].upper() + owner[1:]
        return f"{owner} {document.group('thing')} was {document.group('rest')}"
    opening = _OPENING_ONLY.match(_CAPITALS_HEADING.sub("", prompt))
    if opening is None:
        return prompt
    _, comma, main = sentence.partition(", ")
    main = re.split(rf"(?<=[{SMALL}0-9])\.(?:\s|$)|,\s", main)[0].strip() if comma else ""
    if len(main.split()) < _MIN_CLAUSE_WORDS or not main[:1].isalpha():
        return prompt
    # Long, the clause loses its last place or measure phrases: the question asks when the
    # thing happened, not where.
    while len(main.split()) > _MAIN_CLAUSE_WORDS:
        starts = [found.start() for found in _PHRASE_START.finditer(main)]
        if not starts or len(main[: starts[-1]].split()) < _MIN_CLAUSE_WORDS:
            break
        main = main[: starts[-1]]
    asked = (opening.group("asked") or opening.group("asked_again")).casefold()
    when = "first " if opening.group("first") else "again " if opening.group("again") else ""
    return f"{main[:1].upper()}{main[1:]} {when}{asked}?"


# "But depends on a fleet of ...": a clause after ", but" asked without its subject.
_JOINED_CLAUSE = re.compile(rf"^(?:But|And|Yet)\s+(?P<rest>(?P<verb>[{SMALL}]+s)\b.*)$")
# The sentence's own subject: a determiner and up to four words, before an adverb or verb.
_SENTENCE_SUBJECT = re.compile(
    r"^(?P<subject>(?:The|A|An|Its|Their|This)\s+(?:[\w’'-]+\s+){0,3}?)"
    rf"(?=(?:now|also|still|already|currently|then)\b|[{SMALL}]+s\b)"
)


def with_lost_subject(prompt: str, evidence: str) -> str:
    """A clause joined by ", but" and asked alone, given its sentence's subject: "But depends
    on a fleet of fewer than how many vessels?" from "The route now carries ..., but depends
    on ..." asks "The route depends on a fleet of fewer than how many vessels?"."""
    joined = _JOINED_CLAUSE.match(prompt)
    if joined is None or not re.search(
        rf",\s+(?:but|and|yet)\s+{joined.group('verb')}\b", evidence
    ):
        return prompt
    subject = _SENTENCE_SUBJECT.match(evidence.strip())
    if subject is None:
        return prompt
    return f"{subject.group('subject')}{joined.group('rest')}"


def _last_clause_asking(prompt: str) -> str:
    """ "412 have been injured; how many people remain missing?" asks "How many people
    remain missing?": after a semicolon, the clause asking stands alone."""
    head, semicolon, tail = prompt.rpartition("; ")
    if not semicolon or _ASKS.search(head) or not _ASKS.search(tail):
        return prompt
    if len(tail.split()) < _MIN_CLAUSE_WORDS:
        return prompt
    return tail[:1].upper() + tail[1:]


def asking_clause(prompt: str) -> str | None:
    """The clause of a two-clause ``prompt`` that asks, standing alone ("Trams will run
    every … at peak times, and the journey will take how many minutes?" asks "The journey
    will take how many minutes?"); None when no clause can stand alone."""
    parts = _CLAUSE_JOIN.split(prompt.removesuffix("?"))
    if len(parts) < 2:
        return None
    asking = [part for part in parts if _ASKS.search(part)]
    if len(asking) != 1:
        return None
    clause = asking[0].strip(" ,;:")
    if len(clause.split()) < _MIN_CLAUSE_WORDS or "…" in clause:
        return None
    candidate = clause[:1].upper() + clause[1:] + "?"
    return None if reads_garbled(candidate) else candidate


def repaired(prompt: str, *others: str) -> str:
    """``prompt`` mended; when it still reads garbled, its asking clause alone, else the
    first of ``others`` (the same question asked another way, such as with its hidden
    answers shown as "…") that reads whole. A prompt nothing mends is returned garbled, for
    the caller to leave out."""
    for candidate in (prompt, *others):
        text = mended(candidate)
        if not reads_garbled(text):
            return text
        clause = asking_clause(text)
        if clause is not None:
            return clause
    return mended(prompt)
