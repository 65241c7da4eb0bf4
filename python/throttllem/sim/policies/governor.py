"""PredictiveGovernor: the C++ throttllem.Governor, driven through the engine adapter."""

from __future__ import annotations

from throttllem._core import Governor
from throttllem.engine import ClockPlan, GovernorAdapter, PrefillClock, WakeRules, prefill_cost_table
from throttllem.errors import InvalidArgumentError
from throttllem.forest import Forest
from throttllem.sim.policies.base import Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView

#: Where the board's output lengths come from (see PredictiveGovernor).
LENGTH_SOURCES = ("online", "conservative", "noisy", "oracle")
DEFAULT_QUANTILE = 0.9
#: Share of each SLO budget the governor keeps back for its IPS model's error: the shipped model
#: reads up to ~3.3% faster than the simulated GPU at low clocks and small batches (see
#: docs/GOVERNOR.md, "Model error reserve"), so a clock chosen to the deadline would miss by that.
DEFAULT_RESERVE = 0.05
#: Share of each SLO budget the clock choice leaves for admissions (docs/GOVERNOR.md, "Admission
#: headroom"; tuned on other trace windows than the reported one, see the candidate log there).
DEFAULT_HEADROOM = 0.3


@register
class PredictiveGovernor(Policy):
    """throttLL'eM's governor (Kakolyris et al., HPCA 2025): admission control and the lowest
    clock meeting every SLO, decided by the compiled C++ ``throttllem.Governor`` from the
    engine's ``throttllem.Scoreboard``.

    There is no simulator-only decision path: the simulated engine mirrors its requests onto
    the board through :class:`throttllem.engine.RequestMirror` and this policy is a
    :class:`throttllem.engine.GovernorAdapter`, exactly what a real engine integration runs.
    Output lengths on the board come from ``lengths``:

    - ``"online"`` (default): :class:`throttllem.lengths.OnlineQuantile`, asked at each arrival
      and fed each completion, so a request is predicted from requests finished before it
      arrived only (the ``length_quantile`` of recent outputs of similar prompts; default 0.9);
    - ``"conservative"``: every request runs to its max_tokens (no prediction);
    - ``"noisy"``: the true length with uniform relative error ``length_error`` (default 0.3),
      an experiment of known error (throttLL'eM's error study, Kakolyris et al., HPCA 2025);
    - ``"oracle"``: the true length (an experiment: what perfect prediction buys).

    Predictions are inflated by ``inflation`` (default: 1 + ``length_error`` for noisy, 1.0
    otherwise: the online quantile is already a high one). For compatibility, giving
    ``length_error`` without ``lengths`` selects noisy (or oracle when it is 0).

    The engine calls ``decide`` at every event (arrival, admission, prefill, completion) and
    when :class:`throttllem.engine.WakeRules` say the projection changes (an overrun, a passing
    deadline), at least every ``max_hold_s`` of simulated time; ``max_hold_s=0`` decides before
    every iteration.

    ``prefill_clock``: "governor" (default): one clock per iteration, prefill or not. The board
    projects the prefill of admitted and candidate requests in chunks of the engine's
    ``prefill_chunk_tokens`` (whole-prompt engines: ``max_prefill_tokens`` per iteration, an
    approximation), and a mixed iteration costs the IPS model's decode time plus a prefill cost
    table taken from the simulated GPU's performance model (the model the IPS model is trained
    on; :func:`throttllem.engine.prefill_cost_table`), so the clock meets TTFT (``ttft_ms``;
    None: the SLO config's ``ttft_target_ms`` if it has one, else no TTFT target), TBT and E2E.
    "max", "decode" or a clock in MHz keep the decode-only governor with that prefill clock
    (:class:`throttllem.engine.PrefillClock`); there TTFT is unguarded.

    ``switch_latency_s`` (None: the engine config's ``clock_switch_latency_s`` if it has one, else 0):
    the time a clock change takes; the governor then lowers the clock only when the projected
    work at the lower clock lasts at least twice that, and at least twice that after the
    previous switch (docs/GOVERNOR.md, "Switch cost").

    ``slo_reserve`` (default 0.05, as the oracle keeps for its TBT error): share of every SLO budget
    kept back for the IPS model's error. ``admission_headroom``: share of every budget the clock
    choice leaves unspent, so that admission (checked without it) still takes new prompts;
    ``admission_headroom_s`` (default 0): seconds of every deadline it leaves unspent on top.
    """

    name = "governor"
    rank = 4
    needs_board = True

    def __init__(self, length_error: float | None = None, inflation: float | None = None, seed: int = 0,
                 min_saving_mhz: int = 0, dwell_s: float = 0.0, max_hold_s: float = 0.5,
                 model: str | None = None, exact: bool = False, prefill_clock: str | int = "governor",
                 lengths: str | None = None, length_quantile: float = DEFAULT_QUANTILE,
                 ttft_ms: float | None = None, switch_latency_s: float | None = None,
                 slo_reserve: float = DEFAULT_RESERVE, admission_headroom: float = DEFAULT_HEADROOM,
                 admission_headroom_s: float = 0.0) -> None:
        self.lengths, self.length_error = _resolve_lengths(lengths, length_error)
        self.length_quantile = float(length_quantile)
        if self.lengths == "noisy":
            self.length_predictor = ("noisy", {"error": self.length_error, "seed": seed})
        elif self.lengths == "online":
            if not 0 < length_quantile <= 1:
                raise InvalidArgumentError(f"length_quantile must be in (0, 1], got {length_quantile!r}")
            self.length_predictor = ("online", {"quantile": self.length_quantile})
        else:
            self.length_predictor = (self.lengths, {})
        if self.lengths != "online" and length_quantile != DEFAULT_QUANTILE:
            raise InvalidArgumentError("length_quantile applies to lengths=online")
        self.output_inflation = float(inflation) if inflation is not None else 1.0 + self.length_error
        self.min_saving_mhz = int(min_saving_mhz)
        self.dwell_s = float(dwell_s)
        self.wake = WakeRules(float(max_hold_s))
        self.max_hold_s = self.wake.max_hold_s
        self.model = model
        self.exact = bool(exact)
        self.prefill_clock = PrefillClock.check(prefill_clock)  # resolved to a GPU clock at start
        if ttft_ms is not None and not (0 <= ttft_ms < float("inf")):
            raise InvalidArgumentError(f"ttft_ms must be a finite number >= 0, got {ttft_ms!r}")
        if switch_latency_s is not None and not (0 <= switch_latency_s < float("inf")):
            raise InvalidArgumentError(f"switch_latency_s must be a finite number >= 0, got {switch_latency_s!r}")
        if ttft_ms and self.prefill_clock != "governor":
            raise InvalidArgumentError("ttft_ms needs prefill_clock='governor' (the prefill-aware projection)")
        if not 0 <= slo_reserve < 1:
            raise InvalidArgumentError(f"slo_reserve must be in [0, 1), got {slo_reserve!r}")
        self.slo_reserve = float(slo_reserve)
        if not (0 <= admission_headroom and slo_reserve + admission_headroom < 1):
            raise InvalidArgumentError(f"admission_headroom must be >= 0 with slo_reserve + admission_headroom < 1, "
                                       f"got {admission_headroom!r}")
        self.admission_headroom = float(admission_headroom)
        if not (0 <= admission_headroom_s < float("inf")):
            raise InvalidArgumentError(f"admission_headroom_s must be a finite number >= 0, got {admission_headroom_s!r}")
        self.admission_headroom_s = float(admission_headroom_s)
        self.ttft_ms = ttft_ms
        self.switch_latency_s = switch_latency_s
        self.adapter: GovernorAdapter | None = None

    @property
    def decisions(self) -> int:
        return self.adapter.decisions if self.adapter else 0

    def start(self, view: EngineView) -> None:
        forest = Forest(self.model) if self.model else Forest.default()
        config = view.config
        clocks = list(view.gpu.clocks_mhz)
        latency = self.switch_latency_s
        if latency is None:
            latency = float(getattr(config, "clock_switch_latency_s", 0.0) or 0.0)
        prefill = {}
        if self.prefill_clock == "governor":
            ttft = self.ttft_ms if self.ttft_ms is not None else getattr(view.slo, "ttft_target_ms", None)
            chunk = config.prefill_chunk_tokens or config.max_prefill_tokens
            view.mirror.project_prefill(int(chunk))
            gpu = view.gpu
            grid, cost = prefill_cost_table(lambda tokens, clock: gpu.iteration(tokens, 1, 0, clock)[0], clocks)
            prefill = {"ttft_target_ms": float(ttft or 0.0), "prefill_grid_tokens": grid, "prefill_time_s": cost}
        governor = Governor(forest, clocks_mhz=clocks, tbt_target_ms=view.slo.tbt_target_ms,
                            max_batch_size=config.max_batch_size, tp_degree=config.tp_degree,
                            min_saving_mhz=self.min_saving_mhz, dwell_s=self.dwell_s, exact=self.exact,
                            switch_latency_s=latency, slo_reserve=self.slo_reserve,
                            admission_headroom=self.admission_headroom, admission_headroom_s=self.admission_headroom_s, **prefill)
        self.adapter = GovernorAdapter(governor, view.mirror, clocks_mhz=clocks, prefill_clock=self.prefill_clock,
                                       wake=self.wake)
        self.governor = governor

    def decide(self, view: EngineView) -> ClockPlan:
        return self.adapter.decide(view.now_s)

    def label(self) -> str:
        label = "governor"
        if self.lengths == "noisy":
            label += f"+lengths=noisy({self.length_error:g})"
        elif self.lengths != "online":
            label += f"+lengths={self.lengths}"
        elif self.length_quantile != DEFAULT_QUANTILE:
            label += f"+lengths=online(q={self.length_quantile:g})"
        if self.ttft_ms:
            label += f"+ttft={self.ttft_ms:g}ms"
        if self.switch_latency_s:
            label += f"+switch={self.switch_latency_s * 1e3:g}ms"
        if self.slo_reserve != DEFAULT_RESERVE:
            label += f"+reserve={self.slo_reserve:g}"
        if self.admission_headroom != DEFAULT_HEADROOM:
            label += f"+headroom={self.admission_headroom:g}"
        if self.admission_headroom_s:
            label += f"+headroom={self.admission_headroom_s:g}s"
        return label if self.prefill_clock == "governor" else f"{label}+prefill@{self.prefill_clock}"


def _resolve_lengths(lengths: str | None, length_error: float | None) -> tuple[str, float]:
    """(length source, noisy error) from the ``lengths`` and ``length_error`` options."""
    if length_error is not None and not 0 <= length_error < 1:
        raise InvalidArgumentError("length_error must be in [0, 1)")
    if lengths is None:
        if length_error is None:
            return "online", 0.0
        return ("noisy" if length_error > 0 else "oracle"), float(length_error)
    if lengths not in LENGTH_SOURCES:
        raise InvalidArgumentError(f"lengths must be one of {', '.join(LENGTH_SOURCES)}, got {lengths!r}")
    if lengths == "noisy":
        return "noisy", 0.3 if length_error is None else float(length_error)
    if length_error:
        raise InvalidArgumentError("length_error applies to lengths=noisy")
    return lengths, 0.0
