"""The asynchronous actuator against the project's fake NVML (tests/fake_nvml): coalescing,
no-op skipping, read-back mismatches, errors, monitor-only mode and restoring defaults.

The fake is used because real clock changes are forbidden on the shared GPU machine.
"""

from __future__ import annotations

import logging
import os
import signal
import time

import pytest

from throttllem.actuator import Actuator
from throttllem.errors import InvalidArgumentError, ThrottllemError

pytest_plugins = ["fake_nvml.fixtures"]

SET = "nvmlDeviceSetGpuLockedClocks"
RESET = "nvmlDeviceResetGpuLockedClocks"


def own_calls(fake, fn):
    return [c for c in fake.calls(fn) if c.pid == os.getpid()]


def monitor_warnings(caplog):
    return [r for r in caplog.records if r.name == "throttllem.actuator" and r.levelno == logging.WARNING]


def test_post_returns_at_once_while_nvml_is_slow(fake_nvml):
    fake_nvml.configure(latency_us=f"{SET}=200000")  # a 200 ms clock switch
    with Actuator(watchdog=False) as act:
        worst = 0.0
        for mhz in (900, 1200, 1500, 900):
            t0 = time.perf_counter()
            act.post(mhz)
            worst = max(worst, time.perf_counter() - t0)
        assert worst < 0.005  # measured; ~1 us when the machine is quiet
        assert act.flush(5.0)


def test_burst_of_targets_coalesces_to_the_latest(fake_nvml):
    fake_nvml.configure(gpus=2, latency_us=f"{SET}=50000")
    with Actuator(watchdog=False) as act:
        for i in range(1000):
            act.post(345 + 15 * (i % 109))
        act.post(1200)
        assert act.flush(5.0)
        stats = act.stats()
        sets = [c for c in own_calls(fake_nvml, SET) if c.gpu == 0]
        assert stats.posted == 1001
        assert stats.changes == 1001
        assert len(sets) <= 3  # the first target, perhaps one caught mid-burst, and the last
        assert sets[-1].args == {"min": "1200", "max": "1200"}
        assert stats.coalesced >= 1001 - 3
        assert stats.applied == len(sets)
        assert stats.applied_mhz == 1200
        assert fake_nvml.locked() == {0: (1200, 1200), 1: (1200, 1200)}


def test_changes_that_change_nothing_are_not_sent(fake_nvml):
    fake_nvml.configure(latency_us=f"{SET}=100000")
    with Actuator(watchdog=False) as act:
        act.post(900)
        time.sleep(0.03)  # the worker is inside the slow set of 900
        act.post(1500)
        act.post(900)  # back to what is being applied: nothing left to do
        for _ in range(100):
            act.post(900)  # repeats: no lock, no wake-up
        assert act.flush(5.0)
        stats = act.stats()
        assert len(own_calls(fake_nvml, SET)) == 1
        assert stats.skipped_noop == 1
        assert stats.changes == 3
        assert stats.posted == 103


def test_read_back_mismatch_is_reported(fake_nvml):
    fake_nvml.configure(mismatch=1, clock_event_reasons=0x4)  # accepts the lock, keeps 1980 MHz
    with Actuator(watchdog=False) as act:
        act.post(900)
        assert act.flush(5.0)
        (rec,) = act.take_records()
        assert rec.actuated and rec.mismatch
        assert rec.readback_mhz == [1980]
        assert rec.reasons == [0x4]
        assert act.stats().mismatches == 1


def test_mismatch_tolerance(fake_nvml):
    fake_nvml.configure(mismatch=1)
    with Actuator(watchdog=False, mismatch_tolerance_mhz=2000) as act:
        act.post(900)
        act.flush(5.0)
        assert act.stats().mismatches == 0


def post_and_take_records(act: Actuator, clock_mhz: int) -> list:
    """Posts ``clock_mhz``, waits (up to 5 s) for the worker, and takes the switch records."""
    act.post(clock_mhz)
    act.flush(5.0)
    return act.take_records()


def test_switch_latency_is_recorded(fake_nvml):
    fake_nvml.configure(latency_us=f"{SET}=30000")
    with Actuator(watchdog=False) as act:
        (rec,) = post_and_take_records(act, 900)
        assert rec.latency_s >= 0.03
        assert rec.queued_s >= 0.0
        assert rec.readback_mhz == [900] and not rec.mismatch
        assert act.stats().max_latency_s >= 0.03


def test_a_transient_error_is_recorded_and_retried(fake_nvml):
    fake_nvml.configure(fail=f"{SET}=999")
    with Actuator(watchdog=False) as act:
        (rec,) = post_and_take_records(act, 900)
        assert "NVML_ERROR_UNKNOWN" in rec.error and not rec.actuated
        assert act.actuating and act.stats().failures == 1
        fake_nvml.configure()
        act.post(900)  # the same target again: retried, not taken for a repeat
        act.flush(5.0)
        assert act.stats().applied == 1
        assert fake_nvml.locked() == {0: (900, 900)}


