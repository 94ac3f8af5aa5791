"""A quotation's figure asked without a speaker the prompt cannot name.

A figure inside a quotation is asked as its speaker's words ("The UNHCR spokesperson said:
“...”"); where the speaker is known only by name, and that name is another card's answer,
it is hidden and the prompt opened on "… said:", a gap that hides nothing worth asking and
reads as a broken sentence. The quotation alone says what is asked.
"""

from __future__ import annotations

import re

_HIDDEN_SPEAKER = re.compile(r"^…\s+(?:also\s+)?(?:said|says|added|told\s+\w+):\s+(?=“)")


def without_hidden_speaker(prompt: str) -> str:
    """``prompt`` with an opening "… said:" before its quotation put as "Complete the
    quotation:"."""
    return _HIDDEN_SPEAKER.sub("Complete the quotation: ", prompt, count=1)
