"""GPU access through NVML, which the C++ core loads at run time: importing this module needs no
driver, and every call that does raises a typed :class:`throttllem.errors.NvmlError`.

Units are in the names: ``sm_clock_mhz()``, ``power_mw()``, ``energy_mj()``.

>>> from throttllem import gpu
>>> for info in gpu.gpu_info():                                   # doctest: +SKIP
...     print(info.index, info.name, info.sm_clocks_mhz[0], "..", info.sm_clocks_mhz[-1], "MHz")
0 NVIDIA H100 80GB HBM3 345 .. 1980 MHz

Clock changes go through :class:`throttllem.actuator.Actuator` (asynchronous, fail-safe), not
through ``Gpu.set_locked_clocks`` directly.
"""

from __future__ import annotations

import logging
import math
import numbers
import os
from collections.abc import Sequence
from dataclasses import dataclass

from throttllem import _core
from throttllem.errors import (
    InvalidArgumentError,
    NvmlError,
    NvmlLibraryNotFound,
    NvmlNotSupported,
    ThrottllemError,
)

Gpu = _core.Gpu
NvidiaGpu = _core.NvidiaGpu
ClockControl = _core.ClockControl
NvmlLibrary = _core.NvmlLibrary
NVML_LIBRARY_ENV: str = _core.NVML_LIBRARY_ENV
READ_ONLY_GPU_ENV: str = _core.READ_ONLY_GPU_ENV
describe_clock_event_reasons = _core.describe_clock_event_reasons
nvml_candidate_paths = _core.nvml_candidate_paths

log = logging.getLogger("throttllem.gpu")

__all__ = [
    "NVML_LIBRARY_ENV",
    "READ_ONLY_GPU_ENV",
    "ClockControl",
    "EnergyMeter",
    "EnergyWindow",
    "Gpu",
    "GpuInfo",
    "NvidiaGpu",
    "NvmlLibrary",
    "describe_clock_event_reasons",
    "gpu_info",
    "nvml_candidate_paths",
    "check_clock_mhz",
    "gpu_key",
    "open_gpus",
    "resolve_gpus",
    "select_gpu_indices",
    "supported_sm_clocks_mhz",
]

#: Highest clock value accepted where the GPU's list is unknown: NVML takes unsigned int MHz.
MAX_CLOCK_MHZ = 2**31 - 1


def open_gpus(indices: Sequence[int] | None = None) -> list[Gpu]:
    """Every GPU NVML sees, or those in ``indices``. Raises NvmlLibraryNotFound without a driver."""
    return _core.open_nvidia_gpus(None if indices is None else [int(i) for i in indices])


def select_gpu_indices(
    selectors: Sequence[int | str], uuids: Sequence[str], cuda_visible_devices: str | None = None
) -> list[int]:
    """NVML indices of the GPUs named by ``selectors``, given the UUID of each NVML index.

    A selector is an NVML index (``0`` or ``"0"``), a UUID (``"GPU-8a..."``, or a unique prefix
    of one, as CUDA accepts), or ``"cuda:N"``: the N-th device of ``cuda_visible_devices``
    (indices or UUIDs, as CUDA reads it; unset means every GPU, and then ``cuda:N`` is NVML
    index N). CUDA numbers GPUs by PCI bus id, as NVML does, only under
    ``CUDA_DEVICE_ORDER=PCI_BUS_ID``: set it where CUDA_VISIBLE_DEVICES holds indices.
    Raises InvalidArgumentError for a selector that names no GPU, or names one twice.
    """

    def by_uuid(text: str) -> int:
        hits = [i for i, u in enumerate(uuids) if u == text] or [i for i, u in enumerate(uuids) if u.startswith(text)]
        if len(hits) != 1:
            raise InvalidArgumentError(
                f"GPU {text!r} {'is ambiguous' if hits else 'is not one of this machine'} (UUIDs: {', '.join(uuids)})")
        return hits[0]

    def by_index(text: str) -> int:
        if not text.isdigit() or int(text) >= len(uuids):
            raise InvalidArgumentError(f"GPU {text!r} is not an NVML index of this machine (0..{len(uuids) - 1})")
        return int(text)

    def one(text: str) -> int:
        return by_uuid(text) if text.startswith(("GPU-", "MIG-")) else by_index(text)

    out: list[int] = []
    for sel in selectors:
        if isinstance(sel, bool) or not isinstance(sel, (int, str)):
            raise InvalidArgumentError(f"a GPU is an NVML index, a UUID or 'cuda:N', got {sel!r}")
        text = str(sel).strip()
        if text.startswith("cuda:"):
            ordinal = text[5:]
            visible = ([e.strip() for e in cuda_visible_devices.split(",") if e.strip()]
                       if cuda_visible_devices is not None else [str(i) for i in range(len(uuids))])
            if not ordinal.isdigit() or int(ordinal) >= len(visible):
                raise InvalidArgumentError(
                    f"GPU {text!r}: CUDA_VISIBLE_DEVICES={cuda_visible_devices!r} makes {len(visible)} GPU(s) visible")
            index = one(visible[int(ordinal)])
        else:
            index = one(text)
        if index in out:
            raise InvalidArgumentError(f"GPU {text!r} is named twice (NVML index {index})")
        out.append(index)
    return out


