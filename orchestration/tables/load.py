"""One table file → observations and quarantine rows, with provenance on every row."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from orchestration.tables.layout import LayoutError, detect
from orchestration.tables.read_rows import UnreadableTableError, read_rows
from orchestration.tables.resolve import (ResolutionError, resolve_indicator, resolve_value, resolve_year,
                                          resolve_zone)
from orchestration.text.decode import UndecodableError


@dataclass
class TableResult:
    table_file: dict
    observations: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)


def _descriptor(path: Path) -> tuple[dict, str | None]:
    meta = path.with_suffix(".meta.json")
    if not meta.exists():
        return {}, None
    try:
        return json.loads(meta.read_text(encoding="utf-8")), None
    except (ValueError, UnicodeDecodeError) as error:
        return {}, f"descriptor {meta.name} is unreadable ({error}); table loaded without it"


def load_table(path: Path, source_path: str) -> TableResult:
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    table_id = Path(source_path).with_suffix("").as_posix().removeprefix("tables/")
    descriptor, descriptor_error = _descriptor(path)
    result = TableResult({"table_id": table_id, "source_path": source_path, "sha256": sha256,
                          "title": descriptor.get("title"), "layout": None, "rows_read": 0, "rows_loaded": 0,
                          "footnotes": None})
    if descriptor_error:
        result.quarantine.append({"source_path": source_path, "location": "descriptor", "reason": descriptor_error})
    try:
        layout = detect(read_rows(path, data), {k: descriptor[k] for k in ("zone", "indicator", "unit", "source_url", "published")
                                                if isinstance(descriptor.get(k), str)})
    except (UnreadableTableError, UndecodableError, LayoutError) as error:
        result.quarantine.append({"source_path": source_path, "location": "file", "reason": str(error)})
        return result
    result.table_file.update(layout=layout.name, rows_read=len(layout.records),
                             footnotes="\n".join(layout.footnotes) or None)
    seen: dict[tuple, str] = {}
    for record in layout.records:
        try:
            zone_id = resolve_zone(record.zone)
            indicator_code = resolve_indicator(record.indicator)
            year = resolve_year(record.year)
            value, unit = resolve_value(record.value, record.unit, indicator_code)
        except ResolutionError as error:
            result.quarantine.append({"source_path": source_path, "location": record.location, "reason": str(error)})
            continue
        key = (zone_id, indicator_code, year)
        if key in seen:
            result.quarantine.append({"source_path": source_path, "location": record.location,
                                      "reason": f"duplicate of {seen[key]} for {zone_id}/{indicator_code}/{year}"})
            continue
        seen[key] = record.location
        observation_id = hashlib.sha256(f"{table_id}:{zone_id}:{indicator_code}:{year}".encode()).hexdigest()[:16]
        result.observations.append({
            "observation_id": observation_id, "zone_id": zone_id, "indicator_code": indicator_code, "year": year,
            "value": value, "unit": unit, "table_id": table_id, "source_path": source_path,
            "source_url": record.source_url, "published": record.published, "location": record.location, "note": record.note, "sha256": sha256,
        })
    result.table_file["rows_loaded"] = len(result.observations)
    return result
