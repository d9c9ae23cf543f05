"""One table file → observations and quarantine rows, with provenance on every row.

Steps: descriptor → sheets → layout per sheet → resolve each record (zone, indicator, year, unit,
value) → reject impossible values → settle duplicates. Anything wrong with a row stays with that row
(a quarantine row naming file, sheet, row and column); anything wrong with a sheet stays with that
sheet; the file goes on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from orchestration.dates import normalize_date
from orchestration.tables.cells import CellError, parse_cell
from orchestration.tables.descriptor import Descriptor, is_descriptor, read_descriptor
from orchestration.tables.duplicates import split_duplicates
from orchestration.tables.layout import LayoutError, Record, SheetLayout, detect, is_notes_sheet
from orchestration.tables.read_rows import TABLE_SUFFIXES, Sheet, UnreadableTableError, read_sheets
from orchestration.tables.resolve import (ResolutionError, resolve_indicator, resolve_value, resolve_year,
                                          resolve_zone)
from orchestration.tables.validate import implausible
from orchestration.text.decode import UndecodableError


@dataclass
class TableResult:
    table_file: dict
    observations: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    encoding: str | None = None
    missing_cells: int = 0  # cells marked missing (—, …, blank): not observations, not errors


# Files that get a table_files row (an .xls does, to say why it is not read): their ids must not collide.
_TABLE_FILE_SUFFIXES = (*TABLE_SUFFIXES, ".xls")


def _sibling_tables(path: Path) -> list[Path]:
    if not path.parent.is_dir():
        return []
    return [p for p in path.parent.iterdir() if p != path and p.is_file() and not p.name.startswith(".")
            and not is_descriptor(p) and p.suffix.lower() in _TABLE_FILE_SUFFIXES]


def table_id_of(source_path: str, siblings: Collection[str] = ()) -> str:
    """The path under tables/ without its extension (`guiyang_zone_profile`), unless another table in
    the same folder shares that stem (hte.csv beside hte.tsv or hte.xlsx) or is named like it: then the
    file name with its extension (`hte.csv`), so that every file has its own id. `siblings` are the
    names of the other table files in the folder."""
    relative = Path(source_path.removeprefix("tables/"))
    if relative.stem in siblings or any(Path(name).stem == relative.stem for name in siblings):
        return relative.as_posix()
    return relative.with_suffix("").as_posix()


def load_table(path: Path, source_path: str) -> TableResult:
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    table_id = table_id_of(source_path, [p.name for p in _sibling_tables(path)])
    descriptor = read_descriptor(path)
    result = TableResult({"table_id": table_id, "source_path": source_path, "sha256": sha256,
                          "title": descriptor.get("title"), "layout": None, "rows_read": 0, "rows_loaded": 0,
                          "footnotes": None})

    def reject(location: str, reason: str) -> None:
        result.quarantine.append({"source_path": source_path, "location": location, "reason": reason})

    for name, reason in descriptor.problems:
        reject(f"descriptor {name}", reason)
    try:
        text = read_sheets(path, data)
    except (UnreadableTableError, UndecodableError) as error:
        reject("file", str(error))
        return result
    result.encoding = text.encoding
    layouts: list[tuple[str | None, SheetLayout]] = []
    footnotes: list[str] = []
    notes = [is_notes_sheet(sheet) for sheet in text.sheets]
    for sheet, is_notes in zip(text.sheets, notes):
        if is_notes:
            # A prose sheet (说明) beside sheets that hold tables is the workbook's notes. Anything else
            # with no row of two different values — a CSV of one column, a quote never closed that
            # swallows the file, an empty file or workbook — holds no table, and says so.
            if sheet.name is not None and not all(notes):
                footnotes.extend(c for row in sheet.rows for c in dict.fromkeys(row) if c)
            else:
                reject("file" if sheet.name is None else f"sheet {sheet.name}", _no_table(sheet, len(notes)))
            continue
        try:
            layout = detect(sheet, descriptor.values, descriptor.columns)
        except LayoutError as error:
            reject("file" if sheet.name is None else f"sheet {sheet.name}", str(error))
            continue
        layouts.append((sheet.name, layout))
        footnotes.extend(layout.footnotes)
        result.missing_cells += layout.missing_cells
        for rejected in layout.rejected:
            reject(rejected.location, rejected.reason)
    candidates = []
    for _, layout in layouts:
        for record in layout.records:
            try:
                candidates.append(_observation(record, descriptor, table_id, source_path, sha256))
            except (ResolutionError, CellError) as error:
                reject(record.location, str(error))
    observations, duplicates = split_duplicates(candidates, source_path)
    result.quarantine.extend(duplicates)
    result.observations = observations
    result.table_file.update(
        layout=" | ".join(layout.describe() if name is None else f"sheet {name}: {layout.describe()}"
                          for name, layout in layouts) or None,
        rows_read=sum(len(layout.records) + len(layout.rejected) for _, layout in layouts),
        rows_loaded=len(observations), footnotes="\n".join(footnotes) or None)
    return result


def _observation(record: Record, descriptor: Descriptor, table_id: str, source_path: str, sha256: str) -> dict:
    zone_id = resolve_zone(record.zone)
    indicator_code = resolve_indicator(record.indicator)
    year = resolve_year(record.year)
    try:
        cell = parse_cell(record.value)
    except CellError as error:
        raise CellError(f"value {error}") from None
    value, unit = resolve_value(cell, record.unit, indicator_code)
    problem = implausible(indicator_code, value)
    if problem:
        raise ResolutionError(f"impossible value {record.value!r}: {problem}")
    by_year = descriptor.sources_by_year.get(year, {})
    source_url = record.source_url or by_year.get("source_url") or descriptor.get("source_url")
    published = record.published or by_year.get("published") or descriptor.get("published")
    notes = [record.note] if record.note else []
    if cell.marker:
        notes.append(f"footnote marker {cell.marker} in the cell: see the table's notes")
    for key in ("publisher", "licence"):
        if by_year.get(key) or descriptor.get(key):
            notes.append(f"{key}: {by_year.get(key) or descriptor.get(key)}")
    return {
        "observation_id": hashlib.sha256(f"{table_id}:{zone_id}:{indicator_code}:{year}".encode()).hexdigest()[:16],
        "zone_id": zone_id, "indicator_code": indicator_code, "year": year, "value": value, "unit": unit,
        "table_id": table_id, "source_path": source_path, "source_url": source_url,
        "published": (normalize_date(published) or published) if published else None, "location": record.location,
        "note": "; ".join(notes) or None, "sha256": sha256,
    }


def _no_table(sheet: Sheet, sheet_count: int) -> str:
    where = "the file" if sheet.name is None else f"sheet {sheet.name}"
    values = [c for row in sheet.rows for c in row if c]
    if not values:
        return f"no table found in {where}: it holds no values"
    if sheet.name is not None:
        return (f"no table found in {where}: no row has two different values (a notes sheet, but "
                f"{'the workbook has no other sheet' if sheet_count == 1 else 'no other sheet holds a table'})")
    reason = (f"no table found in {where}: no row has two different values in {len(sheet.rows)} row(s) — "
              "a single column, or a wrong separator")
    if any("\n" in c for c in values):
        reason += ('; a cell spans several lines: a quote (") that is never closed may have swallowed the rest '
                   "of the file")
    return reason
