"""DecodeTimeSurface: decode iteration time at any (batch, KV tokens), interpolated from a profile.

A profile measures a coarse grid. Between its points the surface follows the structure of a
decode iteration: for a fixed batch size the time is affine in the batch's cached tokens (every
cached token is read once by attention), ``t = a(batch) + s(batch) * kv_tokens``; ``a`` and ``s``
are fitted per measured batch size (least squares); between batch sizes ``a`` and the cost per
token of each request, ``s * batch``, are interpolated linearly (so at a fixed number of tokens
per request the time is linear in batch between measured batches). Above the largest measured
batch ``a`` is extrapolated along its last segment; ``s`` is held.
Values from the surface are "modelled (interpolated from measured points)", not measured.
"""

from __future__ import annotations

import numpy as np

from throttllem.errors import InvalidArgumentError


class DecodeTimeSurface:
    """Interpolated decode iteration time (s) over (batch_size, kv_tokens of the whole batch)."""

    source = "modelled (interpolated from measured points)"

    def __init__(self, batch_sizes, kv_tokens, iteration_s) -> None:
        b = np.asarray(batch_sizes, dtype=float)
        k = np.asarray(kv_tokens, dtype=float)
        t = np.asarray(iteration_s, dtype=float)
        if not (b.shape == k.shape == t.shape) or b.ndim != 1 or b.size == 0:
            raise InvalidArgumentError("batch_sizes, kv_tokens and iteration_s must be 1-d arrays of one length")
        if np.any(b < 1) or np.any(k < 0) or np.any(~np.isfinite(t)) or np.any(t <= 0):
            raise InvalidArgumentError("need batch >= 1, kv_tokens >= 0 and positive finite times")
        self.batches = np.unique(b)
        intercept = np.empty(self.batches.size)
        slope = np.full(self.batches.size, np.nan)
        for i, batch in enumerate(self.batches):
            sel = b == batch
            if np.unique(k[sel]).size >= 2:
                slope[i], intercept[i] = np.polyfit(k[sel], t[sel], 1)
            else:
                intercept[i] = t[sel].mean()
        known = np.isfinite(slope)
        if known.any():
            # One KV size only at this batch: borrow the slope of its neighbours.
            # (The slope per token, not per request: held beyond the known batches it stays the
            # right order of magnitude, as attention's cost per cached token varies little.)
            slope = np.interp(self.batches, self.batches[known], slope[known])
        else:
            slope[:] = 0.0
        slope = np.maximum(slope, 0.0)  # more cached tokens never make an iteration faster
        for i, batch in enumerate(self.batches):
            if not known[i]:
                sel = b == batch
                intercept[i] = float(np.mean(t[sel] - slope[i] * k[sel]))
        self.intercept_s = intercept
        self.slope_s_per_token = slope
        self._min_time = float(t.min()) * 0.5

    @classmethod
    def from_profile(cls, profile, clock_requested_mhz: int | None = None) -> DecodeTimeSurface:
        """From the decode rows of ``profile`` at one requested clock (None: the GPU's own clock)."""
        rows = [r for r in profile.decode_rows() if r.clock_requested_mhz == clock_requested_mhz]
        if not rows:
            raise InvalidArgumentError(f"{profile.csv_path}: no decode rows at clock {clock_requested_mhz}")
        return cls([r.batch_size for r in rows], [r.kv_tokens for r in rows],
                   [r.iteration_ms_mean / 1000.0 for r in rows])

    def iteration_time_s(self, batch_size, kv_tokens):
        """Seconds per decode iteration (arrays broadcast; scalars in, float out)."""
        batch = np.asarray(batch_size, dtype=float)
        kv = np.asarray(kv_tokens, dtype=float)
        a = np.interp(batch, self.batches, self.intercept_s)
        if self.batches.size >= 2:
            top = self.batches[-1]
            rise = (self.intercept_s[-1] - self.intercept_s[-2]) / (top - self.batches[-2])
            a = np.where(batch > top, self.intercept_s[-1] + max(rise, 0.0) * (batch - top), a)
        # Between measured batches the cost per token *of each request* (slope x batch) is
        # interpolated, not the slope: attention of a small batch is latency-bound (its time grows
        # with the tokens per request, whatever the batch), and interpolating the slope itself
        # would let a batch of 3 take longer than a batch of 4 at the same tokens per request.
        per_request = np.interp(batch, self.batches, self.slope_s_per_token * self.batches)
        s = np.where(batch > self.batches[-1], self.slope_s_per_token[-1],
                     per_request / np.maximum(batch, 1.0))
        t = np.maximum(a + s * kv, self._min_time)
        return float(t) if t.ndim == 0 else t

    def ips(self, batch_size, kv_tokens):
        """Decode iterations per second."""
        return 1.0 / np.asarray(self.iteration_time_s(batch_size, kv_tokens))
