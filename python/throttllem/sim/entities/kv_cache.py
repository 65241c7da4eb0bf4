"""PagedKvCache: block accounting of a paged KV cache (vLLM's PagedAttention layout)."""

from __future__ import annotations

import numpy as np

from throttllem.errors import InvalidArgumentError


class PagedKvCache:
    """KV memory as fixed-size blocks; a request holds ceil(tokens / block_tokens) blocks.

    Only counts are modelled (which physical block holds what does not change timing).
    ``allocated_blocks`` is what the engine has handed out (reservations for prompt +
    max_tokens); it never exceeds the capacity. ``peak_used_blocks`` tracks the blocks that
    actually hold tokens.
    """

    def __init__(self, capacity_blocks: int, block_tokens: int = 16) -> None:
        if capacity_blocks < 1 or block_tokens < 1:
            raise InvalidArgumentError("KV capacity and block size must be >= 1")
        self.capacity_blocks = int(capacity_blocks)
        self.block_tokens = int(block_tokens)
        self.allocated_blocks = 0
        self.peak_allocated_blocks = 0
        #: Peak of blocks actually holding tokens (<= allocated in reserve mode).
        self.peak_used_blocks = 0

    @property
    def capacity_tokens(self) -> int:
        return self.capacity_blocks * self.block_tokens

    @property
    def free_blocks(self) -> int:
        return self.capacity_blocks - self.allocated_blocks

    def blocks_for(self, tokens: int) -> int:
        return -(-int(tokens) // self.block_tokens)

    def blocks_for_many(self, tokens: np.ndarray) -> int:
        """Blocks held by requests of ``tokens`` tokens each."""
        return int(((np.asarray(tokens) + (self.block_tokens - 1)) // self.block_tokens).sum())

    def can_allocate(self, blocks: int) -> bool:
        return blocks <= self.capacity_blocks - self.allocated_blocks

    def allocate(self, blocks: int) -> None:
        if blocks > self.capacity_blocks - self.allocated_blocks:
            raise InvalidArgumentError(f"KV overflow: {blocks} blocks asked, {self.free_blocks} free")
        self.allocated_blocks += int(blocks)
        if self.allocated_blocks > self.peak_allocated_blocks:
            self.peak_allocated_blocks = self.allocated_blocks

    def release(self, blocks: int) -> None:
        if blocks > self.allocated_blocks:
            raise InvalidArgumentError("releasing more KV blocks than allocated")
        self.allocated_blocks -= int(blocks)

    def observe_used(self, used_blocks: int) -> None:
        if used_blocks > self.peak_used_blocks:
            self.peak_used_blocks = int(used_blocks)