def gpu_key(gpu: Gpu) -> str:
    """A GPU's identity across processes: its UUID, else ``index-<n>``."""
    try:
        return gpu.uuid()
    except (ThrottllemError, ValueError):
        return f"index-{gpu.index}"


def supported_sm_clocks_mhz(gpus: Sequence[Gpu]) -> tuple[int, ...] | None:
    """SM clocks every GPU supports at its highest memory clock (ascending), or None when no
    GPU's list can be read."""
    common: set[int] | None = None
    for gpu in gpus:
        try:
            clocks = gpu.supported_graphics_clocks_mhz(max(gpu.supported_memory_clocks_mhz()))
        except (ThrottllemError, ValueError):
            continue  # not readable here: NVML itself refuses what the GPU cannot run
        if clocks:
            common = set(clocks) if common is None else common & set(clocks)
    return None if common is None else tuple(sorted(common))


def check_clock_mhz(clock_mhz: object, supported: Sequence[int] | frozenset[int] | None) -> int:
    """``clock_mhz`` if it is an integer clock the GPUs support (1..2^31-1 where the list is
    unknown), else InvalidArgumentError. Checked before any NVML call: NVML takes unsigned int, so
    2^32 + 345 would wrap to 345."""
    if isinstance(clock_mhz, bool) or not isinstance(clock_mhz, numbers.Integral):
        raise InvalidArgumentError(f"clock_mhz must be an integer, got {clock_mhz!r}")
    clock = int(clock_mhz)
    if not supported:
        if not 1 <= clock <= MAX_CLOCK_MHZ:
            raise InvalidArgumentError(f"clock {clock} MHz is outside the supported range 1..{MAX_CLOCK_MHZ} MHz")
        return clock
    low, high = min(supported), max(supported)
    if not low <= clock <= high:
        raise InvalidArgumentError(f"clock {clock} MHz is outside the supported range {low}..{high} MHz")
    if clock not in supported:
        below = max(c for c in supported if c < clock)
        above = min(c for c in supported if c > clock)
        raise InvalidArgumentError(
            f"clock {clock} MHz is not a supported SM clock of this GPU (nearest: {below} or {above} MHz)")
    return clock


def resolve_gpus(gpus: Sequence[int] | Sequence[str] | Sequence[Gpu] | None) -> tuple[list[Gpu], str | None]:
    """GPUs to work on, and why there are none (no NVML, no GPU, an NVML failure) or None.

    ``gpus`` is None (all), NVML indices, selectors (see :func:`select_gpu_indices`: UUIDs,
    ``"cuda:N"``), or Gpu objects (used as given). A selector naming no GPU raises
    InvalidArgumentError.
    """
    if gpus is not None and len(gpus) == 0:
        return [], "no GPU was asked for"
    if gpus is not None and all(isinstance(g, Gpu) for g in gpus):
        return [g for g in gpus if isinstance(g, Gpu)], None
    try:
        if gpus is not None and any(isinstance(g, str) for g in gpus):
            every = open_gpus()
            chosen = select_gpu_indices(list(gpus), [gpu_key(g) for g in every],  # type: ignore[arg-type]
                                        os.environ.get("CUDA_VISIBLE_DEVICES"))
            found = [every[i] for i in chosen]
        else:
            found = open_gpus(None if gpus is None else [int(g) for g in gpus])  # type: ignore[arg-type]
    except NvmlLibraryNotFound as e:
        return [], f"NVML is not available ({str(e).splitlines()[0]})"
    except NvmlError as e:
        return [], f"NVML failed: {e}"
    if not found:
        return [], "NVML reports no GPU"
    return found, None


@dataclass(frozen=True)
class GpuInfo:
    """What ``throttllem info`` shows for one GPU (measured now, through NVML)."""

    index: int
    name: str
    uuid: str | None
    memory_clocks_mhz: tuple[int, ...]
    #: Supported SM clocks at the highest memory clock, ascending.
    sm_clocks_mhz: tuple[int, ...]
    sm_clock_mhz: int
    power_mw: int | None
    power_limit_mw: int | None
    clock_event_reasons: str | None
    clock_control_permitted: bool
    clock_control_reason: str


