"""GPU decode profiler: measured iteration times, power and clocks of a Llama-shaped model.

``throttllem profile`` runs :func:`run_profile`; profiles are read with :func:`read_profile`.
Importing this package needs neither torch nor CUDA: only measuring does (see docs/PROFILING.md).

>>> from throttllem.profiling import ProfileGrid
>>> len(ProfileGrid.quick().points())
7
"""

from throttllem.profiling.grid import DECODE, PREFILL, GridPoint, ProfileGrid, parse_clock_range
from throttllem.profiling.profile_file import Profile, ProfileWriter, profile_paths, read_profile
from throttllem.profiling.schema import COLUMNS, ProfileFormatError, ProfileRow
from throttllem.profiling.surface import DecodeTimeSurface

__all__ = [
    "COLUMNS",
    "DECODE",
    "PREFILL",
    "DecodeTimeSurface",
    "GridPoint",
    "Profile",
    "ProfileFormatError",
    "ProfileGrid",
    "ProfileRow",
    "ProfileWriter",
    "parse_clock_range",
    "profile_paths",
    "read_profile",
]
