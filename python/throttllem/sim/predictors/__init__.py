"""Predictors of the simulated world: the GPU's time and power, and output lengths."""

from throttllem.sim.predictors import output_length
from throttllem.sim.predictors.gpu import GpuPredictor

__all__ = ["GpuPredictor", "output_length"]
