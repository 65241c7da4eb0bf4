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
    return whole, value - whole


def _parse_tokens(text: str, column: str, path: str, line: int) -> int:
    try:
        value = whole_number(text)
    except ValueError as why:
        raise TraceFormatError(path, line, f"{column} is {why}: {text!r}") from None
    if value < 0:
        raise TraceFormatError(path, line, f"{column} is negative: {value}")
    return value


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
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise TraceFormatError(path, 1, "empty file (expected a header "
                                   + ",".join(REQUIRED_COLUMNS) + ")") from None
        except csv.Error as exc:
            raise TraceFormatError(path, 1, f"unreadable CSV header: {exc}") from None
        names = [column.strip() for column in header]
        missing = [column for column in REQUIRED_COLUMNS if column not in names]
        if missing:
            raise TraceFormatError(path, 1, f"missing column(s) {', '.join(missing)}; header is {header!r}")
        t_col, p_col, o_col = (names.index(column) for column in REQUIRED_COLUMNS)
        width = max(t_col, p_col, o_col) + 1
        previous = (-(2**62), 0.0)
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
                except (ValueError, OverflowError):
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
    arrival = (np.array(wholes, dtype=np.int64) - wholes[0]).astype(np.float64) + (np.array(fractions) - fractions[0])
    return Trace(arrival, prompt, output, name or os.path.basename(path),
                 tuple(notes))
