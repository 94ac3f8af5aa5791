"""A person the article gives only a bare title ("President Lena Holm"), asked by what the
sentence says of them in particular.

"Who is the President?" (or "the outgoing President?") asks nothing an article says, but
"outgoing President Lena Holm, who is barred from a third term," says something of her:
"Who is barred from a third term?".
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.questions import ask_in_place

# ", who is barred by the constitution from seeking a consecutive term.": the clause alone.
_WHO_CLAUSE = re.compile(rf",\s+who\s+(?P<clause>[{SMALL}][^,;:.“”\"()]+?)\s*(?:[,;:.]|$)")
_MIN_CLAUSE_WORDS = 4
# "Businessman Abraham Kpadeh of the Grand Coalition for Progress came a distant third": the
# body the person is from, then what the sentence says they did (a verb and 2+ words).
_AFFILIATION_DEED = re.compile(
    rf"\s+(?:of|from)\s+(?:the\s+)?(?:[{CAPITAL}][\w&’'-]*\s+(?:(?:and|for|of)\s+)?){{1,6}}"
    rf"(?P<deed>(?!(?:and|or|of|in|on|at|to|for|with|from|by|who|which)\b)[{SMALL}]+"
    r"(?:\s+[^\s,;]*[^\s,;.]){2,}?)\s*(?:[,;]|\.?\s*$)"
)


# "would be presented to the Minister, Jo Bell, early next year": the title set off after a
# preposition, the person the object of what the sentence says.
_OBJECT_TITLE = re.compile(r"\b(?:to|by|with|from|for|before)\s+$")
_TITLE_COMMA_NAME = re.compile(rf"the\s+(?P<title>[{CAPITAL}][{SMALL}]+),\s+[^,]+,?")


def asked_of_bare_title(phrase: str, sentence: str) -> str | None:
    """A question whose answer is the person ``phrase`` names with a bare title, or None
    where ``sentence`` says nothing of them in particular."""
    at = sentence.find(phrase)
    if at < 0:
        return None
    titled = _TITLE_COMMA_NAME.fullmatch(phrase.rstrip(",") + ",")
    if titled and at > 0 and _OBJECT_TITLE.search(sentence, 0, at):
        end = at + len(phrase)
        end += len(sentence[end:]) - len(sentence[end:].lstrip(","))
        return ask_in_place(sentence, at, end, f"which {titled.group('title').lower()}")
    deed = _AFFILIATION_DEED.match(sentence, at + len(phrase)) if at == 0 else None
    if deed:
        return f"Who {deed.group('deed')}?"
    clause = _WHO_CLAUSE.match(sentence, at + len(phrase))
    if clause and len(clause.group("clause").split()) >= _MIN_CLAUSE_WORDS:
        return f"Who {clause.group('clause')}?"
    return None
