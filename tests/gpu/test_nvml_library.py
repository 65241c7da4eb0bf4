"""NVML loading, reads and the error boundary, against the project's fake NVML (tests/fake_nvml).

The fake is used because real clock changes are forbidden on the shared GPU machine, and this
dev machine has no GPU at all.
"""

from __future__ import annotations

import ctypes.util
import math
import time

import pytest

from throttllem import _core
from throttllem.errors import (
    InvalidArgumentError,
    NvmlError,
    NvmlGpuLost,
    NvmlLibraryNotFound,
    NvmlNoPermission,
    NvmlNotSupported,
)
from throttllem.gpu import NvmlLibrary, describe_clock_event_reasons, nvml_candidate_paths, open_gpus

pytest_plugins = ["fake_nvml.fixtures"]


def test_missing_library_from_env_names_the_path(no_nvml):
    with pytest.raises(NvmlLibraryNotFound) as e:
        open_gpus()
    assert str(no_nvml) in str(e.value)
    assert "THROTTLLEM_NVML_LIBRARY" in str(e.value)
    assert nvml_candidate_paths() == [str(no_nvml)]


def test_missing_library_lists_every_path_tried(monkeypatch):
    monkeypatch.delenv("THROTTLLEM_NVML_LIBRARY", raising=False)
    try:
        NvmlLibrary.open()
    except NvmlLibraryNotFound as e:
        paths = nvml_candidate_paths()
        assert len(paths) >= 5
        assert all(p in str(e) for p in paths)
    else:
        pytest.skip("this machine has a real NVML: the not-found message cannot be produced here")


def test_a_library_without_nvml_symbols_is_refused(monkeypatch):
    libm = ctypes.util.find_library("m")
    assert libm
    monkeypatch.setenv("THROTTLLEM_NVML_LIBRARY", libm)
    with pytest.raises(NvmlError, match="lacks nvmlInit_v2"):
        open_gpus()


def test_reads(fake_nvml):
    fake_nvml.configure(gpus=2, clock_event_reasons="0x44")
    gpus = open_gpus()
    assert [g.index for g in gpus] == [0, 1]
    g = gpus[1]
    assert g.name() == "Fake NVIDIA H100 80GB HBM3"
    assert g.uuid().endswith("000000000001")
    assert g.supported_memory_clocks_mhz() == [2619, 1593]
    clocks = g.supported_graphics_clocks_mhz(2619)
    assert len(clocks) == 110 and clocks[0] == 1980 and clocks[-1] == 345  # descending, as NVML
    assert g.sm_clock_mhz() == 1980
    assert g.memory_clock_mhz() == 2619
    assert g.power_mw() == 60_000 + 100 * 1980  # the fake's modelled power law
    assert g.power_limit_mw() == 700_000
    assert describe_clock_event_reasons(g.clock_event_reasons()) == "sw_power_cap|hw_thermal_slowdown"
    e0 = g.energy_mj()
    time.sleep(0.25)
    assert g.energy_mj() > e0
    assert NvmlLibrary.open().driver_version == "999.0-fake"


def test_clock_list_larger_than_the_first_buffer(fake_nvml):
    fake_nvml.configure(graphics_clocks="100:3000:5")  # 581 levels: NVML answers INSUFFICIENT_SIZE first
    assert len(open_gpus()[0].supported_graphics_clocks_mhz(2619)) == 581


def test_set_and_reset_locked_clocks(fake_nvml):
    (g,) = open_gpus()
    g.set_locked_clocks(900, 900)
    assert g.sm_clock_mhz() == 900
    assert fake_nvml.locked() == {0: (900, 900)}
    g.reset_locked_clocks()
    assert g.sm_clock_mhz() == 1980
    assert fake_nvml.locked() == {}
    with pytest.raises(InvalidArgumentError):
        g.set_locked_clocks(1200, 900)
    with pytest.raises(InvalidArgumentError):
        g.set_locked_clocks(0, 900)


def test_open_a_subset_and_a_bad_index(fake_nvml):
    fake_nvml.configure(gpus=3)
    assert [g.index for g in open_gpus([2, 0])] == [2, 0]
    with pytest.raises(NvmlError, match="GPU 7"):
        open_gpus([7])


def test_describe_reasons_names_unknown_bits():
    assert describe_clock_event_reasons(0) == "none"
    assert describe_clock_event_reasons(0x1 | 0x10000) == "gpu_idle|0x10000"


