"""``throttllem simulate``: the table (labelled modelled), results.json and plots; bad input."""

from __future__ import annotations

import json

import pytest

from throttllem.cli import main

from conftest import SHARED_DATA

CONV = SHARED_DATA / "azure-llm-2023" / "AzureLLMInferenceTrace_conv.csv"


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


def test_trace_head_at_a_given_rate_and_deadline(tmp_path, capsys):
    lines = CONV.read_text().splitlines()[:401]
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


def test_the_analytic_gpu_model_stays_available(tmp_path, capsys):
    lines = CONV.read_text().splitlines()[:201]
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


@pytest.mark.parametrize("args,words", [
    (["--trace", "{bad}"], "bad.csv:3: ContextTokens is not a number"),
    (["--trace", "{missing}"], "no trace file"),
    (["--policy", "turbo"], "unknown policy"),
    (["--rps", "fast"], "--rps must be a number"),
    (["--profile", "{missing}"], "no such profile metadata file"),
])
def test_errors_are_reported_not_raised(tmp_path, capsys, args, words):
    bad = tmp_path / "bad.csv"
    bad.write_text("TIMESTAMP,ContextTokens,GeneratedTokens\n0,10,5\n1,ten,5\n")
    args = [a.format(bad=bad, missing=tmp_path / "missing.csv") for a in args]
    rc = main(["simulate", "--duration-s", "20", "--no-progress", *args])
    assert rc == 2
    assert words in capsys.readouterr().err
