"""Session scores over time, drawn with plotext."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from textual_plotext import PlotextPlot

from trainer.core.score_trend import ScoreTrend

MAX_TICKS = 6
# More points than a terminal-wide chart has braille dots across only slows drawing down.
MAX_POINTS = 400
# Up to this many sessions each is marked on the line; more would run into one another.
MAX_MARKERS = 40


class ScoreChart(PlotextPlot):
    """A line of session scores (0-100%), oldest on the left, dated underneath."""

    trend: ScoreTrend
    tick_labels: list[str]  # the labels under the x axis, as drawn
    marked: int  # sessions drawn with a marker of their own

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.trend = ScoreTrend(0, [], [], None, one_day=False)
        self.tick_labels = []
        self.marked = 0

    def show_trend(self, trend: ScoreTrend) -> None:
        """Plot a trend read with ``score_trend`` (at most MAX_POINTS points); an empty
        chart says so."""
        self.trend = trend
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        plt.ylim(0, 100)
        plt.yticks([0, 50, 100], ["0%", "50%", "100%"])
        if not trend.sessions:
            plt.title("No sessions yet: answer a few cards first")
            plt.xticks([], [])
            self.tick_labels = []
            self.marked = 0
            self.refresh()
            return
        positions = [position for position, _ in trend.points]
        values = [value for _, value in trend.points]
        self.marked = trend.sessions if trend.sessions <= MAX_MARKERS else 0
        if trend.sessions == 1:
            plt.scatter(positions, values, marker="●")
        else:
            # Braille dots place each score within a quarter of a row; a whole-cell marker
            # would round 60% onto the 50% line.
            plt.plot(positions, values, marker="braille")
            if trend.sessions <= MAX_MARKERS:
                # Each session keeps its marker on the line, as a lone session has one.
                plt.scatter(positions, values, marker="●")
        self.tick_labels = tick_labels(
            [started for _, started in trend.ticks], day_in_title=trend.one_day
        )
        plt.xticks([position for position, _ in trend.ticks], self.tick_labels)
        plt.xlim(0.5, trend.sessions + 0.5)
        title = f"Session scores ({trend.sessions})"
        if trend.one_day:
            title += trend.ticks[0][1].strftime(" · %d %b %Y")
        plt.title(title)
        self.refresh()


def tick_labels(times: Sequence[datetime], *, day_in_title: bool = False) -> list[str]:
    """Labels that tell the ticks at ``times`` (oldest first) apart.

    The first tick of each day is labelled with its date and any later tick that day with
    its time; every tick gets its time when the chart's title names the one day they all
    fall on. Seconds are added where minutes alone would repeat a label, and the year where
    the ticks span more than one.
    """
    date_format = "%d %b" if len({time.year for time in times}) == 1 else "%d %b %Y"
    labels: list[str] = []
    for index, time in enumerate(times):
        minutes = [other.strftime("%H:%M") for other in times if other.date() == time.date()]
        time_format = "%H:%M" if len(set(minutes)) == len(minutes) else "%H:%M:%S"
        first_of_day = index == 0 or times[index - 1].date() != time.date()
        dated = first_of_day and not day_in_title
        labels.append(time.strftime(date_format if dated else time_format))
    return labels


def bucket_means(
    positions: Sequence[float], values: Sequence[float], most: int
) -> tuple[list[float], list[float]]:
    """At most ``most`` points: runs of neighbouring points replaced by their mean."""
    size = max(1, -(-len(values) // most))
    if size == 1:
        return list(positions), list(values)
    starts = range(0, len(values), size)
    return (
        [sum(positions[i : i + size]) / len(positions[i : i + size]) for i in starts],
        [sum(values[i : i + size]) / len(values[i : i + size]) for i in starts],
    )
