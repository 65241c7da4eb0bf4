"""Format of a profile: a CSV table of measured iterations plus a JSON metadata file beside it.

``<name>.csv`` holds one row per measured grid point, with exactly :data:`COLUMNS` in that order.
``<name>.json`` holds :data:`FORMAT`/:data:`FORMAT_VERSION` and the metadata that says what was
measured where (GPU, driver, software, model shape, grid, timing method, clocks seen, roofline).
Validation gives errors that name the file, the line and the field.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from throttllem.errors import ThrottllemError
from throttllem.profiledata.grid import DECODE, PHASES, PREFILL, GridPoint

FORMAT = "throttllem-profile"
FORMAT_VERSION = 1


class ProfileFormatError(ThrottllemError):
    """A profile file is missing, malformed, truncated or of another format."""


@dataclass(frozen=True)
class ProfileRow:
    """One measured grid point. Times, clocks and power are measured; ``ips = 1000 / iteration_ms_mean``."""

    phase: str
    tp_degree: int
    batch_size: int
    kv_tokens_per_request: int
    #: Cached tokens of the whole batch before the iteration (batch_size x kv_tokens_per_request).
    kv_tokens: int
    prefill_tokens: int
    #: Locked SM clock asked for; None: the GPU ran under its own clock policy.
    clock_requested_mhz: int | None
    #: SM clock seen during the timed replays (NVML samples); None without NVML.
    sm_clock_mhz_mean: float | None
    sm_clock_mhz_min: float | None
    sm_clock_mhz_max: float | None
    iterations: int
    iteration_ms_mean: float
    iteration_ms_median: float
    iteration_ms_p10: float
    iteration_ms_p90: float
    ips: float
    power_w_mean: float | None
    power_w_max: float | None
    energy_per_iteration_j: float | None
    #: NVML clock event reasons seen at the end of the window ("none", "sw_power_cap", ...).
    clock_event_reasons: str
    measured_at_utc: str

    def point(self) -> GridPoint:
        return GridPoint(self.phase, self.batch_size, self.kv_tokens_per_request, self.prefill_tokens,
                         self.clock_requested_mhz)

    def key(self) -> tuple:
        return self.point().key()


#: Column name -> (kind, decimals). Kinds: str, int, int? (may be empty), float, float?.
_COLUMN_KINDS: dict[str, tuple[str, int]] = {
    "phase": ("str", 0), "tp_degree": ("int", 0), "batch_size": ("int", 0),
    "kv_tokens_per_request": ("int", 0), "kv_tokens": ("int", 0), "prefill_tokens": ("int", 0),
    "clock_requested_mhz": ("int?", 0), "sm_clock_mhz_mean": ("float?", 1),
    "sm_clock_mhz_min": ("float?", 1), "sm_clock_mhz_max": ("float?", 1), "iterations": ("int", 0),
    "iteration_ms_mean": ("float", 6), "iteration_ms_median": ("float", 6),
    "iteration_ms_p10": ("float", 6), "iteration_ms_p90": ("float", 6), "ips": ("float", 4),
    "power_w_mean": ("float?", 2), "power_w_max": ("float?", 2), "energy_per_iteration_j": ("float?", 6),
    "clock_event_reasons": ("str", 0), "measured_at_utc": ("str", 0),
}
COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(ProfileRow))
assert COLUMNS == tuple(_COLUMN_KINDS), "ProfileRow and the column kinds must list the same columns"


def format_row(row: ProfileRow) -> list[str]:
    """Cells of ``row`` as written to the CSV (fixed decimals per column: stable round trips)."""
    out = []
    for name in COLUMNS:
        kind, decimals = _COLUMN_KINDS[name]
        value = getattr(row, name)
        if value is None:
            out.append("")
        elif kind.startswith("float"):
            out.append(f"{float(value):.{decimals}f}")
        else:
            out.append(str(value))
    return out


def parse_row(cells: list[str], where: str) -> ProfileRow:
    """A ProfileRow from CSV cells; ``where`` ("file.csv line 7") prefixes every error."""
    if len(cells) != len(COLUMNS):
        raise ProfileFormatError(f"{where}: {len(cells)} fields, expected {len(COLUMNS)} (truncated or malformed row)")
    values = {}
    for name, cell in zip(COLUMNS, cells):
        kind, _ = _COLUMN_KINDS[name]
        cell = cell.strip()
        if kind.endswith("?") and cell == "":
            values[name] = None
            continue
        try:
            if kind.startswith("int"):
                values[name] = int(cell)
            elif kind.startswith("float"):
                values[name] = float(cell)
                if not math.isfinite(values[name]):
                    raise ValueError
            else:
                values[name] = cell
        except ValueError:
            raise ProfileFormatError(f"{where}: column {name}: {cell!r} is not a valid {kind.rstrip('?')}") from None
    row = ProfileRow(**values)
    _check_row(row, where)
    return row


def _check_row(row: ProfileRow, where: str) -> None:
    def fail(why: str) -> None:
        raise ProfileFormatError(f"{where}: {why}")

    if row.phase not in PHASES:
        fail(f"phase must be one of {PHASES}, got {row.phase!r}")
    if row.tp_degree < 1 or row.batch_size < 1 or row.iterations < 1:
        fail("tp_degree, batch_size and iterations must be >= 1")
    if row.kv_tokens != row.batch_size * row.kv_tokens_per_request:
        fail(f"kv_tokens {row.kv_tokens} != batch_size x kv_tokens_per_request")
    if row.phase == DECODE and row.prefill_tokens != 0:
        fail("a decode row has prefill_tokens 0")
    if row.phase == PREFILL and (row.prefill_tokens < 1 or row.batch_size != 1):
        fail("a prefill row is one request with prefill_tokens >= 1")
    times = (row.iteration_ms_p10, row.iteration_ms_median, row.iteration_ms_mean, row.iteration_ms_p90)
    if min(times) <= 0:
        fail("iteration times must be positive")
    if not math.isclose(row.ips, 1000.0 / row.iteration_ms_mean, rel_tol=1e-3):
        fail(f"ips {row.ips} != 1000 / iteration_ms_mean ({1000.0 / row.iteration_ms_mean:.4f})")


# ---- metadata --------------------------------------------------------------------------------
#: Required metadata keys and their JSON types (nested dicts list their own required keys).
_NUMBER = (int, float)
_METADATA_SCHEMA: dict[str, object] = {
    "format": str, "format_version": int, "measured": bool, "tool": str,
    "created_utc": str, "updated_utc": str, "complete": bool, "tp_degree": int,
    "gpu": {"name": str, "driver_version": (str, type(None)), "sm_clocks_supported_mhz": list},
    "software": {"python": str, "torch": (str, type(None))},
    "model": {"preset": str, "name": str, "num_layers": int, "hidden_size": int, "num_heads": int,
              "num_kv_heads": int, "intermediate_size": int, "vocab_size": int,
              "max_context_tokens": int, "dtype": str},
    "grid": {"batch_sizes": list, "kv_tokens_per_request": list, "prefill_tokens": list},
    "timing": {"warmup_s": _NUMBER, "measure_s": _NUMBER, "method": str},
    "clocks_seen_mhz": (dict, type(None)),
    "roofline": (dict, type(None)),
}


def validate_metadata(meta: object, where: str) -> dict:
    """Checks a metadata document; returns it. Raises ProfileFormatError naming the bad key."""
    if not isinstance(meta, dict):
        raise ProfileFormatError(f"{where}: metadata must be a JSON object")
    if meta.get("format") != FORMAT:
        raise ProfileFormatError(f"{where}: not a throttllem profile "
                                 f"(format {meta.get('format')!r}, expected {FORMAT!r})")
    if meta.get("format_version") != FORMAT_VERSION:
        raise ProfileFormatError(f"{where}: format_version {meta.get('format_version')!r} is not supported "
                                 f"(this throttllem reads version {FORMAT_VERSION})")
    _check_keys(meta, _METADATA_SCHEMA, where, "")
    return meta


def _check_keys(doc: dict, schema: dict, where: str, prefix: str) -> None:
    for key, kind in schema.items():
        name = prefix + key
        if key not in doc:
            raise ProfileFormatError(f"{where}: metadata key '{name}' is missing")
        value = doc[key]
        if isinstance(kind, dict):
            if not isinstance(value, dict):
                raise ProfileFormatError(f"{where}: metadata key '{name}' must be an object")
            _check_keys(value, kind, where, name + ".")
            continue
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; a count must not be true/false.
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
            names = "/".join("null" if k is type(None) else k.__name__ for k in kinds)
            raise ProfileFormatError(f"{where}: metadata key '{name}' must be {names}, got {type(value).__name__}")
