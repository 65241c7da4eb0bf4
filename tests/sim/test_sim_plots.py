"""The simulate plots are readable: a dense clock is a median band with its mean, panels share
axes, each figure has one legend, and the SLO lines are labelled."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.sim import SimulationConfig, simulate
from throttllem.sim.report import plots

pytest.importorskip("matplotlib")


def test_a_clock_flipping_between_two_levels_has_its_median_at_one_and_its_mean_between():
    t = np.arange(0.0, 100.0, 0.1)
    clock = np.where(np.arange(len(t)) % 4 == 0, 1980, 345)  # a quarter of the time at max
    centres, low, mid, high, mean, width = plots._clock_band(t, clock, (0.0, 100.0))
    assert len(centres) == plots.BAND_BINS and width == pytest.approx(100.0 / plots.BAND_BINS)
    assert np.all(mid == 345) and np.all(low == 345) and np.all(high == 1980)
    # Each bin holds a few flips: its mean lies strictly between the levels, and over the run it is
    # the time-weighted mean of the clock.
    assert np.all((345 < mean) & (mean < 1980))
    assert mean.mean() == pytest.approx(345 + (1980 - 345) / 4, rel=0.02)


@pytest.fixture(scope="module")
def results():
    config = SimulationConfig(policies=("max_clock", "default_dvfs", "governor"), duration_s=60.0,
                              e2e_deadline_s=25.0)
    return simulate(config).results


def _figures(monkeypatch, draw, results, tmp_path):
    saved = []
    monkeypatch.setattr(plots, "save", lambda fig, path: saved.append(fig))
    draw(results, str(tmp_path / "x.png"))
    return saved[0]


def test_timeline_shares_axes_and_has_one_legend(monkeypatch, results, tmp_path):
    fig = _figures(monkeypatch, plots.plot_timeline, results, tmp_path)
    clock_axes = [ax for ax in fig.axes if ax.get_ylabel() == "clock MHz"]
    batch_axes = [ax for ax in fig.axes if ax.get_ylabel() == "decode batch"]
    assert len(clock_axes) == len(batch_axes) == 3
    assert len({ax.get_ylim() for ax in clock_axes}) == 1 and len({ax.get_ylim() for ax in batch_axes}) == 1
    assert len(fig.legends) == 1 and not any(ax.get_legend() for ax in fig.axes)
    titles = [ax.get_title(loc="left") for ax in clock_axes]
    assert all("clock switches" in t and "(modelled)" in t for t in titles)
    switches = int(np.count_nonzero(np.diff(results[2].timeline.seg_clock_mhz)))
    assert f"{switches} clock switches" in titles[2]


def test_energy_plot_names_policies_in_one_legend_without_annotations(monkeypatch, results, tmp_path):
    fig = _figures(monkeypatch, plots.plot_energy_vs_slo, results, tmp_path)
    (ax,) = fig.axes
    assert not ax.texts  # no labels to collide
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert [label.split(":")[0] for label in labels] == ["max_clock", "default_dvfs", "governor"]


def test_latency_cdfs_share_y_label_slos_and_have_one_legend(monkeypatch, results, tmp_path):
    fig = _figures(monkeypatch, plots.plot_latency_cdfs, results, tmp_path)
    axes = fig.axes
    assert len(fig.legends) == 1 and not any(ax.get_legend() for ax in axes)
    assert axes[0].get_shared_y_axes().joined(axes[0], axes[2])
    texts = [t.get_text() for ax in axes for t in ax.texts]
    assert any("TBT SLO 200 ms" in t for t in texts) and any("E2E deadline 25 s" in t for t in texts)
    styles = {line.get_linestyle() for line in axes[1].get_lines() if line.get_label() in
              ("max_clock", "default_dvfs", "governor")}
    assert len(styles) == 3  # coinciding policies (max_clock, default_dvfs) stay distinguishable
