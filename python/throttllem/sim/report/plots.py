"""Plots of a comparison (matplotlib, Agg backend: no display needed). All figures modelled."""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from throttllem._plotting import pyplot, save
from throttllem.sim.result import SimResult


def plot_timeline(results: Sequence[SimResult], path: str) -> None:
    """Requested clock and decode batch over time, one panel per policy."""
    plt = pyplot()
    fig, axes = plt.subplots(len(results), 1, figsize=(11, 2.2 * len(results)), sharex=True, squeeze=False)
    for ax, result in zip(axes[:, 0], results):
        tl = result.timeline
        ends = tl.seg_start_s + tl.seg_duration_s
        ax.step(np.r_[tl.seg_start_s, ends[-1:]], np.r_[tl.seg_clock_mhz, tl.seg_clock_mhz[-1:]],
                where="post", lw=0.7, color="tab:red")
        clocks = result.config.gpu.clocks_mhz
        pad = 0.04 * (clocks[-1] - clocks[0])
        ax.set_ylim(clocks[0] - pad, clocks[-1] + pad)
        ax.set_ylabel("clock MHz", color="tab:red")
        twin = ax.twinx()
        twin.step(np.r_[tl.seg_start_s, ends[-1:]], np.r_[tl.seg_batch, tl.seg_batch[-1:]], where="post",
                  lw=0.5, color="tab:blue", alpha=0.7)
        twin.set_ylabel("batch", color="tab:blue")
        ax.set_title(f"{result.policy}: {result.metrics.energy_j / 1e3:.1f} kJ (modelled)", fontsize=9)
    axes[-1, 0].set_xlabel("simulated time (s)")
    fig.tight_layout()
    save(fig, path)


def plot_energy_vs_slo(results: Sequence[SimResult], path: str) -> None:
    """Energy against SLO attainment (both TBT and E2E met), one point per policy."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(6, 4.5))
    for result in results:
        m = result.metrics
        ax.scatter(m.slo_both * 100, m.energy_j / 1e3)
        ax.annotate(result.policy, (m.slo_both * 100, m.energy_j / 1e3), fontsize=8,
                    xytext=(4, 4), textcoords="offset points")
    ax.set_xlabel("requests meeting both SLOs (%)")
    ax.set_ylabel("energy (kJ, modelled)")
    ax.set_title("Energy vs SLO attainment (modelled)")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    save(fig, path)


def plot_latency_cdfs(results: Sequence[SimResult], path: str) -> None:
    """CDFs of TTFT, per-request mean TBT and E2E latency, with the SLO targets."""
    plt = pyplot()
    fig, axes = plt.subplots(1, 3, figsize=(13, 4))
    slo = results[0].slo
    for result in results:
        table = result.table
        for ax, values in zip(axes, (table.ttft_s(), table.mean_tbt_s() * 1e3, table.e2e_s())):
            values = np.sort(values[~np.isnan(values)])
            if len(values):
                ax.plot(values, np.arange(1, len(values) + 1) / len(values), lw=1, label=result.policy)
    axes[1].axvline(slo.tbt_target_ms, color="k", ls="--", lw=0.8)
    if slo.e2e_deadline_s is not None:
        axes[2].axvline(slo.e2e_deadline_s, color="k", ls="--", lw=0.8)
    for ax, label in zip(axes, ("TTFT (s)", "mean TBT per request (ms)", "E2E latency (s)")):
        ax.set_xlabel(label + ", modelled")
        ax.set_xscale("log")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("fraction of requests")
    axes[2].legend(fontsize=8)
    fig.tight_layout()
    save(fig, path)


def write_plots(results: Sequence[SimResult], out_dir: str) -> list[str]:
    """Writes the three figures into ``out_dir``; returns their paths."""
    os.makedirs(out_dir, exist_ok=True)
    paths = [os.path.join(out_dir, name) for name in ("timeline.png", "energy_vs_slo.png", "latency_cdf.png")]
    plot_timeline(results, paths[0])
    plot_energy_vs_slo(results, paths[1])
    plot_latency_cdfs(results, paths[2])
    return paths
