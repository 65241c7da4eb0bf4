"""Training rows for the IPS model from profiles: measured points, plus modelled rows that fill in
batch/KV between them and, where a profile has one clock only, the clock dimension.

Every row carries its source:

* ``measured``: a decode row of a profile; its clock feature is the clock requested, or for a
  profile at the GPU's own clock policy the highest supported level (what the governor's
  "max clock" asks for; the clock actually seen is in the profile);
* ``interpolated`` (modelled): :class:`~throttllem.perfmodel.calibrated.ProfiledPerfModel` (its
  :class:`~throttllem.perfmodel.DecodeTimeSurface` through the measured points) between measured
  batch sizes and KV sizes, extrapolated affinely in KV out to the model's context, at the
  measured clock;
* ``clock-response`` (modelled): a measured or interpolated row moved to another clock by the
  ratio of the same calibrated model's IPS at the two clocks (the perfmodel's documented clock
  response, with the power cap acting on the measured power): the simulator's GPU model, so
  the governor trained here predicts the simulated GPU;
* ``tp-scaling`` (modelled, only when asked for): TP degrees the profiles did not measure, from
  the same model at that TP degree (the perfmodel's TP scaling of the calibration of the lowest
  measured TP degree, normally TP 1).

TP is a feature of every model (``tp_degree`` first, the governor's layout). Profiles of several
TP degrees (a TP-N profile's ``tp_degree`` column and metadata) train one model with TP measured:
each (profile, TP degree, clock) group gets its own calibrated model, fitted at that TP degree,
so its interpolated and clock-response rows never mix TP degrees (they did once, and the TP-2
rows were labelled with the TP-1 model's scaling applied twice: R^2 < 0 on the training points).

The calibrated model is built from the points given (a split's training points only), so a
held-out point never shapes its own labels.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.specs import GpuSpec, ModelShape
from throttllem.perfmodel.calibrated import MeasuredCalibration, ProfiledPerfModel, profile_gpu_spec, profile_shape
from throttllem.profiledata.files import Profile

MEASURED, INTERPOLATED, CLOCK_RESPONSE, TP_SCALING = "measured", "interpolated", "clock-response", "tp-scaling"
SOURCES = (MEASURED, INTERPOLATED, CLOCK_RESPONSE, TP_SCALING)
#: Batch sizes of the interpolated rows: every size up to 32, then every 4th (clipped to the profile).
DENSE_BATCHES = tuple(range(1, 33)) + tuple(range(36, 1025, 4))
DENSE_KV_PER_REQUEST_STEPS = 32


@dataclass(frozen=True)
class MeasuredPoints:
    """The measured decode points of one or more profiles of one model (arrays of one length)."""

    tp_degree: np.ndarray
    batch_size: np.ndarray
    kv_tokens: np.ndarray
    kv_tokens_per_request: np.ndarray
    clock_mhz: np.ndarray          # the clock feature (requested, or the top level)
    own_clock: np.ndarray          # True where the GPU ran under its own clock policy
    ips: np.ndarray
    profile_index: np.ndarray
    power_w: np.ndarray            # measured power of the instance, all its GPUs (NaN without NVML)
    sm_clock_mhz: np.ndarray       # SM clock seen (NaN without NVML)

    def __len__(self) -> int:
        return int(self.ips.size)

    def subset(self, mask: np.ndarray) -> MeasuredPoints:
        return MeasuredPoints(**{f.name: getattr(self, f.name)[mask] for f in dataclasses.fields(self)})


@dataclass(frozen=True)
class Rows:
    """Feature rows (tp_degree, batch_size, kv_tokens, clock_mhz), IPS targets, row sources."""

    x: np.ndarray
    y: np.ndarray
    source: np.ndarray

    def counts(self) -> dict[str, int]:
        return {s: int(np.sum(self.source == s)) for s in SOURCES}


def shape_of(profile: Profile) -> ModelShape:
    return profile_shape(profile)


def gpu_spec_of(profile: Profile) -> tuple[GpuSpec, str]:
    """The clock-response GPU model for a profile, and a note on where it came from (see
    :func:`throttllem.perfmodel.calibrated.profile_gpu_spec`)."""
    return profile_gpu_spec(profile)


def measured_points(profiles: list[Profile]) -> MeasuredPoints:
    """Decode rows of ``profiles``; they must all profile the same model shape."""
    if not profiles:
        raise InvalidArgumentError("no profile given")
    shapes = {shape_of(p) for p in profiles}
    if len(shapes) > 1:
        names = sorted(s.name for s in shapes)
        raise InvalidArgumentError(f"profiles of different models cannot train one IPS model: {names}")
    cols: dict[str, list] = {f.name: [] for f in dataclasses.fields(MeasuredPoints)}
    for index, profile in enumerate(profiles):
        top = gpu_spec_of(profile)[0].max_clock_mhz
        for r in profile.decode_rows():
            cols["tp_degree"].append(r.tp_degree)
            cols["batch_size"].append(r.batch_size)
            cols["kv_tokens"].append(r.kv_tokens)
            cols["kv_tokens_per_request"].append(r.kv_tokens_per_request)
            cols["clock_mhz"].append(top if r.clock_requested_mhz is None else r.clock_requested_mhz)
            cols["own_clock"].append(r.clock_requested_mhz is None)
            cols["ips"].append(r.ips)
            cols["profile_index"].append(index)
            cols["power_w"].append(np.nan if r.power_w_mean is None else r.power_w_mean)
            cols["sm_clock_mhz"].append(np.nan if r.sm_clock_mhz_mean is None else r.sm_clock_mhz_mean)
    if not cols["ips"]:
        raise InvalidArgumentError("the profiles hold no decode rows")
    return MeasuredPoints(**{k: np.asarray(v, dtype=bool if k == "own_clock" else float) for k, v in cols.items()})


def calibrated_model(profile: Profile, points: MeasuredPoints, tp_degree: int | None = None) -> ProfiledPerfModel:
    """The GPU model calibrated on ``points`` (all of one profile and one clock feature), with the
    profile's prefill rows at that clock: the simulator's GPU model when ``points`` are all of them.

    ``tp_degree``: the model's TP degree, default the profile's own (measured); another degree
    is the perfmodel's TP scaling of this calibration (modelled)."""
    own = bool(points.own_clock.all())
    requested = None if own else int(points.clock_mhz[0])
    base = MeasuredCalibration.from_profile(profile, requested)
    if np.any(points.tp_degree != base.tp_degree):
        raise InvalidArgumentError(f"{profile.csv_path}: points of TP {sorted(set(points.tp_degree.tolist()))} "
                                   f"cannot calibrate a TP-{base.tp_degree} profile's model")
    # The calibration holds one GPU's power; a TP-N profile's rows hold the instance's.
    calibration = dataclasses.replace(
        base, decode_batch=points.batch_size, decode_kv_tokens=points.kv_tokens, decode_time_s=1.0 / points.ips,
        decode_power_w=points.power_w / base.tp_degree, decode_clock_mhz=points.sm_clock_mhz)
    tp = base.tp_degree if tp_degree is None else int(tp_degree)
    return ProfiledPerfModel(shape_of(profile), gpu_spec_of(profile)[0], tp, calibration)


