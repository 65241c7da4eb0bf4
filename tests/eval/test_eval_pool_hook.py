"""The autoscaler's rows come through the registry when the simulator's instance pool is present
(skipped on a build without ``throttllem.sim.autoscale``; after the merge it runs)."""

from __future__ import annotations

import pytest

from throttllem.sim import EngineConfig, SloConfig
from throttllem.sim.evaluation import ENTRIES, Targets, entries
from throttllem.sim.evaluation import pool_entries
from throttllem.traces import CONV_2023, generate


def test_without_the_pool_its_rows_are_absent_and_reported_missing():
    if pool_entries.AVAILABLE:
        pytest.skip("the pool is present")
    assert not {"max_clock_peak", "autoscaler", "governor_autoscaler"} & set(ENTRIES)


def test_pool_rows_registered_and_run():
    pytest.importorskip("throttllem.sim.autoscale")
    names = [e.name for e in entries()]
    assert names[0] == "max_clock_peak" and names.index("governor_autoscaler") < names.index("oracle")
    trace = generate(CONV_2023, 40.0, seed=0).scaled_to_rps(20.0)
    targets = Targets(SloConfig(200.0, 20.0), 2.0)
    peak = ENTRIES["max_clock_peak"].run(trace, EngineConfig(), targets, "online")
    pool = ENTRIES["governor_autoscaler"].run(trace, EngineConfig(), targets, "online")
    assert peak.finished == pool.finished == len(trace)
    assert pool.energy_j < peak.energy_j * 1.5 and pool.gpu_hours > 0 and len(pool.size_steps[0]) >= 2
    assert ENTRIES["governor_autoscaler"].baseline == "max_clock_peak"
