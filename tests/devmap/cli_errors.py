"""Assert that a command fails with a typed error, with or without the CLI's error boundary."""

from __future__ import annotations

import re

from throttllem.cli import main
from throttllem.errors import InvalidArgumentError, ThrottllemError


def fails(argv, capsys, kind, match: str) -> str:
    """``main(argv)`` fails with ``kind`` whose message matches ``match``: raised (no boundary),
    or as its exit code (2 for bad input, 1 otherwise) and one stderr line. Returns stderr."""
    try:
        code = main(argv)
    except ThrottllemError as e:
        assert isinstance(e, kind) and re.search(match, str(e)), (type(e), str(e))
        return capsys.readouterr().err
    err = capsys.readouterr().err
    assert code == (2 if issubclass(kind, InvalidArgumentError) else 1), (code, err)
    assert re.search(match, err), err
    return err
