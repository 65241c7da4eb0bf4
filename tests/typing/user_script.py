"""A user's script on throttllem's documented public API. CI type-checks it with ``mypy --strict``
(tests/typing/test_typing.py): the package ships py.typed and stubs of its C++ extension, so a
user's own strict type check sees real signatures, not "missing library stubs"."""

from __future__ import annotations

from pathlib import Path

import throttllem
from throttllem.devmap import Choice, DeviceSelector
from throttllem.errors import InvalidArgumentError
from throttllem.sim import EngineConfig, SimulationConfig, SloConfig, run, simulate
from throttllem.traces import CONV_2023, generate


def decide_once() -> tuple[int, str, list[int]]:
    """One governor decision on one queued request (the README's example)."""
    board = throttllem.Scoreboard(kv_capacity_blocks=25_000, max_batch_size=256)
    forest: throttllem.Forest = throttllem.Forest.default()
    gov = throttllem.Governor(forest, clocks_mhz=range(345, 1981, 15), tbt_target_ms=200.0, max_batch_size=256)
    board.enqueue(id=7, arrival_s=0.0, prompt_tokens=812, max_tokens=1024, predicted_output_tokens=240,
                  deadline_s=20.0)
    d: throttllem.Decision = gov.decide(board, now_s=0.0)
    board.admit(d.admitted)
    board.step()
    slack: float = d.tbt_slack_ms + d.e2e_slack_ms
    assert slack == slack or d.reason == "idle"
    iters_per_s: float = forest.predict(tp_degree=1, batch_size=1, kv_tokens=813, clock_mhz=d.clock_mhz)
    assert iters_per_s > 0
    return d.clock_mhz, d.reason, list(d.admitted)


def simulate_briefly() -> float:
    """A short simulation through both entry points; energy in joules (modelled)."""
    result = run(generate(CONV_2023, 10.0, seed=0), "max_clock", slo=SloConfig(e2e_deadline_s=30.0))
    finished: int = result.metrics.finished
    sim = simulate(SimulationConfig(policies=("max_clock",), duration_s=10.0, engine=EngineConfig()))
    return float(finished) + sum(r.energy_j for r in sim.results)


def choose_device(selector_dir: Path, kernel: Path) -> str:
    """A trained device selector's choice for one kernel launch."""
    selector = DeviceSelector.load(selector_dir)
    choice: Choice = selector.predict_file(kernel, transfer_bytes=1 << 20, wgsize=256)
    return choice.device


def bad_input_is_typed() -> str:
    try:
        throttllem.Scoreboard(kv_capacity_blocks=-1)
    except InvalidArgumentError as exc:  # also a ValueError
        return str(exc)
    return ""
