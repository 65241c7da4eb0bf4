"""GovernedScheduler: vLLM's v1 scheduler with the governor in its step (imports vLLM)."""

from __future__ import annotations

import logging

from vllm.v1.core.sched.scheduler import Scheduler

from throttllem.integrations.vllm.config import VllmGovernorConfig, check_clocks, require_sync_scheduling
from throttllem.integrations.vllm.governance import StepGovernor

log = logging.getLogger("throttllem.integrations.vllm")


class GovernedScheduler(Scheduler):
    """vLLM's scheduler, governed: each ``schedule()`` first brings the governor's board up to
    date and asks it for a decision, then (clock+admit) hides the waiting requests it did not
    admit from vLLM's own scheduling pass, then records what vLLM scheduled and posts the clock
    to the asynchronous actuator (the step never waits on NVML).

    Select it with ``LLM(..., scheduler_cls=GovernedScheduler)`` or
    ``vllm serve ... --scheduler-cls throttllem.integrations.vllm.GovernedScheduler``; settings
    come from ``THROTTLLEM_*`` environment variables (:class:`VllmGovernorConfig`), or from a
    subclass that sets ``throttllem_config``. ``self.throttllem`` is its :class:`StepGovernor`
    (records, agreement counts, overhead).
    """

    throttllem_config: VllmGovernorConfig | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        require_sync_scheduling(self.scheduler_config)
        config = self.throttllem_config or VllmGovernorConfig.from_env()
        actuator = None
        if config.sets_clocks:
            from throttllem.actuator import Actuator  # loads NVML: only where clocks are set

            actuator = Actuator(list(config.gpus) if config.gpus is not None else None)
            check_clocks(config.clocks_mhz, actuator)
        pool = self.kv_cache_manager.block_pool
        self.throttllem = StepGovernor(
            config,
            kv_capacity_blocks=max(pool.num_gpu_blocks - 1, 1),  # less vLLM's null block
            kv_block_tokens=self.block_size,
            max_batch_size=self.max_num_running_reqs,
            actuator=actuator)
        log.info("throttllem governs this vLLM scheduler: mode %s, TBT target %.1f ms, %d KV blocks of %d tokens",
                 config.mode, config.tbt_ms, pool.num_gpu_blocks - 1, self.block_size)

    def add_request(self, request) -> None:
        known = request.request_id in self.requests
        super().add_request(request)
        if not known and request.request_id in self.requests:
            self.throttllem.guarded("arrived", request)

    def schedule(self, *args, **kwargs):
        gov = self.throttllem
        gov.guarded("before_schedule", self, self.finished_req_ids)
        try:
            output = super().schedule(*args, **kwargs)
        finally:
            gov.restore_waiting(self)  # held requests go back even if vLLM's pass raised
        gov.guarded("after_schedule", self, output)
        return output

    def shutdown(self) -> None:
        try:
            gov = self.throttllem
            if gov.config.record_path:
                gov.write_records(gov.config.record_path)
            if gov.actuator is not None:
                gov.actuator.close()  # restores default clocks
        finally:
            super().shutdown()
