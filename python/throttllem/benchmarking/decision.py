"""Decision-latency benchmark: the C++ governor against a reference written the way the
published system (throttLL'eM) works: per-iteration projection arrays in Python and one GBDT
``predict`` call per candidate clock of a binary search."""

from __future__ import annotations

from dataclasses import dataclass

import sys

import numpy as np

import throttllem
from throttllem.benchmarking.timing import Latency, measure

#: The H100's 110 supported SM clocks (nvidia-smi on the reference H100).
H100_CLOCKS_MHZ = tuple(range(345, 1981, 15))
#: Mean TBT < 200 ms, the TBT SLO of the throttLL'eM paper (Kakolyris et al., HPCA 2025).
TBT_TARGET_MS = 200.0
#: The benchmark tightens the TBT target until the SLO binds at this clock (mid-range).
BINDING_CLOCK_MHZ = 1200
RUNNING_COUNTS = (32, 128, 256)


@dataclass(frozen=True)
class EngineState:
    """Running requests as parallel arrays (one entry per request)."""

    prompt_tokens: np.ndarray
    generated_tokens: np.ndarray
    predicted_output_tokens: np.ndarray
    max_tokens: np.ndarray
    deadline_s: np.ndarray

    def __len__(self) -> int:
        return len(self.prompt_tokens)


def random_state(running: int, *, seed: int = 0, horizon_s: float = 120.0) -> EngineState:
    """A conv-like engine state: prompts up to 2k tokens, outputs up to 512 (seeded)."""
    rng = np.random.default_rng(seed)
    max_tokens = np.full(running, 1024)
    predicted = rng.integers(16, 512, running)
    return EngineState(
        prompt_tokens=rng.integers(16, 2048, running),
        generated_tokens=np.minimum(rng.integers(0, 64, running), predicted - 1),
        predicted_output_tokens=predicted,
        max_tokens=max_tokens,
        deadline_s=rng.uniform(0.5, 1.0, running) * horizon_s,
    )


def fill_board(state: EngineState, *, kv_capacity_blocks: int = 1 << 20, max_batch_size: int = 256):
    board = throttllem.Scoreboard(kv_capacity_blocks=kv_capacity_blocks, max_batch_size=max_batch_size)
    for i in range(len(state)):
        board.add_running(id=i, arrival_s=0.0, prompt_tokens=int(state.prompt_tokens[i]),
                          generated_tokens=int(state.generated_tokens[i]),
                          predicted_output_tokens=int(state.predicted_output_tokens[i]),
                          max_tokens=int(state.max_tokens[i]), deadline_s=float(state.deadline_s[i]))
    return board


class ReferenceGovernor:
    """The published system's way of deciding, for comparison (not used by the product).

    Each call projects batch size and KV tokens for every future iteration into numpy arrays,
    then binary-searches the clock list, calling the GBDT's ``predict`` once per candidate clock
    on all projected iterations.
    """

    def __init__(self, predict, clocks_mhz, tbt_target_ms: float, tp_degree: int = 1):
        self.predict = predict
        self.clocks = np.sort(np.asarray(clocks_mhz, dtype=float))
        self.tbt_target_s = tbt_target_ms * 1e-3
        self.tp = tp_degree

    def project(self, s: EngineState):
        total = np.minimum(s.predicted_output_tokens, s.max_tokens)
        total = np.where(s.generated_tokens >= total, s.max_tokens, total)
        remaining = np.maximum(total - s.generated_tokens, 0)
        horizon = int(remaining.max(initial=0))
        k = np.arange(horizon)
        active = remaining[None, :] > k[:, None]
        batch = active.sum(axis=1)
        kv = (active * (s.prompt_tokens + s.generated_tokens + 1)[None, :]).sum(axis=1) + batch * k
        return remaining, batch, kv

    def feasible(self, clock: float, remaining, batch, kv, deadline_s, now_s: float) -> bool:
        rows = np.column_stack([np.full(len(batch), self.tp), batch, kv, np.full(len(batch), clock)])
        elapsed = np.cumsum(1.0 / self.predict(rows))
        live = remaining > 0
        finish = elapsed[remaining[live] - 1]
        return bool(np.all(finish <= self.tbt_target_s * remaining[live]) and
                    np.all(finish <= deadline_s[live] - now_s))

    def decide(self, s: EngineState, now_s: float = 0.0) -> float:
        remaining, batch, kv = self.project(s)
        if len(batch) == 0:
            return float(self.clocks[0])
        lo, hi = 0, len(self.clocks) - 1
        if not self.feasible(self.clocks[hi], remaining, batch, kv, s.deadline_s, now_s):
            return float(self.clocks[hi])
        while lo < hi:
            mid = (lo + hi) // 2
            if self.feasible(self.clocks[mid], remaining, batch, kv, s.deadline_s, now_s):
                hi = mid
            else:
                lo = mid + 1
        return float(self.clocks[lo])


