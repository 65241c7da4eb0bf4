"""Terminal table comparing policies (every figure labelled as modelled)."""

from __future__ import annotations

from collections.abc import Sequence

from throttllem.sim.result import SimResult

_COLUMNS = (
    # header, width, formatter(metrics, baseline_metrics)
    ("policy", 14, lambda m, b: m.policy),
    ("energy kJ", 10, lambda m, b: f"{m.energy_j / 1e3:.1f}"),
    ("vs base", 8, lambda m, b: f"{(m.energy_j / b.energy_j - 1) * 100:+.1f}%" if b else "-"),
    ("tok/J", 7, lambda m, b: f"{m.tokens_per_j:.2f}"),
    ("TTFT p99 s", 10, lambda m, b: f"{m.ttft_p99_s:.2f}"),
    ("TBT p50/p99 ms", 14, lambda m, b: f"{m.tbt_p50_ms:.0f}/{m.tbt_p99_ms:.0f}"),
    ("E2E p50/p99 s", 13, lambda m, b: f"{m.e2e_p50_s:.1f}/{m.e2e_p99_s:.1f}"),
    ("SLO TBT", 7, lambda m, b: f"{m.slo_tbt * 100:.1f}%"),
    ("SLO E2E", 7, lambda m, b: f"{m.slo_e2e * 100:.1f}%"),
    ("SLO both", 8, lambda m, b: f"{m.slo_both * 100:.1f}%"),
    ("switches", 8, lambda m, b: f"{m.clock_switches}"),
    ("sw/s", 5, lambda m, b: f"{m.switches_per_s:.2f}"),
    ("clock MHz", 9, lambda m, b: f"{m.mean_busy_clock_mhz:.0f}"),
    ("wall s", 6, None),  # filled from SimResult.wall_s
)


def format_table(results: Sequence[SimResult], baseline: str = "max_clock") -> str:
    """One row per policy; "vs base" is the energy change against ``baseline`` (if run).

    The figures are modelled (simulated GPU); the wall column is the simulator's own run
    time, measured on this machine.
    """
    base = next((r.metrics for r in results if r.policy == baseline), None)
    # The policy column widens to the longest label (e.g. "governor+prefill", "static:1500").
    widths = [max(width, *(len(r.metrics.policy) for r in results)) if i == 0 else width
              for i, (_, width, _) in enumerate(_COLUMNS)]
    header = "  ".join(name.rjust(width) if i else name.ljust(width)
                       for i, ((name, _, _), width) in enumerate(zip(_COLUMNS, widths)))
    lines = [header, "-" * len(header)]
    for result in results:
        m = result.metrics
        cells = []
        for i, ((_, _, fmt), width) in enumerate(zip(_COLUMNS, widths)):
            text = f"{result.wall_s:.1f}" if _COLUMNS[i][0] == "wall s" else fmt(m, base)
            cells.append(text.rjust(width) if i else text.ljust(width))
        lines.append("  ".join(cells))
    return "\n".join(lines)


def format_header(results: Sequence[SimResult]) -> str:
    """What was simulated, and which figures are modelled."""
    first = results[0]
    cfg, slo = first.config, first.slo
    trace = first.trace
    summary = trace.summary()
    deadline = f"{slo.e2e_deadline_s:.2f} s" if slo.e2e_deadline_s is not None else "none"
    lines = [
        f"trace: {trace.name}: {len(trace)} requests over {summary['duration_s']:.0f} s "
        f"({summary['mean_rps']:.2f} req/s), prompt mean {summary['prompt_tokens_mean']:.0f} / output mean "
        f"{summary['output_tokens_mean']:.0f} tokens",
        f"engine: {cfg.model.name} on {cfg.tp_degree} x {cfg.gpu.name}, max batch {cfg.max_batch_size}, "
        f"KV {first.kv_capacity_blocks} blocks of {cfg.kv_block_tokens} tokens, "
        f"prefill {'chunked, ' + str(cfg.prefill_chunk_tokens) + '-token budget' if cfg.prefill_chunk_tokens else 'whole prompts'}, "
        f"clock switch latency {cfg.clock_switch_latency_s * 1e3:g} ms",
        f"SLOs: mean TBT <= {slo.tbt_target_ms:.0f} ms, E2E deadline {deadline}",
    ]
    lines += [f"  {note}" for note in slo.notes + trace.notes]
    lines.append("All latency, power and energy figures are MODELLED (simulated), not measured on a GPU; "
                 "the 'wall s' column is the simulator's own run time (measured).")
    lines.append(first.gpu_source)
    return "\n".join(lines)
