"""Generated blocks inside hand-written markdown: commands rewrite only what lies between their markers."""

from __future__ import annotations

from pathlib import Path

from throttllem._atomic import write_text_atomic


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
    write_text_atomic(path, text)
    return path
