"""A listed company's exchange and ticker, as press releases write them after its name:
"Kestrel Foods, Inc. (NASDAQ: KSTF)" asks "Under which ticker is Kestrel Foods listed?",
the answer being the exchange and symbol together, as written ("NASDAQ: KSTF")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_TICKER = re.compile(
    rf"(?P<company>[{CAPITAL}][\w&'’-]*(?:\s+[{CAPITAL}][\w&'’-]*){{0,3}})(?:,?\s+(?:Inc|Corp|Ltd|plc|PLC|Co)\.?)?"
    r"\s+\((?P<ticker>(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NYSE\s+American|Euronext|SIX|HKEX|TSE|JSE)"
    rf"(?:\s+[{CAPITAL}][{SMALL}]+)?:\s*[{CAPITAL}][{CAPITAL}0-9.]{{0,9}})\)"
)


def find_tickers(sentence: str, line: int) -> list[FoundFact]:
    """Each "(EXCHANGE: SYMBOL)" after a company's name in ``sentence``."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    return [
        FoundFact(
            "text",
            "facts",
            match.group("ticker"),
            match.group("ticker"),
            sentence,
            match.start("ticker"),
            match.end("ticker"),
            "which ticker",
            line,
            evidence=match.group(0),
            prompt=f"Under which ticker is {match.group('company')} listed?",
        )
        for match in _TICKER.finditer(sentence)
    ]
