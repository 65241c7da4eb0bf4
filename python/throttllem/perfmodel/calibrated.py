"""ProfiledPerfModel: the analytic perfmodel calibrated, point by point, on a measured profile.

At the clock a profile was taken at (for a profile at the GPU's own clock policy: the top level,
which is what "max clock" asks for) a decode iteration takes the measured time and draws the
measured power; between grid points both are interpolated. Other clocks follow the analytic
model's documented clock response (docs/PERFMODEL.md), and the power cap acts on the calibrated
power. Construction: first the analytic model's free time parameters (overhead, overlap exponent,
compute and memory efficiencies) are fitted to the measured iterations
(:mod:`~throttllem.perfmodel.analytic_fit`); ``t_an`` and ``P_an`` below are that fitted model.
Then, on a table over batch 1..B (B: the largest measured batch) and KV tokens per request
0..max context (steps of :data:`KV_PER_REQUEST_STEP`):

* ``T``: measured time, :class:`DecodeTimeSurface` plus its residuals at the measured points
  (so ``T`` passes through every measured point); ``P``, ``F``: measured board power and SM clock
  seen. Residuals, ``P`` and ``F`` are linear in KV per request (held beyond the measured ones)
  and in batch;
* ``m = (P - idle(F)) / (P_an(F) - idle(F))``: scale of the analytic power above idle, matched at
  the clock the card actually ran (the analytic power at ``F`` of the same work);
* ``f_ref``: the clock the calibrated power allows when the reference clock is asked for (the cap);
* ``c = T / t_an(f_ref)``: scale of the analytic time.

For any request ``(prefill, batch, kv, f)``: time ``c * t_an(f_eff)`` and power
``idle(f_eff) + m * (P_an(f_eff) - idle(f_eff))``, ``f_eff`` being the highest level not above
``f`` whose calibrated power fits the limit (the base class's cap, unchanged). Prefill gets its
own ``c``, ``m`` from the prefill rows (interpolated in log tokens, held outside); an iteration
with both blends them by its share of tokens. Above B the correction at B is held. Every output
is "modelled", calibrated on measured data.

Tensor parallelism: a calibration holds the points of one TP degree (a TP-N profile's rows; their
power, the instance's total, is divided by N: the model's power is one GPU's). The analytic model
is fitted, and ``c``, ``m`` matched, at that degree, so a model at the calibration's own degree
reproduces the measured TP-N iterations (``measured_tp``). At any other degree the calibration's
``c`` and ``m`` at the same (batch, KV) scale the analytic model of that degree: the perfmodel's
TP scaling (modelled).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel.analytic import GpuPerfModel
from throttllem.perfmodel.analytic_fit import fit_analytic
from throttllem.perfmodel.measured_spec import calibrated_gpu_spec
from throttllem.perfmodel.surface import DecodeTimeSurface
from throttllem.profiledata.files import Profile
from throttllem.specs import A100_SXM_40GB, H100_SXM_80GB, GpuSpec, ModelShape

#: Spacing (tokens) of the correction table along KV tokens per request.
KV_PER_REQUEST_STEP = 64
#: Bounds on the power scale ``m`` (a wildly different value means the profile and the analytic
#: model disagree on the work, not on its power; hold it at a sane factor).
POWER_SCALE_BOUNDS = (0.2, 5.0)


def profile_shape(profile: Profile) -> ModelShape:
    """The model shape a profile measured (from its metadata)."""
    fields = {f.name for f in dataclasses.fields(ModelShape)}
    return ModelShape(**{k: v for k, v in profile.metadata["model"].items() if k in fields})


def profile_gpu_spec(profile: Profile) -> tuple[GpuSpec, str]:
    """The GPU model for a profile, and a note on where it came from. The clocks are the profiled
    GPU's supported levels; a measured roofline replaces the datasheet ceilings."""
    name = profile.metadata["gpu"]["name"]
    if "H100" in name:
        spec, note = H100_SXM_80GB, f"{H100_SXM_80GB.name} spec"
    elif "A100" in name:
        spec, note = A100_SXM_40GB, f"{A100_SXM_40GB.name} spec"
    else:
        spec, note = H100_SXM_80GB, f"no spec for {name!r}: the {H100_SXM_80GB.name} spec's clock response"
    levels = tuple(sorted(int(c) for c in profile.metadata["gpu"].get("sm_clocks_supported_mhz") or ()))
    if levels:
        spec = dataclasses.replace(spec, clocks_mhz=levels)
        note += ", the profiled GPU's clock levels"
    roofline = profile.metadata.get("roofline")
    if roofline and "stream_read_gbps" in roofline:
        spec = calibrated_gpu_spec(spec, roofline)
        note += ", measured roofline ceilings"
    return spec, note


