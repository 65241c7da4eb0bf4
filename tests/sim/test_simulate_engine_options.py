"""``throttllem simulate``'s engine options: --prefill-chunk N|none, --switch-latency-ms, and the
saturating rate of --rps max printed with the native rate."""

from __future__ import annotations

import json

import pytest

from throttllem.cli import main
from throttllem.sim import SimulationConfig, simulate
from throttllem.sim.config import EngineConfig

BASE = ["simulate", "--synthetic", "--duration-s", "20", "--e2e-deadline-s", "20", "--policy", "max_clock",
        "--no-progress"]


@pytest.mark.parametrize("args,words", [
    (["--prefill-chunk", "lots"], "--prefill-chunk must be a number of tokens or 'none'"),
    (["--prefill-chunk", "0"], "--prefill-chunk must be >= 1 token"),
    (["--switch-latency-ms", "-5"], "--switch-latency-ms must be in [0, 10000] ms, not -5"),
    (["--switch-latency-ms", "nan"], "--switch-latency-ms must be in [0, 10000] ms, not nan"),
])
def test_bad_engine_options_exit_2_in_one_line(capsys, args, words):
    assert main(BASE + args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0]


def test_defaults_and_whole_prompt_option_show_in_the_header(capsys):
    assert main(BASE) == 0
    out = capsys.readouterr().out
    assert "prefill chunked, 8192-token budget, clock switch latency 20 ms" in out
    assert "sw/s" in out
    assert main(BASE + ["--prefill-chunk", "none", "--switch-latency-ms", "0"]) == 0
    assert "prefill whole prompts, clock switch latency 0 ms" in capsys.readouterr().out


def test_rps_max_reports_the_saturating_rate_with_the_native_rate(capsys):
    assert main(["simulate", "--synthetic", "--duration-s", "30", "--e2e-deadline-s", "20", "--rps", "max",
                 "--policy", "max_clock", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "saturating rate:" in out and "x the trace's native" in out and "meets both SLOs for >= 99%" in out


def test_results_document_has_switches_per_second_and_the_saturation():
    sim = simulate(SimulationConfig(policies=("max_clock", "reactive"), duration_s=30.0, rps="max",
                                    e2e_deadline_s=20.0, engine=EngineConfig()))
    doc = json.loads(json.dumps(sim.document()))
    assert doc["engine"] == {"prefill_chunk_tokens": 8192, "clock_switch_latency_s": 0.02}
    assert all("switches_per_s" in p for p in doc["policies"])
    assert doc["policies"][1]["switches_per_s"] > 0
    saturation = doc["saturation"]
    assert doc["saturating_rps"] == saturation["rps"] == pytest.approx(doc["rps"])
    assert saturation["rps"] == pytest.approx(saturation["scale_of_native"] * saturation["native_rps"])
    assert saturation["probes"] and saturation["attainment_target"] == 0.99
