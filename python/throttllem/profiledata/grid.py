"""The profile grid: which decode and prefill iterations ``throttllem profile`` measures.

A decode point is ``batch_size`` requests that each hold ``kv_tokens_per_request`` cached tokens
and generate one token each (the iteration attends over ``kv_tokens_per_request + 1`` tokens). A
prefill point is one request's prompt chunk of ``prefill_tokens`` tokens with no cached prefix.
Points that do not fit the KV cache the GPU has room for are skipped and listed as such.
"""

from __future__ import annotations

from dataclasses import dataclass

from throttllem.errors import InvalidArgumentError

DECODE = "decode"
PREFILL = "prefill"
PHASES = (DECODE, PREFILL)

#: Default grid: ~60 decode points, about two minutes per preset on an H100 (2 s a point).
#: Batch sizes are denser than powers of two so the trained model interpolates between them.
DEFAULT_BATCH_SIZES = (1, 2, 4, 8, 16, 32, 48, 64, 96, 128, 192, 256)
#: The largest stays within Llama-2's 4096-token context with room for 64 generated tokens.
DEFAULT_KV_TOKENS_PER_REQUEST = (128, 512, 1024, 2048, 4032)
DEFAULT_PREFILL_TOKENS = (128, 256, 512, 1024, 2048)
QUICK_BATCH_SIZES = (1, 8, 64)
QUICK_KV_TOKENS_PER_REQUEST = (128, 1024)
QUICK_PREFILL_TOKENS = (512,)


@dataclass(frozen=True, order=True)
class GridPoint:
    """One iteration shape to measure at one requested clock (None: the GPU's own clock)."""

    phase: str
    batch_size: int
    kv_tokens_per_request: int
    prefill_tokens: int
    clock_requested_mhz: int | None = None

    def __post_init__(self) -> None:
        if self.phase not in PHASES:
            raise InvalidArgumentError(f"phase must be one of {PHASES}, got {self.phase!r}")
        if self.batch_size < 1 or self.kv_tokens_per_request < 0 or self.prefill_tokens < 0:
            raise InvalidArgumentError(f"bad grid point {self}")
        if self.phase == PREFILL and (self.batch_size != 1 or self.prefill_tokens < 1):
            raise InvalidArgumentError("a prefill point is one request with prefill_tokens >= 1")
        if self.phase == DECODE and self.prefill_tokens != 0:
            raise InvalidArgumentError("a decode point has prefill_tokens == 0")

    @property
    def kv_tokens(self) -> int:
        """Cached tokens of the whole batch before the iteration (the model's KV feature)."""
        return self.batch_size * self.kv_tokens_per_request

    @property
    def cache_tokens(self) -> int:
        """KV-cache slots the iteration needs (cached tokens plus those it writes)."""
        if self.phase == PREFILL:
            return self.prefill_tokens
        return self.batch_size * (self.kv_tokens_per_request + 1)

    def key(self) -> tuple:
        """Identity of the point in a profile table (used to resume)."""
        return (self.phase, self.batch_size, self.kv_tokens_per_request, self.prefill_tokens,
                self.clock_requested_mhz)

    def label(self) -> str:
        clock = "" if self.clock_requested_mhz is None else f" @{self.clock_requested_mhz} MHz"
        if self.phase == PREFILL:
            return f"prefill {self.prefill_tokens} tok{clock}"
        return f"decode b={self.batch_size} kv={self.kv_tokens_per_request}{clock}"


