"""Answer grading: pure functions, no I/O."""

from trainer.core.grading.grade import Grade, Verdict, grade

__all__ = ["Grade", "Verdict", "grade"]
