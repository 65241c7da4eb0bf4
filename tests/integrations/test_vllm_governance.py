"""The vLLM integration's settings, version check and per-step logic, without vLLM: a stand-in
shaped like vLLM 0.32's scheduler (running list, FCFS waiting deque, request counters)."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field

import pytest

from throttllem.errors import InvalidArgumentError, ThrottllemError
from throttllem.integrations.vllm import (
    StepGovernor,
    UnsupportedVllmError,
    VllmGovernorConfig,
    check_vllm_version,
)
from throttllem.integrations.vllm.config import H100_CLOCKS_MHZ, parse_clocks


@dataclass(eq=False)
class Req:
    request_id: str
    num_prompt_tokens: int = 40
    max_tokens: int = 32
    num_output_tokens: int = 0
    num_computed_tokens: int = 0

    @property
    def num_tokens(self) -> int:
        return self.num_prompt_tokens + self.num_output_tokens


class Waiting(deque):
    def add_request(self, r):
        self.append(r)

    def remove_requests(self, rs):
        gone = set(map(id, rs))
        keep = [r for r in self if id(r) not in gone]
        self.clear()
        self.extend(keep)


@dataclass
class Sched:
    running: list = field(default_factory=list)
    waiting: Waiting = field(default_factory=Waiting)


@dataclass
class Out:
    num_scheduled_tokens: dict
    preempted_req_ids: set = field(default_factory=set)


def governor(mode="advise", tbt_ms=200.0, **kw):
    t = iter(range(10_000))
    return StepGovernor(VllmGovernorConfig(mode=mode, tbt_ms=tbt_ms), kv_capacity_blocks=kw.get("kv", 1000),
                        kv_block_tokens=16, max_batch_size=8, clock=lambda: float(next(t)))


def arrive(gov, sched, *names):
    for n in names:
        r = Req(n)
        sched.waiting.add_request(r)
        gov.arrived(r)


def engine_admits(sched, n):
    """vLLM's pass: admit the first n waiting requests and prefill their prompts whole."""
    out = {}
    for _ in range(n):
        r = sched.waiting.popleft()
        sched.running.append(r)
    for r in sched.running:
        out[r.request_id] = r.num_tokens - r.num_computed_tokens
        r.num_computed_tokens = r.num_tokens
    return Out(out)


def test_config_from_env():
    c = VllmGovernorConfig.from_env({"THROTTLLEM_MODE": "Clock+Admit", "THROTTLLEM_TBT_MS": "50",
                                     "THROTTLLEM_GPUS": "0,2", "THROTTLLEM_CLOCKS": "900:1200:150"})
    assert (c.mode, c.tbt_ms, c.gpus, c.clocks_mhz) == ("clock+admit", 50.0, (0, 2), (900, 1050, 1200))
    assert c.sets_clocks and c.gates_admission
    d = VllmGovernorConfig.from_env({})
    assert (d.mode, d.clocks_mhz, d.sets_clocks, d.gates_admission) == ("advise", H100_CLOCKS_MHZ, False, False)
    assert parse_clocks("1200, 900") == (1200, 900)


@pytest.mark.parametrize("env, word", [({"THROTTLLEM_MODE": "turbo"}, "THROTTLLEM_MODE"),
                                       ({"THROTTLLEM_TBT_MS": "fast"}, "THROTTLLEM_TBT_MS"),
                                       ({"THROTTLLEM_TBT_MS": "-1"}, "THROTTLLEM_TBT_MS"),
                                       ({"THROTTLLEM_GPUS": "0,x"}, "THROTTLLEM_GPUS"),
                                       ({"THROTTLLEM_CLOCKS": "900:300:15"}, "THROTTLLEM_CLOCKS")])
def test_bad_settings_are_typed_errors(env, word):
    with pytest.raises(InvalidArgumentError, match=word):
        VllmGovernorConfig.from_env(env)


def test_version_check(monkeypatch):
    monkeypatch.delenv("THROTTLLEM_VLLM_UNCHECKED", raising=False)
    assert check_vllm_version("0.32.0+cpu") == "0.32.0+cpu"
    with pytest.raises(UnsupportedVllmError, match=r"vLLM 0\.31\.1 is not supported \(supported: 0\.32\.0\)"):
        check_vllm_version("0.31.1")
    assert issubclass(UnsupportedVllmError, ThrottllemError)
    monkeypatch.setenv("THROTTLLEM_VLLM_UNCHECKED", "1")
    assert check_vllm_version("0.40.0") == "0.40.0"


def test_gate_holds_and_restores_waiting_in_order():
    gov, sched = governor("clock+admit", tbt_ms=1e-3), Sched()
    arrive(gov, sched, "a", "b", "c")
    held = gov.before_schedule(sched)
    assert [r.request_id for r in held] == ["b", "c"]  # nothing runs: only the head
    assert [r.request_id for r in sched.waiting] == ["a"]
    out = engine_admits(sched, 1)
    gov.restore_waiting(sched)
    assert [r.request_id for r in sched.waiting] == ["b", "c"]
    rec = gov.after_schedule(sched, out)
    assert (rec.projected_batch, rec.batch, rec.held, rec.admitted_by_engine, rec.prefill) == (1, 1, 2, 1, True)


