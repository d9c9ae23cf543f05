"""Quarantine tables in Dagster: one way to report them as materializations and to warn about them."""

import dagster as dg

from orchestration.defs.metadata import markdown_table
from orchestration.defs.resources import GaoxinPaths
from orchestration.warehouse.build_db import read_raw_table

COLUMNS = ["source_path", "location", "reason"]


def quarantine_materialization(table: str, rows: list[dict]) -> dg.MaterializeResult:
    return dg.MaterializeResult(asset_key=["raw", table], metadata={
        "dagster/row_count": len(rows), "rows": markdown_table(rows, COLUMNS),
    })


def nothing_quarantined(table: str, what: str) -> dg.AssetChecksDefinition:
    """A warning check on raw.<table>: passes when nothing was rejected, else lists the rows."""

    @dg.asset_check(asset=dg.AssetKey(["raw", table]), name="nothing_quarantined",
                    description=f"Warns when {what} were rejected; the rows say which and why.")
    def check(gaoxin: GaoxinPaths) -> dg.AssetCheckResult:
        rows = read_raw_table(gaoxin.paths().build_db, table)
        return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN, metadata={
            "quarantined": len(rows), "rows": markdown_table(rows, COLUMNS),
        })

    return check


QUARANTINE_CHECKS = [
    nothing_quarantined("press_release_quarantine", "press-release files or sidecars"),
    nothing_quarantined("document_quarantine", "releases with no article text"),
    nothing_quarantined("claim_quarantine", "articles the claim extractor could not read"),
    nothing_quarantined("table_quarantine", "table files, rows or cells"),
]
