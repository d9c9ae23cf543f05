"""Statistical tables: every file under tables/ into long-format observations, bad rows quarantined."""


import dagster as dg

from orchestration.defs.metadata import markdown_table
from orchestration.defs.quarantine import quarantine_materialization
from orchestration.defs.raw_specs import raw_table_spec
from orchestration.defs.resources import GaoxinPaths
from orchestration.tables.batch import flatten, load_table_results
from orchestration.tables.report import preview, source_path_of, summary_rows
from orchestration.warehouse.build_db import replace_raw_tables

GROUP = "tables"


@dg.multi_asset(
    specs=[
        raw_table_spec("table_files", GROUP,
                       "One row per table file: checksum, title, layout recognized, rows read and loaded."),
        raw_table_spec("observations", GROUP,
                       "Observations in long format and canonical units, each with file, row and URL."),
        raw_table_spec("table_quarantine", GROUP, "Table files, rows and cells rejected, with the reason."),
    ],
)
def ingest_tables(context: dg.AssetExecutionContext, gaoxin: GaoxinPaths):
    paths = gaoxin.paths()
    results = load_table_results(paths.raw_dir)
    files, observations, quarantine = flatten(results)
    replace_raw_tables(paths.build_db, {"table_files": files, "observations": observations,
                                        "table_quarantine": quarantine})
    # Per table: the layout detected, rows loaded and quarantined, and a preview of both.
    per_table = {f"table: {source_path_of(r)}": dg.MetadataValue.md(preview(r)) for r in results}
    yield dg.MaterializeResult(asset_key=["raw", "table_files"], metadata={
        "dagster/row_count": len(files),
        "tables": markdown_table(summary_rows(results), ["source_path", "layout", "encoding", "rows_loaded",
                                                         "rows_quarantined", "missing_cells"], limit=100),
        **per_table,
    })
    yield dg.MaterializeResult(asset_key=["raw", "observations"], metadata={
        "dagster/row_count": len(observations),
        "observations": markdown_table(observations, ["zone_id", "indicator_code", "year", "value", "unit", "source_path",
                                                      "location"]),
    })
    yield quarantine_materialization("table_quarantine", quarantine)
