"""Generated blocks inside hand-written markdown: commands rewrite only what lies between their markers."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_marked_block(path, begin: str, end: str, body: str, *, new_file_text: str = "") -> Path:
    """Put ``body`` between the ``begin``/``end`` marker lines of ``path``, keeping the rest.

    A file without the markers gets them appended; a missing file starts as ``new_file_text``.
    The file is replaced atomically (temp + rename): an interrupted run never leaves half a page.
    """
    path = Path(path)
    block = f"{begin}\n{body}{end}\n"
    text = path.read_text(encoding="utf-8") if path.exists() else new_file_text
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        tail = rest.split(end, 1)[1].lstrip("\n")
        text = head + block + ("\n" + tail if tail else "")
    else:
        text = text.rstrip("\n") + ("\n\n" if text.strip() else "") + block
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)  # mkstemp makes it 0600
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
