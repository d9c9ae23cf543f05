"""A table file → sheets of cell strings, whatever the container (CSV in any Chinese encoding, XLSX).

Nothing here knows what a header is: a sheet is a name (None for CSV) and rows of stripped strings,
with merged XLSX cells copied over the range they span so a merged header reads the same in every
column it covers.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from orchestration.tables.encoding import decode_table_text

TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx")


class UnreadableTableError(ValueError):
    pass


@dataclass
class Sheet:
    name: str | None  # the XLSX sheet name; None for a CSV
    rows: list[list[str]]


@dataclass
class TableText:
    sheets: list[Sheet]
    encoding: str | None  # of a CSV; None for XLSX


def read_sheets(path: Path, data: bytes) -> TableText:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        text, encoding = decode_table_text(data)
        return TableText([Sheet(None, _delimited_rows(text, "\t" if suffix == ".tsv" else None))], encoding)
    if suffix == ".xlsx":
        return TableText(_xlsx_sheets(data), None)
    if suffix == ".xls":
        raise UnreadableTableError("legacy .xls workbook: save it as .xlsx (openpyxl reads only OOXML)")
    raise UnreadableTableError(f"unsupported table type {suffix!r} (expected .csv, .tsv or .xlsx)")


def _delimited_rows(text: str, delimiter: str | None) -> list[list[str]]:
    if delimiter is None:
        # Offices export "CSV" with tabs or semicolons too; the separator used most wins, comma on a tie.
        head = text[:4000]
        delimiter = max((",", "\t", ";"), key=lambda d: (head.count(d), d == ","))
    return [[_clean(cell) for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _clean(value: object) -> str:
    # Full-width and no-break spaces pad cells in exports from Chinese spreadsheets.
    return "" if value is None else str(value).replace("\u3000", " ").replace("\xa0", " ").strip()


def _xlsx_sheets(data: bytes) -> list[Sheet]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
    except Exception as error:  # noqa: BLE001 — openpyxl raises many types for a bad file
        raise UnreadableTableError(f"not a readable XLSX workbook: {error}") from error
    sheets = []
    for sheet in workbook.worksheets:
        merged_anchor = {}
        for cell_range in sheet.merged_cells.ranges:
            anchor = sheet.cell(cell_range.min_row, cell_range.min_col)
            for row in range(cell_range.min_row, cell_range.max_row + 1):
                for col in range(cell_range.min_col, cell_range.max_col + 1):
                    merged_anchor[(row, col)] = anchor
        rows = []
        for r, row in enumerate(sheet.iter_rows(), start=1):
            rows.append([_xlsx_cell(merged_anchor.get((r, c), cell)) for c, cell in enumerate(row, start=1)])
        sheets.append(Sheet(sheet.title, rows))
    return sheets


def _xlsx_cell(cell) -> str:
    value, number_format = cell.value, getattr(cell, "number_format", "General") or "General"
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in number_format:
        # Excel stores 26.6% as 0.266 and only formats it as a percent: read what the sheet shows.
        return f"{Decimal(str(value)) * 100:f}".rstrip("0").rstrip(".") + "%"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a whole number stored as float (39.0) reads as typed: 39
    return _clean(value)
