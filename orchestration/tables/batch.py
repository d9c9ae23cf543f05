"""All tables under tables/ → table_files, observations and quarantine rows."""

from __future__ import annotations

from pathlib import Path

from orchestration.tables.load import load_table

TABLE_SUFFIXES = (".csv", ".xlsx")


def load_tables(raw_dir: Path) -> tuple[list[dict], list[dict], list[dict]]:
    directory = raw_dir / "tables"
    files, observations, quarantine = [], [], []
    if not directory.is_dir():
        return files, observations, quarantine
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        source_path = path.relative_to(raw_dir).as_posix()
        if path.name.endswith(".meta.json") or path.name.startswith(".") or path.suffix.lower() in (".md",):
            continue
        if path.suffix.lower() not in TABLE_SUFFIXES:
            quarantine.append({"source_path": source_path, "location": "file",
                               "reason": f"unsupported file type {path.suffix!r}: tables are .csv or .xlsx"})
            continue
        result = load_table(path, source_path)
        files.append(result.table_file)
        observations.extend(result.observations)
        quarantine.extend(result.quarantine)
    return files, observations, quarantine
