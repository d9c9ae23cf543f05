"""The one resource every asset shares: where the raw dir and the warehouse are."""


from pathlib import Path

import dagster as dg

from orchestration.config import Paths, current_paths


class GaoxinPaths(dg.ConfigurableResource):
    """Explicit directories win; otherwise GAOXIN_RAW_DIR / GAOXIN_WAREHOUSE_DIR (read at run time)."""

    raw_dir: str | None = None
    warehouse_dir: str | None = None

    def paths(self) -> Paths:
        defaults = current_paths()
        return Paths(
            raw_dir=Path(self.raw_dir).resolve() if self.raw_dir else defaults.raw_dir,
            warehouse_dir=Path(self.warehouse_dir).resolve() if self.warehouse_dir else defaults.warehouse_dir,
        )
