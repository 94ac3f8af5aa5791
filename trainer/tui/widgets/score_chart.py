"""Session scores over time, drawn with plotext."""

from __future__ import annotations

from collections.abc import Sequence

from textual_plotext import PlotextPlot

from trainer.core.history import SessionScore

MAX_TICKS = 6
# More points than a terminal-wide chart has braille dots across only slows drawing down.
MAX_POINTS = 400


class ScoreChart(PlotextPlot):
    """A line of session scores (0-100%), oldest on the left, dated underneath."""

    scores: list[SessionScore]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.scores = []

    def show_scores(self, scores: Sequence[SessionScore]) -> None:
        """Plot ``scores`` (oldest first); an empty chart says so."""
        self.scores = list(scores)
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        plt.ylim(0, 100)
        plt.yticks([0, 50, 100], ["0%", "50%", "100%"])
        if not scores:
            plt.title("No sessions yet: answer a few cards first")
            plt.xticks([], [])
            self.refresh()
            return
        positions = list(range(1, len(scores) + 1))
        values = [round(score.score * 100) for score in scores]
        if len(scores) == 1:
            plt.scatter(positions, values, marker="●")
        else:
            # Braille dots place each score within a quarter of a row; a whole-cell marker
            # would round 60% onto the 50% line.
            plt.plot(*bucket_means(positions, values, MAX_POINTS), marker="braille")
        step = max(1, -(-len(scores) // MAX_TICKS))
        ticks = positions[::step]
        plt.xticks(ticks, [scores[i - 1].started_at.strftime("%d %b") for i in ticks])
        plt.xlim(0.5, len(scores) + 0.5)
        plt.title(f"Session scores ({len(scores)})")
        self.refresh()


def bucket_means(positions: Sequence[float], values: Sequence[float],
                 most: int) -> tuple[list[float], list[float]]:
    """At most ``most`` points: runs of neighbouring points replaced by their mean."""
    size = max(1, -(-len(values) // most))
    if size == 1:
        return list(positions), list(values)
    starts = range(0, len(values), size)
    return ([sum(positions[i:i + size]) / len(positions[i:i + size]) for i in starts],
            [sum(values[i:i + size]) / len(values[i:i + size]) for i in starts])
