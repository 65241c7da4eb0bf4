"""GpuSpec: the ceilings and power-law parameters of one GPU model (modelled, see docs/PERFMODEL.md)."""

from __future__ import annotations

from dataclasses import dataclass

from throttllem.errors import InvalidArgumentError


class ClockRange:
    """``min_clock_mhz`` and ``max_clock_mhz`` of a class whose ``clocks_mhz`` is ascending."""

    clocks_mhz: tuple[int, ...]

    @property
    def min_clock_mhz(self) -> int:
        return self.clocks_mhz[0]

    @property
    def max_clock_mhz(self) -> int:
        return self.clocks_mhz[-1]


@dataclass(frozen=True)
class GpuSpec(ClockRange):
    """One GPU's performance ceilings and power law.

    Every field names its source: [measured] (nvidia-smi and NVML on the project's reference H100 machine),
    [datasheet] (vendor figure), [derived] (computed from other figures) or [assumption]
    (an engineering estimate, to be replaced by the profiler's measured roofline). The
    ceilings are plain fields so a measured profile can replace them without code changes:
    set the peak to the measured ceiling and its efficiency to 1.0.
    """

    name: str
    #: Supported SM clocks (MHz), ascending.
    clocks_mhz: tuple[int, ...]
    #: Device memory (bytes).
    memory_bytes: float
    #: Peak DRAM bandwidth (bytes/s).
    memory_bandwidth_bps: float
    #: Fraction of ``memory_bandwidth_bps`` that streaming kernels reach.
    memory_efficiency: float
    #: Dense bf16 tensor-core FLOP/s at ``peak_flops_clock_mhz``.
    peak_bf16_flops: float
    #: SM clock (MHz) that ``peak_bf16_flops`` is quoted at; compute peak scales linearly with clock.
    peak_flops_clock_mhz: float
    #: Fraction of the clock-scaled compute peak that large bf16 GEMMs reach.
    compute_efficiency: float
    #: Share of memory-bound time that scales with 1/clock (SMs issuing loads); the rest
    #: is set by the memory clock alone. Small: memory-bound work responds weakly to SM clock.
    memory_clock_sensitivity: float
    #: GPU-to-GPU bandwidth per direction (bytes/s) for tensor-parallel all-reduce.
    interconnect_bandwidth_bps: float
    #: Fixed cost of one small all-reduce (s).
    allreduce_latency_s: float
    #: Board power of an idle card at the lowest clock (W).
    idle_power_w: float
    #: Default board power limit (W); the card lowers its clock to stay under it.
    power_cap_w: float
    #: Extra power of an idle card at the highest clock over the lowest (clock tree, leakage) (W).
    clock_idle_power_w: float
    #: SM dynamic power at the highest clock with tensor cores saturated (W).
    sm_dynamic_power_w: float
    #: SM activity of busy but not compute-bound work (load issue, caches), in [0, 1].
    sm_activity_floor: float
    #: DRAM + memory-controller power at full bandwidth (W); independent of SM clock.
    memory_power_w: float
    #: Core voltage at the lowest clock relative to the highest; voltage rises linearly between.
    voltage_ratio_min_clock: float

    def __post_init__(self) -> None:
        clocks = tuple(int(c) for c in self.clocks_mhz)
        if not clocks or any(c <= 0 for c in clocks) or list(clocks) != sorted(set(clocks)):
            raise InvalidArgumentError(f"{self.name}: clocks_mhz must be positive, unique, ascending")
        object.__setattr__(self, "clocks_mhz", clocks)
        positive = ("memory_bytes", "memory_bandwidth_bps", "peak_bf16_flops", "peak_flops_clock_mhz",
                    "interconnect_bandwidth_bps", "power_cap_w")
        for field in positive:
            if not getattr(self, field) > 0:
                raise InvalidArgumentError(f"{self.name}: {field} must be positive")
        fractions = ("memory_efficiency", "compute_efficiency", "voltage_ratio_min_clock")
        for field in fractions:
            if not 0 < getattr(self, field) <= 1:
                raise InvalidArgumentError(f"{self.name}: {field} must be in (0, 1]")
        for field in ("memory_clock_sensitivity", "sm_activity_floor"):
            if not 0 <= getattr(self, field) <= 1:
                raise InvalidArgumentError(f"{self.name}: {field} must be in [0, 1]")
        non_negative = ("allreduce_latency_s", "idle_power_w", "clock_idle_power_w",
                        "sm_dynamic_power_w", "memory_power_w")
        for field in non_negative:
            if not getattr(self, field) >= 0:
                raise InvalidArgumentError(f"{self.name}: {field} must be >= 0")
        if self.idle_power_w >= self.power_cap_w:
            raise InvalidArgumentError(f"{self.name}: idle_power_w must be below power_cap_w")

    # The three laws below take a float or a numpy array (plain arithmetic, so floats stay fast).
    def compute_flops(self, clock_mhz):
        """Achievable dense bf16 FLOP/s at ``clock_mhz``: the peak scales linearly with clock."""
        return self.peak_bf16_flops * self.compute_efficiency * clock_mhz / self.peak_flops_clock_mhz

    def memory_bps(self) -> float:
        """Achievable DRAM bandwidth (bytes/s) at the highest SM clock."""
        return self.memory_bandwidth_bps * self.memory_efficiency

    def voltage_ratio(self, clock_mhz):
        """Core voltage relative to the highest clock's: linear from ``voltage_ratio_min_clock``."""
        span = max(self.max_clock_mhz - self.min_clock_mhz, 1)
        position = (clock_mhz - self.min_clock_mhz) / span
        return self.voltage_ratio_min_clock + (1.0 - self.voltage_ratio_min_clock) * position

    def dynamic_scale(self, clock_mhz):
        """CMOS dynamic power f * V^2, relative to the highest clock (1.0 there)."""
        return (clock_mhz / self.max_clock_mhz) * self.voltage_ratio(clock_mhz) ** 2


