"""Loader for the Azure LLM inference trace CSV format, validating every row.

Format (github.com/Azure/AzurePublicDataset, AzureLLMInferenceDataset2023.md): a header
``TIMESTAMP,ContextTokens,GeneratedTokens`` then one request per row. TIMESTAMP is a
date-time (``2023-11-16 18:15:46.6805900``, any number of fractional digits) or, for
users' own traces, plain seconds. Extra columns are ignored.
"""

from __future__ import annotations

import csv
import datetime as _dt
import os
import re

import numpy as np

from throttllem._parsing import whole_number
from throttllem.errors import InvalidArgumentError
from throttllem.traces.trace import Trace

TIMESTAMP_COLUMN = "TIMESTAMP"
PROMPT_COLUMN = "ContextTokens"
OUTPUT_COLUMN = "GeneratedTokens"
REQUIRED_COLUMNS = (TIMESTAMP_COLUMN, PROMPT_COLUMN, OUTPUT_COLUMN)

#: Token counts and whole timestamp seconds are held in int64; anything beyond is no real trace.
INT64_MAX = 2**63 - 1
#: Leading bytes of files that are not UTF-8 text: (magic, what the file is).
_NOT_TEXT = ((b"\x1f\x8b", "gzip-compressed (decompress it first)"),
             (b"\xff\xfe", "UTF-16 text (save it as UTF-8)"),
             (b"\xfe\xff", "UTF-16 text (save it as UTF-8)"),
             (b"PK\x03\x04", "a zip archive (extract the CSV first)"))

_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,12}))?(?:Z|[+-]00:?00)?$"
)


class TraceFormatError(InvalidArgumentError):
    """A trace file that cannot be read; the message starts with ``file:line:``."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line


def _parse_timestamp(text: str) -> tuple[int, float]:
    """(whole seconds, fraction): since the epoch for a date-time, else the plain value.

    Kept apart because epoch seconds in one float lose the sub-microsecond digits."""
    match = _DATETIME.match(text)
    if match:
        year, month, day, hour, minute, second, fraction = match.groups()
        moment = _dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                              tzinfo=_dt.timezone.utc)
        return int(moment.timestamp()), (float("0." + fraction) if fraction else 0.0)
    value = float(text)  # ValueError for anything else
    if not np.isfinite(value):
        raise ValueError(text)
    whole = int(np.floor(value))
    if abs(whole) > INT64_MAX:
        raise OverflowError(text)
    return whole, value - whole


def _parse_tokens(text: str, column: str, path: str, line: int) -> int:
    try:
        value = whole_number(text)
    except ValueError as why:
        raise TraceFormatError(path, line, f"{column} is {why}: {text!r}") from None
    if value < 0:
        raise TraceFormatError(path, line, f"{column} is negative: {value}")
    if value > INT64_MAX:
        raise TraceFormatError(path, line, f"{column} is beyond 64 bits: {text!r}")
    return value


def _check_text(path: str) -> None:
    """Refuses a compressed, UTF-16 or binary file up front, naming what it looks like."""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    for magic, what in _NOT_TEXT:
        if head.startswith(magic):
            raise TraceFormatError(path, 1, f"not a UTF-8 CSV: the file is {what}")
    if b"\x00" in head:
        raise TraceFormatError(path, 1, "not a UTF-8 CSV: the file holds NUL bytes (binary data?)")


def _not_utf8(path: str) -> TraceFormatError:
    """The error for a file that fails to decode, at its first line that is not UTF-8.

    Text is decoded in chunks ahead of the CSV reader, so the failing line is found here."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                return TraceFormatError(path, number, f"not UTF-8 text: {exc.reason} at column {exc.start + 1}")
    return TraceFormatError(path, 1, "not UTF-8 text")


def load_csv(path: str | os.PathLike, name: str | None = None) -> Trace:
    """Reads and validates a trace file; raises :class:`TraceFormatError` naming file and line.

    Checked per row: the three columns are present and non-empty, token counts are whole
    non-negative numbers, the timestamp parses, and timestamps never go backwards. A zero
    count is read as 1 (a prefill always reads one token and yields one) and noted in
    ``Trace.notes``.
    """
    path = os.fspath(path)
    wholes: list[int] = []
    fractions: list[float] = []
    prompts: list[int] = []
    outputs: list[int] = []
    _check_text(path)
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise TraceFormatError(path, 1, "empty file (expected a header "
                                   + ",".join(REQUIRED_COLUMNS) + ")") from None
        except csv.Error as exc:
            raise TraceFormatError(path, 1, f"unreadable CSV header: {exc}") from None
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
        names = [column.strip() for column in header]
        missing = [column for column in REQUIRED_COLUMNS if column not in names]
        if missing:
            raise TraceFormatError(path, 1, f"missing column(s) {', '.join(missing)}; header is {header!r}")
        t_col, p_col, o_col = (names.index(column) for column in REQUIRED_COLUMNS)
        width = max(t_col, p_col, o_col) + 1
        previous = (-(2**64), 0.0)  # below any accepted timestamp
        try:
            for row in reader:
                line = reader.line_num
                if not row or all(not cell.strip() for cell in row):
                    continue  # blank lines (e.g. a trailing newline)
                if len(row) < width:
                    raise TraceFormatError(path, line, f"expected at least {width} fields, got {len(row)}")
                stamp = row[t_col].strip()
                try:
                    arrival = _parse_timestamp(stamp)
                except OverflowError:
                    raise TraceFormatError(path, line, f"{TIMESTAMP_COLUMN} is beyond 64-bit seconds: {stamp!r}") from None
                except ValueError:
                    raise TraceFormatError(path, line, f"unparsable {TIMESTAMP_COLUMN}: {stamp!r}") from None
                if arrival < previous:
                    raise TraceFormatError(path, line, f"{TIMESTAMP_COLUMN} goes backwards ({stamp!r} is "
                                           "earlier than the row before)")
                previous = arrival
                wholes.append(arrival[0])
                fractions.append(arrival[1])
                prompts.append(_parse_tokens(row[p_col].strip(), PROMPT_COLUMN, path, line))
                outputs.append(_parse_tokens(row[o_col].strip(), OUTPUT_COLUMN, path, line))
        except csv.Error as exc:
            raise TraceFormatError(path, reader.line_num, f"malformed CSV: {exc}") from None
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
    if not wholes:
        raise TraceFormatError(path, 2, "no requests after the header")
    notes = [f"loaded from {path}"]
    prompt = np.array(prompts, dtype=np.int64)
    output = np.array(outputs, dtype=np.int64)
    for label, values in (("prompt", prompt), ("output", output)):
        zeros = int(np.count_nonzero(values == 0))
        if zeros:
            notes.append(f"{zeros} request(s) with 0 {label} tokens read as 1")
            values[values == 0] = 1
    # Offsets taken on Python ints: two int64 seconds can be more than int64 apart.
    arrival = np.array([whole - wholes[0] for whole in wholes], dtype=np.float64) + (np.array(fractions) - fractions[0])
    return Trace(arrival, prompt, output, name or os.path.basename(path),
                 tuple(notes))