@dataclass(frozen=True)
class ProfileGrid:
    """Batch sizes x KV tokens per request (decode) and prompt chunk sizes (prefill)."""

    batch_sizes: tuple[int, ...] = DEFAULT_BATCH_SIZES
    kv_tokens_per_request: tuple[int, ...] = DEFAULT_KV_TOKENS_PER_REQUEST
    prefill_tokens: tuple[int, ...] = DEFAULT_PREFILL_TOKENS

    def __post_init__(self) -> None:
        for name in ("batch_sizes", "kv_tokens_per_request", "prefill_tokens"):
            values = tuple(sorted(set(int(v) for v in getattr(self, name))))
            lowest = 0 if name == "kv_tokens_per_request" else 1
            if any(v < lowest for v in values):
                raise InvalidArgumentError(f"{name} must be >= {lowest}")
            object.__setattr__(self, name, values)
        if not self.batch_sizes or not self.kv_tokens_per_request:
            raise InvalidArgumentError("the grid needs at least one batch size and one KV size")

    @classmethod
    def quick(cls) -> ProfileGrid:
        return cls(QUICK_BATCH_SIZES, QUICK_KV_TOKENS_PER_REQUEST, QUICK_PREFILL_TOKENS)

    def points(self, clock_requested_mhz: int | None = None) -> list[GridPoint]:
        """Every point, decode first (small to large), then prefill."""
        out = [GridPoint(DECODE, b, kv, 0, clock_requested_mhz)
               for b in self.batch_sizes for kv in self.kv_tokens_per_request]
        out += [GridPoint(PREFILL, 1, 0, p, clock_requested_mhz) for p in self.prefill_tokens]
        return out

    def split_by_capacity(self, points: list[GridPoint], capacity_tokens: int,
                          max_context_tokens: int) -> tuple[list[GridPoint], list[GridPoint]]:
        """(points that fit, points skipped): a point fits when its cache slots fit the GPU's
        KV capacity and each request stays within the model's context length."""
        fit, skipped = [], []
        for p in points:
            context = p.prefill_tokens if p.phase == PREFILL else p.kv_tokens_per_request + 1
            ok = p.cache_tokens <= capacity_tokens and context <= max_context_tokens
            (fit if ok else skipped).append(p)
        return fit, skipped

    def as_dict(self) -> dict:
        return {"batch_sizes": list(self.batch_sizes),
                "kv_tokens_per_request": list(self.kv_tokens_per_request),
                "prefill_tokens": list(self.prefill_tokens)}


def parse_int_list(text: str, what: str) -> tuple[int, ...]:
    """``"1,2,4"`` -> (1, 2, 4); a clear error otherwise."""
    try:
        values = tuple(int(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise InvalidArgumentError(f"{what}: expected comma-separated integers, got {text!r}") from None
    if not values:
        raise InvalidArgumentError(f"{what}: no values in {text!r}")
    return values


def parse_clock_range(text: str, supported_mhz: tuple[int, ...] | None = None) -> tuple[int, ...]:
    """``"900:1980:90"`` (start:stop:step, stop included) or ``"900,1200,1980"`` -> clocks in MHz.

    With ``supported_mhz`` every clock must be a level the GPU supports.
    """
    text = text.strip()
    if ":" in text:
        parts = text.split(":")
        if len(parts) != 3:
            raise InvalidArgumentError(f"--clocks: expected start:stop:step, got {text!r}")
        try:
            start, stop, step = (int(p) for p in parts)
        except ValueError:
            raise InvalidArgumentError(f"--clocks: start:stop:step must be integers, got {text!r}") from None
        if step <= 0 or start <= 0 or stop < start:
            raise InvalidArgumentError(f"--clocks: need 0 < start <= stop and step > 0, got {text!r}")
        clocks = tuple(range(start, stop + 1, step))
    else:
        clocks = tuple(sorted(set(parse_int_list(text, "--clocks"))))
        if clocks[0] <= 0:
            raise InvalidArgumentError("--clocks: clocks must be positive")
    if supported_mhz:
        bad = [c for c in clocks if c not in set(supported_mhz)]
        if bad:
            raise InvalidArgumentError(
                f"--clocks: {bad} MHz not supported by this GPU (it supports {supported_mhz[0]}.."
                f"{supported_mhz[-1]} MHz in {len(supported_mhz)} levels)")
    return clocks
