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

from throttllem.errors import InvalidArgumentError
from throttllem.lengths.base import LengthPredictor
from throttllem.lengths.online import OnlineQuantile, SlidingQuantile
from throttllem.lengths.simple import Conservative, UserPredictor
from throttllem.options import bind, split_spec

_REGISTRY: dict[str, type[LengthPredictor]] = {}


def register(cls: type[LengthPredictor]) -> type[LengthPredictor]:
    """Class decorator: adds a predictor class to the registry under ``cls.name``."""
    if not cls.name:
        raise InvalidArgumentError(f"{cls.__name__} has no name")
    _REGISTRY[cls.name] = cls
    return cls


for _cls in (Conservative, OnlineQuantile, UserPredictor):
    register(_cls)


def names() -> tuple[str, ...]:
    """Registered predictor names."""
    return tuple(sorted(_REGISTRY))


def make(name: str, **kwargs) -> LengthPredictor:
    """A fresh predictor registered as ``name`` (each engine run needs its own: they learn)."""
    if name not in _REGISTRY:
        raise InvalidArgumentError(f"unknown length predictor {name!r}; known: {', '.join(names())}")
    return _REGISTRY[name](**kwargs)


def from_spec(spec: str, *, option: str = "lengths") -> LengthPredictor:
    """A predictor from ``name`` or ``name:key=value,...`` (``online:quantile=0.8,window=500``),
    values typed by the constructor's signature (:mod:`throttllem.options`)."""
    name, args, pairs = split_spec(spec)
    if name not in _REGISTRY:
        raise InvalidArgumentError(f"{option}: unknown length predictor {name!r}; known: {', '.join(names())}")
    what = f"{option} {name}"
    kwargs = bind(_REGISTRY[name], args, pairs, what)
    try:
        return _REGISTRY[name](**kwargs)
    except InvalidArgumentError as exc:
        raise InvalidArgumentError(f"{what}: {exc}") from None


__all__ = ["Conservative", "LengthPredictor", "OnlineQuantile", "SlidingQuantile", "UserPredictor",
           "from_spec", "make", "names", "register"]
