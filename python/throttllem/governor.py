"""Governor: admission control and the lowest SLO-meeting SM clock (C++ core)."""

from throttllem._core import Decision, Governor

__all__ = ["Decision", "Governor"]
