"""The screens' wordings of scores, times and dates: the core's, the same line mode uses."""

from __future__ import annotations

from trainer.core.wording import due_in, duration, percent, plural

__all__ = ["due_in", "duration", "percent", "plural"]
