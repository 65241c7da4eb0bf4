"""EnergyMeter never reports 0 J for energy it did not measure (issue 15): each way of having no
valid power sample gives NaN joules and a one-line reason, against the fake NVML."""

from __future__ import annotations

import math
import time

from throttllem.gpu import EnergyMeter

pytest_plugins = ["fake_nvml.fixtures"]

POWER = "nvmlDeviceGetPowerUsage"


def test_power_not_supported_gives_nan_and_says_so(fake_nvml):
    fake_nvml.configure(fail=f"{POWER}=3")  # NVML_ERROR_NOT_SUPPORTED
    with EnergyMeter(sample_hz=200) as meter:
        meter.begin_window("w")
        time.sleep(0.05)
        w = meter.end_window("w")
    assert math.isnan(w.joules[0]) and math.isnan(w.total_joules)
    assert w.joules_notes == ("power reads are not supported on this GPU",)


def test_no_sample_before_the_window_began_gives_nan(fake_nvml):
    fake_nvml.configure(fail=f"{POWER}=999")
    with EnergyMeter(sample_hz=200) as meter:
        meter.begin_window("w")
        time.sleep(0.05)
        fake_nvml.configure()  # reads work again: samples arrive inside the window only
        deadline = time.monotonic() + 5
        while math.isnan(meter.power_w()[0]) and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05)
        w = meter.end_window("w")
    assert math.isnan(w.joules[0])
    assert w.joules_notes == ("no power read succeeded before the window began",)


def test_a_window_ended_at_once_is_a_number_once_a_sample_exists(fake_nvml):
    with EnergyMeter(sample_hz=200) as meter:
        deadline = time.monotonic() + 5
        while math.isnan(meter.power_w()[0]) and time.monotonic() < deadline:
            time.sleep(0.01)
        meter.begin_window("w")
        w = meter.end_window("w")
    assert w.joules[0] >= 0 and not math.isnan(w.joules[0]) and w.joules_notes == ("",)
