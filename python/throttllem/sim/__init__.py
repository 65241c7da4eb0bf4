"""Serving simulator: trace replay with continuous batching on a modelled GPU, per clock policy.

Every figure it produces is *modelled*: iteration times and power come from a GPU model, not
from a GPU; by default the perfmodel calibrated on the project's measured H100 profile (measured
at max clock, modelled clock response; see ``EngineConfig.gpu_model``). The governor policy,
however, is the real compiled throttllem.Governor fed by a real throttllem.Scoreboard.

>>> from throttllem.traces import CONV_2023, generate
>>> from throttllem.sim import SloConfig, run
>>> result = run(generate(CONV_2023, 30.0, seed=0), "max_clock", slo=SloConfig(e2e_deadline_s=30.0))
>>> result.metrics.finished == result.metrics.requests
True
"""

from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.engine import Engine
from throttllem.sim.metrics import Metrics
from throttllem.sim.result import SimResult
from throttllem.sim.saturation import Saturation, saturating_rate
from throttllem.sim.runner import (
    Calibration,
    Simulation,
    SimulationConfig,
    calibrate,
    compare,
    run,
    saturating_rps,
    simulate,
)

__all__ = [
    "Calibration",
    "Engine",
    "EngineConfig",
    "Metrics",
    "SimResult",
    "Saturation",
    "Simulation",
    "SimulationConfig",
    "SloConfig",
    "calibrate",
    "compare",
    "run",
    "saturating_rate",
    "saturating_rps",
    "simulate",
]
