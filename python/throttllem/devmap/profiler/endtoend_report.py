"""Text, Markdown and JSON of the per-runtime end-to-end evaluation (``clprofile evaluate``).

Every figure says where it comes from: kernel times are the dataset's (measured where it was
made, its time column named), decision times are measured in this run on this machine, and an
end-to-end total is a sum of those measured parts (no figure is modelled).
"""

from __future__ import annotations

from pathlib import Path

from throttllem._markdown import write_marked_block
from throttllem.devmap.profiler.endtoend import (
    ACCEPT_CAPTURED, EndToEndReport, RuntimeResult, best_static, captured_share, verdict,
)
from throttllem.devmap.profiler.evaluate import BEGIN_MARK, END_MARK, PROTOCOL_NAMES, _pct, _shown, _table

TIME_COLUMNS = {"host_ms": "host_ms: host-visible time of a steady run, enqueue to result on the host",
                "total_ms": "total_ms: event-timed H2D + kernel + D2H (the older protocol; no host_ms column)"}


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def verdict_lines(rr: RuntimeResult) -> list[str]:
    """The acceptance's verdicts, one line per protocol x model of one runtime."""
    totals = rr.totals()
    out = []
    for pr in rr.protocols:
        for m in pr.results:
            total = rr.total(m).total_ms
            v = verdict(totals, total)
            captured = "-" if v.captured is None else f"{100 * v.captured:.1f}%"
            out.append(f"VERDICT {rr.cd.runtime} | {pr.protocol} | {m.model}: "
                       f"beats always-CPU {_yes(v.beats_cpu)} ({total:.2f} vs {totals['always-CPU']:.2f} ms); "
                       f"beats always-GPU {_yes(v.beats_gpu)} ({total:.2f} vs {totals['always-GPU']:.2f} ms); "
                       f"captures >= {100 * ACCEPT_CAPTURED:.0f}% of the oracle's gain {_yes(v.captures_enough)} "
                       f"({captured}) -> {'PASS' if v.passed else 'FAIL'}")
    return out


def _runtime_lines(rr: RuntimeResult, machine: str, markdown: bool) -> list[str]:
    cd, d = rr.cd, rr.cd.data
    n, cpu_wins = len(d), int((d.label == 0).sum())
    where = f"measured on host {cd.host!r}" if cd.host else "measured where the dataset was made"
    out = [("### " if markdown else "== ") + f"CPU runtime {cd.runtime} ({cd.cpu_device}) vs {cd.gpu_device}"
           + ("" if markdown else " =="), "",
           (f"{n} launches (kernel x size measured ok on both) of {len(set(d.benchmark))} kernels in "
            f"{len(set(cd.programs)) or '?'} programs; CPU faster on {cpu_wins} ({_pct(cpu_wins / n)}), GPU on "
            f"{n - cpu_wins}. Kernel times: {TIME_COLUMNS.get(cd.time_column, cd.time_column)}; {where}."
            + (f" Left out: {cd.gpu_only} launches measured ok on the GPU but not on this CPU runtime (timed out, "
               "failed or skipped there: no CPU time to compare)." if cd.gpu_only else ""))]
    totals = rr.totals()
    if rr.skipped:
        return out + ["", f"No model evaluated: {rr.skipped}. Static totals (ms, measured): "
                          + ", ".join(f"{k} {v:.2f}" for k, v in totals.items()), ""]
    name, best = best_static(totals)
    out += ["", f"Decision cost, measured here on {machine or 'this machine'} (each model fitted on all of this "
                "runtime's rows and compiled; first sight = a kernel's first decision with every cache empty, "
                "charged once per kernel; steady = cached, charged per launch):", ""]
    header = ("model", "decision path", "first sight p50 us", "first sight p99 us", "first sights ms (all kernels)",
              "steady mean us", "steady p99 us", "steady ms (all launches)", "compiled vs Python mismatches")
    rows = [(c.model, c.path, f"{c.first_sight_p50_us:.1f}", f"{c.first_sight_p99_us:.1f}", f"{c.first_sight_ms:.3f}",
             f"{c.steady_mean_us:.2f}", f"{c.steady_p99_us:.2f}", f"{c.steady_ms:.3f}", str(c.mismatches))
            for c in rr.costs.values()]
    out += _table(header, rows, markdown)
    out += ["", (f"Static policies (sums of measured kernel times): always-CPU {totals['always-CPU']:.2f} ms, "
                 f"always-GPU {totals['always-GPU']:.2f} ms, oracle {totals['oracle']:.2f} ms; the better static "
                 f"policy is {name}; the oracle's gain over it is {best - totals['oracle']:.2f} ms.")]
    for pr in rr.protocols:
        out += ["", f"Protocol {pr.protocol}: {PROTOCOL_NAMES[pr.protocol]}, {pr.n_folds} folds; no "
                    f"{'program' if pr.protocol == 'program' else 'kernel'} has rows in both a fold's training and "
                    "test rows"
                + (f"; {pr.one_label_folds} fold(s) trained on one label predict it" if pr.one_label_folds else "")
                + ". End-to-end totals in ms = chosen devices' kernel times (measured, dataset) + steady decisions "
                  "per launch + first sight per kernel (both measured here):", ""]
        header = ("policy", "accuracy", "balanced accuracy", "CPU recall", "kernel ms", "steady ms", "first sight ms",
                  "total ms", "x oracle", "gain captured")
        rows = [(k, "-", "-", "-", f"{v:.2f}", "0", "0", f"{v:.2f}", f"{v / totals['oracle']:.3f}", "-")
                for k, v in totals.items()]
        for m in pr.results:
            t = rr.total(m)
            rows.append((m.model, _pct(m.accuracy), _pct(m.balanced_accuracy),
                         f"{m.cpu_right}/{cpu_wins}" if cpu_wins else "-", f"{t.kernel_ms:.2f}", f"{t.steady_ms:.3f}",
                         f"{t.first_sight_ms:.3f}", f"{t.total_ms:.2f}", f"{t.total_ms / totals['oracle']:.3f}",
                         _pct(captured_share(best, t.total_ms, totals["oracle"]))))
        out += _table(header, rows, markdown)
    out += ["", "Acceptance verdicts (totals are sums of measured times, as above):", "",
            *(("- " if markdown else "") + line for line in verdict_lines(rr)), ""]
    return out


