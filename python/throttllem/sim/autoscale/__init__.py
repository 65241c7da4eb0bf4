"""The instance autoscaler in the simulator: a GPU pool of engine instances (all figures modelled).

``run_pool(trace, "governor", engine, slo, AutoscaleConfig())`` replays a trace on a pool of
``pool_gpus`` GPUs whose configuration (TP degree x replicas) the C++ ``Autoscaler`` picks every
``interval_s``; ``AutoscaleConfig(fixed=(1, 8))`` runs one configuration throughout (a baseline).
See docs/AUTOSCALER.md.
"""

from throttllem.sim.autoscale.capacity import TP_DEGREES, TokenMix, capacity_table, instance_capacity
from throttllem.sim.autoscale.cluster import (DEFAULT_GRACE_S, DEFAULT_STARTUP_S, AutoscaleConfig, ClusterResult,
                                              make_autoscaler, run_pool, token_mix)

__all__ = ["AutoscaleConfig", "ClusterResult", "DEFAULT_GRACE_S", "DEFAULT_STARTUP_S", "TP_DEGREES", "TokenMix",
           "capacity_table", "instance_capacity", "make_autoscaler", "run_pool", "token_mix"]
