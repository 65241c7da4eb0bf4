"""``throttllem simulate``: the table (labelled modelled), results.json and plots; ``--tp`` and
whether that TP degree is measured or modelled; bad input."""

from __future__ import annotations

import json

import pytest

from throttllem.cli import main
from throttllem.perfmodel import H100_SXM_80GB, LLAMA3_8B
from throttllem.profiledata.reference import find_reference_profile


def test_synthetic_comparison_writes_table_json_and_plots(tmp_path, capsys):
    out = tmp_path / "out"
    rc = main(["simulate", "--synthetic", "--duration-s", "60", "--policy", "max_clock", "--policy", "governor",
               "--policy", "static:1200", "--out", str(out), "--no-progress"])
    text = capsys.readouterr().out
    assert rc == 0
    assert "MODELLED" in text and "E2E deadline = p99 E2E at max clock under saturating load" in text
    for name in ("max_clock", "governor", "static:1200"):
        assert name in text
    assert "governor: energy" in text and "vs max_clock" in text
    doc = json.loads((out / "results.json").read_text())
    assert doc["source"].startswith("modelled")
    assert [p["policy"] for p in doc["policies"]] == ["max_clock", "governor", "static:1200"]
    assert doc["slo"]["e2e_deadline_s"] > 0 and doc["saturating_rps"] > 0
    governor = doc["policies"][1]
    assert governor["energy_j"] < doc["policies"][0]["energy_j"]
    for name in ("timeline.png", "energy_vs_slo.png", "latency_cdf.png"):
        assert (out / name).stat().st_size > 10_000


def test_trace_head_at_a_given_rate_and_deadline(tmp_path, capsys, azure_sample):
    lines = azure_sample.read_text().splitlines()[:401]
    small = tmp_path / "small.csv"
    small.write_text("\n".join(lines) + "\n")
    rc = main(["simulate", "--trace", str(small), "--rps", "8", "--e2e-deadline-s", "25",
               "--policy", "max_clock", "--policy", "default_dvfs", "--no-progress"])
    text = capsys.readouterr().out
    assert rc == 0
    assert "400 requests" in text and "(8.00 req/s)" in text
    assert "E2E deadline 25.00 s" in text and "given on the command line" in text
    # The default GPU model is calibrated on the measured H100 profile, and says which parts are measured.
    assert "GPU model: profile h100-llama3-8b.csv" in text and "MEASURED decode/prefill time and power" in text
    assert "other clocks: perfmodel clock response and power cap (MODELLED)" in text
    assert "TP 1: MEASURED: time and power at max clock measured on 1 GPU, profile h100-llama3-8b.csv" in text


def test_the_analytic_gpu_model_stays_available(tmp_path, capsys, azure_sample):
    lines = azure_sample.read_text().splitlines()[:201]
    small = tmp_path / "small.csv"
    small.write_text("\n".join(lines) + "\n")
    args = ["simulate", "--trace", str(small), "--rps", "8", "--e2e-deadline-s", "25", "--policy", "max_clock",
            "--no-progress", "--out", str(tmp_path / "out")]
    assert main(args + ["--gpu-model", "analytic"]) == 0
    text = capsys.readouterr().out
    assert "GPU model: analytic perfmodel" in text and "every time and power MODELLED" in text
    analytic = json.loads((tmp_path / "out" / "results.json").read_text())
    assert main(args) == 0
    capsys.readouterr()
    measured = json.loads((tmp_path / "out" / "results.json").read_text())
    assert "analytic" in analytic["gpu_model"] and "h100-llama3-8b.csv" in measured["gpu_model"]
    # The measured H100 decodes slower than the analytic roofline guessed.
    assert measured["policies"][0]["e2e_p50_s"] > analytic["policies"][0]["e2e_p50_s"]


def _small_trace(tmp_path, trace, requests=200):
    small = tmp_path / "small.csv"
    small.write_text("\n".join(trace.read_text().splitlines()[:requests + 1]) + "\n")
    return small


