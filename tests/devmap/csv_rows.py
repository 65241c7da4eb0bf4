"""Every row of a CSV file as dicts (fields up to 16 MiB: labels tables carry kernel sources)."""

from __future__ import annotations

import csv


def csv_rows(path) -> list[dict]:
    csv.field_size_limit(1 << 24)
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