def render(report: EndToEndReport, *, markdown: bool = False) -> list[str]:
    """The report as lines (plain text, or Markdown tables)."""
    first = report.runtimes[0].cd
    out = [(f"Dataset {_shown(report.dataset or first.data.source_path)}: {len(report.runtimes)} CPU runtime(s) "
            f"against {first.gpu_device}. Gain captured = (best static - policy) / (best static - oracle), best "
            f"static = the better of always-CPU and always-GPU; the acceptance asks a selector, decisions and first "
            f"sight included, to beat both static policies and capture >= {100 * ACCEPT_CAPTURED:.0f}%."), ""]
    for rr in report.runtimes:
        out += _runtime_lines(rr, report.machine, markdown)
    return out


def document(report: EndToEndReport, written: list[str]) -> dict:
    """``clprofile evaluate --json`` for the per-runtime report: every printed figure."""
    runtimes = []
    for rr in report.runtimes:
        totals = rr.totals()
        protocols = []
        for pr in rr.protocols:
            models = []
            for m in pr.results:
                t = rr.total(m)
                v = verdict(totals, t.total_ms)
                models.append({"model": m.model, "accuracy": m.accuracy, "balanced_accuracy": m.balanced_accuracy,
                               "recall_cpu": m.recall_cpu, "recall_gpu": m.recall_gpu, "kernel_ms": t.kernel_ms,
                               "steady_ms": t.steady_ms, "first_sight_ms": t.first_sight_ms, "total_ms": t.total_ms,
                               "captured": v.captured, "beats_always_cpu": v.beats_cpu,
                               "beats_always_gpu": v.beats_gpu, "captures_enough": v.captures_enough,
                               "passed": v.passed, "fit_predict_s": m.seconds})
            protocols.append({"protocol": pr.protocol, "folds": pr.n_folds, "one_label_folds": pr.one_label_folds,
                              "models": models})
        runtimes.append({"runtime": rr.cd.runtime, "cpu_device": rr.cd.cpu_device, "gpu_device": rr.cd.gpu_device,
                         "time_column": rr.cd.time_column, "launches": len(rr.cd.data), "gpu_only": rr.cd.gpu_only,
                         "cpu_faster": int((rr.cd.data.label == 0).sum()), "skipped": rr.skipped,
                         "baselines_ms": totals, "decision_cost": [c for c in rr.costs.values()],
                         "protocols": protocols})
    return {"source": "kernel times measured where the dataset was made; decision cost measured here; totals are "
                      "sums of measured parts", "machine": report.machine, "command": report.command,
            "dataset": report.dataset, "accept_captured": ACCEPT_CAPTURED, "runtimes": runtimes, "written": written}


def write_markdown(path, report: EndToEndReport) -> Path:
    """Put the report between the clprofile-evaluate markers of ``path`` (appended when absent)."""
    body = "\n".join(render(report, markdown=True)) + "\n"
    if report.command:
        body = (f"Produced by `{report.command}`; kernel times measured where the dataset was made, decision "
                "times measured in that run, totals sums of the two.\n\n" + body)
    return write_marked_block(path, BEGIN_MARK, END_MARK, body)
