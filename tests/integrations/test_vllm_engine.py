"""The governed scheduler on a running vLLM (CPU build), not a mock.

One subprocess, run by a Python that has vLLM (this one, or THROTTLLEM_VLLM_PYTHON: scripts/test.sh
makes that venv in CI), starts a tiny random-weight Llama on vLLM once per scenario (~1 s each
after vLLM's import) and returns what the governor recorded at every step. Clocks go to the
project's fake NVML (tests/fake_nvml): no real GPU setting is touched.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import throttllem
from fake_nvml import FakeNvml, build

HERE = Path(__file__).resolve().parent
SET = "nvmlDeviceSetGpuLockedClocks"
RESET = "nvmlDeviceResetGpuLockedClocks"
REQUESTS = 20
MAX_TOKENS = 16
KV = {"block_size": 32, "num_gpu_blocks_override": 12}  # 11 usable blocks: forces preemptions

SCENARIOS = [
    {"name": "advise", "env": {"THROTTLLEM_MODE": "advise", "THROTTLLEM_TBT_MS": None}},
    {"name": "clock", "env": {"THROTTLLEM_MODE": "clock", "THROTTLLEM_GPUS": "0"}},
    # An impossible TBT target: every admission would break the SLO; the governor admits only
    # the head of the queue when nothing runs (so the engine never stalls).
    {"name": "admit_slo", "env": {"THROTTLLEM_MODE": "clock+admit", "THROTTLLEM_TBT_MS": "0.001"}},
    {"name": "kv_advise", "env": {"THROTTLLEM_MODE": "advise", "THROTTLLEM_TBT_MS": None},
     "engine": KV, "max_tokens": 64},
    {"name": "kv_admit", "env": {"THROTTLLEM_MODE": "clock+admit"}, "engine": KV, "max_tokens": 64},
]


def vllm_python() -> str:
    """The Python that runs vLLM, or a skip saying why there is none."""
    if importlib.util.find_spec("vllm") is not None:
        return sys.executable
    path = os.environ.get("THROTTLLEM_VLLM_PYTHON")
    if not path:
        pytest.skip("vllm is not importable in this Python and THROTTLLEM_VLLM_PYTHON is not set "
                    "(scripts/vllm_venv.sh makes a venv with vLLM's CPU build)")
    if not Path(path).exists():
        pytest.fail(f"THROTTLLEM_VLLM_PYTHON={path} does not exist")
    return path


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Every scenario's result, from one vLLM process."""
    python = vllm_python()
    tmp = tmp_path_factory.mktemp("vllm")
    fake = FakeNvml(build(tmp / "lib"), tmp / "nvml")
    # The package under test, alone on the path (the venv has its own site-packages).
    pkg = tmp / "pkg"
    pkg.mkdir()
    (pkg / "throttllem").symlink_to(Path(throttllem.__file__).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKE_NVML_", "THROTTLLEM_"))}
    env.update(fake.env(), PYTHONPATH=str(pkg))
    spec = tmp / "spec.json"
    spec.write_text(json.dumps([{**s, "requests": REQUESTS, "max_tokens": s.get("max_tokens", MAX_TOKENS)}
                                for s in SCENARIOS]))
    out = tmp / "out.json"
    proc = subprocess.run([python, str(HERE / "vllm_scenarios.py"), str(spec), str(out)], env=env,
                          capture_output=True, text=True, timeout=800)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(out.read_text()), fake


def no_event(r):
    return not r["arrived"] and not r["preempted"]


@pytest.mark.timeout(900)
@pytest.mark.parametrize("name", [s["name"] for s in SCENARIOS])
def test_governor_saw_every_step_and_every_token(runs, name):
    res = runs[0][name]
    records = res["records"]
    assert res["summary"]["steps"] == res["engine_steps"] == len(records)
    assert [r["step"] for r in records] == list(range(len(records)))
    assert sum(r["arrived"] for r in records) == REQUESTS
    # Requests finishing in the last step leave after it: no later step sees them.
    assert sum(r["finished"] for r in records) + records[-1]["batch"] == REQUESTS
    max_tokens = next(s for s in SCENARIOS if s["name"] == name).get("max_tokens", MAX_TOKENS)
    assert res["output_tokens"] == [max_tokens] * REQUESTS
    # Every token the engine computed went through a step the governor recorded: each prompt
    # token once, each output token but the last fed back once, plus what preemption recomputed.
    expected = sum(res["prompt_tokens"]) + sum(o - 1 for o in res["output_tokens"])
    computed = sum(r["tokens"] for r in records)
    if res["summary"]["preemptions"] == 0:
        assert computed == expected
    else:
        assert computed > expected


@pytest.mark.timeout(900)
def test_projected_batch_is_what_the_engine_ran(runs):
    for name in ("advise", "clock", "admit_slo"):
        s = runs[0][name]["summary"]
        assert s["disagree_no_event"] == 0, (name, s)
        assert s["agree_no_event"] >= 10, (name, s)
    for r in runs[0]["advise"]["records"]:
        assert r["projected_batch"] == r["batch"], r


@pytest.mark.timeout(900)
def test_clock_mode_reaches_nvml_and_restores_it(runs):
    results, fake = runs
    res = results["clock"]
    pid = res["pid"]
    start_s = res["records"][0]["t_s"] - 1.0  # the actuator starts before the first step
    sets = [c for c in fake.calls(SET) if c.pid == pid]
    # Advise mode (the scenario before) set nothing.
    assert not [c for c in sets if c.t_ns / 1e9 < results["advise"]["records"][-1]["t_s"]]
    first = next(c for c in sets if c.t_ns / 1e9 > start_s)
    # The clock scenario ends with the reset at its shutdown; the next scenario sets clocks again.
    resets = [c for c in fake.calls(RESET) if c.pid == pid and c.t_ns > first.t_ns]
    assert resets, "default clocks were not restored at shutdown"
    mine = [c for c in sets if first.t_ns <= c.t_ns < resets[0].t_ns]
    posted = {r["clock_mhz"] for r in res["records"]}
    assert res["actuator"]["actuating"] and res["actuator"]["posted"] >= 2
    assert {int(c.args["max"]) for c in mine} <= posted
    assert int(mine[-1].args["max"]) == res["actuator"]["applied_mhz"]
    assert resets[0].t_ns / 1e9 < results["admit_slo"]["records"][0]["t_s"]
    # Prefill steps run at max clock, decode steps lower (the default model, a 200 ms target).
    assert any(r["prefill"] and r["clock_mhz"] == 1980 for r in res["records"])
    assert any(not r["prefill"] and r["clock_mhz"] < 1980 for r in res["records"])
    assert fake.locked() == {}


@pytest.mark.timeout(900)
def test_admission_gate_holds_requests_when_the_slo_would_break(runs):
    gated = runs[0]["admit_slo"]["records"]
    free = runs[0]["advise"]["records"]
    assert max(r["batch"] for r in gated) == 1
    assert max(r["batch"] for r in free) > 1
    assert sum(1 for r in gated if r["held"]) > len(gated) // 2
    assert all(r["reason"] for r in gated)


@pytest.mark.timeout(900)
def test_preemptions_are_mirrored(runs):
    adv = runs[0]["kv_advise"]
    gated = runs[0]["kv_admit"]
    assert adv["summary"]["preemptions"] > 0
    assert any(r["preempted"] for r in adv["records"])
    # The governor plans KV for each request's whole output: gating admission by it avoids
    # vLLM's preemptions (vLLM admits on the blocks free now).
    assert gated["summary"]["preemptions"] < adv["summary"]["preemptions"]
    assert gated["summary"]["disagree_no_event"] == 0, gated["summary"]