def _ips_at_clocks(perf: ProfiledPerfModel, batch, kv, clocks: np.ndarray) -> np.ndarray:
    """(n, clocks) decode IPS."""
    return np.asarray(perf.decode_ips(np.asarray(batch, dtype=float)[:, None],
                                      np.asarray(kv, dtype=float)[:, None], clocks[None, :]))


def build_rows(profiles: list[Profile], points: MeasuredPoints, *, densify: bool = True,
               tp_degrees: tuple[int, ...] = ()) -> Rows:
    """Training rows from the measured ``points`` (a subset of ``measured_points(profiles)``).

    ``tp_degrees``: TP degrees to add where no profile measured them (tp-scaling rows), from the
    single-clock points of the lowest measured TP degree (TP 1 when it is profiled)."""
    shape = shape_of(profiles[0])
    xs, ys, srcs = [], [], []

    def add(tp, batch, kv, clock, ips, source):
        n = np.size(ips)
        xs.append(np.column_stack([np.broadcast_to(a, n).astype(float) for a in (tp, batch, kv, clock)]))
        ys.append(np.asarray(ips, dtype=float).reshape(-1))
        srcs.append(np.full(n, source))

    def add_grid(tp, batch, kv, clocks, ips):  # ips: (n, clocks)
        add(tp, np.repeat(batch, clocks.size), np.repeat(kv, clocks.size), np.tile(clocks, batch.size),
            ips.reshape(-1), CLOCK_RESPONSE if tp == 1 or tp in measured_tp else TP_SCALING)

    add(points.tp_degree, points.batch_size, points.kv_tokens, points.clock_mhz, points.ips, MEASURED)
    measured_tp = {int(t) for t in points.tp_degree}
    scale_from = min(measured_tp)
    groups = {(int(p), float(tp), float(c))
              for p, tp, c in zip(points.profile_index, points.tp_degree, points.clock_mhz)}
    for pi, tp, clock in sorted(groups):
        sel = (points.profile_index == pi) & (points.tp_degree == tp) & (points.clock_mhz == clock)
        profile = profiles[pi]
        group = points.subset(sel)
        perf = calibrated_model(profile, group)  # at the group's own (measured) TP degree
        batch, kv, ips = group.batch_size, group.kv_tokens, group.ips
        if densify and sel.sum() >= 2:
            d_batch, d_kv = _dense_grid(batch, group.kv_tokens_per_request, _kv_limit(profile, perf),
                                        profile.metadata["grid"], shape.max_context_tokens)
            d_ips = np.asarray(perf.decode_ips(d_batch, d_kv, clock))
            add(tp, d_batch, d_kv, clock, d_ips, INTERPOLATED)
            batch, kv, ips = np.concatenate([batch, d_batch]), np.concatenate([kv, d_kv]), np.concatenate([ips, d_ips])
        if not (group.own_clock.all() and _single_clock(profile)):
            continue
        levels = np.asarray(perf.gpu.clocks_mhz, dtype=float)
        to = levels[levels != clock]
        # Anchored on each point's own IPS: the ratio is the calibrated model's clock response.
        at_clock = np.asarray(perf.decode_ips(batch, kv, clock))[:, None]
        moved = ips[:, None] * _ips_at_clocks(perf, batch, kv, to) / at_clock
        add_grid(int(tp), batch, kv, to, moved)
        if tp != scale_from:
            continue
        for degree in sorted(set(tp_degrees) - measured_tp):
            other = ProfiledPerfModel(perf.shape, perf.gpu, degree, perf.calibration)
            t_batch, t_kv = batch, kv
            if densify:
                t_batch, t_kv = _dense_grid(group.batch_size, group.kv_tokens_per_request,
                                            _kv_limit(profile, other), profile.metadata["grid"],
                                            shape.max_context_tokens)
                t_batch, t_kv = np.concatenate([group.batch_size, t_batch]), np.concatenate([group.kv_tokens, t_kv])
            add_grid(degree, t_batch, t_kv, levels, _ips_at_clocks(other, t_batch, t_kv, levels))
    return Rows(np.concatenate(xs), np.concatenate(ys), np.concatenate(srcs))


