"""Files a user keeps are replaced whole: written to a temporary file beside the target, flushed
to disk, then renamed over it. A kill or a full disk leaves the old file or the new one, never
half of either."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_open(path: str | os.PathLike, *, newline: str | None = None, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """``with atomic_open(path) as f: f.write(...)``: the text replaces ``path`` only when the
    block ends without an exception (permissions: the old file's, else 0644)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", newline=newline, encoding=encoding) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)  # mkstemp makes 0600
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    """``path`` becomes ``text``, atomically."""
    with atomic_open(path) as f:
        f.write(text)
