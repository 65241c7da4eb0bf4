"""Typed errors. The C++ core raises these through one translation boundary (bind_errors.cpp).

Every error derives from ``ThrottllemError``; ``InvalidArgumentError`` is also a ``ValueError``
and ``RequestIdError`` a ``KeyError``, so callers that catch the built-in kinds keep working.
"""

from throttllem._core import (
    InvalidArgumentError,
    ModelLoadError,
    NvmlError,
    NvmlGpuLost,
    NvmlLibraryNotFound,
    NvmlNoPermission,
    NvmlNotSupported,
    RequestIdError,
    ThrottllemError,
)

__all__ = [
    "InvalidArgumentError",
    "ModelLoadError",
    "NvmlError",
    "NvmlGpuLost",
    "NvmlLibraryNotFound",
    "NvmlNoPermission",
    "NvmlNotSupported",
    "RequestIdError",
    "ThrottllemError",
]
