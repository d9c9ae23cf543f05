"""The one resource every asset shares: where the raw dir and the warehouse are, held for one run.

A run holds an exclusive lock on its warehouse dir from start to end: DuckDB allows one writer, and
two runs interleaving their steps on one build database would fail or mix their inputs. A second
run fails at once with a clear message instead of a file-lock error halfway through.
"""

import fcntl
from pathlib import Path
from typing import IO

import dagster as dg
from pydantic import PrivateAttr

from orchestration.config import Paths, current_paths


class GaoxinPaths(dg.ConfigurableResource):
    """Explicit directories win; otherwise GAOXIN_RAW_DIR / GAOXIN_WAREHOUSE_DIR (read at run time)."""

    raw_dir: str | None = None
    warehouse_dir: str | None = None
    _lock: IO | None = PrivateAttr(default=None)

    def paths(self) -> Paths:
        defaults = current_paths()
        return Paths(
            raw_dir=Path(self.raw_dir).resolve() if self.raw_dir else defaults.raw_dir,
            warehouse_dir=Path(self.warehouse_dir).resolve() if self.warehouse_dir else defaults.warehouse_dir,
        )

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        lock_path = self.paths().build_db.parent / ".run.lock"
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise dg.Failure(f"another run is writing the warehouse in {lock_path.parent.parent}; "
                             "start this one when it has finished") from None
        self._lock = handle

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None
