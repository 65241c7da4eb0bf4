"""Fuzz of the Python Scoreboard: random add/enqueue/admit/step/set_generated/preempt/remove
sequences, with well-formed and odd arguments (fractions, NaN, ints beyond 64 bits, negative ids),
against a plain-Python model of the board and of its projection. Every bad argument must raise a
typed ThrottllemError with a one-line message and leave the board as it was."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

import throttllem
from conftest import ceil_div
from fuzzing import fuzz_settings, outcome

# Numbers of every odd kind a caller may pass where a count or a time is wanted.
odd_number = st.one_of(
    st.integers(-3, 400), st.integers(-2**70, 2**70), st.just(2**63), st.just(2**64),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(0, 400).map(lambda x: x + 0.5),
    st.booleans())
token_count = st.one_of(st.integers(1, 300), odd_number)
request_id = st.one_of(st.integers(0, 12), st.integers(-5, -1), st.just(2**64), st.just(2**64 - 1),
                       st.floats(0, 12), st.booleans())
time_s = st.one_of(st.floats(0, 60), st.floats(allow_nan=True, allow_infinity=True))


def _whole(x, low):
    """The int the binding reads ``x`` as, or None when it must refuse it."""
    if isinstance(x, bool) or isinstance(x, int):
        return int(x) if int(x) >= low and abs(int(x)) <= 9 * 10**15 else None
    if isinstance(x, float) and math.isfinite(x) and x == math.floor(x) and abs(x) <= 9e15:
        return int(x) if x >= low else None
    return None


def _id(x):
    """A request id as the binding reads it (any int, bools included, in 0..2^64-1), else None."""
    return int(x) if isinstance(x, int) and 0 <= x < 2**64 else None


def _int64(x):
    """An integer argument as the binding reads it (int or bool, within int64), else None."""
    return int(x) if isinstance(x, int) and -2**63 <= x < 2**63 else None


class ScoreboardMachine(RuleBasedStateMachine):
    """The board and a dict model: id -> request dict, running ids, queue (FCFS)."""

    @initialize(block=st.sampled_from([1, 7, 16]), capacity=st.sampled_from([50, 10**4, 10**6]),
                inflation=st.sampled_from([1.0, 1.3, 0.8]))
    def start(self, block, capacity, inflation):
        self.board = throttllem.Scoreboard(kv_capacity_blocks=capacity, kv_block_tokens=block,
                                           output_inflation=inflation)
        self.block, self.capacity, self.inflation = block, capacity, inflation
        self.req: dict[int, dict] = {}
        self.running: list[int] = []
        self.queue: list[int] = []

    def _model_accepts(self, rid, arrival, prompt, max_tokens, generated, predicted, deadline):
        ident = _id(rid)
        counts = [_whole(prompt, 1), _whole(max_tokens, 1), _whole(generated, 0), _whole(predicted, 0)]
        if ident is None or None in counts or not math.isfinite(arrival) or math.isnan(deadline):
            return None
        p, m, g, pred = counts
        if g > m or p + m > min(2**40, self.capacity * self.block) or ident in self.req:
            return None
        return dict(id=ident, prompt_tokens=p, max_tokens=m, generated_tokens=g, predicted_output_tokens=pred,
                    deadline_s=deadline, arrival_s=arrival)

    @rule(queued=st.booleans(), rid=request_id, arrival=time_s, prompt=token_count, max_tokens=token_count,
          generated=st.one_of(st.just(0), token_count), predicted=st.one_of(st.just(0), token_count),
          deadline=time_s)
    def add(self, queued, rid, arrival, prompt, max_tokens, generated, predicted, deadline):
        add = self.board.enqueue if queued else self.board.add_running
        kind, _ = outcome(add, id=rid, arrival_s=arrival, prompt_tokens=prompt, max_tokens=max_tokens,
                          generated_tokens=generated, predicted_output_tokens=predicted, deadline_s=deadline)
        expected = self._model_accepts(rid, arrival, prompt, max_tokens, generated, predicted, deadline)
        assert (kind == "ok") == (expected is not None), (kind, expected)
        if expected:
            self.req[expected["id"]] = expected
            (self.queue if queued else self.running).append(expected["id"])

    @rule(data=st.data())
    def admit(self, data):
        ids = data.draw(st.lists(st.one_of(st.sampled_from(self.queue) if self.queue else st.nothing(), request_id),
                                 max_size=4))
        kind, _ = outcome(self.board.admit, ids)
        ids = [_id(i) for i in ids]
        valid = all(i in self.queue for i in ids) and len(set(ids)) == len(ids)
        assert (kind == "ok") == valid
        if valid:
            for i in ids:
                self.queue.remove(i)
                self.running.append(i)

    @rule()
    def step(self):
        self.board.step()
        for i in self.running:
            r = self.req[i]
            r["generated_tokens"] = min(r["generated_tokens"] + 1, r["max_tokens"])

    @rule(data=st.data(), generated=token_count)
    def set_generated(self, data, generated):
        rid = data.draw(st.one_of(st.sampled_from(self.running) if self.running else st.nothing(), request_id))
        kind, _ = outcome(self.board.set_generated, rid, generated)
        g = _whole(generated, 0) if not isinstance(generated, float) else None  # ints only here
        rid = _id(rid)
        valid = rid in self.running and g is not None and g <= self.req[rid]["max_tokens"]
        assert (kind == "ok") == valid, (rid, generated, kind)
        if valid:
            self.req[rid]["generated_tokens"] = g

    @rule(data=st.data(), preempt=st.booleans())
    def remove_or_preempt(self, data, preempt):
        rid = data.draw(st.one_of(st.sampled_from(self.running + self.queue) if self.req else st.nothing(), request_id))
        if preempt:
            kind, _ = outcome(self.board.preempt, rid)
            rid = _id(rid)
            valid = rid in self.running
            if valid:
                self.running.remove(rid)
                self.queue.insert(0, rid)
        else:
            kind, _ = outcome(self.board.remove, rid)
            rid = _id(rid)
            valid = rid in self.req
            if valid:
                (self.running if rid in self.running else self.queue).remove(rid)
                del self.req[rid]
        assert (kind == "ok") == valid

    @rule(now=time_s)
    @precondition(lambda self: len(self.running) <= 12)
    def projection(self, now):
        kind, p = outcome(self.board.project, now)
        assert (kind == "ok") == (not math.isnan(now))
        if kind != "ok":
            return
        rems = [self.board.remaining_iterations(i) for i in self.running]
        horizon = max(rems, default=0)
        assert p.horizon_iters == horizon
        late = sum(1 for i, rem in zip(self.running, rems) if rem > 0 and self.req[i]["deadline_s"] < now)
        assert p.late_requests == late
        # Per-iteration recount at the segment ends (KV blocks are their maxima).
        starts = list(p.start_iter)
        for s, k0 in enumerate(starts):
            k = k0 + int(p.iterations[s]) - 1
            active = [i for i, rem in zip(self.running, rems) if rem > k]
            ctx = [self.req[i]["prompt_tokens"] + self.req[i]["generated_tokens"] + k + 1 for i in active]
            assert int(p.batch[s]) == len(active)
            assert int(p.kv_blocks_last[s]) == sum(ceil_div(c, self.block) for c in ctx)

    @invariant()
    def matches_model(self):
        if not hasattr(self, "board"):
            return
        assert self.board.running_count == len(self.running)
        assert [r["id"] for r in self.board.queued()] == self.queue
        for i in self.running + self.queue:
            got = self.board.request(i)
            want = self.req[i]
            assert got["generated_tokens"] == want["generated_tokens"]
            assert got["prompt_tokens"] == want["prompt_tokens"] and got["max_tokens"] == want["max_tokens"]


ScoreboardMachine.TestCase.settings = fuzz_settings(60, stateful_step_count=40)
test_scoreboard_call_sequences = ScoreboardMachine.TestCase



@fuzz_settings(300)
@given(capacity=odd_number, batch=odd_number, block=odd_number, inflation=odd_number)
def test_scoreboard_config(capacity, batch, block, inflation):
    """Any numbers as the board's configuration: a board or a typed error, never another exception."""
    kind, board = outcome(throttllem.Scoreboard, kv_capacity_blocks=capacity, max_batch_size=batch,
                          kv_block_tokens=block, output_inflation=inflation)
    ints = [_int64(capacity), _int64(batch), _int64(block)]
    valid = (None not in ints and ints[0] >= 1 and 1 <= ints[1] <= 2**20 and 1 <= ints[2] <= 4096
             and math.isfinite(inflation) and inflation > 0)
    assert (kind == "ok") == valid, (capacity, batch, block, inflation, kind)
    if valid:
        assert (board.kv_capacity_blocks, board.max_batch_size, board.kv_block_tokens) == tuple(ints)
