"""One table file → observations and quarantine rows, with provenance on every row.

Steps: descriptor → sheets → layout per sheet → resolve each record (zone, indicator, year, unit,
value) → reject impossible values → settle duplicates. Anything wrong with a row stays with that row
(a quarantine row naming file, sheet, row and column); anything wrong with a sheet stays with that
sheet; the file goes on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from orchestration.tables.cells import CellError, parse_cell
from orchestration.tables.descriptor import Descriptor, normalize_date, read_descriptor
from orchestration.tables.duplicates import split_duplicates
from orchestration.tables.layout import LayoutError, Record, SheetLayout, detect, is_notes_sheet
from orchestration.tables.read_rows import UnreadableTableError, read_sheets
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


def table_id_of(source_path: str) -> str:
    return Path(source_path).with_suffix("").as_posix().removeprefix("tables/")


def load_table(path: Path, source_path: str) -> TableResult:
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    table_id = table_id_of(source_path)
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
    for sheet in text.sheets:
        if is_notes_sheet(sheet):
            footnotes.extend(c for row in sheet.rows for c in dict.fromkeys(row) if c)
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
        "published": normalize_date(published) if published else None, "location": record.location,
        "note": "; ".join(notes) or None, "sha256": sha256,
    }
