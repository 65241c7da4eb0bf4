"""``throttllem evaluate``'s matrix on a small synthetic trace and an Azure-format sample: every
cell is a row of the markdown, every figure says modelled, the files and plots are written, and an
entry registered later is picked up (the autoscaler's hook)."""

from __future__ import annotations

import json

import pytest

from samples import write_azure_sample
from throttllem.cli import main
from throttllem.sim.evaluation import ENTRIES, Entry, EvaluationConfig, entries, evaluate, register
from throttllem.sim.evaluation.entries import single_instance
from throttllem.sim.evaluation.report import markdown, write


def _cells(ev):
    """(entry, load, lengths) of every cell the markdown must show."""
    return [(e.name, label, lengths) for label, _ in ev.levels for e in ev.config.selected()
            for lengths in ev.config.lengths]


@pytest.fixture(scope="module")
def synthetic():
    # A fixed deadline skips the calibration; the saturating-rate search still runs (max-clock probes).
    config = EvaluationConfig(duration_s=20.0, loads=(0.5,), e2e_deadline_s=20.0)
    return evaluate(config, progress=False)


def test_every_cell_has_a_row_and_a_markdown_line(synthetic):
    ev = synthetic
    text = markdown(ev, "throttllem evaluate --quick")
    assert "MODELLED" in text.splitlines()[2]
    assert "## Findings (modelled)" in text and "governor energy" in text and "## Limits" in text
    for name, label, lengths in _cells(ev):
        row = ev.row(name, label, lengths)
        assert row is not None, (name, label, lengths)
        assert row.source == "modelled" and row.energy_j > 0 and row.requests == row.finished
        section = text.split(f"## Lengths: {lengths}")[1].split("## Lengths")[0]
        assert f"| {label} ({row.rps:.2f} req/s) | {ENTRIES[name].title} | {row.energy_j / 1e3:.1f} |" in section
    # One table line per (entry, load) in each length section.
    for lengths in ev.config.lengths:
        section = text.split(f"## Lengths: {lengths}")[1].split("## Lengths")[0]
        assert section.count("req/s) |") == len(ev.levels) * len(ev.config.selected())


def test_rows_are_consistent(synthetic):
    ev = synthetic
    base = ev.row("max_clock", "50%", "oracle")
    # Max clock meets every target it defines (the TTFT target is its own p99 at saturation, above 50% load's).
    assert base.slo_tbt == 1.0 and base.slo_e2e == 1.0
    for row in ev.rows:
        assert 0 <= row.slo_all <= min(row.slo_ttft, row.slo_tbt_e2e) <= 1
        assert row.slo_tbt_e2e <= min(row.slo_tbt, row.slo_e2e)
        assert row.gpu_hours > 0
    gov = ev.row("governor", "50%", "online")
    assert gov.energy_j < base.energy_j  # the governor saves at half load (modelled)
    assert ev.row("max_clock_tp4", "native", "oracle").gpu_hours > 3 * ev.row("max_clock", "native", "oracle").gpu_hours
    assert {r.lengths for r in ev.rows if r.entry_name == "governor"} == {"oracle", "online"}


def test_files_and_plots(synthetic, tmp_path):
    paths = write(synthetic, str(tmp_path), "throttllem evaluate --quick")
    names = {p.rsplit("/", 1)[1] for p in paths}
    assert {"EVALUATION.md", "results.json", "evaluation_savings.png", "evaluation_timelines.png"} <= names
    doc = json.loads((tmp_path / "results.json").read_text())
    assert doc["source"].startswith("MODELLED") and doc["seed"] == 0 and doc["version"]
    assert len(doc["rows"]) == len(synthetic.rows)
    assert all((tmp_path / n).stat().st_size > 10_000 for n in names if n.endswith(".png"))


def test_a_registered_entry_is_picked_up():
    name = "test_static_1200"
    register(Entry(name, "static 1200 MHz (test entry)", False, single_instance(lambda lengths: "static:1200"), 60))
    try:
        assert name in [e.name for e in entries()]
        ev = evaluate(EvaluationConfig(duration_s=20.0, loads=(0.5,), native=False, lengths=("oracle",),
                                       entries=("max_clock", name), e2e_deadline_s=20.0), progress=False)
        row = ev.row(name, "50%", "oracle")
        assert row is not None and row.baseline == "max_clock"
        assert f"| static 1200 MHz (test entry) |" in markdown(ev)
    finally:
        ENTRIES.pop(name)


def test_cli_on_an_azure_sample(tmp_path, capsys):
    trace = write_azure_sample(tmp_path / "sample.csv", duration_s=30.0)
    out = tmp_path / "out"
    code = main(["evaluate", "--trace", str(trace), "--quick", "--e2e-deadline-s", "20", "--ttft-s", "2",
                 "--lengths", "online", "--entry", "max_clock", "--entry", "governor", "--no-progress",
                 "--no-plots", "--out", str(out)])
    assert code == 0
    text = (out / "EVALUATION.md").read_text()
    assert "MODELLED" in text and "trace sample.csv, seed 0" in text
    for title in ("max clock, one instance", "governor (throttLL'eM)"):
        assert text.count(title) == 2  # 50% and native
    assert "## Lengths: online" in text and "## Lengths: oracle" not in text
    assert "wrote" in capsys.readouterr().out


def test_the_governor_is_given_the_ttft_target_it_is_scored_on(synthetic):
    # Without it the governor throttles prefill blind to TTFT (its rows are scored on TTFT all the same).
    ev = synthetic
    for lengths in ev.config.lengths:
        row = ev.row("governor", "50%", lengths)
        assert f"+ttft={ev.targets.ttft_target_s * 1e3:g}ms" in row.entry, row.entry
    assert "ttft" not in ev.row("max_clock", "50%", "oracle").entry
