"""A hidden name's possessive read as "the": "…'s amendment to fund the library cuts ...
failed?" asks "The amendment to fund the library cuts ... failed?".

Another card's answer (the councillor's name) is hidden in a prompt as "…", and where it
owned a noun the prompt keeps "…'s", which reads as a cut rather than a question. The
thing owned is what the question is about; "the" names it as well as the article does
once the owner may not be said. A question about who holds a role ("Who is …'s campaign
manager?") is left: without its owner the role says nothing; where the owner is a body
whose name says its kind ("Wexcombe District Council"), it is named by that kind instead
("Who is the council's campaign manager?").
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

# ("The …'s area director": the determiner before the hidden owner is the noun's own.)
_HIDDEN_OWNER = re.compile(rf"(?:(?<=^)|(?<=\s))(?:[Tt]he\s+)?…['’]s\s+(?=[{SMALL}])")
_ASKS_WHO = re.compile(r"^(?:Who|Whom|Whose)\b")


def without_hidden_owner(prompt: str) -> str:
    """``prompt`` with a hidden owner's "…'s" before a noun read as "the"."""
    if _ASKS_WHO.match(prompt):
        return prompt
    replaced = _HIDDEN_OWNER.sub("the ", prompt)
    return replaced[:1].upper() + replaced[1:]


# The kinds of body a name says it is by its last word ("Wexcombe District Council").
_BODY_KIND = re.compile(
    r"\s(?P<kind>Council|Authority|Ministry|Department|Agency|Commission|Committee|Board"
    r"|Trust|Office|Service|University|Company|Bank|Party)$"
)


def owner_named_by_kind(prompt: str, name: str) -> str:
    """``prompt`` asking who holds a role with ``name`` (another card's answer) as its owner,
    "Wexcombe District
    Council's director", written as its kind: "the council's director". Hidden as "…'s",
    a role's owner leaves "Who is the …'s director?", which says nothing; its kind says
    which body without giving away its name."""
    kind = _BODY_KIND.search(name)
    # (Elsewhere the "…'s" is read as "the", as above.)
    if kind is None or not _ASKS_WHO.match(prompt):
        return prompt
    return re.sub(
        rf"(?:\b[Tt]he\s+)?(?<![\w-]){re.escape(name)}(?=['’]s\s)",
        f"the {kind['kind'].casefold()}",
        prompt,
    )
