"""Answer grading: pure functions, no I/O."""

from trainer.core.grading.grade import grade
from trainer.core.grading.result import Grade, Verdict

__all__ = ["Grade", "Verdict", "grade"]
