"""Bad clock values and failed power reads against the fake NVML (tests/fake_nvml): a clock that
would wrap in NVML's unsigned int is refused before any NVML call; a meter whose every power read
failed reports NaN joules with a reason, not 0 J."""

from __future__ import annotations

import math
import os
import time

import pytest

from throttllem.actuator import Actuator
from throttllem.errors import InvalidArgumentError
from throttllem.gpu import EnergyMeter, open_gpus

pytest_plugins = ["fake_nvml.fixtures"]

SET = "nvmlDeviceSetGpuLockedClocks"
POWER = "nvmlDeviceGetPowerUsage"


def own_calls(fake, fn):
    return [c for c in fake.calls(fn) if c.pid == os.getpid()]


@pytest.mark.parametrize("clock,words", [
    (2**32 + 345, "outside the supported range 345..1980 MHz"),  # would wrap to 345 MHz in NVML
    (99999, "outside the supported range 345..1980 MHz"),
    (300, "outside the supported range"),
    (1500.0, "clock_mhz must be an integer"),
    (True, "clock_mhz must be an integer"),
])
def test_actuator_refuses_clocks_before_any_nvml_call(fake_nvml, clock, words):
    with Actuator(watchdog=False) as act:
        with pytest.raises(InvalidArgumentError, match=words):
            act.post(clock)
        act.flush(5.0)
        assert own_calls(fake_nvml, SET) == []


@pytest.mark.parametrize("low,high", [(2**32 + 345, 2**32 + 345), (345, 2**31), (0, 900), (900, 345)])
def test_gpu_refuses_locked_clocks_that_would_wrap(fake_nvml, low, high):
    gpu = open_gpus([0])[0]
    with pytest.raises(InvalidArgumentError, match="locked clocks need 0 < min_mhz <= max_mhz <= 2147483647"):
        gpu.set_locked_clocks(low, high)
    assert own_calls(fake_nvml, SET) == []


def test_every_power_read_failing_gives_nan_joules_with_a_reason(fake_nvml):
    fake_nvml.configure(fail=f"{POWER}=999")  # NVML_ERROR_UNKNOWN on every read, from the start
    with EnergyMeter(sample_hz=200) as meter:
        meter.begin_window("w")
        time.sleep(0.1)
        w = meter.end_window("w")
        assert meter.errors > 0
    assert math.isnan(w.joules[0]) and math.isnan(w.total_joules)
    assert w.joules_notes[0].startswith("no power read succeeded")
    assert "\n" not in w.joules_notes[0]


def test_joules_are_numbers_and_notes_empty_when_reads_work(fake_nvml):
    with EnergyMeter(sample_hz=200) as meter:
        meter.begin_window("w")
        time.sleep(0.05)
        w = meter.end_window("w")
    assert w.joules[0] > 0 and w.joules_notes == ("",)