# Each nvmlReturn_t a caller can act on maps to its own exception class; the rest to NvmlError.
CODES = [
    (3, NvmlNotSupported, "NVML_ERROR_NOT_SUPPORTED"),
    (13, NvmlNotSupported, "NVML_ERROR_FUNCTION_NOT_FOUND"),
    (4, NvmlNoPermission, "NVML_ERROR_NO_PERMISSION"),
    (15, NvmlGpuLost, "NVML_ERROR_GPU_IS_LOST"),
    (16, NvmlGpuLost, "NVML_ERROR_RESET_REQUIRED"),
    (9, NvmlLibraryNotFound, "NVML_ERROR_DRIVER_NOT_LOADED"),
    (12, NvmlLibraryNotFound, "NVML_ERROR_LIBRARY_NOT_FOUND"),
    (2, NvmlError, "NVML_ERROR_INVALID_ARGUMENT"),
    (10, NvmlError, "NVML_ERROR_TIMEOUT"),
    (999, NvmlError, "NVML_ERROR_UNKNOWN"),
]


@pytest.mark.parametrize(("code", "exc", "symbol"), CODES)
def test_each_return_code_maps_to_its_exception(fake_nvml, code, exc, symbol):
    (g,) = open_gpus()
    fake_nvml.configure(fail=f"nvmlDeviceGetPowerUsage={code}")
    with pytest.raises(NvmlError) as e:
        g.power_mw()
    assert type(e.value) is exc
    assert "nvmlDeviceGetPowerUsage on GPU 0" in str(e.value)
    assert symbol in str(e.value)


@pytest.mark.parametrize(("code", "exc"), [(9, NvmlLibraryNotFound), (4, NvmlNoPermission), (999, NvmlError)])
def test_init_failure_is_typed(fake_nvml, code, exc):
    fake_nvml.configure(fail=f"nvmlInit_v2={code}")
    with pytest.raises(NvmlError) as e:
        open_gpus()
    assert type(e.value) is exc
    assert "nvmlInit_v2 failed" in str(e.value)


CALLS = [
    ("nvmlDeviceGetName", lambda g: g.name()),
    ("nvmlDeviceGetUUID", lambda g: g.uuid()),
    ("nvmlDeviceGetSupportedMemoryClocks", lambda g: g.supported_memory_clocks_mhz()),
    ("nvmlDeviceGetSupportedGraphicsClocks", lambda g: g.supported_graphics_clocks_mhz(2619)),
    ("nvmlDeviceSetGpuLockedClocks", lambda g: g.set_locked_clocks(900, 900)),
    ("nvmlDeviceResetGpuLockedClocks", lambda g: g.reset_locked_clocks()),
    ("nvmlDeviceGetClockInfo", lambda g: g.sm_clock_mhz()),
    ("nvmlDeviceGetPowerUsage", lambda g: g.power_mw()),
    ("nvmlDeviceGetTotalEnergyConsumption", lambda g: g.energy_mj()),
    ("nvmlDeviceGetCurrentClocksEventReasons", lambda g: g.clock_event_reasons()),
    ("nvmlDeviceGetPowerManagementLimit", lambda g: g.power_limit_mw()),
]


@pytest.mark.parametrize(("fn", "call"), CALLS, ids=[c[0] for c in CALLS])
def test_every_call_goes_through_the_boundary(fake_nvml, fn, call):
    fake_nvml.configure(gpus=2, fail=f"{fn}@1=15")  # only GPU 1 is lost
    g0, g1 = open_gpus()
    call(g0)
    with pytest.raises(NvmlGpuLost, match=f"{fn}.* on GPU 1|{fn} on GPU 1"):
        call(g1)


def test_calls_are_logged_with_arguments(fake_nvml):
    (g,) = open_gpus()
    g.set_locked_clocks(1200, 1500)
    (call,) = fake_nvml.calls("nvmlDeviceSetGpuLockedClocks")
    assert call.args == {"min": "1200", "max": "1500"}
    assert call.gpu == 0 and call.ret == 0


def test_energy_counter_moves_only_every_refresh_period(fake_nvml):
    """Like an H100, the fake's counter refreshes every 100 ms (measured on the reference H100)."""
    (g,) = open_gpus()
    values = []
    t_end = time.monotonic() + 0.35
    while time.monotonic() < t_end:
        values.append(g.energy_mj())
        time.sleep(0.005)
    distinct = len(set(values))
    assert 2 <= distinct <= 5
    assert not math.isnan(float(values[-1]))


def test_the_core_exposes_no_nvml_symbol_at_link_time():
    """The extension must import without a driver: NVML is dlopen()ed, never linked."""
    import subprocess

    out = subprocess.run(["ldd", _core.__file__], capture_output=True, text=True, check=True).stdout
    assert "nvidia-ml" not in out
