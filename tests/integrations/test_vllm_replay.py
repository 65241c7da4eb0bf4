"""The whole loop on a running vLLM (CPU build, tiny random-weight model), not a mock: profile the
engine's step times (``throttllem profile --engine vllm``), train an IPS model on that profile
(``throttllem train``), then replay a slice of a trace of the Azure LLM inference format through
the engine - requests arriving at their trace times - with the governor on the trained model in
advise and clock+admit modes; the admission gate is checked on a model trained from a synthetic
profile (its target set from that model's own predictions, so that check does not depend on
machine speed). Clocks go to the project's fake NVML (tests/fake_nvml): no real GPU setting is
touched. The trace is the public conv trace where it is found, otherwise a sample of the same
format and rate generated here (tests/samples.py).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
from pathlib import Path

import pytest

import throttllem
from fake_nvml import FakeNvml, build
from public_data import locate
from samples import write_azure_sample
from test_vllm_engine import RESET, SET, vllm_python

HERE = Path(__file__).resolve().parent
REQUESTS = 40
TIME_SCALE = 30.0         # 30x the trace's rate: batches fill up to max_num_seqs even on a fast CPU
LENGTH_SCALE = 8.0        # token counts / 8: the trace's length mix on a 256-token model
MAX_OUTPUT = 32
CLOCK = 1980              # a CPU has one clock; the trainer labels it with the H100's top clock
KV = {"block_size": 32, "num_gpu_blocks_override": 12}  # 11 usable blocks: forces preemptions
# Under KV pressure: prompts of at most 3 blocks arriving in a burst, outputs up to 2 blocks, so
# vLLM admits several on the blocks free now and preempts when they grow (any trace of the format).
KV_REPLAY = {"time_scale": 100.0, "length_scale": 4.0, "max_prompt_tokens": 96, "max_output_tokens": 64}
# The gate scenario: every request enters before the first step (a burst, whatever the machine's
# speed), so the governor always sees a queue while a request runs.
BURST = {"time_scale": 1e6}
NOISY = HERE.parent / "data" / "profiles" / "vllm-cpu-noisy"


def _package_path(tmp: Path) -> Path:
    """A folder holding only this package (the vLLM venv has its own site-packages)."""
    pkg = tmp / "pkg"
    pkg.mkdir(exist_ok=True)
    link = pkg / "throttllem"
    if not link.exists():
        link.symlink_to(Path(throttllem.__file__).parent)
    return pkg


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """(model path, Forest) trained on the engine's own profile."""
    python = vllm_python()
    pytest.importorskip("lightgbm", reason="throttllem train needs LightGBM")
    tmp = tmp_path_factory.mktemp("replay-train")
    env = {k: v for k, v in os.environ.items() if not k.startswith("THROTTLLEM_")}
    env["PYTHONPATH"] = str(_package_path(tmp))
    out = tmp / "prof" / "tiny"
    cmd = [python, "-m", "throttllem.cli", "profile", "--engine", "vllm", "--model", "tiny", "--out", str(out),
           "--batch-sizes", "1,2,4,8,16", "--kv-tokens", "32,96,192", "--prefill-tokens", "none",
           "--decode-steps", "8", "--no-progress"]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=800)
    assert proc.returncode == 0, proc.stderr[-4000:]
    from throttllem.training import train_ips_model

    result = train_ips_model([out.with_suffix(".csv")], tmp / "model", num_trees=40)
    return result.model_path, throttllem.Forest(str(result.model_path))


@pytest.fixture(scope="module")
def floor_model(tmp_path_factory):
    """(model path, Forest, TBT target ms) for the admission-gate check, independent of this
    machine's speed: a model trained on a synthetic profile of the tiny engine's grid (not
    measured: iteration time 4 ms + 4 ms per request + 1 ms per 1000 KV tokens), and a target
    between its own predictions for one request (every KV size) and for two or more."""
    pytest.importorskip("lightgbm", reason="throttllem train needs LightGBM")
    from throttllem.training import train_ips_model

    tmp = tmp_path_factory.mktemp("floor")
    meta = json.loads(NOISY.with_suffix(".json").read_text())
    meta.update(measured=False, notes="Synthetic, written by test_vllm_replay.py: iteration ms = 4 + 4 x batch + "
                                      "KV tokens / 1000 on the grid of a measured tiny-engine profile.")
    (tmp / "floor.json").write_text(json.dumps(meta))
    lines = NOISY.with_suffix(".csv").read_text().splitlines()
    head = lines[0].split(",")
    rows = [lines[0]]
    for line in lines[1:]:
        row = dict(zip(head, line.split(",")))
        ms = 4.0 + 4.0 * int(row["batch_size"]) + int(row["kv_tokens"]) / 1000
        row.update({k: f"{ms:.6f}" for k in ("iteration_ms_mean", "iteration_ms_median", "iteration_ms_p10",
                                              "iteration_ms_p90")}, ips=f"{1000 / ms:.4f}")
        rows.append(",".join(row[h] for h in head))
    (tmp / "floor.csv").write_text("\n".join(rows) + "\n")
    result = train_ips_model([tmp / "floor.csv"], tmp / "model", num_trees=40)
    forest = throttllem.Forest(str(result.model_path))
    predict = _predict_ms(forest)
    kvs = range(0, 8193, 16)  # beyond any KV of two tiny-model requests (<= 512 tokens)
    one = max(predict(1, kv, CLOCK) for kv in kvs)
    more = min(predict(b, kv, CLOCK) for b in (2, 3, 4, 8, 16) for kv in kvs)
    assert one < more, (one, more)
    return result.model_path, forest, (one, more)


