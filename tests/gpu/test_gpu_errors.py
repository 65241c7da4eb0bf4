"""NVML errors carry their nvmlReturn_t as ``.code``, so callers need not parse the message.
Against the project's fake NVML (tests/fake_nvml), which injects each return code; the fake is
used because real clock changes are forbidden on the shared GPU machine.
"""

from __future__ import annotations

import pickle

import pytest

from throttllem.errors import (
    NvmlError,
    NvmlGpuLost,
    NvmlLibraryNotFound,
    NvmlNoPermission,
    NvmlNotSupported,
    ThrottllemError,
)
from throttllem.gpu import open_gpus

pytest_plugins = ["fake_nvml.fixtures"]

CODES = [
    (3, NvmlNotSupported),
    (13, NvmlNotSupported),
    (4, NvmlNoPermission),
    (15, NvmlGpuLost),
    (16, NvmlGpuLost),
    (9, NvmlLibraryNotFound),
    (12, NvmlLibraryNotFound),
    (2, NvmlError),
    (10, NvmlError),
    (999, NvmlError),
]


@pytest.mark.parametrize(("code", "exc"), CODES, ids=[f"{c}-{e.__name__}" for c, e in CODES])
def test_every_nvml_error_carries_its_code(fake_nvml, code, exc):
    (g,) = open_gpus()
    fake_nvml.configure(fail=f"nvmlDeviceGetPowerUsage={code}")
    with pytest.raises(NvmlError) as e:
        g.power_mw()
    assert type(e.value) is exc
    assert type(e.value.code) is int and e.value.code == code
    assert f", {code})" in str(e.value)  # the message is unchanged
    assert e.value.args == (str(e.value),)


@pytest.mark.parametrize("code", [4, 3, 15])
def test_a_refused_lock_carries_its_code(fake_nvml, code):
    (g,) = open_gpus()
    fake_nvml.configure(fail=f"nvmlDeviceSetGpuLockedClocks={code}")
    with pytest.raises(NvmlError) as e:
        g.set_locked_clocks(900, 900)
    assert e.value.code == code


@pytest.mark.parametrize("code", [9, 4, 999])
def test_init_failure_carries_its_code(fake_nvml, code):
    fake_nvml.configure(fail=f"nvmlInit_v2={code}")
    with pytest.raises(NvmlError) as e:
        open_gpus()
    assert e.value.code == code


def test_a_missing_library_has_code_0(no_nvml):
    with pytest.raises(NvmlLibraryNotFound) as e:
        open_gpus()
    assert e.value.code == 0


def test_the_read_only_guard_says_no_permission(fake_nvml, monkeypatch):
    monkeypatch.setenv("THROTTLLEM_READ_ONLY_GPU", "1")
    (g,) = open_gpus()
    with pytest.raises(NvmlNoPermission) as e:
        g.set_locked_clocks(900, 900)
    assert e.value.code == 4
    assert fake_nvml.calls("nvmlDeviceSetGpuLockedClocks") == []


def test_the_code_survives_pickling(fake_nvml):
    """multiprocessing and concurrent.futures pickle exceptions across processes."""
    (g,) = open_gpus()
    fake_nvml.configure(fail="nvmlDeviceGetPowerUsage=15")
    with pytest.raises(NvmlGpuLost) as e:
        g.power_mw()
    back = pickle.loads(pickle.dumps(e.value))
    assert type(back) is NvmlGpuLost and back.code == 15 and str(back) == str(e.value)
    assert isinstance(back, ThrottllemError)
