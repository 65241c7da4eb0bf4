"""Clock sweeps against the fake NVML: locks in order, restores on every way out, refuses cleanly.
Never against a real GPU (a sweep locks the clocks of every user of the card)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from types import SimpleNamespace

import pytest

from throttllem.profiler.sweep import ClockControlRefused, ClockSweep, ClockSweepError

pytest_plugins = ["fake_nvml.fixtures"]


def _lock_calls(fake):
    return [(int(c.args["min"]), int(c.args["max"])) for c in fake.calls("nvmlDeviceSetGpuLockedClocks")]


def test_sweep_locks_each_clock_then_restores(fake_nvml):
    seen = []
    with ClockSweep(0, watchdog=False) as sweep:
        for mhz in (900, 1200, 1980):
            locked = sweep.lock(mhz)
            seen.append(fake_nvml.locked())
            assert locked.readback_mhz == (mhz,) and not locked.mismatch
    assert seen == [{0: (900, 900)}, {0: (1200, 1200)}, {0: (1980, 1980)}]
    assert _lock_calls(fake_nvml) == [(900, 900), (1200, 1200), (1980, 1980)]
    assert fake_nvml.locked() == {}
    assert len(fake_nvml.calls("nvmlDeviceResetGpuLockedClocks")) >= 1


@pytest.mark.parametrize("error", [RuntimeError("profiling failed"), KeyboardInterrupt()])
def test_sweep_restores_on_error_and_ctrl_c(fake_nvml, error):
    with pytest.raises(type(error)):
        with ClockSweep(0, watchdog=False) as sweep:
            sweep.lock(1200)
            assert fake_nvml.locked() == {0: (1200, 1200)}
            raise error
    assert fake_nvml.locked() == {}


def test_sweep_refuses_without_permission_from_nvml(fake_nvml):
    fake_nvml.configure(fail="nvmlDeviceSetGpuLockedClocks=4")  # NVML_ERROR_NO_PERMISSION
    with pytest.raises(ClockControlRefused, match="not permitted.*NO_PERMISSION"):
        with ClockSweep(0, watchdog=False) as sweep:
            sweep.lock(900)
    assert fake_nvml.locked() == {}


def test_sweep_refuses_before_any_change_when_not_root(fake_nvml, monkeypatch):
    from throttllem import gpu as gpu_module

    real_open = gpu_module.open_gpus

    class NotRoot:
        def __init__(self, gpu):
            self._gpu = gpu
            self.index = gpu.index

        def clock_control(self):
            return SimpleNamespace(permitted=False, reason="NVML needs root to lock clocks (running as uid 1000)")

    monkeypatch.setattr(gpu_module, "open_gpus", lambda indices=None: [NotRoot(g) for g in real_open(indices)])
    with pytest.raises(ClockControlRefused, match=r"needs root.*profile at the GPU's own clock"):
        with ClockSweep(0, watchdog=False):
            pytest.fail("the sweep must not start")
    assert fake_nvml.calls("nvmlDeviceSetGpuLockedClocks") == []


def test_sweep_without_nvml_refuses(no_nvml):
    with pytest.raises(ClockControlRefused, match="cannot sweep clocks of GPU 0"):
        with ClockSweep(0, watchdog=False):
            pytest.fail("the sweep must not start")


def test_lock_outside_the_with_block():
    with pytest.raises(ClockSweepError, match="outside its with-block"):
        ClockSweep(0).lock(900)


def test_sigint_in_a_real_process_restores_the_clock(fake_nvml):
    """Ctrl-C delivered as a signal to a sweeping process (the watchdog layer on, as in use)."""
    script = textwrap.dedent("""
        import sys, time
        from throttllem.profiler.sweep import ClockSweep
        with ClockSweep(0) as sweep:
            sweep.lock(1110)
            print("locked", flush=True)
            time.sleep(60)
    """)
    env = dict(os.environ, **fake_nvml.env())
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        assert proc.stdout.readline().strip() == b"locked"
        assert fake_nvml.locked() == {0: (1110, 1110)}
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode != 0  # KeyboardInterrupt
    deadline = time.monotonic() + 10
    while fake_nvml.locked() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fake_nvml.locked() == {}


def test_run_profile_sweeps_every_clock_and_restores(fake_nvml, tmp_path, monkeypatch):
    """The profiler's sweep path end to end: CPU timing, the fake GPU for clocks and sampling."""
    pytest.importorskip("torch")
    from throttllem.gpu import open_gpus
    from throttllem.perfmodel import ModelShape
    from throttllem.profiledata import ProfileGrid, read_profile
    from throttllem.profiler import runner
    from throttllem.profiler.backend import CpuBackend

    section = {"name": "fake GPU", "driver_version": None, "sm_clocks_supported_mhz": list(range(345, 1981, 15)),
               "nvml": "ok"}
    monkeypatch.setattr(CpuBackend, "gpu", lambda self: (open_gpus([0])[0], section))
    shape = ModelShape(name="tiny", num_layers=1, hidden_size=64, num_heads=4, num_kv_heads=2,
                       intermediate_size=96, vocab_size=100, max_context_tokens=128)
    grid = ProfileGrid((1, 2), (8,), ())
    config = runner.ProfileConfig(preset="tiny", out=tmp_path / "sweep", grid=grid, shape=shape, backend="cpu",
                                  clocks="900:1200:300", warmup_s=0.0, measure_s=0.06, power_settle_s=0.0,
                                  sample_period_s=0.002,
                                  progress=False)
    locked_during = []
    real = runner._measure

    def spy(*args, **kw):
        locked_during.append(fake_nvml.locked())
        return real(*args, **kw)

    monkeypatch.setattr(runner, "_measure", spy)
    result = runner.run_profile(config)
    profile = read_profile(result.csv_path)
    assert sorted((r.clock_requested_mhz, r.batch_size) for r in profile.rows) == [
        (900, 1), (900, 2), (1200, 1), (1200, 2)]
    assert locked_during == [{0: (900, 900)}] * 2 + [{0: (1200, 1200)}] * 2
    assert fake_nvml.locked() == {}
    assert profile.metadata["clocks_requested_mhz"] == [900, 1200]
    assert all(r.sm_clock_mhz_mean is not None for r in profile.rows)  # sampled through the fake

    # A failure during the second clock still restores the default clocks.
    def fail_at_1200(backend, model, point, *args, **kw):
        if point.clock_requested_mhz == 1200:
            raise RuntimeError("boom")
        return real(backend, model, point, *args, **kw)

    monkeypatch.setattr(runner, "_measure", fail_at_1200)
    config.out = tmp_path / "sweep2"
    with pytest.raises(RuntimeError, match="boom"):
        runner.run_profile(config)
    assert fake_nvml.locked() == {}
    assert read_profile(tmp_path / "sweep2").metadata["complete"] is False
