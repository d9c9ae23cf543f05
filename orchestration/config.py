"""Where things live: the raw dir, the warehouse and the project folders, from two environment variables.

`GAOXIN_RAW_DIR` (inputs) and `GAOXIN_WAREHOUSE_DIR` (outputs) are a public contract: read them at
call time, not import time, so tests and the sensor can point one process at several directories.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"

SERVING_FILE_NAME = "gaoxin.duckdb"
BUILD_FILE_NAME = "gaoxin_build.duckdb"


@dataclass(frozen=True)
class Paths:
    raw_dir: Path
    warehouse_dir: Path

    def require_raw_dir(self) -> Path:
        """The raw dir, or a clear error: a mistyped GAOXIN_RAW_DIR must fail the run, not publish an
        empty warehouse over the last good one."""
        if not self.raw_dir.is_dir():
            raise FileNotFoundError(
                f"raw dir {self.raw_dir} does not exist (GAOXIN_RAW_DIR); expected press_releases/ and tables/ in it")
        return self.raw_dir

    @property
    def build_db(self) -> Path:
        # dbt writes here; analysts never open it, so a reader can never block a build.
        return self.warehouse_dir / "build" / BUILD_FILE_NAME

    @property
    def serving_db(self) -> Path:
        return self.warehouse_dir / SERVING_FILE_NAME


def _resolve(value: str | None, default: Path) -> Path:
    if not value:
        return default
    path = Path(value).expanduser()
    return path if path.is_absolute() else (Path.cwd() / path).resolve()


def current_paths() -> Paths:
    return Paths(
        raw_dir=_resolve(os.environ.get("GAOXIN_RAW_DIR"), PROJECT_ROOT / "raw"),
        warehouse_dir=_resolve(os.environ.get("GAOXIN_WAREHOUSE_DIR"), PROJECT_ROOT / "warehouse"),
    )
