"""What a person checking a run wants to see per table: its layout, what loaded, what was rejected, and
a preview — as plain rows and markdown strings (the Dagster wiring only wraps them)."""

from __future__ import annotations

from orchestration.tables.load import TableResult

PREVIEW_ROWS = 8


def _cell(value: object) -> str:
    if isinstance(value, float):
        value = f"{value:f}".rstrip("0").rstrip(".")  # 11680000000, not 1.168e+10
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")[:100]


def markdown(rows: list[dict], columns: list[str], limit: int = PREVIEW_ROWS) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(row.get(c)) for c in columns) + " |" for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"\n… and {len(rows) - limit} more")
    return "\n".join(lines)


def source_path_of(result: TableResult) -> str:
    if result.table_file:
        return result.table_file["source_path"]
    return result.quarantine[0]["source_path"] if result.quarantine else "?"


def summary_rows(results: list[TableResult]) -> list[dict]:
    """One row per file: layout detected, encoding, rows loaded and quarantined, cells missing."""
    return [{
        "source_path": source_path_of(r),
        "layout": (r.table_file or {}).get("layout") or "not read",
        "encoding": r.encoding or ("xlsx" if source_path_of(r).lower().endswith(".xlsx") else ""),
        "rows_loaded": len(r.observations),
        "rows_quarantined": len(r.quarantine),
        "missing_cells": r.missing_cells,
    } for r in results]


def preview(result: TableResult) -> str:
    """Markdown for one table: its layout, the first observations, the first quarantine rows."""
    table = result.table_file or {}
    parts = [f"**{source_path_of(result)}** — layout: {table.get('layout') or 'not read'}; "
             f"{len(result.observations)} loaded, {len(result.quarantine)} quarantined, "
             f"{result.missing_cells} cells missing (—, …, blank)"]
    if result.observations:
        parts.append(markdown(result.observations, ["zone_id", "indicator_code", "year", "value", "unit", "location",
                                                     "source_url"]))
    if result.quarantine:
        parts.append("Quarantined:\n\n" + markdown(result.quarantine, ["location", "reason"]))
    return "\n\n".join(parts)