def test_preempted_request_goes_back_to_the_head_and_is_mirrored():
    gov, sched = governor("clock+admit", tbt_ms=1e-3), Sched()
    arrive(gov, sched, "a", "b")
    gov.before_schedule(sched)
    out = engine_admits(sched, 1)
    gov.restore_waiting(sched)
    gov.after_schedule(sched, out)
    a = sched.running[0]
    a.num_output_tokens = 3
    # vLLM preempts "a" in its pass: back to the head of the queue, computed tokens reset.
    gov.before_schedule(sched)
    sched.running.remove(a)
    a.num_computed_tokens = 0
    sched.waiting.appendleft(a)
    gov.restore_waiting(sched)
    assert [r.request_id for r in sched.waiting] == ["a", "b"]
    rec = gov.after_schedule(sched, Out({}, {"a"}))
    assert rec.preempted == 1
    assert [q["generated_tokens"] for q in gov.board.queued()] == [3, 0]
    assert gov.board.running_count == 0


def test_counts_finish_and_records(tmp_path):
    gov, sched = governor(), Sched()
    arrive(gov, sched, "a", "b")
    gov.before_schedule(sched)
    gov.after_schedule(sched, engine_admits(sched, 2))
    for r in sched.running:
        r.num_output_tokens = 1
    gov.before_schedule(sched)
    assert [q["generated_tokens"] for q in gov.board.running()] == [1, 1]
    out = Out({r.request_id: 1 for r in sched.running})
    for r in sched.running:
        r.num_computed_tokens += 1
    gov.after_schedule(sched, out)
    done = sched.running.pop(0)
    gov.before_schedule(sched, {done.request_id, "unknown"})
    rec = gov.after_schedule(sched, Out({"b": 1}))
    assert rec.finished == 1 and gov.board.running_count == 1
    assert gov.agreement()["disagree_no_event"] == 0
    path = tmp_path / "steps.jsonl"
    gov.write_records(path)
    lines = [json.loads(x) for x in path.read_text().splitlines()]
    assert lines[0]["summary"]["steps"] == 3 and len(lines) == 4
    assert {"projected_batch", "batch", "clock_mhz", "overhead_ns"} <= set(lines[1])


def test_async_scheduling_is_refused_with_the_flag_to_use():
    from types import SimpleNamespace

    from throttllem.integrations.vllm.config import require_sync_scheduling

    require_sync_scheduling(SimpleNamespace(async_scheduling=False))
    require_sync_scheduling(SimpleNamespace(async_scheduling=None))
    with pytest.raises(InvalidArgumentError, match="--no-async-scheduling"):
        require_sync_scheduling(SimpleNamespace(async_scheduling=True))


def test_a_failing_governor_stops_governing_and_restores_clocks(caplog):
    class Act:
        posted: list = []
        restored = 0

        def post(self, mhz):
            self.posted.append(mhz)

        def restore_defaults(self):
            self.restored += 1

    gov, sched = governor("clock+admit", tbt_ms=1e-3), Sched()
    gov.actuator = gov.adapter.actuator = act = Act()
    arrive(gov, sched, "a", "b", "c")
    gov.guarded("before_schedule", sched)
    gov.restore_waiting(sched)
    gov.guarded("after_schedule", sched, Out({}))
    assert act.posted and gov.active

    def broken(now_s):
        raise RuntimeError("model exploded")

    from types import SimpleNamespace

    gov.adapter = SimpleNamespace(decide=broken)
    with caplog.at_level("ERROR", logger="throttllem.integrations.vllm"):
        gov.guarded("before_schedule", sched)
    assert not gov.active and act.restored == 1
    assert "the governor failed in before_schedule" in caplog.text
    gov.restore_waiting(sched)
    assert [r.request_id for r in sched.waiting] == ["a", "b", "c"]  # nothing held back any more
    steps = gov.steps
    gov.guarded("after_schedule", sched, Out({}))
    gov.guarded("arrived", Req("d"))
    assert gov.steps == steps and "d" not in gov.mirror


def test_metrics_setting_and_decisions_recorded():
    prometheus_client = pytest.importorskip("prometheus_client")
    assert VllmGovernorConfig.from_env({}).metrics
    assert not VllmGovernorConfig.from_env({"THROTTLLEM_METRICS": "0"}).metrics
    off = StepGovernor(VllmGovernorConfig(metrics=False), kv_capacity_blocks=100, kv_block_tokens=16, max_batch_size=8)
    assert off.metrics is None and off.adapter.observer is None
    a, b = governor(), governor()  # one GovernorMetrics per process, following the newest board
    assert a.metrics is b.metrics and b.metrics.board is b.board and b.adapter.observer is b.metrics

    def count():
        return prometheus_client.REGISTRY.get_sample_value("throttllem_decisions_total", {"reason": "idle"}) or 0.0

    before = count()
    b.adapter.decide(0.0)
    assert count() == before + 1


