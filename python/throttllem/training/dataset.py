"""Training rows for the IPS model from profiles: measured points, plus modelled rows that fill in
batch/KV between them and, where a profile has one clock only, the clock dimension.

Every row carries its source:

* ``measured``: a decode row of a profile; its clock feature is the clock requested, or for a
  profile at the GPU's own clock policy the highest supported level (what the governor's
  "max clock" asks for; the clock actually seen is in the profile);
* ``interpolated`` (modelled): :class:`~throttllem.profiling.DecodeTimeSurface` between measured
  batch sizes and KV sizes (and out to the profile grid's edges), at the measured clock;
* ``clock-response`` (modelled): a measured or interpolated row moved to another clock by the
  ratio of :class:`~throttllem.perfmodel.GpuPerfModel` IPS at the two clocks (its documented
  roofline + power-cap clock response).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import A100_SXM_40GB, H100_SXM_80GB, GpuPerfModel, GpuSpec, ModelShape
from throttllem.profiling.profile_file import Profile
from throttllem.profiling.surface import DecodeTimeSurface

MEASURED, INTERPOLATED, CLOCK_RESPONSE = "measured", "interpolated", "clock-response"
SOURCES = (MEASURED, INTERPOLATED, CLOCK_RESPONSE)
#: Batch sizes of the interpolated rows: every size up to 32, then every 4th (clipped to the profile).
DENSE_BATCHES = tuple(range(1, 33)) + tuple(range(36, 1025, 4))
DENSE_KV_PER_REQUEST_STEPS = 24


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
    fields = {f.name for f in dataclasses.fields(ModelShape)}
    return ModelShape(**{k: v for k, v in profile.metadata["model"].items() if k in fields})


def gpu_spec_of(profile: Profile) -> tuple[GpuSpec, str]:
    """The clock-response GPU model for a profile, and a note on where it came from. The clocks
    are the profiled GPU's supported levels; a measured roofline replaces the datasheet ceilings."""
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
        from throttllem.profiling.roofline import calibrated_gpu_spec

        spec = calibrated_gpu_spec(spec, roofline)
        note += ", measured roofline ceilings"
    return spec, note


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
    if not cols["ips"]:
        raise InvalidArgumentError("the profiles hold no decode rows")
    return MeasuredPoints(**{k: np.asarray(v, dtype=bool if k == "own_clock" else float) for k, v in cols.items()})


def _clock_response(perf: GpuPerfModel, batch, kv, ips, from_mhz, to_mhz: np.ndarray):
    """IPS of (batch, kv) moved from ``from_mhz`` to each clock of ``to_mhz``: (n, clocks)."""
    b, k, c = (np.asarray(a, dtype=float)[:, None] for a in (batch, kv, from_mhz))
    base = perf.decode_ips(b, k, c)
    return np.asarray(ips, dtype=float)[:, None] * perf.decode_ips(b, k, to_mhz[None, :]) / base


def build_rows(profiles: list[Profile], points: MeasuredPoints, *, densify: bool = True) -> Rows:
    """Training rows from the measured ``points`` (a subset of ``measured_points(profiles)``)."""
    shape = shape_of(profiles[0])
    xs, ys, srcs = [], [], []

    def add(tp, batch, kv, clock, ips, source):
        n = np.size(ips)
        xs.append(np.column_stack([np.broadcast_to(a, n).astype(float) for a in (tp, batch, kv, clock)]))
        ys.append(np.asarray(ips, dtype=float).reshape(-1))
        srcs.append(np.full(n, source))

    add(points.tp_degree, points.batch_size, points.kv_tokens, points.clock_mhz, points.ips, MEASURED)
    groups = {(int(p), float(tp), float(c))
              for p, tp, c in zip(points.profile_index, points.tp_degree, points.clock_mhz)}
    for pi, tp, clock in sorted(groups):
        sel = (points.profile_index == pi) & (points.tp_degree == tp) & (points.clock_mhz == clock)
        profile = profiles[pi]
        spec = gpu_spec_of(profile)[0]
        perf = GpuPerfModel(shape, spec, int(tp))
        batch, kv, ips = points.batch_size[sel], points.kv_tokens[sel], points.ips[sel]
        if densify and sel.sum() >= 2:
            d_batch, d_kv = _dense_grid(points.batch_size[sel], points.kv_tokens_per_request[sel],
                                        profile.metadata.get("kv_capacity_tokens"), profile.metadata["grid"])
            d_ips = DecodeTimeSurface(batch, kv, 1.0 / ips).ips(d_batch, d_kv)
            add(tp, d_batch, d_kv, clock, d_ips, INTERPOLATED)
            batch, kv, ips = np.concatenate([batch, d_batch]), np.concatenate([kv, d_kv]), np.concatenate([ips, d_ips])
        if points.own_clock[sel].all() and _single_clock(profile):
            to = np.asarray([c for c in spec.clocks_mhz if c != clock], dtype=float)
            moved = _clock_response(perf, batch, kv, ips, np.full(batch.size, clock), to)
            add(tp, np.repeat(batch, to.size), np.repeat(kv, to.size), np.tile(to, batch.size), moved.reshape(-1),
                CLOCK_RESPONSE)
    return Rows(np.concatenate(xs), np.concatenate(ys), np.concatenate(srcs))


def _single_clock(profile: Profile) -> bool:
    return len({r.clock_requested_mhz for r in profile.decode_rows()}) == 1


def _dense_grid(batch, kv_per_request, capacity_tokens, grid: dict) -> tuple[np.ndarray, np.ndarray]:
    """(batch, kv_tokens) of interpolated rows: over the profile grid's batch and KV ranges (the
    surface extends the measured points affinely in KV and along its last segment in batch),
    within the KV cache the profiled GPU had room for."""
    b_lo = float(min(np.min(batch), min(grid["batch_sizes"], default=np.inf)))
    b_hi = float(max(np.max(batch), max(grid["batch_sizes"], default=0)))
    t_lo = float(min(np.min(kv_per_request), min(grid["kv_tokens_per_request"], default=np.inf)))
    t_hi = float(max(np.max(kv_per_request), max(grid["kv_tokens_per_request"], default=0)))
    batches = np.asarray([b for b in DENSE_BATCHES if b_lo <= b <= b_hi], dtype=float)
    per_request = np.unique(np.round(np.linspace(t_lo, t_hi, DENSE_KV_PER_REQUEST_STEPS)))
    bb, tt = np.meshgrid(batches, per_request, indexing="ij")
    bb, kv = bb.reshape(-1), (bb * tt).reshape(-1)
    if capacity_tokens:
        keep = bb + kv <= float(capacity_tokens)
        bb, kv = bb[keep], kv[keep]
    return bb, kv
