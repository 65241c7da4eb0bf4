"""FcfsScheduler: which queued requests join the batch, and how prompts are prefilled."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from throttllem.sim.config import EngineConfig
from throttllem.sim.entities import PagedKvCache, RequestTable


class FcfsScheduler:
    """First-come first-served admission under the batch and KV limits.

    Admission stops at the first request that does not fit (no overtaking), as in vLLM and
    TensorRT-LLM. A request needs free blocks for prompt + max_tokens ("reserve" KV policy).
    """

    def __init__(self, config: EngineConfig, kv: PagedKvCache, table: RequestTable) -> None:
        self.config = config
        self.kv = kv
        self.table = table

    def blocks_at_admission(self, row: int) -> int:
        return self.kv.blocks_for(self.table.prompt_tokens[row] + self.table.max_new_tokens[row])

    def admit(self, queue: deque, in_batch: int, allowed: Sequence[int] | None) -> list[int]:
        """Pops and returns the admitted rows (FCFS prefix), allocating their KV blocks.

        ``allowed`` (from the policy) limits admission to those rows, in order; the engine
        still stops at the first that does not fit.
        """
        admitted: list[int] = []
        room = self.config.max_batch_size - in_batch
        if allowed is not None:
            allowed = list(allowed)
        while queue and room > 0:
            row = queue[0]
            if allowed is not None and (len(admitted) >= len(allowed) or allowed[len(admitted)] != row):
                break
            blocks = self.blocks_at_admission(row)
            if not self.kv.can_allocate(blocks):
                break
            self.kv.allocate(blocks)
            queue.popleft()
            admitted.append(row)
            room -= 1
        return admitted

    def plan_prefill(self, prefilling: list, decode_tokens: int = 0) -> list[tuple[int, int]]:
        """(position in ``prefilling``, tokens) to prefill in the next iteration.

        Whole prompts FCFS up to ``max_prefill_tokens`` (always at least one); with chunking,
        the token budget ``prefill_chunk_tokens`` less the ``decode_tokens`` of the iteration
        (vLLM v1 schedules the decodes first), at least one token, split across prompts FCFS.
        """
        plan: list[tuple[int, int]] = []
        chunk = self.config.prefill_chunk_tokens
        budget = max(chunk - int(decode_tokens), 1) if chunk is not None else self.config.max_prefill_tokens
        for position, (row, done) in enumerate(prefilling):
            left = self.prompt_to_prefill(row) - done
            if chunk is not None:
                take = min(left, budget)
            elif left <= budget or not plan:
                take = left
            else:
                break
            plan.append((position, take))
            budget -= take
            if budget <= 0:
                break
        return plan

    def prompt_to_prefill(self, row: int) -> int:
        return int(self.table.prompt_tokens[row])
