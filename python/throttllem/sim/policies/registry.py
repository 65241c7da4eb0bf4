"""Policy registry: name -> class, and parsing of "name:arg,key=value" specs."""

from __future__ import annotations

from throttllem.errors import InvalidArgumentError
from throttllem.sim.policies.base import Policy

_POLICIES: dict[str, type[Policy]] = {}


def register(cls: type[Policy]) -> type[Policy]:
    if not cls.name:
        raise InvalidArgumentError(f"{cls.__name__} has no name")
    _POLICIES[cls.name] = cls
    return cls


def names() -> tuple[str, ...]:
    """Registered policy names, baselines first (by each class's ``rank``)."""
    return tuple(sorted(_POLICIES, key=lambda name: (_POLICIES[name].rank, name)))


def get(name: str) -> type[Policy]:
    if name not in _POLICIES:
        raise InvalidArgumentError(f"unknown policy {name!r}; known: {', '.join(_POLICIES)}")
    return _POLICIES[name]


def _value(text: str):
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def make(spec: str) -> Policy:
    """A policy from ``name`` or ``name:ARG,key=value,...`` (e.g. ``static:1500``,
    ``governor:length_error=0.1``). A bare ARG is the class's first constructor argument."""
    name, _, rest = spec.partition(":")
    cls = get(name.strip())
    args, kwargs = [], {}
    for part in filter(None, (p.strip() for p in rest.split(","))):
        key, eq, value = part.partition("=")
        if eq:
            kwargs[key.strip()] = _value(value.strip())
        else:
            args.append(_value(part))
    try:
        return cls(*args, **kwargs)
    except TypeError as exc:
        raise InvalidArgumentError(f"bad arguments for policy {name!r}: {exc}") from None