def _kv_limit(profile: Profile, perf: ProfiledPerfModel) -> float:
    """KV tokens the rows reach: the profiled instance's cache at its own TP degree, all of the
    memory at another degree."""
    if perf.measured_tp and profile.metadata.get("kv_capacity_tokens"):
        return float(profile.metadata["kv_capacity_tokens"])
    return float(perf.kv_capacity_tokens(memory_utilization=1.0))


def _single_clock(profile: Profile) -> bool:
    return len({r.clock_requested_mhz for r in profile.decode_rows()}) == 1


def _dense_grid(batch, kv_per_request, capacity_tokens, grid: dict,
                max_context_tokens: int) -> tuple[np.ndarray, np.ndarray]:
    """(batch, kv_tokens) of interpolated rows: over the profile grid's batch range and KV tokens
    per request from 1 up to the model's context (the calibrated model extends the measured
    points affinely in KV), within ``capacity_tokens`` of KV cache."""
    b_lo = float(min(np.min(batch), min(grid["batch_sizes"], default=np.inf)))
    b_hi = float(max(np.max(batch), max(grid["batch_sizes"], default=0)))
    t_lo = float(min(np.min(kv_per_request), min(grid["kv_tokens_per_request"], default=np.inf)))
    t_hi = float(max(np.max(kv_per_request), max(grid["kv_tokens_per_request"], default=0), max_context_tokens))
    batches = np.asarray([b for b in DENSE_BATCHES if b_lo <= b <= b_hi], dtype=float)
    # Below the smallest measured size too (a request holds its prompt, maybe a few tokens).
    below = np.geomspace(1.0, t_lo, 6)[:-1] if t_lo > 1 else np.empty(0)
    per_request = np.unique(np.round(np.concatenate([below, np.linspace(t_lo, t_hi, DENSE_KV_PER_REQUEST_STEPS)])))
    bb, tt = np.meshgrid(batches, per_request, indexing="ij")
    bb, kv = bb.reshape(-1), (bb * tt).reshape(-1)
    if capacity_tokens:
        keep = bb + kv <= float(capacity_tokens)
        bb, kv = bb[keep], kv[keep]
    return bb, kv
