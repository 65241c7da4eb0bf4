"""HostSelector: the choice, its context/queue on PoCL's CPU, the source cache, the decision log,
typed errors, and agreement with DeviceSelector.predict."""

from __future__ import annotations

import json

import numpy as np
import pytest

from throttllem.devmap import HostSelector, LaunchChoice
from throttllem.devmap.deploy.selector import DeviceSelector
from throttllem.devmap.host.log import DecisionLog
from throttllem.devmap.source.lexer import LexError
from throttllem.errors import InvalidArgumentError, ThrottllemError

from conftest import REPO

pytest.importorskip("tl2cgen")

VADD = (REPO / "kernels" / "opencl" / "vadd.cl").read_text()
TWO = VADD + "\n__kernel void scale(__global float* a, const float s) { a[get_global_id(0)] *= s; }\n"


@pytest.fixture(scope="module")
def selector(amd_sample, tmp_path_factory):
    return DeviceSelector.train(amd_sample, tmp_path_factory.mktemp("host-selector"),
                                model_options=dict(n_estimators=30))


def _cpu_only():
    """PoCL's CPU device when the machine's only OpenCL devices are CPUs (else skip, saying why)."""
    cl = pytest.importorskip("pyopencl")
    try:
        devices = [d for p in cl.get_platforms() for d in p.get_devices()]
    except cl.Error as exc:
        pytest.skip(f"no OpenCL platform: {exc}")
    if not devices:
        pytest.skip("no OpenCL device")
    if any(d.type & cl.device_type.GPU for d in devices):
        pytest.skip("a GPU is present: the CPU-only fallback cannot be shown here")
    return devices


def test_decisions_agree_with_device_selector(selector, amd_sample):
    host = HostSelector(selector, opencl=False)
    for src in sorted(set(amd_sample.src)):
        name = host.statistics(src) and next(iter(host._cache[src].kernels))
        for transfer, wg in ((4096, 64), (1 << 24, 256), (12, 0)):
            local = None if wg == 0 else wg
            choice = host.select(src, name, 1 << 16, local, transfer_bytes=transfer)
            expected = selector.predict(src, transfer, wg)
            assert choice.p_gpu == expected.p_gpu
            assert choice.predicted == choice.device_type == expected.device
            assert choice.device is choice.context is choice.queue is None
            assert host.feature_row(src, transfer, wg) == selector.features(src, transfer, wg)


def test_buffers_give_the_transfer_bytes(selector):
    host = HostSelector(selector, opencl=False)
    a = np.zeros(1000, np.float32)
    by_arrays = host.select(VADD, "vadd", 1000, 50, (a, a.copy(), np.zeros(1000, np.float32)))
    by_count = host.select(VADD, "vadd", 1000, 50, (4000, 4000, 4000))
    assert by_arrays.p_gpu == by_count.p_gpu == selector.predict(VADD, 12000, 50).p_gpu
    by_numpy = host.select(VADD, "vadd", 1000, 50, (np.int64(12000),))
    assert by_numpy.p_gpu == by_count.p_gpu
    assert host.select(VADD, "vadd", 1000, 50, transfer_bytes=np.float32(12000)).p_gpu == by_count.p_gpu
    assert [r.transfer_bytes for r in host.log.records] == [12000.0] * 4
    assert host.log.records[0].wgsize == 50.0


def test_cache_hits_and_first_sight(selector):
    host = HostSelector(selector, opencl=False, cache_size=2)
    first = host.select(VADD, "vadd", 1024, transfer_bytes=1 << 20)
    again = host.select(VADD, "vadd", 4096, 64, transfer_bytes=1 << 10)
    assert first.first_sight and not again.first_sight
    assert (host.misses, len(host._cache)) == (1, 1)
    host.select(TWO, "scale", 1024, transfer_bytes=64)
    host.select(TWO + " ", "scale", 1024, transfer_bytes=64)  # a third source evicts the oldest
    assert list(host._cache) == [TWO, TWO + " "] and host.misses == 3
    # The evicted source's launches seen before keep their decisions; a new one analyses it again.
    assert not host.select(VADD, "vadd", 1024, transfer_bytes=1 << 20).first_sight and host.misses == 3
    assert host.select(VADD, "vadd", 2048, transfer_bytes=1 << 20).first_sight and host.misses == 4


