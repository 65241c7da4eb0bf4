"""matplotlib for the report plots: the Agg backend (no display on servers or CI) and one way to save.

matplotlib is an optional dependency (``pip install throttllem[plots]``): a command asked for a
plot checks for it first, so a missing install fails at once with one line, not after a long run.
"""

from __future__ import annotations

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
    """Write ``fig`` to ``path`` (its folder created), close it, and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi)
    pyplot().close(fig)
    return path
