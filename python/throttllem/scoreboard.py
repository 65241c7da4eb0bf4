"""Scoreboard: requests in the engine and the projection of future iterations (C++ core)."""

from throttllem._core import Projection, Scoreboard

__all__ = ["Projection", "Scoreboard"]
