"""
throttllem C++ core (private: use the throttllem package)
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['Actuator', 'ActuatorStats', 'Autoscaler', 'Classifier', 'ClockControl', 'Decision', 'EXACT_MAX_EVALUATIONS', 'EnergyMeter', 'EnergyWindow', 'Forest', 'Governor', 'Gpu', 'GpuEnergy', 'InstanceCapacity', 'InvalidArgumentError', 'MODEL_SIDECAR_FORMAT', 'MODEL_SIDECAR_VERSION', 'ModelLoadError', 'ModelSidecar', 'NVML_LIBRARY_ENV', 'NvidiaGpu', 'NvmlError', 'NvmlGpuLost', 'NvmlLibrary', 'NvmlLibraryNotFound', 'NvmlNoPermission', 'NvmlNotSupported', 'Projection', 'READ_ONLY_GPU_ENV', 'RequestIdError', 'ScaleDecision', 'Scoreboard', 'SwitchRecord', 'ThrottllemError', 'describe_clock_event_reasons', 'nvml_candidate_paths', 'open_nvidia_gpus', 'parse_model_sidecar', 'read_model_sidecar']
class ThrottllemError(RuntimeError):
    pass
class InvalidArgumentError(ThrottllemError, ValueError):
    pass
class RequestIdError(ThrottllemError, KeyError):
    pass
class ModelLoadError(ThrottllemError):
    pass
class NvmlError(ThrottllemError):
    pass
class NvmlLibraryNotFound(NvmlError):
    pass
class NvmlNoPermission(NvmlError):
    pass
class NvmlNotSupported(NvmlError):
    pass
class NvmlGpuLost(NvmlError):
    pass
class Projection:
    """
    Future decode iterations as segments between request completions (arrays, one entry per segment).
    Iteration k (0 = the next one) runs every request with more than k remaining iterations; a request
    with context c holds c + k + 1 tokens during iteration k.
    """
    def __len__(self) -> int:
        ...
    def batch_at(self, k: typing.SupportsInt | typing.SupportsIndex) -> int:
        """
        Batch size at iteration k (0 past the horizon).
        """
    def kv_tokens_at(self, k: typing.SupportsInt | typing.SupportsIndex) -> int:
        """
        KV tokens in use at iteration k.
        """
    @property
    def batch(self) -> numpy.typing.NDArray[numpy.int64]:
        ...
    @property
    def finishing(self) -> numpy.typing.NDArray[numpy.int64]:
        ...
    @property
    def first_token_arrival_s(self) -> numpy.typing.NDArray[numpy.float64]:
        ...
    @property
    def first_tokens(self) -> numpy.typing.NDArray[numpy.int64]:
        ...
    @property
    def horizon_iters(self) -> int:
        ...
    @property
    def iterations(self) -> numpy.typing.NDArray[numpy.int64]:
        ...
    @property
    def kv_blocks_last(self) -> numpy.typing.NDArray[numpy.int64]:
        ...
    @property
    def kv_tokens_first(self) -> numpy.typing.NDArray[numpy.int64]:
        ...
    @property
    def late_requests(self) -> int:
        ...
    @property
    def min_deadline_s(self) -> numpy.typing.NDArray[numpy.float64]:
        ...
    @property
    def peak_batch(self) -> int:
        ...
    @property
    def peak_kv_blocks(self) -> int:
        ...
    @property
    def prefill_iters(self) -> int:
        ...
    @property
    def prefill_tokens(self) -> numpy.typing.NDArray[numpy.int64]:
        ...
    @property
    def start_iter(self) -> numpy.typing.NDArray[numpy.int64]:
        ...
class Scoreboard:
    """
    The requests in an engine (running and FCFS-queued) and the projection of future iterations.
    
    Output lengths are predictions: each is multiplied by ``output_inflation``; a request that runs past
    its prediction is projected to ``max_tokens``. Times are seconds on the caller's clock.
    """
    def __contains__(self, id: typing.Any) -> bool:
        ...
    def __init__(self, *, kv_capacity_blocks: typing.Any, max_batch_size: typing.Any = 256, kv_block_tokens: typing.Any = 16, output_inflation: typing.SupportsFloat | typing.SupportsIndex = 1.0, prefill_chunk_tokens: typing.Any = 0) -> None:
        ...
    def __len__(self) -> int:
        ...
    def add_running(self, *, id: typing.Any, arrival_s: typing.SupportsFloat | typing.SupportsIndex, prompt_tokens: typing.SupportsFloat | typing.SupportsIndex, max_tokens: typing.SupportsFloat | typing.SupportsIndex, generated_tokens: typing.SupportsFloat | typing.SupportsIndex = 0.0, predicted_output_tokens: typing.SupportsFloat | typing.SupportsIndex = 0.0, deadline_s: typing.SupportsFloat | typing.SupportsIndex = ..., prefill_tokens_left: typing.SupportsFloat | typing.SupportsIndex = 0.0, first_token_s: typing.SupportsFloat | typing.SupportsIndex = ...) -> None:
        """
        Add a request that is already in the running batch. predicted_output_tokens=0 means unknown; first_token_s: when its first token came (NaN: unknown), as request() reports it.
        """
    def admit(self, ids: collections.abc.Iterable) -> None:
        """
        Move queued requests into the running batch.
        """
    def enqueue(self, *, id: typing.Any, arrival_s: typing.SupportsFloat | typing.SupportsIndex, prompt_tokens: typing.SupportsFloat | typing.SupportsIndex, max_tokens: typing.SupportsFloat | typing.SupportsIndex, generated_tokens: typing.SupportsFloat | typing.SupportsIndex = 0.0, predicted_output_tokens: typing.SupportsFloat | typing.SupportsIndex = 0.0, deadline_s: typing.SupportsFloat | typing.SupportsIndex = ...) -> None:
        """
        Append a request to the FCFS queue.
        """
    def next_changes(self, now_s: typing.SupportsFloat | typing.SupportsIndex) -> tuple[int, float]:
        """
        (iterations until a running request reaches its inflated prediction (0 now, -1 never), earliest running deadline after now_s (inf if none)): what changes the projection with no engine event.
        """
    def preempt(self, id: typing.Any) -> None:
        """
        Move a running request back to the head of the queue (preempted; its tokens are kept).
        """
    def project(self, now_s: typing.SupportsFloat | typing.SupportsIndex = -1e+300) -> Projection:
        """
        Projection of the running requests; requests with deadline_s < now_s count as late.
        """
    def queued(self) -> list:
        """
        The queued requests as dicts, in FCFS order.
        """
    def remaining_iterations(self, id: typing.Any) -> int:
        """
        Projected decode iterations left for a request.
        """
    def remove(self, id: typing.Any) -> None:
        """
        Remove a finished or cancelled request.
        """
    def request(self, id: typing.Any) -> dict:
        """
        One running or queued request as a dict.
        """
    def running(self) -> list:
        """
        The running requests as dicts.
        """
    def set_first_token(self, id: typing.Any, first_token_s: typing.SupportsFloat | typing.SupportsIndex) -> None:
        """
        When a running request's first token came: its mean TBT is then checked over the whole request.
        """
    def set_generated(self, id: typing.Any, generated_tokens: typing.Any) -> None:
        """
        Set a request's generated token count (an engine's own count).
        """
    def set_prefill_left(self, id: typing.Any, tokens: typing.SupportsFloat | typing.SupportsIndex) -> None:
        """
        A running request's prompt tokens not yet prefilled (0: prefill done, it decodes from the next iteration).
        """
    def step(self) -> None:
        """
        One engine iteration: every running request generated one more token.
        """
    @property
    def kv_block_tokens(self) -> int:
        ...
    @property
    def kv_capacity_blocks(self) -> int:
        ...
    @property
    def max_batch_size(self) -> int:
        ...
    @property
    def output_inflation(self) -> float:
        ...
    @property
    def prefill_chunk_tokens(self) -> int:
        ...
    @property
    def prefilling(self) -> list[int]:
        """
        Running ids still prefilling, FCFS.
        """
    @property
    def queued_count(self) -> int:
        ...
    @property
    def running_count(self) -> int:
        ...
class ModelSidecar:
    """
    The sidecar ``<library>.json`` of a compiled model, read and validated by the C++ core.
    
    Format ``throttllem-compiled-model`` version 1: kind, feature names and count, split points per
    feature, provenance, output, class names (classifiers) and the library's sha256.
    """
    def __repr__(self) -> str:
        ...
    @property
    def classes(self) -> tuple:
        ...
    @property
    def features(self) -> tuple:
        ...
    @property
    def kind(self) -> str:
        ...
    @property
    def num_features(self) -> int:
        ...
    @property
    def output(self) -> str:
        ...
    @property
    def provenance(self) -> str:
        ...
    @property
    def sha256(self) -> str:
        ...
    @property
    def split_points(self) -> tuple:
        ...
class Forest:
    """
    A tree-ensemble IPS model compiled by TL2cgen into a shared library, loaded at run time.
    
    Features, in order: (tp_degree, batch_size, kv_tokens, clock_mhz). Output: decode iterations/s.
    The sidecar ``<library>.json`` (written by ``throttllem.forest.compile``) must match the library
    (sha256) and supplies the split points that let the governor tabulate the model exactly.
    """
    def __init__(self, library_path: str) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def predict(self, *, tp_degree: typing.SupportsFloat | typing.SupportsIndex, batch_size: typing.SupportsFloat | typing.SupportsIndex, kv_tokens: typing.SupportsFloat | typing.SupportsIndex, clock_mhz: typing.SupportsFloat | typing.SupportsIndex) -> float:
        """
        Predicted iterations/s for one state.
        """
    def predict_many(self, rows: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
        """
        Predicted iterations/s for each row of an (n, 4) array.
        """
    @property
    def has_split_points(self) -> bool:
        ...
    @property
    def leaf_output_type(self) -> str:
        ...
    @property
    def path(self) -> str:
        ...
    @property
    def provenance(self) -> str:
        ...
    @property
    def sidecar(self) -> ModelSidecar:
        """
        The model's ModelSidecar.
        """
    @property
    def split_points(self) -> list[list[float]]:
        ...
    @property
    def threshold_type(self) -> str:
        ...
class Classifier:
    """
    A binary tree classifier with N features compiled by TL2cgen into a shared library.
    
    Returns P(class 1) as the library's postprocessor computes it (the device selector: P(GPU is
    faster)). Use throttllem.devmap.CompiledClassifier, which also reads and checks model.so.json.
    """
    def __init__(self, library_path: str) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def predict_proba(self, rows: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
        """
        P(class 1) of each row of an (n, num_features) array.
        """
    def predict_proba_one(self, row: typing.Any) -> float:
        """
        P(class 1) of one row (a sequence of num_features finite numbers).
        """
    @property
    def leaf_output_type(self) -> str:
        ...
    @property
    def num_features(self) -> int:
        ...
    @property
    def path(self) -> str:
        ...
    @property
    def sidecar(self) -> ModelSidecar:
        """
        The model's ModelSidecar.
        """
    @property
    def threshold_type(self) -> str:
        ...
class Decision:
    """
    One governor decision. Times in ms; clocks in MHz.
    """
    def __repr__(self) -> str:
        ...
    @property
    def admitted(self) -> list[int]:
        """
        Queued request ids to admit, in order.
        """
    @property
    def clock_mhz(self) -> int:
        """
        Clock to set now (after hysteresis).
        """
    @property
    def clocks_evaluated(self) -> int:
        """
        Candidate clocks evaluated by the search.
        """
    @property
    def e2e_slack_ms(self) -> float:
        """
        Smallest deadline margin over running and admitted requests (inf when idle).
        """
    @property
    def predicted_tbt_ms(self) -> float:
        """
        Predicted TBT of the slowest request at the chosen clock (0 when idle).
        """
    @property
    def reason(self) -> str:
        """
        Why this clock: idle, floor_bound (the lowest clock already meets every SLO), slo_bound (a lower clock would miss one), late_request, hold_hysteresis, hold_dwell, hold_switch_cost.
        """
    @property
    def slo_clock_mhz(self) -> int:
        """
        Lowest clock meeting every SLO (before hysteresis).
        """
    @property
    def tbt_slack_ms(self) -> float:
        """
        TBT target minus predicted_tbt_ms.
        """
    @property
    def ttft_slack_ms(self) -> float:
        """
        Smallest TTFT margin over the projected prefills (inf if none).
        """
class Governor:
    """
    Chooses, every engine iteration, the lowest SM clock at which every request's predicted mean
    time between tokens stays under the target and every request meets its end-to-end deadline,
    after FCFS admission control (admit only if KV never overflows and every SLO holds at max clock).
    
    The forest is tabulated at construction over the cells between its split points, so a decision
    costs table look-ups, not model evaluations; ``exact=True`` evaluates the model per iteration
    instead (slow; the reference the table is checked against).
    
    With a board that projects chunked prefill (``Scoreboard(prefill_chunk_tokens=...)``) and a prefill
    cost table (``prefill_grid_tokens``: ascending prompt-token counts from 0; ``prefill_time_s``: one
    row per clock, in ``clocks_mhz`` order, of the extra seconds an iteration takes to prefill that many
    tokens), one clock per iteration covers mixed prefill + decode iterations and ``ttft_target_ms``
    (0: none) bounds every projected first token. ``switch_latency_s``: time a clock change takes; a
    lower clock is then chosen only when its projected work lasts at least twice that. ``slo_reserve``:
    share of every SLO budget kept back for the model's error (0: none). ``admission_headroom``: share of
    every budget the clock choice leaves unspent so that admission (checked without it) still fits new
    prompts (0: none); ``admission_headroom_s``: seconds of every deadline it leaves unspent on top (0:
    none). With a switch latency, a clock above the one in effect is checked with the first
    iterations at the clock in effect (they start before the switch acts).
    """
    def __init__(self, forest: Forest, *, clocks_mhz: collections.abc.Iterable, tbt_target_ms: typing.SupportsFloat | typing.SupportsIndex, max_batch_size: typing.Any, tp_degree: typing.Any = 1, min_saving_mhz: typing.Any = 0, dwell_s: typing.SupportsFloat | typing.SupportsIndex = 0.0, exact: bool = False, ttft_target_ms: typing.SupportsFloat | typing.SupportsIndex = 0.0, prefill_grid_tokens: typing.Any = None, prefill_time_s: typing.Any = None, switch_latency_s: typing.SupportsFloat | typing.SupportsIndex = 0.0, slo_reserve: typing.SupportsFloat | typing.SupportsIndex = 0.0, admission_headroom: typing.SupportsFloat | typing.SupportsIndex = 0.0, admission_headroom_s: typing.SupportsFloat | typing.SupportsIndex = 0.0) -> None:
        ...
    def check(self, projection: Projection, clock_mhz: typing.Any, now_s: typing.SupportsFloat | typing.SupportsIndex) -> tuple[bool, float, float]:
        """
        (feasible, predicted_tbt_ms, e2e_slack_ms) of a projection at one clock.
        """
    def decide(self, board: Scoreboard, now_s: typing.SupportsFloat | typing.SupportsIndex) -> Decision:
        """
        Admission and clock for the next iteration. Does not modify the board.
        """
    def reset(self, clock_mhz: typing.Any) -> None:
        """
        Forget hysteresis state; the GPU now runs clock_mhz.
        """
    @property
    def admission_headroom(self) -> float:
        ...
    @property
    def admission_headroom_s(self) -> float:
        ...
    @property
    def clocks_mhz(self) -> list[int]:
        ...
    @property
    def current_clock_mhz(self) -> int:
        ...
    @property
    def exact(self) -> bool:
        ...
    @property
    def models_prefill(self) -> bool:
        """
        Whether a prefill cost table was given.
        """
    @property
    def slo_reserve(self) -> float:
        ...
    @property
    def switch_latency_s(self) -> float:
        ...
    @property
    def switches(self) -> int:
        """
        Clock changes decided so far.
        """
    @property
    def table_cells(self) -> int:
        ...
    @property
    def tbt_target_ms(self) -> float:
        ...
    @property
    def tp_degree(self) -> int:
        ...
    @property
    def ttft_target_ms(self) -> float:
        ...
    @property
    def uses_binary_search(self) -> bool:
        ...
class NvmlLibrary:
    @staticmethod
    def open() -> NvmlLibrary:
        ...
    def device_count(self) -> int:
        ...
    @property
    def driver_version(self) -> str:
        ...
    @property
    def path(self) -> str:
        ...
class ClockControl:
    def __init__(self, permitted: bool, reason: str) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def permitted(self) -> bool:
        ...
    @property
    def reason(self) -> str:
        ...
class Gpu:
    """
    One GPU: clocks to set, power and energy to read. Subclass it in Python (calling Gpu.__init__(self, index)) to drive the actuator through another channel.
    """
    def __init__(self, index: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def clock_control(self) -> ClockControl:
        ...
    def clock_event_reasons(self) -> int:
        ...
    def energy_mj(self) -> int:
        ...
    def memory_clock_mhz(self) -> int:
        ...
    def name(self) -> str:
        ...
    def power_limit_mw(self) -> int:
        ...
    def power_mw(self) -> int:
        ...
    def reset_locked_clocks(self) -> None:
        ...
    def set_locked_clocks(self, min_mhz: typing.SupportsInt | typing.SupportsIndex, max_mhz: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def sm_clock_mhz(self) -> int:
        ...
    def supported_graphics_clocks_mhz(self, memory_clock_mhz: typing.SupportsInt | typing.SupportsIndex) -> list[int]:
        ...
    def supported_memory_clocks_mhz(self) -> list[int]:
        ...
    def uuid(self) -> str:
        ...
    @property
    def index(self) -> int:
        ...
class NvidiaGpu(Gpu):
    pass
class SwitchRecord:
    def __repr__(self) -> str:
        ...
    @property
    def actuated(self) -> bool:
        ...
    @property
    def error(self) -> str:
        ...
    @property
    def latency_s(self) -> float:
        ...
    @property
    def mismatch(self) -> bool:
        ...
    @property
    def queued_s(self) -> float:
        ...
    @property
    def readback_mhz(self) -> list[int]:
        ...
    @property
    def reasons(self) -> list[int]:
        ...
    @property
    def target_mhz(self) -> int:
        ...
class ActuatorStats:
    @property
    def applied(self) -> int:
        ...
    @property
    def applied_mhz(self) -> int:
        ...
    @property
    def changes(self) -> int:
        ...
    @property
    def coalesced(self) -> int:
        ...
    @property
    def failures(self) -> int:
        ...
    @property
    def max_latency_s(self) -> float:
        ...
    @property
    def mismatches(self) -> int:
        ...
    @property
    def monitored(self) -> int:
        ...
    @property
    def posted(self) -> int:
        ...
    @property
    def skipped_noop(self) -> int:
        ...
    @property
    def total_latency_s(self) -> float:
        ...
class Actuator:
    def __init__(self, gpus: collections.abc.Sequence[Gpu], *, mismatch_tolerance_mhz: typing.SupportsInt | typing.SupportsIndex = 0, readback_delay_s: typing.SupportsFloat | typing.SupportsIndex = 0.0, lease_fd: typing.SupportsInt | typing.SupportsIndex = -1, max_records: typing.SupportsInt | typing.SupportsIndex = 4096, monitor_reason: str = '') -> None:
        ...
    def close(self) -> None:
        ...
    def drop_lease_fd(self) -> None:
        ...
    def post(self, clock_mhz: typing.SupportsInt | typing.SupportsIndex) -> bool:
        ...
    def restore_defaults(self) -> None:
        ...
    def stats(self) -> ActuatorStats:
        ...
    def take_records(self) -> list[SwitchRecord]:
        ...
    def wait_idle(self, timeout_s: typing.SupportsFloat | typing.SupportsIndex) -> bool:
        ...
    @property
    def actuating(self) -> bool:
        ...
    @property
    def gpus(self) -> list[Gpu]:
        ...
    @property
    def monitor_reason(self) -> str:
        ...
class GpuEnergy:
    @property
    def counter_joules(self) -> float:
        ...
    @property
    def counter_span_s(self) -> float:
        ...
    @property
    def gpu_index(self) -> int:
        ...
    @property
    def integrated_span_joules(self) -> float:
        ...
    @property
    def joules(self) -> float:
        ...
    @property
    def joules_note(self) -> str:
        """
        Why joules is NaN ('' when it is a number).
        """
class EnergyWindow:
    @property
    def gpus(self) -> list[GpuEnergy]:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def samples(self) -> int:
        ...
    @property
    def seconds(self) -> float:
        ...
class EnergyMeter:
    def __init__(self, gpus: collections.abc.Sequence[Gpu], *, sample_hz: typing.SupportsFloat | typing.SupportsIndex = 100.0, counter_period_s: typing.SupportsFloat | typing.SupportsIndex = 0.1) -> None:
        ...
    def begin_window(self, name: str) -> None:
        ...
    def close(self) -> None:
        ...
    def end_window(self, name: str) -> EnergyWindow:
        ...
    def power_w(self) -> list[float]:
        ...
    @property
    def counter_reads(self) -> int:
        ...
    @property
    def errors(self) -> int:
        ...
    @property
    def last_error(self) -> str:
        ...
    @property
    def samples(self) -> int:
        ...
class InstanceCapacity:
    """
    What one instance of a TP degree sustains within the SLOs (tokens/s) and draws (W).
    """
    def __init__(self, *, tp_degree: typing.Any, decode_tokens_per_s: typing.SupportsFloat | typing.SupportsIndex, prefill_tokens_per_s: typing.SupportsFloat | typing.SupportsIndex, busy_power_w: typing.SupportsFloat | typing.SupportsIndex, idle_power_w: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def busy_power_w(self) -> float:
        ...
    @property
    def decode_tokens_per_s(self) -> float:
        ...
    @property
    def idle_power_w(self) -> float:
        ...
    @property
    def prefill_tokens_per_s(self) -> float:
        ...
    @property
    def tp_degree(self) -> int:
        ...
class ScaleDecision:
    """
    One autoscaler decision; configurations are (tp_degree, replicas).
    """
    def __repr__(self) -> str:
        ...
    @property
    def active(self) -> tuple:
        """
        Configuration serving new requests now.
        """
    @property
    def modelled_power_w(self) -> float:
        ...
    @property
    def planned_requests_per_s(self) -> float:
        ...
    @property
    def ready_at_s(self) -> float:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def starting_instances(self) -> int:
        ...
    @property
    def switched(self) -> bool:
        ...
    @property
    def target(self) -> tuple:
        """
        Configuration wanted (== active unless one is starting).
        """
    @property
    def utilization(self) -> float:
        ...
class Autoscaler:
    """
    Chooses the instance configuration (TP degree x replicas) of a GPU pool every interval from the
    offered load and each TP degree's capacity: the fewest GPUs (then lowest modelled power) that
    serve the highest load of the grace window within the target utilization. Larger configurations
    start at once in the shadow of the active one and take over after startup_s; smaller ones only
    once the whole grace window asks for less and grace_s has passed since the last switch.
    """
    def __init__(self, capacities: collections.abc.Sequence[InstanceCapacity], *, initial: typing.Any, pool_gpus: typing.Any = 8, interval_s: typing.SupportsFloat | typing.SupportsIndex = 10.0, target_utilization: typing.SupportsFloat | typing.SupportsIndex = 0.8, grace_s: typing.SupportsFloat | typing.SupportsIndex = 300.0, startup_s: typing.SupportsFloat | typing.SupportsIndex = 82.0, idle_gpu_power_w: typing.SupportsFloat | typing.SupportsIndex = 72.0, release_idle_gpus: bool = False, scale_down_utilization: typing.Any = None) -> None:
        ...
    def decide(self, now_s: typing.SupportsFloat | typing.SupportsIndex, requests_per_s: typing.SupportsFloat | typing.SupportsIndex, mean_prompt_tokens: typing.SupportsFloat | typing.SupportsIndex, mean_output_tokens: typing.SupportsFloat | typing.SupportsIndex) -> ScaleDecision:
        """
        One decision given the load of the last interval.
        """
    def instance_capacity_rps(self, tp_degree: typing.Any, mean_prompt_tokens: typing.SupportsFloat | typing.SupportsIndex, mean_output_tokens: typing.SupportsFloat | typing.SupportsIndex) -> float:
        """
        Requests/s one instance of this TP degree sustains at this token mix (fully used).
        """
    def recommend(self, requests_per_s: typing.SupportsFloat | typing.SupportsIndex, mean_prompt_tokens: typing.SupportsFloat | typing.SupportsIndex, mean_output_tokens: typing.SupportsFloat | typing.SupportsIndex, from_configuration: typing.Any) -> tuple:
        """
        The configuration wanted for this load (no state change).
        """
    @property
    def active(self) -> tuple:
        ...
    @property
    def configurations(self) -> list:
        ...
    @property
    def grace_s(self) -> float:
        ...
    @property
    def idle_gpu_power_w(self) -> float:
        ...
    @property
    def interval_s(self) -> float:
        ...
    @property
    def pool_gpus(self) -> int:
        ...
    @property
    def release_idle_gpus(self) -> bool:
        ...
    @property
    def scale_down_utilization(self) -> float:
        ...
    @property
    def startup_s(self) -> float:
        ...
    @property
    def target(self) -> tuple:
        ...
def _time_actuator_post(actuator: Actuator, n: typing.SupportsInt | typing.SupportsIndex, change_every: typing.SupportsInt | typing.SupportsIndex, low_mhz: typing.SupportsInt | typing.SupportsIndex, high_mhz: typing.SupportsInt | typing.SupportsIndex) -> float:
    ...
def _time_gpu_reads(gpu: Gpu, what: str, n: typing.SupportsInt | typing.SupportsIndex) -> list[int]:
    ...
def describe_clock_event_reasons(reasons: typing.SupportsInt | typing.SupportsIndex) -> str:
    ...
def nvml_candidate_paths() -> list[str]:
    """
    Paths tried to load NVML, in order ($THROTTLLEM_NVML_LIBRARY alone when set).
    """
def open_nvidia_gpus(indices: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None) -> list[Gpu]:
    """
    Loads NVML and opens every GPU (or those in `indices`).
    """
def parse_model_sidecar(text: str, path: str) -> ModelSidecar:
    """
    Validate sidecar text; ``path`` only names it in errors.
    """
def read_model_sidecar(path: str) -> ModelSidecar:
    """
    Read and validate a model sidecar (``<library>.json``). Raises ModelLoadError (one line).
    """
EXACT_MAX_EVALUATIONS: int = 4194304
MODEL_SIDECAR_FORMAT: str = 'throttllem-compiled-model'
MODEL_SIDECAR_VERSION: int = 1
NVML_LIBRARY_ENV: str = 'THROTTLLEM_NVML_LIBRARY'
READ_ONLY_GPU_ENV: str = 'THROTTLLEM_READ_ONLY_GPU'
