"""``throttllem info`` against the project's fake NVML (tests/fake_nvml), and without NVML.

The fake is used because this dev machine has no GPU; the command only reads, and the test
checks that it never calls a setter.
"""

from __future__ import annotations

import json
import os

from throttllem import cli

pytest_plugins = ["fake_nvml.fixtures"]


def test_info_lists_gpus_without_changing_anything(fake_nvml, capsys):
    fake_nvml.configure(gpus=2)
    assert cli.main(["info"]) == 0
    out = capsys.readouterr().out
    assert "NVML: " + str(fake_nvml.lib) in out
    assert "driver 999.0-fake" in out
    assert "GPU 0: Fake NVIDIA H100 80GB HBM3" in out and "GPU 1: " in out
    assert "345..1980 MHz, 110 levels in 15 MHz steps (memory at 2619 MHz)" in out
    assert "2619, 1593 MHz" in out
    assert "power now:      258.0 W (measured); power limit 700.0 W" in out
    expected = "clock control:  permitted" if os.geteuid() == 0 else "clock control:  NOT permitted"
    assert out.count(expected) == 2
    names = {c.fn for c in fake_nvml.calls()}
    assert not {n for n in names if "Set" in n or "Reset" in n}


def test_info_json(fake_nvml, capsys):
    assert cli.main(["info", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (g,) = doc["gpus"]
    assert g["sm_clocks_mhz"][0] == 345 and g["sm_clocks_mhz"][-1] == 1980
    assert g["power_mw"] == 258_000
    assert isinstance(g["clock_control_permitted"], bool)


def test_info_reports_unsupported_fields(fake_nvml, capsys):
    fake_nvml.configure(fail="nvmlDeviceGetPowerManagementLimit=3,nvmlDeviceGetCurrentClocksEventReasons=3")
    assert cli.main(["info"]) == 0
    out = capsys.readouterr().out
    assert "power limit not reported" in out
    assert "clock event reasons: not reported" in out


def test_info_without_nvml_says_so(no_nvml, capsys):
    assert cli.main(["info"]) == 1
    err = capsys.readouterr().err
    assert "No NVML" in err and "monitor-only" in err
    assert str(no_nvml) in err
