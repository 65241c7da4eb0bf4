"""EVALUATION.md, results.json and the plots of an :class:`~throttllem.sim.evaluation.Evaluation`.

Every figure is labelled modelled (simulated), with the trace, seed and version.
"""

from __future__ import annotations

import json
import math
import os

from throttllem._atomic import atomic_open, write_text_atomic
from throttllem.sim.evaluation.entries import ENTRIES
from throttllem.sim.evaluation.matrix import Evaluation, savings

LABEL = "MODELLED (serving simulator, not measured on a GPU)"


def provenance(ev: Evaluation) -> str:
    """One line naming what every figure comes from."""
    source = os.path.basename(ev.config.trace) if ev.config.trace else "synthetic (fitted to the public conv trace)"
    return f"{LABEL}; trace {source}, seed {ev.config.seed}, throttllem {ev.version}"


def _pct(x: float) -> str:
    return "n/a" if x is None or math.isnan(x) else f"{x * 100:.1f}%"


def _num(x: float, fmt: str) -> str:
    return "n/a" if x is None or math.isnan(x) else format(x, fmt)


def markdown(ev: Evaluation, command: str = "") -> str:
    """The EVALUATION.md text: setup, then one table per length source with every row."""
    t, sat = ev.targets, ev.saturation
    lines = ["# Evaluation", "", f"**{provenance(ev)}.**", ""]
    if command:
        lines += ["Reproduce:", "", "```", command, "```", ""]
    lines += [
        f"- Traffic: {len(ev.trace)} requests over {ev.trace.duration_s:.0f} s (the first "
        f"{ev.config.duration_s:g} s of the trace), native rate {ev.trace.mean_rps:.2f} req/s.",
        f"- Saturating rate: {sat.rps:.2f} req/s ({sat.scale:.2f}x native): the highest at which max clock "
        f"on one instance meets TBT and E2E for >= {sat.attainment:.0%} of requests ({len(sat.probes)} "
        "max-clock probes; modelled). Load levels are shares of it; 'native' is the trace's own timing.",
        f"- Targets: TTFT {t.ttft_target_s:.2f} s (p99 TTFT at max clock at the saturating rate unless given), "
        f"mean TBT {t.slo.tbt_target_ms:g} ms, E2E {t.slo.e2e_deadline_s:.1f} s ({'; '.join(t.slo.notes)}).",
        f"- Engine: TP {ev.config.engine.tp_degree}, chunked prefill budget "
        f"{ev.config.engine.prefill_chunk_tokens}, clock-switch latency "
        f"{ev.config.engine.clock_switch_latency_s * 1e3:g} ms.",
        "- 'vs base': energy relative to max clock on the same GPUs at the same load (one instance for "
        "one-instance rows, the peak-sized pool for pool rows). 'all' = TTFT, TBT and E2E met. GPU-h: "
        "GPUs held x time; 'TBT+E2E': the two targets the oracle guarantees. switches/s: clock-switch requests per second (n/a for pools).",
        "- Lengths: 'oracle' = true output lengths, 'online' = the online predictor; rows marked 'any' do not "
        "use lengths and serve both tables.",
    ]
    if ev.missing:
        lines.append(f"- Not in this build (the simulator's instance pool is absent): {', '.join(ev.missing)}.")
    lines.append(f"- Matrix: {len(ev.rows)} runs in {ev.wall_s:.0f} s wall (measured).")
    lines += ["", "![energy saving by load](evaluation_savings.png)", "",
              "![clock and GPUs over time](evaluation_timelines.png)"]
    for lengths in ev.config.lengths:
        lines += ["", f"## Lengths: {lengths}", "",
                  "| load | configuration | energy kJ | vs base | tok/J | TTFT | TBT | E2E | all | TBT+E2E | TTFT p99 s | "
                  "TBT p99 ms | E2E p99 s | switches/s | GPU-h |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for label, _rps in ev.levels:
            for r in ev.rows:
                if r.load != label or r.lengths not in (lengths, "any"):
                    continue
                title = ENTRIES[r.entry_name].title if r.entry_name in ENTRIES else r.entry_name
                vs = "base" if r.entry_name == r.baseline else _pct(savings(ev, r))
                if vs not in ("base", "n/a") and not vs.startswith("-"):
                    vs = "+" + vs
                lines.append(
                    f"| {label} ({r.rps:.2f} req/s) | {title} | {r.energy_j / 1e3:.1f} | {vs} | "
                    f"{_num(r.tokens_per_j, '.2f')} | {_pct(r.slo_ttft)} | {_pct(r.slo_tbt)} | {_pct(r.slo_e2e)} | "
                    f"{_pct(r.slo_all)} | {_pct(r.slo_tbt_e2e)} | {_num(r.ttft_p99_s, '.2f')} | {_num(r.tbt_p99_ms, '.0f')} | "
                    f"{_num(r.e2e_p99_s, '.1f')} | {_num(r.switches_per_s, '.2f')} | {r.gpu_hours:.3f} |")
    lines += findings(ev)
    return "\n".join(lines) + "\n"


def findings(ev: Evaluation) -> list[str]:
    """The issue's acceptance comparisons, computed for whichever rows exist (modelled)."""
    out = ["", "## Findings (modelled)", ""]
    for lengths in ev.config.lengths:
        for label, _ in ev.levels:
            gov, orc, top = (ev.row(n, label, lengths) for n in ("governor", "oracle", "max_clock"))
            if gov and orc and top:
                out.append(f"- {lengths} lengths, load {label}: governor energy {(gov.energy_j / orc.energy_j - 1) * 100:+.1f}% "
                           f"vs the oracle (goal: within +10%), {savings(ev, gov) * 100:+.1f}% vs max clock; all SLOs met "
                           f"by {gov.slo_all * 100:.1f}% (max clock {top.slo_all * 100:.1f}%, "
                           f"{(gov.slo_all - top.slo_all) * 100:+.1f} points; goal >= -0.5); TBT+E2E "
                           f"{_both(gov):.1f}% (max clock {_both(top):.1f}%).")
            pool, peak = ev.row("governor_autoscaler", label, lengths), ev.row("max_clock_peak", label, lengths)
            if pool and peak:
                out.append(f"- {lengths} lengths, load {label}: governor + autoscaler {savings(ev, pool) * 100:+.1f}% "
                           f"energy vs max clock at the peak-sized pool (goal <= -45%), all SLOs met by "
                           f"{pool.slo_all * 100:.1f}% (goal >= 99%).")
    out += ["", "## Limits", "",
            "- Every figure is modelled: the simulated engine on the perfmodel calibrated on a measured H100 profile "
            "(max clock measured, other clocks modelled; docs/PERFMODEL.md compares that response with published "
            "measurements).",
            "- The oracle is a bound on energy at equal TBT and E2E attainment (it keeps every TBT+E2E success of max "
            "clock); it has no TTFT target, so its 'all' column can be below max clock's.",
            "- The TTFT target is derived from max clock at the saturating rate; a policy that throttles prefill "
            "trades TTFT for energy, which the 'TTFT' and 'all' columns show.",
            "- One trace window (the first --duration-s seconds) and one seed; load levels rescale its time axis, "
            "keeping its request mix and bursts."]
    if ev.missing:
        out.append("- The instance-autoscaler rows need the simulator's instance pool (throttllem.sim.autoscale); "
                   "this build has none, so those rows are absent and energy is per instance.")
    return out


def _both(row) -> float:
    """Percent of requests meeting TBT and E2E."""
    return row.slo_tbt_e2e * 100


def document(ev: Evaluation) -> dict:
    """results.json: the setup and every row (all figures modelled)."""
    return {"source": LABEL, "version": ev.version, "trace": ev.config.trace or "synthetic", "trace_name": ev.trace.name,
            "seed": ev.config.seed, "duration_s": ev.config.duration_s, "requests": len(ev.trace),
            "native_rps": ev.trace.mean_rps, "saturation": ev.saturation.as_dict(),
            "targets": {"ttft_s": ev.targets.ttft_target_s, "tbt_ms": ev.targets.slo.tbt_target_ms,
                        "e2e_s": ev.targets.slo.e2e_deadline_s},
            "levels": [{"load": label, "rps": rps} for label, rps in ev.levels], "missing_entries": list(ev.missing),
            "wall_s": ev.wall_s, "rows": [dict(r.as_dict(), saving=_none(savings(ev, r))) for r in ev.rows]}


def _none(x: float):
    return None if math.isnan(x) else x


def write(ev: Evaluation, out_dir: str, command: str = "", plots: bool = True) -> list[str]:
    """Writes EVALUATION.md, results.json and (``plots``) the PNGs into ``out_dir``; returns the paths."""
    os.makedirs(out_dir, exist_ok=True)
    paths = [os.path.join(out_dir, "EVALUATION.md"), os.path.join(out_dir, "results.json")]
    write_text_atomic(paths[0], markdown(ev, command))
    with atomic_open(paths[1]) as handle:
        json.dump(document(ev), handle, indent=1)
    if plots:
        paths += write_plots(ev, out_dir)
    return paths


def write_plots(ev: Evaluation, out_dir: str) -> list[str]:
    from throttllem.sim.evaluation.plots import plot_savings, plot_timelines

    return [plot_savings(ev, os.path.join(out_dir, "evaluation_savings.png"), provenance(ev)),
            plot_timelines(ev, os.path.join(out_dir, "evaluation_timelines.png"), provenance(ev))]


__all__ = ["LABEL", "document", "markdown", "provenance", "write", "write_plots"]
