"""RequestMirror: an engine's requests kept on a Scoreboard, event by event."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

from throttllem._core import Scoreboard
from throttllem.errors import InvalidArgumentError, RequestIdError


class RequestMirror:
    """Mirrors a serving engine's requests onto a :class:`throttllem.Scoreboard`.

    The engine reports what happened; the board then projects what comes next. Engine request
    ids may be any hashable (vLLM uses strings); the board's ids are integers handed out in
    arrival order (0, 1, 2, ...), so an engine whose ids are already arrival-ordered integers
    from 0 sees the same numbers on both sides.

    Life of a request::

        arrive -> (queued) -> admit -> (prefilling) -> prefill_done -> (decoding) -> finish
                                 ^                                          |
                                 +---------------- preempt <----------------+

    While a request's prompt is being prefilled (whole or in chunks) it holds its KV blocks but
    generates no token, so :meth:`step` leaves its count alone until :meth:`prefill_done`.
    A board made with ``prefill_chunk_tokens`` also projects the prefill itself (the governor's
    TTFT and mixed-iteration model): it advances the pending prompts by that budget each step,
    FCFS; an engine that knows the exact progress reports it with :meth:`prefill_progress`.
    """

    __slots__ = ("board", "_bid", "_rid", "_next", "_held", "_queued", "_fresh")

    def __init__(self, board: Scoreboard) -> None:
        self.board = board
        self._bid: dict[Hashable, int] = {}   # engine id -> board id
        self._rid: dict[int, Hashable] = {}   # board id -> engine id
        self._next = 0
        self._held: dict[int, int] = {}       # prefilling board id -> its generated tokens
        self._queued: dict[int, int] = {}     # queued board id -> its generated tokens
        self._fresh: list[int] = []           # board ids whose first token came, time not yet known

    # ---- ids ------------------------------------------------------------------------------
    def board_id(self, request_id: Hashable) -> int:
        """The board's id of an engine request (RequestIdError if it is not mirrored)."""
        try:
            return self._bid[request_id]
        except KeyError:
            raise RequestIdError(f"request {request_id!r} is not on the board") from None

    def request_ids(self, board_ids: Iterable[int]) -> list[Hashable]:
        """Engine ids of board ids (e.g. a Decision's ``admitted``), in the same order."""
        rid = self._rid
        return [rid[b] for b in board_ids]

    def __contains__(self, request_id: object) -> bool:
        return request_id in self._bid

    def __len__(self) -> int:
        return len(self._bid)

    @property
    def prefilling(self) -> int:
        """Admitted requests whose prompt is not fully prefilled yet."""
        return len(self._held)

    def project_prefill(self, chunk_tokens: int) -> None:
        """Make the board project prefill: ``chunk_tokens`` prompt tokens per iteration, FCFS
        (the engine's chunk budget; for whole-prompt engines, their per-iteration prompt-token
        limit). Only before any request arrives: the board is replaced by one with the same
        settings plus this budget."""
        if isinstance(chunk_tokens, bool) or not isinstance(chunk_tokens, int) or chunk_tokens < 1:
            raise InvalidArgumentError(f"chunk_tokens must be an integer >= 1, got {chunk_tokens!r}")
        if len(self.board):
            raise InvalidArgumentError("project_prefill: the board already holds requests")
        b = self.board
        self.board = Scoreboard(kv_capacity_blocks=b.kv_capacity_blocks, max_batch_size=b.max_batch_size,
                                kv_block_tokens=b.kv_block_tokens, output_inflation=b.output_inflation,
                                prefill_chunk_tokens=chunk_tokens)

    # ---- events ---------------------------------------------------------------------------
    def arrive(self, request_id: Hashable, *, arrival_s: float, prompt_tokens: int, max_tokens: int,
               predicted_output_tokens: int = 0, deadline_s: float = math.inf,
               generated_tokens: int = 0) -> int:
        """A request joined the engine's queue. ``predicted_output_tokens`` 0 = unknown (the board
        then plans for ``max_tokens``). Returns its board id."""
        if request_id in self._bid:
            raise RequestIdError(f"request {request_id!r} is already on the board")
        bid = self._next
        self.board.enqueue(id=bid, arrival_s=arrival_s, prompt_tokens=prompt_tokens, max_tokens=max_tokens,
                           generated_tokens=generated_tokens, predicted_output_tokens=predicted_output_tokens,
                           deadline_s=deadline_s)
        self._next = bid + 1
        self._queued[bid] = generated_tokens
        self._bid[request_id] = bid
        self._rid[bid] = request_id
        return bid

    def admit(self, request_ids: Iterable[Hashable]) -> None:
        """Queued requests entered the batch; their prompts are now being prefilled."""
        bids = [self.board_id(r) for r in request_ids]
        if not bids:
            return
        self.board.admit(bids)  # checks every id is queued, once
        for bid in bids:
            self._held[bid] = self._queued.pop(bid)

    def prefill_done(self, request_ids: Iterable[Hashable]) -> None:
        """These requests' prompts are fully in the KV cache: from the next :meth:`step` on they
        generate a token per iteration (call it before the step of the iteration that finished
        the prefill, which also produced their first token)."""
        held = self._held
        for r in request_ids:
            bid = self.board_id(r)
            if held.pop(bid, None) is None:
                raise InvalidArgumentError(f"request {r!r} is not prefilling")
            self.board.set_prefill_left(bid, 0)
            if self.board.request(bid)["generated_tokens"] == 0:
                self._fresh.append(bid)

    def first_tokens_at(self, now_s: float) -> None:
        """Stamps the requests whose prefill completed since the last call with ``now_s`` as their
        first-token time (the adapter calls it at each decision: the iteration that ran a prompt's
        last chunk ends just before the next decision). The governor then checks their mean TBT
        over the whole request, stalls already suffered included."""
        if self._fresh:
            rid, stamp = self._rid, self.board.set_first_token
            for bid in self._fresh:
                if bid in rid and bid not in self._held and bid not in self._queued:
                    stamp(bid, now_s)
            self._fresh.clear()

    def prefill_progress(self, request_id: Hashable, tokens_left: int) -> None:
        """A prefilling request has ``tokens_left`` prompt tokens still to compute (>= 1; use
        :meth:`prefill_done` when its prefill completes). Optional: a board with chunking
        otherwise assumes the chunk budget was spent FCFS."""
        bid = self.board_id(request_id)
        if bid not in self._held:
            raise InvalidArgumentError(f"request {request_id!r} is not prefilling")
        if isinstance(tokens_left, bool) or not isinstance(tokens_left, int) or tokens_left < 1:
            raise InvalidArgumentError(f"tokens_left must be an integer >= 1, got {tokens_left!r}")
        self.board.set_prefill_left(bid, tokens_left)

    def step(self, iterations: int = 1) -> None:
        """``iterations`` engine iterations ran: every decoding request generated one token each."""
        step = self.board.step
        for _ in range(iterations):
            step()
        if self._held:  # prefilling requests generated nothing
            set_generated = self.board.set_generated
            for bid, generated in self._held.items():
                set_generated(bid, generated)

    def set_generated(self, request_id: Hashable, generated_tokens: int) -> None:
        """For engines that report counts rather than steps: a running request's output so far."""
        bid = self.board_id(request_id)
        self.board.set_generated(bid, generated_tokens)
        if bid in self._held:
            self._held[bid] = generated_tokens

    def preempt(self, request_id: Hashable) -> None:
        """The engine evicted a running request and put it back at the head of its queue; its
        generated tokens are kept and recomputed as prompt when it is admitted again."""
        bid = self.board_id(request_id)
        generated = self.board.request(bid)["generated_tokens"]
        self.board.preempt(bid)
        self._held.pop(bid, None)
        self._queued[bid] = generated

    def finish(self, request_ids: Iterable[Hashable]) -> None:
        """Requests left the engine (finished, cancelled or aborted), running or queued."""
        for r in request_ids:
            bid = self._bid.pop(r, None)
            if bid is None:
                raise RequestIdError(f"request {r!r} is not on the board")
            del self._rid[bid]
            self._held.pop(bid, None)
            self._queued.pop(bid, None)
            self.board.remove(bid)