def _predict_ms(forest):
    return lambda batch, kv, clock: 1000.0 / forest.predict(tp_degree=1, batch_size=batch, kv_tokens=kv, clock_mhz=clock)


def _trace(tmp: Path) -> Path:
    found = locate("azure-conv")
    return found if found is not None else write_azure_sample(tmp / "azure_sample.csv")


@pytest.fixture(scope="module")
def replays(trained, floor_model, tmp_path_factory):
    model_path, forest = trained
    one, more = floor_model[2]
    python = vllm_python()
    tmp = tmp_path_factory.mktemp("replay")
    # A TBT target the trained model says a batch of 1 meets and a batch of 16 breaks.
    predict = _predict_ms(forest)
    light, heavy = predict(1, 150, CLOCK), predict(16, 16 * 150, CLOCK)
    assert heavy > light, (light, heavy)
    target_ms = (light + heavy) / 2
    common = {"THROTTLLEM_MODEL": str(model_path), "THROTTLLEM_CLOCKS": str(CLOCK), "THROTTLLEM_GPUS": "0",
              "THROTTLLEM_VERIFY_KV": None}
    check_kv = {"THROTTLLEM_VERIFY_KV": "1"}  # the KV projection next to vLLM's block pool, each step
    scenarios = [
        {"name": "advise", "env": {**common, "THROTTLLEM_MODE": "advise", "THROTTLLEM_TBT_MS": str(target_ms)}},
        {"name": "admit", "env": {**common, **check_kv, "THROTTLLEM_MODE": "clock+admit",
                                  "THROTTLLEM_TBT_MS": str(target_ms)}},
        {"name": "kv_advise", "env": {**common, "THROTTLLEM_MODE": "advise", "THROTTLLEM_TBT_MS": "10000"},
         "engine": KV, **KV_REPLAY},
        {"name": "kv_admit", "env": {**common, **check_kv, "THROTTLLEM_MODE": "clock+admit",
                                     "THROTTLLEM_TBT_MS": "10000"}, "engine": KV, **KV_REPLAY},
        # The model says one request meets this target and any two break it (on every KV size).
        {"name": "gate", "env": {**common, **check_kv, "THROTTLLEM_MODEL": str(floor_model[0]),
                                 "THROTTLLEM_MODE": "clock+admit", "THROTTLLEM_TBT_MS": str((one + more) / 2)},
         **BURST},
    ]
    fake = FakeNvml(build(tmp / "lib"), tmp / "nvml")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKE_NVML_", "THROTTLLEM_"))}
    env.update(fake.env(), PYTHONPATH=str(_package_path(tmp)))
    spec = tmp / "spec.json"
    spec.write_text(json.dumps({"trace": str(_trace(tmp)), "requests": REQUESTS, "time_scale": TIME_SCALE,
                                "length_scale": LENGTH_SCALE, "max_output_tokens": MAX_OUTPUT, "scenarios": scenarios}))
    out = tmp / "out.json"
    proc = subprocess.run([python, str(HERE / "vllm_replays.py"), str(spec), str(out)], env=env,
                          capture_output=True, text=True, timeout=800)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(out.read_text()), fake, target_ms


@pytest.mark.timeout(1800)
@pytest.mark.parametrize("name", ["advise", "admit", "kv_advise", "kv_admit", "gate"])
def test_every_step_and_request_went_through_the_governor(replays, name):
    res = replays[0][name]
    records = res["records"]
    assert res["summary"]["steps"] == res["engine_steps"] == len(records) == len(res["steps"])
    assert sum(r["arrived"] for r in records) == REQUESTS
    assert sum(r["finished"] for r in records) + records[-1]["batch"] == REQUESTS
    # Every request completed with its trace output length (clipped to the tiny model).
    assert all(len(r["token_times_s"]) == r["max_tokens"] for r in res["requests"])
    # Arrivals were spread over time, as in the trace, not handed over at once.
    arrivals = [r["arrival_s"] for r in res["requests"]]
    planned = [r["planned_arrival_s"] for r in res["requests"]]
    assert arrivals == sorted(arrivals) and planned[-1] > 0.0
    assert all(a >= p for a, p in zip(arrivals, planned))  # none handed over before its time