def _nan(values) -> np.ndarray:
    return np.asarray([np.nan if v is None else v for v in values], dtype=float)


@dataclass(frozen=True)
class MeasuredCalibration:
    """Measured points a :class:`ProfiledPerfModel` is calibrated on (one TP degree, one
    requested clock). Power is one GPU's (a TP-N profile's instance total / N).

    Power and clock arrays may hold NaN (a profile taken without NVML): the analytic power and
    the reference clock stand in there.
    """

    decode_batch: np.ndarray
    decode_kv_tokens: np.ndarray
    decode_time_s: np.ndarray
    decode_power_w: np.ndarray
    decode_clock_mhz: np.ndarray
    prefill_tokens: np.ndarray
    prefill_time_s: np.ndarray
    prefill_power_w: np.ndarray
    prefill_clock_mhz: np.ndarray
    #: SM clock asked for while measuring (the top level for a profile at the GPU's own policy).
    reference_clock_mhz: float
    #: Board power limit while measuring (W).
    power_limit_w: float
    #: Where the points come from, for reports.
    source: str
    #: GPUs of the instance the points were measured on (the profile's ``tp_degree``).
    tp_degree: int = 1

    @classmethod
    def from_profile(cls, profile: Profile, clock_requested_mhz: int | None = None) -> MeasuredCalibration:
        """The rows of ``profile`` at one requested clock (None: the GPU's own policy); a TP-N
        profile's power (the sum over its GPUs) is divided by N."""
        rows = [r for r in profile.rows if r.clock_requested_mhz == clock_requested_mhz]
        dec = [r for r in rows if r.phase == "decode"]
        pre = [r for r in rows if r.phase == "prefill"]
        if len(dec) < 2:
            raise InvalidArgumentError(f"{profile.csv_path}: need >= 2 decode rows at clock {clock_requested_mhz}")
        spec, _ = profile_gpu_spec(profile)
        meta = profile.metadata
        date = str(meta.get("created_utc", ""))[:10]
        tp = int(meta.get("tp_degree", 1))
        gpus = f"{tp} x {meta['gpu']['name']}" if tp > 1 else meta["gpu"]["name"]
        source = f"{profile.csv_path.name} ({gpus}, {date})"
        return cls(
            decode_batch=np.asarray([r.batch_size for r in dec], dtype=float),
            decode_kv_tokens=np.asarray([r.kv_tokens for r in dec], dtype=float),
            decode_time_s=np.asarray([r.iteration_ms_mean / 1000.0 for r in dec]),
            decode_power_w=_nan(r.power_w_mean for r in dec) / tp,
            decode_clock_mhz=_nan(r.sm_clock_mhz_mean for r in dec),
            prefill_tokens=np.asarray([r.prefill_tokens for r in pre], dtype=float),
            prefill_time_s=np.asarray([r.iteration_ms_mean / 1000.0 for r in pre]),
            prefill_power_w=_nan(r.power_w_mean for r in pre) / tp,
            prefill_clock_mhz=_nan(r.sm_clock_mhz_mean for r in pre),
            reference_clock_mhz=float(clock_requested_mhz or spec.max_clock_mhz),
            power_limit_w=float(meta["gpu"].get("power_limit_w") or spec.power_cap_w),
            source=source, tp_degree=tp)

    def subset(self, decode_mask: np.ndarray) -> MeasuredCalibration:
        """The same calibration with only the decode points of ``decode_mask`` (prefill kept)."""
        keep = np.asarray(decode_mask, dtype=bool)
        return dataclasses.replace(self, **{f: getattr(self, f)[keep] for f in (
            "decode_batch", "decode_kv_tokens", "decode_time_s", "decode_power_w", "decode_clock_mhz")})