@dataclass(frozen=True)
class DecisionRow:
    running: int
    tbt_target_ms: float
    clock_mhz: int
    clocks_evaluated: int
    governor: Latency
    reference: Latency | None


def decision_table(calls: int, reference_calls: int) -> list[DecisionRow]:
    """Governor latency at each running count; the reference too when LightGBM is installed.

    The reference runs the same shipped model through LightGBM (its ``model.txt``) and must pick
    the same clock as the governor, or the comparison is refused.
    """
    try:
        import lightgbm
    except ImportError:
        lightgbm = None
    forest = throttllem.Forest.default()
    booster = None
    if lightgbm is not None and reference_calls > 0:
        from throttllem.forest_compile import default_model_source_path

        booster = lightgbm.Booster(model_file=str(default_model_source_path()))
    rows = []
    for running in RUNNING_COUNTS:
        state = random_state(running, seed=running)
        board = fill_board(state)
        # Set the TBT target so that the SLO binds mid-range: the search then has real work.
        probe = throttllem.Governor(forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=TBT_TARGET_MS,
                                    max_batch_size=256)
        tbt_target_ms = probe.check(board.project(0.0), BINDING_CLOCK_MHZ, 0.0)[1] * 1.0001
        gov = throttllem.Governor(forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=tbt_target_ms,
                                  max_batch_size=256)
        ours = gov.decide(board, 0.0)
        slow = None
        if booster is not None:
            reference = ReferenceGovernor(booster.predict, H100_CLOCKS_MHZ, tbt_target_ms)
            theirs = reference.decide(state)
            if ours.slo_clock_mhz != theirs:
                raise RuntimeError(f"governor chose {ours.slo_clock_mhz} MHz but the reference {theirs} MHz "
                                   f"at {running} requests: the comparison would be meaningless")
            slow = measure(lambda: reference.decide(state), calls=reference_calls, warmup=2)
        fast = measure(lambda: gov.decide(board, 0.0), calls=calls)
        rows.append(DecisionRow(running, tbt_target_ms, ours.slo_clock_mhz, ours.clocks_evaluated, fast, slow))
    return rows


def print_decision_table(rows: list[DecisionRow], out=sys.stdout) -> None:
    print(f"{'running':>7} {'TBT ms':>7} {'clock':>6} {'probes':>6}  {'governor p50/p99 (us)':>22}  "
          f"{'reference p50/p99 (us)':>24}  {'ratio p50':>9} {'ratio p99':>9}", file=out)
    for r in rows:
        line = (f"{r.running:>7} {r.tbt_target_ms:>7.2f} {r.clock_mhz:>6} {r.clocks_evaluated:>6}  "
                f"{r.governor.p50_us:>10.2f} {r.governor.p99_us:>10.2f}  ")
        if r.reference is None:
            line += f"{'(needs lightgbm)':>24}"
        else:
            line += (f"{r.reference.p50_us:>11.1f} {r.reference.p99_us:>11.1f}  "
                     f"{r.reference.p50_us / r.governor.p50_us:>8.0f}x "
                     f"{r.reference.p99_us / r.governor.p99_us:>8.0f}x")
        print(line, file=out)
