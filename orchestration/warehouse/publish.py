"""Publish the serving file atomically: analysts and BI tools only ever open a finished warehouse.

The build database is checkpointed (so its WAL is folded in), copied beside the serving file under a
temporary name, flushed to disk, and renamed over `gaoxin.duckdb` with os.replace. A reader that has
the old file open keeps reading the old snapshot; the next open sees the new one. Nothing ever writes
into the serving file, so a reader can never block a build.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import duckdb


def publish(build_db: Path, serving_db: Path) -> Path:
    con = duckdb.connect(str(build_db))
    try:
        con.execute("CHECKPOINT")
    finally:
        con.close()
    serving_db.parent.mkdir(parents=True, exist_ok=True)
    temporary = serving_db.with_name(f".{serving_db.name}.{uuid.uuid4().hex}.tmp")
    try:
        shutil.copyfile(build_db, temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, serving_db)
    finally:
        temporary.unlink(missing_ok=True)
    return serving_db