def _run_tp(tmp_path, capsys, trace, tp, *extra):
    """(stdout, results.json) of a max-clock run of a short trace head on a TP-``tp`` instance."""
    out = tmp_path / f"tp{tp}"
    rc = main(["simulate", "--trace", str(_small_trace(tmp_path, trace)), "--rps", "8", "--e2e-deadline-s", "25",
               "--policy", "max_clock", "--no-progress", "--tp", str(tp), "--out", str(out), *extra])
    assert rc == 0
    return capsys.readouterr().out, json.loads((out / "results.json").read_text())


def test_tp_2_runs_on_its_measured_profile_and_says_so(tmp_path, capsys, azure_sample):
    text, doc = _run_tp(tmp_path, capsys, azure_sample, 2)
    assert "engine: Llama-3-8B on 2 x H100-SXM-80GB" in text
    assert ("TP 2: MEASURED: time and power at max clock measured on 2 GPUs, profile h100-tp2-llama3-8b.csv "
            "(2 x NVIDIA H100 80GB HBM3") in text
    assert doc["tp_degree"] == 2 and doc["tp_measured"] is True
    assert doc["tp_note"].startswith("TP 2: MEASURED") and "h100-tp2-llama3-8b.csv" in doc["gpu_model"]
    _, one = _run_tp(tmp_path, capsys, azure_sample, 1)
    assert one["tp_degree"] == 1 and one["tp_measured"] is True and "h100-llama3-8b.csv" in one["gpu_model"]
    tp2, tp1 = doc["policies"][0], one["policies"][0]
    # Same requests: two GPUs decode faster (measured 1.3-1.6x) and draw the power of two cards.
    assert tp2["e2e_p50_s"] < 0.9 * tp1["e2e_p50_s"]
    assert tp2["energy_j"] > 1.2 * tp1["energy_j"]


@pytest.mark.parametrize("tp,extra,words", [
    (4, [], "TP 4: MODELLED: perfmodel TP scaling of the TP-1 profile h100-llama3-8b.csv"),
    # A given one-GPU profile is TP-scaled even where a TP-2 reference profile ships.
    (2, ["--profile", "{tp1}"], "TP 2: MODELLED: perfmodel TP scaling of the TP-1 profile h100-llama3-8b.csv"),
    (8, ["--gpu-model", "analytic"], "TP 8: MODELLED: analytic perfmodel, no profile"),
])
def test_unprofiled_tp_degrees_are_reported_modelled(tmp_path, capsys, azure_sample, tp, extra, words):
    tp1 = find_reference_profile(LLAMA3_8B, H100_SXM_80GB)
    text, doc = _run_tp(tmp_path, capsys, azure_sample, tp, *(a.format(tp1=tp1) for a in extra))
    assert f"engine: Llama-3-8B on {tp} x H100-SXM-80GB" in text and words in text
    assert doc["tp_degree"] == tp and doc["tp_measured"] is False and doc["tp_note"].startswith(words)
    assert "MEASURED" not in doc["tp_note"]
    if "analytic" not in words:
        assert doc["tp_note"].endswith(f"not a profile measured at TP {tp}")


@pytest.mark.parametrize("tp", ["3", "0", "two"])
def test_tp_outside_1_2_4_8_is_refused(capsys, tp):
    with pytest.raises(SystemExit) as stop:
        main(["simulate", "--tp", tp, "--no-progress"])
    assert stop.value.code == 2
    assert "argument --tp: invalid" in capsys.readouterr().err


@pytest.mark.parametrize("args,code,words", [
    (["--trace", "{bad}"], 2, "bad.csv:3: ContextTokens is not a number"),
    (["--trace", "{missing}"], 2, "no trace file"),
    (["--policy", "turbo"], 2, "unknown policy"),
    (["--rps", "fast"], 2, "--rps must be a number"),
    (["--profile", "{missing}"], 1, "no such profile metadata file"),  # a file that cannot be read: runtime
])
def test_errors_are_reported_not_raised(tmp_path, capsys, args, code, words):
    bad = tmp_path / "bad.csv"
    bad.write_text("TIMESTAMP,ContextTokens,GeneratedTokens\n0,10,5\n1,ten,5\n")
    args = [a.format(bad=bad, missing=tmp_path / "missing.csv") for a in args]
    rc = main(["simulate", "--duration-s", "20", "--no-progress", *args])
    assert rc == code
    err = capsys.readouterr().err
    assert words in err
    assert err.startswith("throttllem: error: ") and err.count("\n") == 1
