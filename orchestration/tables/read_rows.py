"""A table file → rows of cell strings, whatever the container (CSV in any Chinese encoding, XLSX)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from orchestration.text.decode import decode_bytes


class UnreadableTableError(ValueError):
    pass


def read_rows(path: Path, data: bytes) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = decode_bytes(data).text.lstrip("\ufeff")
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text))]
    if suffix == ".xlsx":
        return _xlsx_rows(data)
    raise UnreadableTableError(f"unsupported table type {suffix!r} (expected .csv or .xlsx)")


def _xlsx_rows(data: bytes) -> list[list[str]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
    except Exception as error:  # noqa: BLE001 — openpyxl raises many types for a bad file
        raise UnreadableTableError(f"not a readable XLSX workbook: {error}") from error
    sheet = workbook.worksheets[0]
    # A merged cell's value sits in its top-left cell: copy it over the whole range, so a merged
    # header reads the same in every column it spans.
    merged_values = {}
    for cell_range in sheet.merged_cells.ranges:
        value = sheet.cell(cell_range.min_row, cell_range.min_col).value
        for row in range(cell_range.min_row, cell_range.max_row + 1):
            for col in range(cell_range.min_col, cell_range.max_col + 1):
                merged_values[(row, col)] = value
    rows = []
    for r, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        rows.append(["" if (v := merged_values.get((r, c), value)) is None else str(v).strip()
                     for c, value in enumerate(row, start=1)])
    return rows
