"""throttllem: microsecond hardware-control decisions for LLM serving and OpenCL device selection.

The C++ core lives in the private extension ``throttllem._core``; this package is its facade.

>>> import throttllem
>>> board = throttllem.Scoreboard(kv_capacity_blocks=4096, max_batch_size=64)
>>> gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=range(345, 1981, 15),
...                           tbt_target_ms=200, max_batch_size=64)
>>> gov.decide(board, now_s=0.0).clock_mhz
345
"""

from throttllem._version import __version__
from throttllem.autoscaler import Autoscaler, InstanceCapacity, LoadMeter, ScaleDecision
from throttllem.errors import (
    InvalidArgumentError,
    ModelLoadError,
    RequestIdError,
    ThrottllemError,
)
from throttllem.forest import Forest
from throttllem.governor import Decision, Governor
from throttllem.scoreboard import Scoreboard

__all__ = [
    "Autoscaler",
    "Decision",
    "Forest",
    "Governor",
    "InstanceCapacity",
    "InvalidArgumentError",
    "LoadMeter",
    "ModelLoadError",
    "RequestIdError",
    "ScaleDecision",
    "Scoreboard",
    "ThrottllemError",
    "__version__",
]
