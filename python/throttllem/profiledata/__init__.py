"""Profiles as data: the CSV + JSON format, its rows and metadata, the measuring grid, and the
reference profiles that ship with the package. Pure Python (no torch, no NVML): the simulator,
training and the profiler all read and write profiles through here (docs/PROFILING.md).

>>> from throttllem.profiledata import ProfileGrid
>>> len(ProfileGrid.quick().points())
7
"""

from throttllem.profiledata.files import Profile, ProfileWriter, profile_paths, read_profile
from throttllem.profiledata.grid import DECODE, PREFILL, GridPoint, ProfileGrid, parse_clock_range
from throttllem.profiledata.schema import COLUMNS, ProfileFormatError, ProfileRow

__all__ = [
    "COLUMNS",
    "DECODE",
    "PREFILL",
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
