"""Shared by tests/fuzz: hypothesis profiles and the rule every fuzz test checks.

Profiles: ``ci`` (default) is derandomized and database-free, so CI runs the same examples every
time and writes nothing; ``HYPOTHESIS_PROFILE=long`` draws fresh random examples, fifty times as
many, for local runs (docs/FUZZING.md). The profile applies to tests/fuzz only: other tests keep
their own settings.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

from throttllem.errors import ThrottllemError

_LONG = os.environ.get("HYPOTHESIS_PROFILE", "ci") == "long"
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("throttllem-fuzz-ci", deadline=None, derandomize=True, database=None,
                          suppress_health_check=_SLOW_OK, print_blob=True)
settings.register_profile("throttllem-fuzz-long", deadline=None, database=None,
                          suppress_health_check=_SLOW_OK, print_blob=True)


def fuzz_settings(max_examples: int, **kwargs) -> settings:
    """Settings of one fuzz test: ``max_examples`` under the CI profile, 50x under ``long``."""
    parent = settings.get_profile("throttllem-fuzz-long" if _LONG else "throttllem-fuzz-ci")
    return settings(parent, max_examples=max_examples * (50 if _LONG else 1), **kwargs)


def outcome(call, *args, **kwargs):
    """``("ok", result)`` or ``("error", exc)`` for a typed ThrottllemError with a one-line message.
    Any other exception propagates: the fuzz test then fails on it."""
    try:
        return "ok", call(*args, **kwargs)
    except ThrottllemError as exc:
        message = str(exc)
        assert message and "\n" not in message and "\r" not in message, repr(message)
        return "error", exc
