"""Entities of the simulated engine: requests, the decode batch, the paged KV cache."""

from throttllem.sim.entities.kv_cache import PagedKvCache
from throttllem.sim.entities.request_table import RequestTable
from throttllem.sim.entities.running_batch import RunningBatch

__all__ = ["PagedKvCache", "RequestTable", "RunningBatch"]