def _interp_batch_u(batch, u, values, rows_b, nodes_u) -> np.ndarray:
    """(len(rows_b), len(nodes_u)) table of ``values`` measured at (batch, u): linear in u within
    each measured batch (held beyond its ends), then linear in batch (held beyond the ends).
    NaN values are ignored; with none left the result is NaN."""
    ok = np.isfinite(values)
    levels = np.unique(batch[ok])
    if levels.size == 0:
        return np.full((rows_b.size, nodes_u.size), np.nan)
    per_level = np.empty((levels.size, nodes_u.size))
    for i, level in enumerate(levels):
        sel = ok & (batch == level)
        order = np.argsort(u[sel])
        per_level[i] = np.interp(nodes_u, u[sel][order], values[sel][order])
    if levels.size == 1:
        return np.broadcast_to(per_level[0], (rows_b.size, nodes_u.size)).copy()
    pos = np.clip(np.searchsorted(levels, rows_b, side="right") - 1, 0, levels.size - 2)
    frac = np.clip((rows_b - levels[pos]) / (levels[pos + 1] - levels[pos]), 0.0, 1.0)[:, None]
    return per_level[pos] * (1.0 - frac) + per_level[pos + 1] * frac


class _Corrections:
    """The ``c`` (time) and ``m`` (power) tables of one calibration for one (shape, GPU)."""

    def __init__(self, shape: ModelShape, gpu: GpuSpec, cal: MeasuredCalibration) -> None:
        seen = np.concatenate([cal.decode_clock_mhz, cal.prefill_clock_mhz])
        seen = np.where(np.isfinite(seen), np.minimum(seen, cal.reference_clock_mhz), cal.reference_clock_mhz)
        zeros = np.zeros_like(cal.prefill_tokens)
        # Fitted and matched at the calibration's own TP degree: the measured TP-N iterations
        # are then reproduced by the TP-N model, not divided by the TP-1 one.
        self.fit = fit_analytic(shape, gpu, np.concatenate([np.zeros_like(cal.decode_batch), cal.prefill_tokens]),
                                np.concatenate([cal.decode_batch, zeros]),
                                np.concatenate([cal.decode_kv_tokens, zeros]), seen,
                                np.concatenate([cal.decode_time_s, cal.prefill_time_s]), tp_degree=cal.tp_degree)
        ref = self.fit.model(shape, cal.tp_degree)
        self.max_batch = max(2, int(np.max(cal.decode_batch)))
        self.rows_b = np.arange(1, self.max_batch + 1, dtype=float)
        self.nodes_u = np.arange(0.0, shape.max_context_tokens + KV_PER_REQUEST_STEP, KV_PER_REQUEST_STEP)
        bb, uu = np.meshgrid(self.rows_b, self.nodes_u, indexing="ij")
        kv = bb * uu
        surface = DecodeTimeSurface(cal.decode_batch, cal.decode_kv_tokens, cal.decode_time_s)
        u_meas = cal.decode_kv_tokens / cal.decode_batch
        # The surface's residuals at the measured points, interpolated like power: the time then
        # passes through every measured point and keeps the surface's shape in between.
        residual = cal.decode_time_s - surface.iteration_time_s(cal.decode_batch, cal.decode_kv_tokens)
        time_s = surface.iteration_time_s(bb, kv) + _interp_batch_u(
            cal.decode_batch, u_meas, residual, self.rows_b, self.nodes_u)
        # A residual held beyond the measured points can outweigh the surface there (a noisy
        # profile: one point 50x its neighbours): no iteration is faster than half the fastest
        # measured one, as the surface itself assumes.
        time_s = np.maximum(time_s, 0.5 * float(np.min(cal.decode_time_s)))
        power = _interp_batch_u(cal.decode_batch, u_meas, cal.decode_power_w, self.rows_b, self.nodes_u)
        clock = _interp_batch_u(cal.decode_batch, u_meas, cal.decode_clock_mhz, self.rows_b, self.nodes_u)
        self.c_decode, self.m_decode = self._scales(ref, cal, np.zeros_like(bb), bb, kv, time_s, power, clock)
        if cal.prefill_tokens.size:
            order = np.argsort(cal.prefill_tokens)
            tokens = cal.prefill_tokens[order]
            zero = np.zeros_like(tokens)
            c_pre, m_pre = self._scales(ref, cal, tokens, zero, zero, cal.prefill_time_s[order],
                                        cal.prefill_power_w[order], cal.prefill_clock_mhz[order])
        else:  # no prefill rows: the decode correction of batch 1, no context
            tokens = np.ones(1)
            c_pre, m_pre = self.c_decode[:1, 0], self.m_decode[:1, 0]
        self.log_prefill = np.log(tokens)
        self.c_prefill, self.m_prefill = np.asarray(c_pre), np.asarray(m_pre)
        # Plain lists for the per-iteration scalar path (indexing a list beats numpy there).
        self._c_rows = self.c_decode.tolist()
        self._m_rows = self.m_decode.tolist()
        self._log_p = self.log_prefill.tolist()
        self._c_p = self.c_prefill.tolist()
        self._m_p = self.m_prefill.tolist()
        self._inv_du = 1.0 / KV_PER_REQUEST_STEP
        self._last_u = float(self.nodes_u.size - 1)

    @staticmethod
    def _scales(ref: GpuPerfModel, cal: MeasuredCalibration, prefill, batch, kv, time_s, power, clock):
        """(c, m) for measured ``time_s``, ``power`` at clock seen ``clock`` (arrays of one shape)."""
        top = cal.reference_clock_mhz
        clock = np.where(np.isfinite(clock), np.minimum(clock, top), top)
        parts = ref.roofline_parts(prefill, batch, kv, clock)
        idle = ref.power_law_w(clock, 0.0, 0.0)
        active = ref.power_from_parts_w(clock, *parts) - idle
        m = np.where(np.isfinite(power), (power - idle) / np.maximum(active, 1e-9), 1.0)
        m = np.clip(m, *POWER_SCALE_BOUNDS)

        def fits(level_mhz):
            p = ref.roofline_parts(prefill, batch, kv, level_mhz)
            base = ref.power_law_w(level_mhz, 0.0, 0.0)
            return base + m * (ref.power_from_parts_w(level_mhz, *p) - base) <= cal.power_limit_w

        # The cap at the reference clock: the highest level <= it whose calibrated power fits.
        levels = np.asarray(ref.gpu.clocks_mhz, dtype=float)
        lo = np.zeros(np.shape(m), dtype=np.int64)
        hi = np.full(np.shape(m), np.searchsorted(levels, top, side="right"))
        while np.any(lo < hi):
            active_cells = lo < hi
            mid = (lo + hi) // 2
            ok = fits(levels[np.minimum(mid, levels.size - 1)])
            lo = np.where(active_cells & ok, mid + 1, lo)
            hi = np.where(active_cells & ~ok, mid, hi)
        f_ref = levels[np.maximum(lo - 1, 0)]
        c = time_s / ref.roofline_parts(prefill, batch, kv, f_ref)[0]
        return c, m

    def scalar(self, prefill: float, batch: float, kv: float) -> tuple[float, float]:
        """(c, m) for one iteration (floats)."""
        if batch > 0.0:
            u = kv / batch * self._inv_du
            if u > self._last_u:
                u = self._last_u
            j = int(u)
            if j >= self._last_u:
                j -= 1
            fu = u - j
            b = batch if batch < self.max_batch else float(self.max_batch)
            i = int(b) - 1
            if i >= self.max_batch - 1:
                i = self.max_batch - 2
            fb = b - 1.0 - i
            c0, c1, m0, m1 = self._c_rows[i], self._c_rows[i + 1], self._m_rows[i], self._m_rows[i + 1]
            c_lo, c_hi = c0[j] + (c0[j + 1] - c0[j]) * fu, c1[j] + (c1[j + 1] - c1[j]) * fu
            m_lo, m_hi = m0[j] + (m0[j + 1] - m0[j]) * fu, m1[j] + (m1[j + 1] - m1[j]) * fu
            c_d, m_d = c_lo + (c_hi - c_lo) * fb, m_lo + (m_hi - m_lo) * fb
            if prefill <= 0.0:
                return c_d, m_d
        if prefill <= 0.0:
            return 1.0, 1.0
        logs = self._log_p
        x = math.log(prefill)
        k = bisect.bisect_right(logs, x)
        if k == 0:
            c_p, m_p = self._c_p[0], self._m_p[0]
        elif k == len(logs):
            c_p, m_p = self._c_p[-1], self._m_p[-1]
        else:
            f = (x - logs[k - 1]) / (logs[k] - logs[k - 1])
            c_p = self._c_p[k - 1] + (self._c_p[k] - self._c_p[k - 1]) * f
            m_p = self._m_p[k - 1] + (self._m_p[k] - self._m_p[k - 1]) * f
        if batch <= 0.0:
            return c_p, m_p
        w = prefill / (prefill + batch)  # blend by share of tokens
        return c_p * w + c_d * (1.0 - w), m_p * w + m_d * (1.0 - w)

    def array(self, prefill, batch, kv) -> tuple[np.ndarray, np.ndarray]:
        """(c, m) for broadcast arrays."""
        prefill, batch, kv = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in (prefill, batch, kv)))
        safe_b = np.maximum(batch, 1.0)
        u = np.minimum(kv / safe_b * self._inv_du, self._last_u)
        j = np.minimum(u.astype(np.int64), int(self._last_u) - 1)
        fu = u - j
        b = np.minimum(safe_b, float(self.max_batch))
        i = np.minimum(b.astype(np.int64) - 1, self.max_batch - 2)
        fb = b - 1.0 - i

        def lerp2(table):
            lo = table[i, j] + (table[i, j + 1] - table[i, j]) * fu
            hi = table[i + 1, j] + (table[i + 1, j + 1] - table[i + 1, j]) * fu
            return lo + (hi - lo) * fb

        c_d, m_d = lerp2(self.c_decode), lerp2(self.m_decode)
        if not prefill.any():  # decode only (the oracle's grids): no prefill blend
            return c_d, m_d
        x = np.log(np.maximum(prefill, 1.0))
        c_p = np.interp(x, self.log_prefill, self.c_prefill)
        m_p = np.interp(x, self.log_prefill, self.m_prefill)
        w = np.where(prefill > 0, prefill / np.maximum(prefill + batch, 1e-12), 0.0)
        return c_p * w + c_d * (1.0 - w), m_p * w + m_d * (1.0 - w)


