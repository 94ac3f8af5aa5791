"""A long history is drawn from at most a few hundred points, each the mean of its run."""

from __future__ import annotations

from trainer.tui.widgets.score_chart import bucket_means


def test_few_points_are_drawn_as_they_are() -> None:
    assert bucket_means([1, 2, 3], [10, 20, 30], 400) == ([1, 2, 3], [10, 20, 30])


def test_many_points_become_means_of_neighbours() -> None:
    positions = list(range(1, 1001))
    values = [position % 2 * 100 for position in positions]
    xs, ys = bucket_means(positions, values, 400)
    # Runs of three: 334 points, the last run holding only the thousandth.
    assert len(xs) == len(ys) == 334
    assert (xs[0], ys[0]) == (2.0, 100 * 2 / 3)
    assert (xs[-1], ys[-1]) == (1000.0, 0.0)
