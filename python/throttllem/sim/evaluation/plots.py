"""The evaluation's plots: energy saving vs load per configuration, and clock and GPUs in use over
time as step lines (binned so they can be read). Every figure is titled modelled, with trace, seed
and version."""

from __future__ import annotations

import math

import numpy as np

from throttllem._plotting import pyplot, save
from throttllem.sim.evaluation.matrix import Evaluation, savings

#: Bins of the clock step line over the run (a run has thousands of clock segments).
CLOCK_BINS = 120


def plot_savings(ev: Evaluation, path: str, label: str) -> str:
    """Energy vs max clock on the same GPUs, per load level, one line per configuration; a panel per length source."""
    plt = pyplot()
    levels = [name for name, _ in ev.levels]
    fig, axes = plt.subplots(1, len(ev.config.lengths), figsize=(6.2 * len(ev.config.lengths), 4.6), squeeze=False,
                             sharey=True)
    sat = ev.saturation.rps
    share = {name: rps / sat for name, rps in ev.levels}
    order = sorted(levels, key=lambda n: share[n])
    for ax, lengths in zip(axes[0], ev.config.lengths):
        # Max-clock rows are the references (TP 4 costs 2-3x the energy: it would squash the scale).
        names = [e for e in dict.fromkeys(r.entry_name for r in ev.rows) if not e.startswith("max_clock")]
        for name in names:
            xs, ys, misses = [], [], []
            for level in order:
                row = ev.row(name, level, lengths)
                base = ev.row(row.baseline, level, lengths) if row else None
                if row is None or base is None:
                    continue
                xs.append(100 * share[level])
                ys.append(-100.0 * savings(ev, row))
                misses.append(row.slo_all < base.slo_all - 0.005)
            line, = ax.plot(xs, ys, marker="o", label=name)
            hollow = [(x, y) for x, y, m in zip(xs, ys, misses) if m]
            if hollow:  # more SLO misses than max clock: drawn hollow
                ax.scatter(*zip(*hollow), s=70, facecolors="white", edgecolors=line.get_color(), zorder=3)
        ax.axhline(0, color="grey", lw=0.8)
        ax.set_xticks([100 * share[n] for n in order], [f"{n}\n{100 * share[n]:.0f}%" if n == "native" else n
                                                        for n in order], fontsize=8)
        ax.set_xlabel("load (% of the saturating rate; 'native': the trace's own rate)")
        ax.set_title(f"lengths: {lengths}  (hollow: > 0.5 points more SLO misses than max clock)", fontsize=9)
        ax.grid(alpha=0.3)
    axes[0, 0].set_ylabel("energy saving vs max clock, same GPUs (%)")
    axes[0, -1].legend(fontsize=8, loc="best")
    fig.suptitle(f"Energy saving vs max clock by load\n{label}", fontsize=9)
    fig.tight_layout()
    save(fig, path)
    return path


def binned_clock(times: list, clocks: list, bins: int = CLOCK_BINS) -> tuple[np.ndarray, np.ndarray]:
    """Time-weighted mean clock per bin of a step line (``times`` has one more point than segments)."""
    t = np.asarray(times, dtype=float)
    c = np.asarray(clocks, dtype=float)[:-1]
    if len(t) < 2 or t[-1] <= t[0]:
        return t, np.asarray(clocks, dtype=float)
    edges = np.linspace(t[0], t[-1], bins + 1)
    # Clock integral at each edge: cumulative area under the step line, interpolated.
    area = np.r_[0.0, np.cumsum(c * np.diff(t))]
    at_edges = np.interp(edges, t, area)
    return edges, np.diff(at_edges) / np.diff(edges)


def plot_timelines(ev: Evaluation, path: str, label: str) -> str:
    """Clock (binned time-weighted mean) and GPUs in use over time at the native rate (else the
    last load level), online lengths where they matter: one panel per configuration."""
    plt = pyplot()
    from matplotlib.ticker import MaxNLocator

    level = "native" if any(n == "native" for n, _ in ev.levels) else ev.levels[-1][0]
    lengths = "online" if "online" in ev.config.lengths else ev.config.lengths[0]
    rows = [r for r in ev.rows if r.load == level and r.lengths in (lengths, "any")]
    fig, axes = plt.subplots(len(rows), 1, figsize=(10, 1.7 * len(rows) + 0.8), sharex=True, squeeze=False)
    for ax, row in zip(axes[:, 0], rows):
        times, clocks = row.clock_steps
        if len(times) > 1:
            edges, mean = binned_clock(times, clocks)
            ax.step(edges, np.r_[mean, mean[-1:]], where="post", color="tab:red", lw=1.2)
            ax.set_ylim(0, 2100)
        else:
            ax.text(0.5, 0.5, "clock per instance not recorded (pool)", transform=ax.transAxes, ha="center",
                    fontsize=8, color="tab:red")
        ax.set_ylabel("MHz", color="tab:red", fontsize=8)
        twin = ax.twinx()
        st, sg = row.size_steps
        twin.step(st, sg, where="post", color="tab:blue", lw=1.2)
        twin.set_ylim(0, max(max(sg, default=1), 1) * 1.25 + 0.5)
        twin.set_ylabel("GPUs", color="tab:blue", fontsize=8)
        twin.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(f"{row.entry_name}: {row.energy_j / 1e3:.1f} kJ, all SLOs {row.slo_all * 100:.1f}%", fontsize=8)
    axes[-1, 0].set_xlabel("simulated time (s)")
    fig.suptitle(f"Clock (red, mean per {CLOCK_BINS}th of the run) and GPUs in use (blue) at load {level}, "
                 f"lengths {lengths}\n{label}", fontsize=8)
    fig.tight_layout()
    save(fig, path)
    return path
