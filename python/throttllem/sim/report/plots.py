"""Plots of a comparison (matplotlib, Agg backend: no display needed). All figures modelled.

Readable by construction: panels that are compared share their axes, each figure has one legend,
SLO lines are labelled, and a clock that switches more often than a panel can show is drawn as a
rolling median with its 10-90% band (the panel says how many switches there were).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from throttllem._plotting import pyplot, save
from throttllem.sim.result import SimResult

#: More clock switches than this in one panel are drawn as a median band, not a step line.
DENSE_SWITCHES = 120
#: Time bins of the median band across a panel.
BAND_BINS = 150
CLOCK_COLOR, BATCH_COLOR = "tab:red", "tab:blue"
#: Line styles and markers that keep coinciding policies apart (drawn thick to thin).
STYLES = ("-", "--", "-.", ":", (0, (5, 1)), (0, (1, 1, 3, 1)))
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")


def _steps(start_s: np.ndarray, duration_s: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ends = start_s + duration_s
    return np.r_[start_s, ends[-1:]], np.r_[values, values[-1:]]


def _clock_band(t: np.ndarray, clock: np.ndarray, span: tuple[float, float]):
    """Median and 10/90th percentiles of the step function ``clock`` in time bins (time-weighted:
    sampled on a fine regular grid)."""
    edges = np.linspace(span[0], span[1], BAND_BINS + 1)
    grid = np.linspace(span[0], span[1], BAND_BINS * 40, endpoint=False)
    sampled = clock[np.clip(np.searchsorted(t, grid, side="right") - 1, 0, len(clock) - 1)].reshape(BAND_BINS, 40)
    low, mid, high = np.percentile(sampled, (10, 50, 90), axis=1)
    centres = (edges[:-1] + edges[1:]) / 2
    return centres, low, mid, high, sampled.mean(axis=1), edges[1] - edges[0]


def plot_timeline(results: Sequence[SimResult], path: str) -> None:
    """Requested clock and decode batch over time, one panel per policy, all on the same axes."""
    plt = pyplot()
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    fig, axes = plt.subplots(len(results), 1, figsize=(11, 1.9 * len(results) + 0.9), sharex=True, squeeze=False)
    clocks = results[0].config.gpu.clocks_mhz
    pad = 0.04 * (clocks[-1] - clocks[0])
    batch_top = 1.08 * max(float(np.max(r.timeline.seg_batch, initial=1)) for r in results)
    span = (0.0, max(float((r.timeline.seg_start_s + r.timeline.seg_duration_s).max(initial=1.0)) for r in results))
    banded = False
    for ax, result in zip(axes[:, 0], results):
        tl = result.timeline
        # The batch is a light area behind the clock: draw it on a twin axis placed underneath.
        twin = ax.twinx()
        ax.set_zorder(twin.get_zorder() + 1)
        ax.patch.set_visible(False)
        tb, batch = _steps(tl.seg_start_s, tl.seg_duration_s, tl.seg_batch)
        twin.fill_between(tb, batch, step="post", color=BATCH_COLOR, alpha=0.18, lw=0)
        twin.set_ylim(0, batch_top)
        twin.set_ylabel("decode batch", color=BATCH_COLOR, fontsize=8)
        tc, clock = _steps(tl.seg_start_s, tl.seg_duration_s, tl.seg_clock_mhz)
        switches = int(np.count_nonzero(np.diff(tl.seg_clock_mhz)))
        if switches > DENSE_SWITCHES:
            banded = True
            centres, low, mid, high, mean, width = _clock_band(tc, clock, span)
            ax.fill_between(centres, low, high, color=CLOCK_COLOR, alpha=0.3, lw=0, step="mid")
            ax.step(centres, mid, where="mid", color=CLOCK_COLOR, lw=1.2)
            # A clock flipping between two levels has a median at one of them: the mean shows the mix.
            ax.step(centres, mean, where="mid", color="black", lw=0.8, ls=":")
            shown = f"{switches} clock switches; median per {width:.1f} s"
        else:
            ax.step(tc, clock, where="post", color=CLOCK_COLOR, lw=1.2)
            shown = f"{switches} clock switches"
        ax.set_ylim(clocks[0] - pad, clocks[-1] + pad)
        ax.set_ylabel("clock MHz", color=CLOCK_COLOR, fontsize=8)
        ax.set_title(f"{result.policy}: {result.metrics.energy_j / 1e3:.1f} kJ, {shown} (modelled)",
                     fontsize=9, loc="left")
        ax.grid(alpha=0.25)
    axes[-1, 0].set_xlim(*span)
    axes[-1, 0].set_xlabel("simulated time (s)")
    handles = [Line2D([], [], color=CLOCK_COLOR, lw=1.2, label="requested SM clock (step; median where dense)")]
    if banded:
        handles.append(Patch(color=CLOCK_COLOR, alpha=0.3, label="clock 10-90% per time bin"))
        handles.append(Line2D([], [], color="black", lw=0.8, ls=":", label="clock mean per time bin"))
    handles.append(Patch(color=BATCH_COLOR, alpha=0.18, label="decode batch (right axis)"))
    fig.legend(handles=handles, loc="upper center", ncol=len(handles), fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.45 / fig.get_figheight()))
    save(fig, path)


def plot_energy_vs_slo(results: Sequence[SimResult], path: str) -> None:
    """Energy against SLO attainment (both TBT and E2E met), one marker per policy, named in the
    legend (policies with the same figures sit on one spot: hollow markers of different shapes
    and sizes keep each visible)."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(7.5, 4.5))
    n = len(results)
    for i, result in enumerate(results):
        m = result.metrics
        ax.scatter(m.slo_both * 100, m.energy_j / 1e3, marker=MARKERS[i % len(MARKERS)], s=40 + 30 * (n - i),
                   facecolors="none", edgecolors=f"C{i}", linewidths=1.6,
                   label=f"{result.policy}: {m.energy_j / 1e3:.1f} kJ, {m.slo_both * 100:.1f}%")
    ax.set_xlabel("requests meeting both SLOs (%)")
    ax.set_ylabel("energy (kJ, modelled)")
    ax.set_title("Energy vs SLO attainment (modelled)", fontsize=10)
    ax.grid(alpha=0.3)
    ax.margins(x=0.15, y=0.12)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0, title="policy")
    fig.tight_layout()
    save(fig, path)


