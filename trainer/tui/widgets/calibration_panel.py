"""Calibration at a glance: for each stated confidence, how often it was right."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from trainer.core.calibration import Calibration
from trainer.core.confidence import LABEL

BAR_CELLS = 10
READING_STYLE = {
    "overconfident": "bold $text-error",
    "underconfident": "bold $text-warning",
    "calibrated": "bold $text-success",
    "too few answers": "$text-muted",
}


def accuracy_bar(accuracy: float, stated: float) -> list[tuple[str, str]]:
    """A bar as long as the accuracy, with ┃ where the stated chance lies."""
    filled = round(accuracy * BAR_CELLS)
    mark = min(BAR_CELLS - 1, round(stated * BAR_CELLS))
    parts = []
    for cell in range(BAR_CELLS):
        if cell == mark:
            parts.append(("┃", "bold $text-accent"))
        else:
            parts.append(("█" if cell < filled else "░", "$primary" if cell < filled
                          else "$text-muted"))
    return parts


class CalibrationPanel(Static):
    """Each level: what it claims, how often it was right, a bar, and the reading."""

    DEFAULT_CSS = """
    CalibrationPanel {
        width: 56;
        height: auto;
        padding: 0 1;
        border: round $primary 50%;
        border-title-color: $text;
        border-title-style: bold;
    }
    """

    def show(self, calibration: Calibration) -> None:
        """Draw ``calibration``; with no answers, say how to state a confidence."""
        self.calibration = calibration
        self.border_title = "Calibration"
        if not calibration.answers:
            self.border_subtitle = ""
            self.update(Content.assemble(
                ("No answers with a stated confidence yet.\n", "$text-muted"),
                ("End an answer with ? if unsure, ?? if guessing.", "$text-muted"),
            ))
            return
        self.border_subtitle = f"Brier {calibration.brier:.2f} · 0 is best"
        header = f"{'':<9} {'said':>4} {'right':>5} {'┃ = said':<{BAR_CELLS}} {'of':>3}\n"
        parts: list[str | tuple[str, str]] = [(header, "$text-muted")]
        for index, level in enumerate(calibration.levels):
            if index:
                parts.append("\n")
            parts.append((f"{LABEL[level.confidence]:<9} {level.stated:>4.0%} ", "bold"))
            if level.accuracy is None:
                parts.append(("    — no answers", "$text-muted"))
                continue
            parts.append((f"{level.accuracy:>5.0%} ", "bold"))
            parts.extend(accuracy_bar(level.accuracy, level.stated))
            parts.append((f" {level.answers:>3} ", "$text-muted"))
            parts.append((level.reading, READING_STYLE[level.reading]))
        self.update(Content.assemble(*parts))
