"""Policy registry: name -> class, and policies made from ``name:arg,key=value`` specs."""

from __future__ import annotations

from throttllem.options import Registry
from throttllem.sim.policies.base import Policy

#: Baselines first in reports (each class's ``rank``).
POLICIES = Registry("policy", order=lambda name, cls: cls.rank)

#: Class decorator: adds a Policy subclass under its ``name``.
register = POLICIES.register
#: Registered policy names, baselines first.
names = POLICIES.names


def get(name: str) -> type[Policy]:
    """The policy class registered as ``name``."""
    return POLICIES.get(name)


def make(spec: str, *, option: str = "policy") -> Policy:
    """A policy from ``name`` or ``name:ARG,key=value,...`` (e.g. ``static:1500``,
    ``governor:length_error=0.1,exact=false``). A bare ARG is the class's first constructor
    argument; values are typed by the constructor's signature (:mod:`throttllem.options`).
    ``option`` names the source in errors (``--policy`` on the command line)."""
    return POLICIES.from_spec(spec, option=option)