def plot_latency_cdfs(results: Sequence[SimResult], path: str) -> None:
    """CDFs of TTFT, per-request mean TBT and E2E latency with the SLO targets labelled; one
    shared y axis and one legend. Lines are drawn thick to thin in different styles, so a policy
    whose curve coincides with another's still shows."""
    plt = pyplot()
    fig, axes = plt.subplots(1, 3, figsize=(13, 4.4), sharey=True)
    slo = results[0].slo
    n = len(results)
    for i, result in enumerate(results):
        table = result.table
        for ax, values in zip(axes, (table.ttft_s(), table.mean_tbt_s() * 1e3, table.e2e_s())):
            values = np.sort(values[~np.isnan(values)])
            if len(values):
                ax.plot(values, np.arange(1, len(values) + 1) / len(values), color=f"C{i}",
                        ls=STYLES[i % len(STYLES)], lw=1.0 + 0.6 * (n - 1 - i), label=result.policy)
    targets = [(axes[1], slo.tbt_target_ms, f"TBT SLO {slo.tbt_target_ms:g} ms")]
    if slo.e2e_deadline_s is not None:
        targets.append((axes[2], slo.e2e_deadline_s, f"E2E deadline {slo.e2e_deadline_s:.3g} s"))
    for ax, x, text in targets:
        ax.axvline(x, color="k", ls="--", lw=0.9)
        ax.text(x, 0.22, f" {text}", rotation=90, va="center", ha="right", fontsize=8,
                transform=ax.get_xaxis_transform())
    for ax, label in zip(axes, ("TTFT (s)", "mean TBT per request (ms)", "E2E latency (s)")):
        ax.set_xlabel(label + ", modelled")
        ax.set_xscale("log")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("fraction of requests")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper center", ncol=min(n, 6), fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0, 1, 0.92))
    save(fig, path)


def write_plots(results: Sequence[SimResult], out_dir: str) -> list[str]:
    """Writes the three figures into ``out_dir``; returns their paths."""
    os.makedirs(out_dir, exist_ok=True)
    paths = [os.path.join(out_dir, name) for name in ("timeline.png", "energy_vs_slo.png", "latency_cdf.png")]
    plot_timeline(results, paths[0])
    plot_energy_vs_slo(results, paths[1])
    plot_latency_cdfs(results, paths[2])
    return paths
