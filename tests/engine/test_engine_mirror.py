"""RequestMirror: an engine's requests on a Scoreboard, with engine ids of any hashable type."""

from __future__ import annotations

import math

import pytest

import throttllem
from throttllem.engine import RequestMirror
from throttllem.errors import InvalidArgumentError, RequestIdError


def _mirror(**kw) -> RequestMirror:
    return RequestMirror(throttllem.Scoreboard(kv_capacity_blocks=1000, kv_block_tokens=16, **kw))


def _arrive(m: RequestMirror, rid, **kw) -> int:
    args = dict(arrival_s=0.0, prompt_tokens=100, max_tokens=64, predicted_output_tokens=10)
    args.update(kw)
    return m.arrive(rid, **args)


def _generated(m: RequestMirror, rid) -> int:
    return m.board.request(m.board_id(rid))["generated_tokens"]


def test_string_ids_map_to_arrival_ordered_board_ids():
    m = _mirror()
    assert [_arrive(m, rid) for rid in ("cmpl-a", "cmpl-b", ("x", 3))] == [0, 1, 2]
    assert len(m) == 3 and "cmpl-b" in m and "nope" not in m
    assert m.board_id(("x", 3)) == 2
    assert m.request_ids([2, 0]) == [("x", 3), "cmpl-a"]
    assert m.board.queued_count == 3


def test_prefilling_requests_generate_nothing_until_prefill_done():
    m = _mirror()
    _arrive(m, "a")
    _arrive(m, "b")
    m.admit(["a", "b"])
    assert m.board.running_count == 2 and m.prefilling == 2
    m.step(3)  # chunked prefill: three iterations of prompt chunks, no token yet
    assert _generated(m, "a") == 0 and _generated(m, "b") == 0
    m.prefill_done(["a"])  # "a"'s last chunk ran in the next iteration, which gives its first token
    m.step()
    assert _generated(m, "a") == 1 and _generated(m, "b") == 0
    m.prefill_done(["b"])
    m.step(4)
    assert _generated(m, "a") == 5 and _generated(m, "b") == 4 and m.prefilling == 0
    with pytest.raises(InvalidArgumentError, match="not prefilling"):
        m.prefill_done(["a"])


def test_preempt_requeues_at_the_head_and_keeps_tokens():
    m = _mirror()
    for rid in ("a", "b", "c"):
        _arrive(m, rid)
    m.admit(["a", "b"])
    m.prefill_done(["a", "b"])
    m.step(5)
    m.preempt("b")
    queued = m.board.queued()
    assert [q["id"] for q in queued] == [m.board_id("b"), m.board_id("c")]
    assert queued[0]["generated_tokens"] == 5
    m.step()  # "b" no longer runs
    assert _generated(m, "b") == 5 and _generated(m, "a") == 6
    m.admit(["b"])  # readmitted: its prompt and 5 tokens are recomputed as a prefill
    m.step(2)
    assert _generated(m, "b") == 5
    m.prefill_done(["b"])
    m.step()
    assert _generated(m, "b") == 6


def test_finish_removes_running_and_queued_and_forgets_the_id():
    m = _mirror()
    _arrive(m, "a")
    _arrive(m, "b")
    m.admit(["a"])
    m.finish(["a", "b"])
    assert len(m) == 0 and len(m.board) == 0
    with pytest.raises(RequestIdError):
        m.finish(["a"])
    assert _arrive(m, "a") == 2  # a new request under an old id gets a new board id


def test_set_generated_for_engines_that_report_counts():
    m = _mirror()
    _arrive(m, 7)
    m.admit([7])
    m.set_generated(7, 3)  # still prefilling: the count is held there
    m.step()
    assert _generated(m, 7) == 3
    m.prefill_done([7])
    m.step()
    assert _generated(m, 7) == 4


@pytest.mark.parametrize("call, error", [
    (lambda m: _arrive(m, "a"), RequestIdError),           # twice
    (lambda m: m.admit(["zzz"]), RequestIdError),          # unknown
    (lambda m: m.preempt("a"), RequestIdError),            # queued, not running
    (lambda m: m.set_generated("zzz", 1), RequestIdError),
    (lambda m: m.board_id("zzz"), RequestIdError),
    (lambda m: _arrive(m, "bad", prompt_tokens=0), InvalidArgumentError),
])
def test_bad_events_are_typed_errors(call, error):
    m = _mirror()
    _arrive(m, "a")
    with pytest.raises(error):
        call(m)
    assert m.board.queued_count == 1  # nothing half-done


def test_failed_arrival_leaves_no_mapping():
    m = _mirror()
    with pytest.raises(InvalidArgumentError):
        _arrive(m, "x", deadline_s=math.nan)
    assert "x" not in m and len(m.board) == 0