class ProfiledPerfModel(GpuPerfModel):
    """:class:`GpuPerfModel` calibrated on a measured profile (see the module docstring).

    Args:
        shape, gpu, tp_degree: as for GpuPerfModel (``gpu``: usually :func:`profile_gpu_spec`).
        calibration: the measured points (of ``calibration.tp_degree`` GPUs: measured there,
            TP scaling modelled at any other ``tp_degree``).
        **kwargs: GpuPerfModel's power limit and activation reserve (the overhead and overlap
            exponent are fitted to the calibration, see :mod:`throttllem.perfmodel.analytic_fit`).
    """

    source = "modelled (calibrated on a measured profile)"
    _TABLES: ClassVar[dict] = {}

    def __init__(self, shape: ModelShape, gpu: GpuSpec, tp_degree: int, calibration: MeasuredCalibration,
                 **kwargs) -> None:
        # The fit and the tables depend on the calibration only (fitted at its own TP degree):
        # share them between TP degrees and instances (a few recent calibrations are kept).
        key = (shape, gpu, id(calibration))
        entry = self._TABLES.get(key)
        if entry is None or entry[0] is not calibration:
            entry = (calibration, _Corrections(shape, gpu, calibration))
            if len(self._TABLES) >= 8:
                self._TABLES.pop(next(iter(self._TABLES)))
            self._TABLES[key] = entry
        self.corrections = entry[1]
        fit = self.corrections.fit
        super().__init__(shape, fit.gpu, tp_degree, iteration_overhead_s=fit.iteration_overhead_s,
                         overlap_exponent=fit.overlap_exponent, **kwargs)
        self.calibration = calibration

    @classmethod
    def from_profile(cls, profile: Profile, tp_degree: int = 1, **kwargs) -> ProfiledPerfModel:
        """The model of ``profile``'s shape on its GPU (own-clock rows, else the top requested clock)
        at ``tp_degree``: measured where it is the profile's own TP degree, else TP-scaled."""
        clocks = {r.clock_requested_mhz for r in profile.rows}
        clock = None if None in clocks else max(clocks)
        spec, _ = profile_gpu_spec(profile)
        return cls(profile_shape(profile), spec, tp_degree, MeasuredCalibration.from_profile(profile, clock), **kwargs)

    def __repr__(self) -> str:
        return (f"ProfiledPerfModel({self.shape.name}, {self.gpu.name}, tp_degree={self.tp_degree}, "
                f"calibration={self.calibration.source}) [modelled, calibrated on measured data]")

    @property
    def measured_tp(self) -> bool:
        """True where this TP degree is the calibration's own (its iterations measured on that
        many GPUs); False: the perfmodel's TP scaling of another degree's profile (modelled)."""
        return self.tp_degree == self.calibration.tp_degree

    def describe(self) -> str:
        """Which parts are measured and which modelled (one line, for reports)."""
        cal_tp = self.calibration.tp_degree
        if self.measured_tp:
            tp = "" if cal_tp == 1 else f"; TP {cal_tp}: MEASURED on {cal_tp} GPUs (the profile's own TP degree)"
        else:
            tp = f"; TP {self.tp_degree}: perfmodel TP scaling of the TP-{cal_tp} profile (MODELLED)"
        power = "" if cal_tp == 1 else " (per GPU: the instance's total / TP)"
        return (f"GPU model: profile {self.calibration.source} (MEASURED decode/prefill time and power{power} at "
                f"{self.calibration.reference_clock_mhz:.0f} MHz requested, interpolated between grid points); "
                f"other clocks: perfmodel clock response and power cap (MODELLED); idle power: perfmodel (MODELLED)"
                + tp)

    # The two fast-path hooks of the base class, corrected (same signatures, plus the power scale).
    def roofline_parts(self, prefill, batch, kv, clock):
        total, compute, memory, comm, kernel = super().roofline_parts(prefill, batch, kv, clock)
        if type(batch) is float and type(prefill) is float and type(kv) is float:
            c, m = self.corrections.scalar(prefill, batch, kv)
        else:
            c, m = self.corrections.array(prefill, batch, kv)
        return total * c, compute * c, memory * c, comm * c, kernel * c, m

    def power_from_parts_w(self, clock, total_s, compute_s, memory_s, comm_s, kernel_s, power_scale=1.0):
        # GpuPerfModel._power with its active part (above idle at this clock) scaled by m; the
        # law is spelled out here so that f * V^2 is evaluated once (this runs per iteration).
        gpu = self.gpu
        floor = gpu.sm_activity_floor
        sm_activity = (floor * (kernel_s + comm_s) + (1.0 - floor) * compute_s) / total_s
        scale = gpu.dynamic_scale(clock)
        idle = gpu.idle_power_w + gpu.clock_idle_power_w * (scale - self._min_scale) / (1.0 - self._min_scale)
        active = gpu.sm_dynamic_power_w * scale * sm_activity + gpu.memory_power_w * memory_s / total_s
        return idle + power_scale * active