def test_a_repeated_launch_reuses_its_decision_and_still_checks_its_inputs(selector):
    host = HostSelector(selector, opencl=False, memo_size=2)
    model = HostSelector(selector, opencl=False, memo_size=1)  # every launch below is new to it
    launches = [((1024,), 128, 1 << 20), (4096, None, 64.0), ((64, 64), (8, 8), 1 << 28)]
    for _ in range(2):
        for g, l, t in launches:
            got, want = host.select(VADD, "vadd", g, l, transfer_bytes=t), model.select(VADD, "vadd", g, l, transfer_bytes=t)
            assert (got.p_gpu, got.predicted, got.device_type) == (want.p_gpu, want.predicted, want.device_type)
    assert len(host._memo) == 2  # the oldest launch dropped
    assert host.select(VADD, "vadd", 4096, transfer_bytes=64).p_gpu == host.log.records[1].p_gpu  # int == float bytes
    # A memoised launch's inputs are still checked on every call.
    for bad, match in [((4096.0,), "global_size"), (0, "global_size")]:
        with pytest.raises(InvalidArgumentError, match=match):
            host.select(VADD, "vadd", bad, transfer_bytes=64)
    with pytest.raises(InvalidArgumentError, match="transfer_bytes"):
        host.select(VADD, "vadd", 4096, transfer_bytes=-1)
    with pytest.raises(InvalidArgumentError, match="not a __kernel"):
        host.select(VADD, "nope", 4096, transfer_bytes=64)
    assert host.misses == 1 and [r.first_sight for r in host.log.records].count(True) == 1
    with pytest.raises(InvalidArgumentError, match="memo_size"):
        HostSelector(selector, opencl=False, memo_size=0)


def test_decision_log_records_every_choice(selector, tmp_path):
    path = tmp_path / "decisions.jsonl"
    with HostSelector(selector, opencl=False, log_path=path) as host:
        choices = [host.select(VADD, "vadd", (64, 64), (8, 8), transfer_bytes=t) for t in (10, 1 << 20, 1 << 28)]
        assert not path.exists()  # written on close
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(lines) == 3
    for line, choice in zip(lines, choices):
        assert line["decision_ns"] == choice.decision_ns > 0
        assert line["p_gpu"] == choice.p_gpu and line["kernel"] == "vadd"
        assert line["global_size"] == [64, 64] and line["local_size"] == [8, 8] and line["wgsize"] == 64
        assert len(line["source_sha256"]) == 16
    assert [line["first_sight"] for line in lines] == [True, False, False]
    assert lines[0]["time_ns"] <= lines[1]["time_ns"] <= lines[2]["time_ns"]
    summary = host.log.summary()
    assert summary["decisions"] == 3 and summary["first_sight"]["n"] == 1 and summary["steady"]["n"] == 2
    assert summary["steady"]["p50_ns"] in [c.decision_ns for c in choices[1:]]
    assert sum(summary["predicted"].values()) == 3


def test_log_keeps_the_last_records():
    log = DecisionLog(max_records=2)
    for i in range(3):
        log.append((i, "s", "k", (1,), None, 0.0, 0.0, 0.5, "CPU", "CPU", 10 + i, False))
    assert [r.decision_ns for r in log.records] == [11, 12]
    with pytest.raises(InvalidArgumentError, match="max_records"):
        DecisionLog(0)


