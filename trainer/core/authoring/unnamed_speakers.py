"""A speaker that names no one: "One said:", "Another added", "Others said".

Quoted from a group the sentence before describes ("Allies of the outgoing chancellor
played down talk of a demotion. One said: ..."), the speaker is one of them, unnamed; a
"Who said this?" card would ask for the word "One".
"""

from __future__ import annotations

# Words that stand for an unnamed member of a group named before.
_GROUP_MEMBER_WORDS = frozenset(
    {"one", "another", "other", "others", "some", "many", "several", "both", "few", "most"}
)


def names_no_one(speaker: str) -> bool:
    """Whether ``speaker`` ("One", "Another", "One of them") names no person or body."""
    words = speaker.split()
    if not words or words[0].casefold() not in _GROUP_MEMBER_WORDS:
        return False
    # "One of them", "Some of his allies": still no one named.
    return len(words) == 1 or words[1].casefold() == "of"
