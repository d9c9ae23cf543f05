"""Writing the `raw` schema of the build database. Values are always bound parameters, never SQL text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from pathlib import Path

import duckdb

from orchestration.warehouse.raw_tables import RAW_TABLES


@contextmanager
def connect(db_path: Path, read_only: bool = False):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path), read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def replace_raw_tables(db_path: Path, tables: Mapping[str, Iterable[Mapping]]) -> dict[str, int]:
    """Replace several raw tables in one transaction: readers of the build DB see all or none."""
    counts: dict[str, int] = {}
    with connect(db_path) as con:
        con.execute("BEGIN TRANSACTION")
        con.execute("CREATE SCHEMA IF NOT EXISTS raw")
        for name, rows in tables.items():
            columns = RAW_TABLES[name]
            ddl = ", ".join(f'"{col}" {typ}' for col, typ in columns)
            con.execute(f"CREATE OR REPLACE TABLE raw.{name} ({ddl})")
            values = [tuple(row.get(col) for col, _ in columns) for row in rows]
            if values:
                placeholders = ", ".join("?" for _ in columns)
                con.executemany(f"INSERT INTO raw.{name} VALUES ({placeholders})", values)
            counts[name] = len(values)
        con.execute("COMMIT")
    return counts


def query_rows(con: duckdb.DuckDBPyConnection, sql: str, parameters: list | None = None) -> list[dict]:
    cursor = con.execute(sql, parameters or [])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def read_raw_table(db_path: Path, name: str) -> list[dict]:
    if name not in RAW_TABLES:
        raise KeyError(name)
    with connect(db_path, read_only=True) as con:
        return query_rows(con, f"SELECT * FROM raw.{name}")