def test_no_nvml_means_monitor_only_with_one_warning(no_nvml, caplog):
    with Actuator() as act:
        for mhz in [900, 1200, 900, 1500] * 25:
            act.post(mhz)
            act.flush(1.0)
        stats = act.stats()
        records = act.take_records()
    assert not act.actuating
    assert "NVML is not available" in act.monitor_reason
    assert stats.posted == 100 and stats.monitored == 100 and stats.applied == 0
    assert records and not any(r.actuated for r in records)
    (warning,) = monitor_warnings(caplog)
    assert "NOT being set" in warning.getMessage()


def test_permission_denied_turns_monitor_only_and_unlocks_what_was_locked(fake_nvml, caplog):
    fake_nvml.configure(gpus=2, fail=f"{SET}@1=4")  # GPU 0 accepts, GPU 1 refuses
    with Actuator(watchdog=False) as act:
        assert act.actuating
        act.post(900)
        act.flush(5.0)
        for mhz in (1200, 1500, 900, 1200):
            act.post(mhz)
            act.flush(5.0)
        assert not act.actuating
        assert "NVML_ERROR_NO_PERMISSION" in act.monitor_reason
        assert fake_nvml.locked() == {}  # GPU 0 was locked, then restored
        assert [c.gpu for c in own_calls(fake_nvml, RESET)] == [0]
        assert len(own_calls(fake_nvml, SET)) == 2  # one try per GPU, then never again
        assert act.stats().monitored == 4
    assert len(monitor_warnings(caplog)) == 1


def test_close_restores_only_what_it_locked(fake_nvml):
    fake_nvml.configure(gpus=3)
    with Actuator([0, 2], watchdog=False) as act:
        act.post(705)
        act.flush(5.0)
        assert fake_nvml.locked() == {0: (705, 705), 2: (705, 705)}
    assert fake_nvml.locked() == {}
    assert sorted(c.gpu for c in own_calls(fake_nvml, RESET)) == [0, 2]


def test_an_actuator_that_never_set_a_clock_never_resets_one(fake_nvml):
    """On a shared GPU, merely opening an actuator must not touch anyone's clocks."""
    with Actuator(watchdog=False):
        pass
    assert own_calls(fake_nvml, RESET) == []
    assert own_calls(fake_nvml, SET) == []


def test_restore_defaults_then_post_locks_again(fake_nvml):
    with Actuator(watchdog=False) as act:
        act.post(900)
        act.flush(5.0)
        act.restore_defaults()
        assert fake_nvml.locked() == {}
        act.post(900)
        act.flush(5.0)
        assert fake_nvml.locked() == {0: (900, 900)}


def test_bad_targets_and_post_after_close(fake_nvml):
    act = Actuator(watchdog=False)
    with pytest.raises(InvalidArgumentError):
        act.post(0)
    act.close()
    act.close()  # idempotent
    with pytest.raises(ThrottllemError):
        act.post(900)


def test_losing_the_watchdog_stops_actuation(fake_nvml, caplog):
    """Without its fail-safe the actuator restores defaults and stays monitor-only."""
    with Actuator() as act:
        act.post(900)
        act.flush(5.0)
        assert fake_nvml.locked() == {0: (900, 900)}
        os.kill(act.watchdog_pid, signal.SIGKILL)
        time.sleep(0.2)
        act.post(1200)
        act.flush(5.0)
        assert not act.actuating
        assert "watchdog" in act.monitor_reason
        assert fake_nvml.locked() == {}
    assert len(monitor_warnings(caplog)) == 1


def watchdog_children() -> list[int]:
    """Live (not zombie) watchdog processes started by this process."""
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/status") as f:
                status = dict(line.split(":", 1) for line in f if ":" in line)
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read()
        except OSError:
            continue
        if int(status["PPid"]) == os.getpid() and b"throttllem.watchdog" in cmdline and "Z" not in status["State"]:
            out.append(int(pid))
    return out


def test_bad_configuration_leaves_no_watchdog_behind(fake_nvml):
    assert watchdog_children() == []
    with pytest.raises(TypeError):
        Actuator(max_records=-1)  # rejected by the binding after the watchdog started
    assert watchdog_children() == []
    assert own_calls(fake_nvml, SET) == []


def test_close_ends_the_watchdog(fake_nvml):
    act = Actuator()
    assert watchdog_children() == [act.watchdog_pid]
    act.close()
    assert watchdog_children() == []


def test_read_only_guard_keeps_clocks_untouched(fake_nvml, monkeypatch, caplog):
    """THROTTLLEM_READ_ONLY_GPU (set on shared machines) turns every actuator monitor-only."""
    monkeypatch.setenv("THROTTLLEM_READ_ONLY_GPU", "1")
    with Actuator(watchdog=False) as act:
        act.post(900)
        act.flush(5.0)
        assert not act.actuating
        assert "THROTTLLEM_READ_ONLY_GPU" in act.monitor_reason
        assert act.gpus[0].clock_control().permitted is False
    assert own_calls(fake_nvml, SET) == [] and own_calls(fake_nvml, RESET) == []
    assert len(monitor_warnings(caplog)) == 1