def test_finished_requests_feed_the_slo_violation_metrics():
    """Token times read at step boundaries give each finished request's mean time between
    tokens; the metrics count the ones over the TBT target."""
    prometheus_client = pytest.importorskip("prometheus_client")
    gov = governor(tbt_ms=3000.0)  # the stand-in clock ticks 1 s per read

    def violations():
        return prometheus_client.REGISTRY.get_sample_value("throttllem_slo_violations_total", {"kind": "tbt"}) or 0.0

    sched = Sched()
    arrive(gov, sched, "a", "b")
    gov.before_schedule(sched)
    gov.after_schedule(sched, engine_admits(sched, 2))
    a, b = sched.running
    for step in range(4):  # "a" makes a token every step, "b" every other step
        a.num_output_tokens += 1
        if step % 2 == 0:
            b.num_output_tokens += 1
        gov.before_schedule(sched)
        gov.after_schedule(sched, Out({r.request_id: 1 for r in sched.running}))
    timing_a, timing_b = gov._timing["a"], gov._timing["b"]
    assert timing_a[3] == 4 and timing_b[3] == 2
    before = violations()
    sched.running.clear()
    gov.before_schedule(sched, ["a", "b"])
    assert "a" not in gov._timing and "b" not in gov._timing
    # "a": one token per step (each step reads the clock twice: 2 s between tokens) meets 3 s;
    # "b": one token per two steps (4 s) misses it.
    assert violations() == before + 1


def test_clocks_the_gpu_does_not_support_are_refused_at_start():
    """The actuator refuses unsupported clocks; the scheduler checks its clock list against the
    GPU's at start-up instead of failing inside a scheduling step."""
    from throttllem.integrations.vllm.config import check_clocks

    class StandIn:  # the two members check_clocks uses (no NVML here)
        supported_clocks_mhz = (345, 360, 375)
        closed = False

        def close(self):
            self.closed = True

    ok = StandIn()
    check_clocks((345, 375), ok)
    assert not ok.closed
    bad = StandIn()
    with pytest.raises(InvalidArgumentError, match=r"1 clock\(s\) this GPU does not support: 1980 MHz"):
        check_clocks((345, 1980), bad)
    assert bad.closed
    unknown = StandIn()
    unknown.supported_clocks_mhz = None
    check_clocks((1980,), unknown)


class Pool:
    """A block pool shaped like vLLM's (``num_gpu_blocks`` with its null block, free count),
    holding what each running request's computed tokens occupy in blocks of 16."""

    def __init__(self, sched, blocks=100):
        self.sched, self.num_gpu_blocks = sched, blocks

    def get_num_free_blocks(self):
        return self.num_gpu_blocks - 1 - sum(-(-r.num_computed_tokens // 16) for r in self.sched.running)


def test_kv_projection_is_recorded_next_to_the_engine_blocks():
    from types import SimpleNamespace

    assert VllmGovernorConfig.from_env({"THROTTLLEM_VERIFY_KV": "1"}).verify_kv
    assert not VllmGovernorConfig.from_env({"THROTTLLEM_VERIFY_KV": "0"}).verify_kv
    t = iter(range(10_000))
    gov = StepGovernor(VllmGovernorConfig(mode="clock+admit", tbt_ms=1e4, verify_kv=True), kv_capacity_blocks=99,
                       kv_block_tokens=16, max_batch_size=8, clock=lambda: float(next(t)))
    sched = Sched()
    sched.kv_cache_manager = SimpleNamespace(block_pool=Pool(sched))
    arrive(gov, sched, "a", "b")  # 40-token prompts: 3 blocks each once prefilled
    gov.before_schedule(sched)
    rec = gov.after_schedule(sched, engine_admits(sched, 2))
    assert (rec.projected_kv_blocks, rec.kv_blocks, rec.projected_kv_blocks_board) == (6, 6, 6)
    for step in range(10):  # decode: 41..50 tokens; the 49th token opens a fourth block
        for r in sched.running:
            r.num_output_tokens += 1
        gov.before_schedule(sched)
        out = Out({r.request_id: 1 for r in sched.running})
        for r in sched.running:
            r.num_computed_tokens += 1
        rec = gov.after_schedule(sched, out)
        assert rec.projected_kv_blocks == rec.kv_blocks == 2 * -(-(40 + step + 1) // 16), (step, rec)
    counts = gov.agreement()
    assert counts["kv_disagree_no_event"] == 0 and counts["kv_agree_no_event"] == 10 and counts["kv_agree_event"] == 1
    # The board's own convention (context + 1) runs one token ahead: over at a block boundary.
    assert counts["kv_board_over_no_event"] == 1
    assert gov.verify_ns > 0 and all(r.overhead_ns > 0 for r in gov.records)


def test_kv_projection_is_off_by_default():
    gov, sched = governor(), Sched()
    arrive(gov, sched, "a")
    gov.before_schedule(sched)
    rec = gov.after_schedule(sched, engine_admits(sched, 1))
    assert (rec.projected_kv_blocks, rec.kv_blocks) == (-1, -1)
    assert "kv_agree_no_event" not in gov.agreement() and gov.verify_ns == 0
