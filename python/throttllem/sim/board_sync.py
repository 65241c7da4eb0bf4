"""EngineBoard: the engine's side of a throttllem.Scoreboard, kept in sync event by event."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from throttllem import Scoreboard
from throttllem.sim.entities import RequestTable


class EngineBoard:
    """Fills a real C++ Scoreboard exactly as a serving engine integration would.

    Arrivals are enqueued with their *predicted* output length, admitted when the engine
    admits them, stepped once per iteration and removed when they finish, so the governor
    sees the same board a production engine would hand it.
    """

    def __init__(self, table: RequestTable, predicted_output: np.ndarray, *, kv_block_tokens: int,
                 kv_capacity_blocks: int, max_batch_size: int, output_inflation: float) -> None:
        self.table = table
        self.predicted = np.asarray(predicted_output, dtype=np.int64)
        self.board = Scoreboard(kv_block_tokens=kv_block_tokens, kv_capacity_blocks=kv_capacity_blocks,
                                max_batch_size=max_batch_size, output_inflation=output_inflation)
        self._step = self.board.step

    def enqueue(self, row: int) -> None:
        t = self.table
        self.board.enqueue(id=row, arrival_s=float(t.arrival_s[row]), prompt_tokens=int(t.prompt_tokens[row]),
                           generated_tokens=int(t.generated[row]),
                           predicted_output_tokens=int(self.predicted[row]),
                           max_tokens=int(t.max_new_tokens[row]), deadline_s=float(t.deadline_s[row]))

    def admit(self, rows: list[int]) -> None:
        if rows:
            self.board.admit(rows)

    def step(self, iterations: int) -> None:
        step = self._step
        for _ in range(iterations):
            step()

    def set_generated(self, row: int, generated: int) -> None:
        self.board.set_generated(row, generated)

    def remove(self, rows: Iterable[int]) -> None:
        for row in rows:
            self.board.remove(int(row))