@pytest.mark.timeout(1800)
@pytest.mark.parametrize("name", ["admit", "kv_admit", "gate"])
def test_projection_matches_the_engine_when_nothing_intervened(replays, name):
    """Where the engine follows the governor's admissions (clock+admit), its projected batch is
    what the engine ran, and its projected KV blocks what vLLM's block pool then held, in every
    step no arrival or preemption came into. (In advise mode under a tight target the engine
    admits what the governor would hold: they differ by design.)

    The engine's truth for KV is its block pool's count of blocks handed out after scheduling
    the step (``num_gpu_blocks - 1 - free``: what vLLM admits and preempts by); the board's
    projection is each request's prompt + generated tokens rounded up to the engine's block size
    (vLLM allocates slots for the computed plus the newly scheduled tokens)."""
    s = replays[0][name]["summary"]
    print(f"agreement {name}: batch {s['agree_no_event']} agree / {s['disagree_no_event']} disagree, KV blocks "
          f"{s['kv_agree_no_event']} agree / {s['kv_disagree_no_event']} disagree (steps without an arrival or "
          f"preemption); steps with one: batch {s['agree_event']}/{s['disagree_event']}, KV "
          f"{s['kv_agree_event']}/{s['kv_disagree_event']}")
    assert s["disagree_no_event"] == 0, s
    assert s["agree_no_event"] >= 10, s
    assert s["kv_disagree_no_event"] == 0, s
    assert s["kv_agree_no_event"] >= 10, s
    # The engine's block count moved during the replay (the default CPU block size holds a
    # whole tiny-model request in one or two blocks; the KV scenario's 32-token blocks many).
    kv = [r["kv_blocks"] for r in replays[0][name]["records"]]
    assert min(kv) >= 0 and len(set(kv)) >= (5 if name == "kv_admit" else 2), sorted(set(kv))


@pytest.mark.timeout(1800)
def test_clock_decisions_reach_nvml_and_are_restored(replays):
    results, fake, _ = replays
    res = results["admit"]
    pid = res["pid"]
    start_ns = (res["records"][0]["t_s"] - 1.0) * 1e9
    end_ns = results["kv_advise"]["records"][0]["t_s"] * 1e9
    sets = [c for c in fake.calls(SET) if c.pid == pid and start_ns < c.t_ns < end_ns]
    resets = [c for c in fake.calls(RESET) if c.pid == pid and start_ns < c.t_ns < end_ns]
    assert sets and {int(c.args["max"]) for c in sets} == {CLOCK}
    assert resets and resets[-1].t_ns > sets[-1].t_ns
    # Advise mode set nothing.
    advise_end_ns = results["advise"]["records"][-1]["t_s"] * 1e9
    assert not [c for c in fake.calls(SET) if c.pid == pid and c.t_ns < advise_end_ns]
    assert fake.locked() == {}


@pytest.mark.timeout(1800)
def test_admission_gate_holds_requests_the_model_says_would_break_the_target(replays, floor_model):
    """The target lies between the model's own predictions for one request and for two (on
    every KV size), so the model says admitting a second request breaks it in that very step's
    iteration, whatever the engine's speed; every request arrives before the first step. The
    gate must hold the queue whenever a request runs, and admit the head whenever none does."""
    results = replays[0]
    gated, free = results["gate"]["records"], results["advise"]["records"]
    one, more = floor_model[2]
    print(f"gate: target {(one + more) / 2:.2f} ms between the model's {one:.2f} ms (1 request) and {more:.2f} ms "
          f"(2+); held at {sum(1 for r in gated if r['held'])} of {len(gated)} steps")
    assert sum(1 for r in gated if r["held"]) >= 1
    assert all(r["reason"] for r in gated)
    for r in gated:
        assert r["projected_batch"] <= 1 and r["batch"] <= 1, r  # never more than the model says fits
        if r["held"]:
            assert r["projected_batch"] == 1, r  # held only while one runs or was just admitted
    # With nothing running the head was admitted at once: the queue kept moving.
    assert sum(r["admitted_by_governor"] for r in gated) == REQUESTS
    assert max(r["batch"] for r in free) > 1  # ungated, the engine batches them


@pytest.mark.timeout(1800)
def test_preempted_requests_are_mirrored_and_gating_avoids_them(replays):
    adv, gated = replays[0]["kv_advise"], replays[0]["kv_admit"]
    assert adv["summary"]["preemptions"] > 0
    assert gated["summary"]["preemptions"] < adv["summary"]["preemptions"]


@pytest.mark.timeout(1800)
def test_predicted_step_time_against_the_measured_one(replays, trained):
    """The trained model's step time against each steady decode step's measured time (MAPE,
    printed for the record; CPU wall-clock times are noisy, so no bound is asserted)."""
    from throttllem.integrations.vllm.replay import latency_metrics, step_time_mape

    res = replays[0]["advise"]
    fit = step_time_mape(res, _predict_ms(trained[1]))
    assert fit["steps"] >= 10 and math.isfinite(fit["mape"]) and fit["measured"]
    lat = latency_metrics(res, tbt_ms=replays[2])
    assert lat["completed"] == REQUESTS and 0.0 <= lat["tbt_attainment"] <= 1.0
    print(f"replay {res['source']}: step-time MAPE {fit['mape']:.1%} over {fit['steps']} steady decode steps "
          f"(measured, vLLM CPU build); TBT target {replays[2]:.2f} ms met by {lat['tbt_attainment']:.0%} (advise)")
