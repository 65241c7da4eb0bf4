"""matplotlib for the report plots: the Agg backend (no display on servers or CI) and one way to save.

matplotlib is an optional dependency (``pip install throttllem[plots]``): a command asked for a
plot checks for it first, so a missing install fails at once with one line, not after a long run.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from throttllem.errors import InvalidArgumentError

INSTALL_HINT = "pip install 'throttllem[plots]'"


def require_matplotlib(what: str = "plotting") -> None:
    """Raise InvalidArgumentError naming the extra when matplotlib is not installed."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise InvalidArgumentError(f"{what} needs matplotlib, which is not installed ({INSTALL_HINT})") from None


def pyplot():
    """matplotlib.pyplot on the Agg backend (imported on first use: matplotlib is slow to import)."""
    require_matplotlib()
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def save(fig, path, *, dpi: int = 110) -> Path:
    """Write ``fig`` to ``path`` (its folder created) atomically (temporary file + fsync +
    rename: a kill leaves the old plot or the new one), close it, and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            fig.savefig(f, dpi=dpi, format=path.suffix.lstrip(".") or "png")
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        pyplot().close(fig)
    return path
