"""Calibration at a glance: for each stated confidence, how often it was right."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from trainer.core.calibration import Calibration
from trainer.core.confidence import LABEL

BAR_CELLS = 10
# Below this terminal width the panel drops the reading's words and colours the accuracy
# instead, so the score chart beside it keeps room for its dates.
WIDE_TERMINAL = 120
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
            parts.append(
                ("█" if cell < filled else "░", "$primary" if cell < filled else "$text-muted")
            )
    return parts


class CalibrationPanel(Static):
    """Each level: what it claims, how often it was right, a bar, and the reading.

    On a terminal narrower than ``WIDE_TERMINAL`` it is compact: the reading is told by the
    colour of the accuracy alone (red overconfident, yellow underconfident, green
    calibrated), named in the border.
    """

    DEFAULT_CSS = """
    CalibrationPanel {
        width: 56;
        height: auto;
        padding: 0 1;
        border: round $primary 50%;
        border-title-color: $text;
        border-title-style: bold;
    }

    CalibrationPanel.-compact {
        width: 40;
    }
    """

    calibration: Calibration | None = None

    def on_resize(self) -> None:
        compact = self.app.size.width < WIDE_TERMINAL
        if compact != self.has_class("-compact"):
            self.set_class(compact, "-compact")
            if self.calibration is not None:
                self.show(self.calibration)

    def show(self, calibration: Calibration) -> None:
        """Draw ``calibration``; with no answers, say how to state a confidence."""
        self.calibration = calibration
        compact = self.app.size.width < WIDE_TERMINAL
        self.set_class(compact, "-compact")
        self.border_title = "Calibration"
        if not calibration.answers:
            self.border_subtitle = ""
            self.update(
                Content.assemble(
                    ("No answers with a stated confidence yet.\n", "$text-muted"),
                    ("End an answer with ? if unsure, ?? if guessing.", "$text-muted"),
                )
            )
            return
        self.border_subtitle = f"Brier {calibration.brier:.2f} · 0 is best"
        if compact:
            # The colours' key, where the words were.
            self.border_title = Content.assemble(
                "Calibration ",
                ("over", READING_STYLE["overconfident"]),
                " ",
                ("under", READING_STYLE["underconfident"]),
                " ",
                ("ok", READING_STYLE["calibrated"]),
            )
        header = f"{'':<9} {'said':>4} {'right':>5} {'┃ = said':<{BAR_CELLS}} {'of':>3}\n"
        parts: list[str | tuple[str, str]] = [(header, "$text-muted")]
        for index, level in enumerate(calibration.levels):
            if index:
                parts.append("\n")
            parts.append((f"{LABEL[level.confidence]:<9} {level.stated:>4.0%} ", "bold"))
            if level.accuracy is None:
                parts.append(("    — no answers", "$text-muted"))
                continue
            style = READING_STYLE[level.reading] if compact else "bold"
            parts.append((f"{level.accuracy:>5.0%} ", style))
            parts.extend(accuracy_bar(level.accuracy, level.stated))
            parts.append((f" {level.answers:>3}", "$text-muted"))
            if not compact:
                parts.append((" " + level.reading, READING_STYLE[level.reading]))
        self.update(Content.assemble(*parts))
