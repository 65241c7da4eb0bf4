"""Progress bars for long commands: tqdm on stderr, or a silent stand-in.

The stand-in serves when the caller turned the bar off or tqdm is missing (a ``--no-deps``
install), so long loops call ``update`` unconditionally.
"""

from __future__ import annotations


class NoBar:
    """Does nothing, with the part of tqdm's interface the commands use."""

    def __enter__(self) -> NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int = 1) -> None:
        return None

    def set_postfix_str(self, s: str) -> None:
        return None

    def close(self) -> None:
        return None


def progress_bar(total: int, *, desc: str, unit: str, enabled: bool = True):
    """A tqdm bar of ``total`` steps, or ``NoBar()`` when disabled or tqdm is missing."""
    if not enabled:
        return NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        return NoBar()
    return tqdm(total=total, desc=desc, unit=unit)
