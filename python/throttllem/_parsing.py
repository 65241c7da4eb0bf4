"""Small parsers shared by the data loaders (traces, DevMap)."""

from __future__ import annotations


def whole_number(text: str) -> int:
    """``text`` as an int; "12" and "12.0" are accepted. Raises ValueError whose message is
    "not a number" or "not a whole number", for callers to put in their own file:line error."""
    try:
        return int(text)
    except ValueError:
        pass
    try:
        as_float = float(text)
    except ValueError:
        raise ValueError("not a number") from None
    if not as_float.is_integer():
        raise ValueError("not a whole number")
    return int(as_float)
