"""Policy registry: name -> class, and policies made from ``name:arg,key=value`` specs."""

from __future__ import annotations

from throttllem.errors import InvalidArgumentError
from throttllem.options import bind, split_spec
from throttllem.sim.policies.base import Policy

_POLICIES: dict[str, type[Policy]] = {}


def register(cls: type[Policy]) -> type[Policy]:
    """Class decorator: adds ``cls`` to the registry under ``cls.name``."""
    if not cls.name:
        raise InvalidArgumentError(f"{cls.__name__} has no name")
    _POLICIES[cls.name] = cls
    return cls


def names() -> tuple[str, ...]:
    """Registered policy names, baselines first (by each class's ``rank``)."""
    return tuple(sorted(_POLICIES, key=lambda name: (_POLICIES[name].rank, name)))


def get(name: str) -> type[Policy]:
    """The policy class registered as ``name``."""
    if name not in _POLICIES:
        raise InvalidArgumentError(f"unknown policy {name!r}; known: {', '.join(_POLICIES)}")
    return _POLICIES[name]


def make(spec: str, *, option: str = "policy") -> Policy:
    """A policy from ``name`` or ``name:ARG,key=value,...`` (e.g. ``static:1500``,
    ``governor:length_error=0.1,exact=false``). A bare ARG is the class's first constructor
    argument; values are typed by the constructor's signature (:mod:`throttllem.options`).
    ``option`` names the source in errors (``--policy`` on the command line)."""
    name, args, pairs = split_spec(spec)
    cls = get(name)
    what = f"{option} {name}"
    kwargs = bind(cls, args, pairs, what)
    try:
        return cls(**kwargs)
    except InvalidArgumentError as exc:  # the policy's own range checks, named
        raise InvalidArgumentError(f"{what}: {exc}") from None
