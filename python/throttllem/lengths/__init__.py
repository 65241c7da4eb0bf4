"""Output-length predictors for the governor's scoreboard, live: each request is predicted
when it arrives, from requests that finished before then only.

- ``conservative``: every request runs to its ``max_tokens`` (no prediction);
- ``online``: :class:`OnlineQuantile`, a quantile of recent output lengths by prompt-length
  bucket, learned from finished requests (the default of the simulator's governor);
- ``user``: :class:`UserPredictor`, a callable of your own.

>>> predictor = make("online", quantile=0.9)
>>> predictor.predict(prompt_tokens=812, max_tokens=1024, now_s=3.2)    # at arrival
>>> predictor.observe(prompt_tokens=812, output_tokens=231, finish_s=9.7)  # at completion

The simulator's ``oracle`` and ``noisy`` predictors (``throttllem.sim.predictors.output_length``)
read the true length and stay experiments.
"""

from __future__ import annotations

from throttllem.lengths.base import LengthPredictor
from throttllem.lengths.online import OnlineQuantile, SlidingQuantile
from throttllem.lengths.simple import Conservative, UserPredictor
from throttllem.options import Registry

PREDICTORS = Registry("length predictor")
#: Class decorator: adds a LengthPredictor subclass under its ``name``.
register = PREDICTORS.register
#: Registered predictor names.
names = PREDICTORS.names

for _cls in (Conservative, OnlineQuantile, UserPredictor):
    register(_cls)


def make(name: str, **kwargs) -> LengthPredictor:
    """A fresh predictor registered as ``name`` (each engine run needs its own: they learn)."""
    return PREDICTORS.make(name, **kwargs)


def from_spec(spec: str, *, option: str = "lengths") -> LengthPredictor:
    """A predictor from ``name`` or ``name:key=value,...`` (``online:quantile=0.8,window=500``),
    values typed by the constructor's signature (:mod:`throttllem.options`)."""
    return PREDICTORS.from_spec(spec, option=option)


__all__ = ["Conservative", "LengthPredictor", "OnlineQuantile", "SlidingQuantile", "UserPredictor",
           "PREDICTORS", "from_spec", "make", "names", "register"]