def _clock_range(lo: int, hi: int, step: int) -> tuple[int, ...]:
    return tuple(range(lo, hi + 1, step))


H100_SXM_80GB = GpuSpec(
    name="H100-SXM-80GB",
    clocks_mhz=_clock_range(345, 1980, 15),   # [measured] 110 levels, nvidia-smi supported clocks
    memory_bytes=80e9,                        # [datasheet] 80 GB HBM3
    memory_bandwidth_bps=3.35e12,             # [datasheet] 3.35 TB/s
    memory_efficiency=0.85,                   # [assumption] typical streaming-kernel fraction
    peak_bf16_flops=989.4e12,                 # [datasheet] dense bf16, H100 whitepaper
    peak_flops_clock_mhz=1830.0,              # [derived] 989.4e12 / (132 SM x 4096 FLOP/cycle)
    compute_efficiency=0.70,                  # [assumption] large bf16 GEMMs
    memory_clock_sensitivity=0.15,            # [assumption]
    interconnect_bandwidth_bps=450e9,         # [datasheet] NVLink 4: 900 GB/s both directions
    allreduce_latency_s=8e-6,                 # [assumption] small-message NVLink all-reduce
    idle_power_w=72.0,                        # [measured] at 345 MHz, NVML
    power_cap_w=700.0,                        # [measured] default power limit, NVML
    clock_idle_power_w=40.0,                  # [assumption]
    sm_dynamic_power_w=800.0,                 # [calibrated] prefill >= 512 tokens caps at ~1.7 GHz
    sm_activity_floor=0.34,                   # [calibrated] ~410 W at batch-1 decode, 1980 MHz
    memory_power_w=110.0,                     # [derived] ~4 pJ/bit x 3.35 TB/s (HBM3)
    voltage_ratio_min_clock=0.65,             # [assumption] ~0.7 V at 345 MHz vs ~1.07 V at max
)

# The GPU of the throttLL'eM paper (Kakolyris et al., HPCA 2025). Not calibrated against measurements: its power
# parameters scale the H100's by the 400 W / 700 W board limits.
A100_SXM_40GB = GpuSpec(
    name="A100-SXM-40GB",
    clocks_mhz=_clock_range(210, 1410, 15),   # [datasheet] 81 levels, nvidia-smi supported clocks
    memory_bytes=40e9,                        # [datasheet] 40 GB HBM2
    memory_bandwidth_bps=1.555e12,            # [datasheet] 1555 GB/s
    memory_efficiency=0.85,                   # [assumption]
    peak_bf16_flops=312e12,                   # [datasheet] dense bf16, A100 whitepaper
    peak_flops_clock_mhz=1410.0,              # [derived] 312e12 / (108 SM x 2048 FLOP/cycle)
    compute_efficiency=0.70,                  # [assumption]
    memory_clock_sensitivity=0.15,            # [assumption]
    interconnect_bandwidth_bps=300e9,         # [datasheet] NVLink 3: 600 GB/s both directions
    allreduce_latency_s=10e-6,                # [assumption]
    idle_power_w=55.0,                        # [assumption]
    power_cap_w=400.0,                        # [datasheet] SXM4 board power
    clock_idle_power_w=25.0,                  # [assumption] H100 value x 400/700
    sm_dynamic_power_w=460.0,                 # [assumption] H100 value x 400/700
    sm_activity_floor=0.33,                   # [assumption] H100 calibration
    memory_power_w=60.0,                      # [derived] ~5 pJ/bit x 1.555 TB/s (HBM2)
    voltage_ratio_min_clock=0.65,             # [assumption]
)

GPU_SPECS = {spec.name: spec for spec in (H100_SXM_80GB, A100_SXM_40GB)}