def _optional(read):  # noqa: ANN001, ANN202 - tiny local helper
    try:
        return read()
    except NvmlNotSupported:
        return None


def gpu_info(indices: Sequence[int] | None = None) -> list[GpuInfo]:
    """Describe GPUs (reads only). Raises NvmlLibraryNotFound without a driver."""
    out = []
    for g in open_gpus(indices):
        mem = tuple(_optional(g.supported_memory_clocks_mhz) or ())
        sm: tuple[int, ...] = ()
        if mem:
            sm = tuple(sorted(_optional(lambda g=g, top=max(mem): g.supported_graphics_clocks_mhz(top)) or ()))
        reasons = _optional(g.clock_event_reasons)
        control = g.clock_control()
        out.append(
            GpuInfo(
                index=g.index,
                name=g.name(),
                uuid=_optional(g.uuid),
                memory_clocks_mhz=mem,
                sm_clocks_mhz=sm,
                sm_clock_mhz=g.sm_clock_mhz(),
                power_mw=_optional(g.power_mw),
                power_limit_mw=_optional(g.power_limit_mw),
                clock_event_reasons=None if reasons is None else describe_clock_event_reasons(reasons),
                clock_control_permitted=control.permitted,
                clock_control_reason=control.reason,
            )
        )
    return out


@dataclass(frozen=True)
class EnergyWindow:
    """Time and energy of one named window, per GPU (all measured).

    ``joules`` integrates sampled power. ``counter_joules`` is the GPU's energy counter over the
    span between its readings nearest the window's edges (``counter_span_s``), and
    ``integrated_span_joules`` is integrated power over that same span: compare those two. The
    counter moves only every ~100 ms, so they agree to within about power x 0.1 s per edge.
    A GPU whose power could not be read has NaN ``joules`` and says why in ``joules_notes``.
    """

    name: str
    seconds: float
    gpu_indices: tuple[int, ...]
    joules: tuple[float, ...]
    counter_joules: tuple[float, ...]
    counter_span_s: tuple[float, ...]
    integrated_span_joules: tuple[float, ...]
    samples: int
    #: Per GPU: why ``joules`` is NaN ("" where it is a number).
    joules_notes: tuple[str, ...] = ()

    @property
    def total_joules(self) -> float:
        return math.fsum(self.joules)

    def counter_disagreement(self) -> tuple[float, ...]:
        """|counter - integral| / counter over the counter span, per GPU (NaN without a counter)."""
        out = []
        for c, i in zip(self.counter_joules, self.integrated_span_joules, strict=True):
            out.append(abs(c - i) / c if c > 0 and not math.isnan(i) else math.nan)
        return tuple(out)


class EnergyMeter:
    """Samples power on a C++ thread (``sample_hz``) and integrates it; reads each GPU's energy
    counter at most every ``counter_period_s`` (>= 0.1 s) to cross-check.

    Without NVML it still times windows (``joules`` is then empty).

    >>> with EnergyMeter() as meter:                               # doctest: +SKIP
    ...     meter.begin_window("decode")
    ...     run_decode()
    ...     w = meter.end_window("decode")
    >>> print(f"{w.total_joules:.1f} J in {w.seconds:.3f} s (measured)")  # doctest: +SKIP
    """

    def __init__(
        self,
        gpus: Sequence[int] | Sequence[Gpu] | None = None,
        *,
        sample_hz: float = 100.0,
        counter_period_s: float = 0.1,
    ) -> None:
        found, reason = resolve_gpus(gpus)
        if reason:
            log.info("energy meter without GPUs: %s; windows report time only", reason)
        self._core = _core.EnergyMeter(found, sample_hz=sample_hz, counter_period_s=counter_period_s)

    def begin_window(self, name: str) -> None:
        self._core.begin_window(name)

    def end_window(self, name: str) -> EnergyWindow:
        w = self._core.end_window(name)
        return EnergyWindow(
            name=w.name,
            seconds=w.seconds,
            gpu_indices=tuple(g.gpu_index for g in w.gpus),
            joules=tuple(g.joules for g in w.gpus),
            counter_joules=tuple(g.counter_joules for g in w.gpus),
            counter_span_s=tuple(g.counter_span_s for g in w.gpus),
            integrated_span_joules=tuple(g.integrated_span_joules for g in w.gpus),
            samples=w.samples,
            joules_notes=tuple(g.joules_note for g in w.gpus),
        )

    def power_w(self) -> list[float]:
        """Latest power sample per GPU (W, measured)."""
        return self._core.power_w()

    @property
    def samples(self) -> int:
        return self._core.samples

    @property
    def counter_reads(self) -> int:
        return self._core.counter_reads

    @property
    def errors(self) -> int:
        return self._core.errors

    def close(self) -> None:
        self._core.close()

    def __enter__(self) -> EnergyMeter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
