"""All tables under tables/ → table_files, observations and quarantine rows.

One bad file never stops the run: whatever goes wrong inside a file, even a bug, becomes a
quarantine row for that file and the next file is loaded.
"""

from __future__ import annotations

from pathlib import Path

from orchestration.tables.descriptor import is_descriptor
from orchestration.tables.load import TableResult, load_table
from orchestration.tables.read_rows import TABLE_SUFFIXES

_NOT_TABLES = (".md",)  # documentation beside the tables (README.md, notes.txt.md); compared with Path.suffix


def table_paths(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and not p.name.startswith(".")
                  and not is_descriptor(p) and p.suffix.lower() not in _NOT_TABLES)


def load_table_results(raw_dir: Path) -> list[TableResult]:
    directory = raw_dir / "tables"
    if not directory.is_dir():
        return []
    results = []
    for path in table_paths(directory):
        source_path = path.relative_to(raw_dir).as_posix()
        if path.suffix.lower() not in (*TABLE_SUFFIXES, ".xls"):  # .xls: read_sheets says why not
            results.append(TableResult(None, quarantine=[{
                "source_path": source_path, "location": "file",
                "reason": f"unsupported file type {path.suffix!r}: tables are .csv, .tsv or .xlsx"}]))
            continue
        try:
            results.append(load_table(path, source_path))
        except Exception as error:  # noqa: BLE001 — a bug on one file must not cost the others
            results.append(TableResult(None, quarantine=[{
                "source_path": source_path, "location": "file",
                "reason": f"unexpected error while loading: {type(error).__name__}: {error}"}]))
    return results


def flatten(results: list[TableResult]) -> tuple[list[dict], list[dict], list[dict]]:
    """(table_files, observations, quarantine rows): the three raw tables."""
    files = [r.table_file for r in results if r.table_file]
    observations = [o for r in results for o in r.observations]
    quarantine = [q for r in results for q in r.quarantine]
    return files, observations, quarantine


def load_tables(raw_dir: Path) -> tuple[list[dict], list[dict], list[dict]]:
    return flatten(load_table_results(raw_dir))