@pytest.mark.parametrize("call, error, message", [
    (lambda h: h.select(VADD, "nope", 1024), InvalidArgumentError, "'nope' is not a __kernel of the source"),
    (lambda h: h.select(TWO, "vad", 1024), InvalidArgumentError, "it has scale, vadd"),
    (lambda h: h.select(VADD, "vadd", 0), InvalidArgumentError, "global_size must be positive"),
    (lambda h: h.select(VADD, "vadd", (64, -1)), InvalidArgumentError, "global_size must be positive"),
    (lambda h: h.select(VADD, "vadd", (1, 1, 1, 1)), InvalidArgumentError, "1 to 3 dimensions"),
    (lambda h: h.select(VADD, "vadd", 64.0), InvalidArgumentError, "must hold integers"),
    (lambda h: h.select(VADD, "vadd", 64, 0), InvalidArgumentError, "local_size must be positive"),
    (lambda h: h.select(VADD, "vadd", (64, 64), 8), InvalidArgumentError, "local_size has 1 dimensions"),
    (lambda h: h.select(VADD, "vadd", 64, buffers=("x",)), InvalidArgumentError, "a buffer must be"),
    (lambda h: h.select(VADD, "vadd", 64, buffers=(-4,)), InvalidArgumentError, "must be >= 0"),
    (lambda h: h.select(VADD, "vadd", 64, transfer_bytes=-1), InvalidArgumentError, "transfer_bytes"),
    (lambda h: h.select(VADD, "vadd", 64, transfer_bytes=float("nan")), InvalidArgumentError, "finite number"),
    (lambda h: h.select(VADD, "vadd", 64, transfer_bytes="1k"), InvalidArgumentError, "must be a number"),
    (lambda h: h.select(VADD, 3, 64), InvalidArgumentError, "is not a __kernel"),
    (lambda h: h.select(["src"], "k", 64), InvalidArgumentError, "source must be a str"),
    (lambda h: h.select("__kernel void k() { /* open", "k", 64), LexError, "unterminated comment"),
    (lambda h: h.select("__kernel void k() { int a = 1 @ 2; }", "k", 64), LexError, "unexpected character"),
    (lambda h: h.select("__kernel void k() { if (1) { }", "k", 64), InvalidArgumentError, "does not compile"),
    (lambda h: h.select("int f(int a) { return a; }", "f", 64), InvalidArgumentError, "no __kernel"),
    (lambda h: h.select(b"__kernel void k() {}", "k", 64), InvalidArgumentError, "source must be a str"),
])
def test_bad_inputs_are_typed_errors(selector, call, error, message):
    host = HostSelector(selector, opencl=False)
    with pytest.raises(error, match=message) as caught:
        call(host)
    assert isinstance(caught.value, ThrottllemError)
    assert "\n" not in str(caught.value)
    assert not host.log.records  # a refused decision is not logged
    assert all(entry.kernels for entry in host._cache.values())  # and a broken source is not cached


def test_bad_constructor_arguments(selector, tmp_path):
    with pytest.raises(InvalidArgumentError, match="cache_size"):
        HostSelector(selector, opencl=False, cache_size=0)
    with pytest.raises(ThrottllemError, match="cannot read"):
        HostSelector(tmp_path, opencl=False)


def test_cpu_only_machine_uses_the_cpu(selector):
    devices = _cpu_only()
    host = HostSelector(selector)
    wants_gpu = [t for t in (1, 1 << 12, 1 << 20, 1 << 28, 1 << 32)
                 if host.select(VADD, "vadd", 1024, transfer_bytes=t).predicted == "GPU"]
    for choice in (host.select(VADD, "vadd", 1024, 64, transfer_bytes=t) for t in (1, 1 << 20, 1 << 30)):
        assert isinstance(choice, LaunchChoice)
        assert choice.device_type == "CPU" and choice.device == devices[0]
        assert choice.context.devices == [devices[0]] and choice.queue.device == devices[0]
    assert host.log.summary()["device_type"] == {"CPU": len(host.log)}
    assert all(r.device_type == "CPU" for r in host.log.records if r.predicted == "GPU") and wants_gpu is not None


def test_run_on_the_chosen_device(selector):
    _cpu_only()
    host = HostSelector(selector)
    n = 1000
    a = np.arange(n, dtype=np.float32)
    b = np.full(n, 2.0, np.float32)
    c = np.zeros(n, np.float32)
    choice, seconds = host.run(VADD, "vadd", 1024, 64, (a, b, c, np.int32(n)), outputs=[2])
    assert choice.device_type == "CPU" and seconds > 0
    np.testing.assert_array_equal(c, a + b)
    assert host.log.records[-1].transfer_bytes == 3 * 4 * n
    c[:] = 0
    host.run(VADD, "vadd", 1024, 64, (a, b, c, np.int32(n)))  # built program reused
    np.testing.assert_array_equal(c, a + b)
    assert len(host.devices.programs) == 1
    with pytest.raises(InvalidArgumentError, match="not array arguments"):
        host.run(VADD, "vadd", 1024, 64, (a, b, c, np.int32(n)), outputs=[3])
    with pytest.raises(InvalidArgumentError, match="decides only"):
        HostSelector(selector, opencl=False).run(VADD, "vadd", 1024, 64, (a, b, c, np.int32(n)))
