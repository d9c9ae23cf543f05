"""Publishing the serving file, and the editorial checks analysts read in the UI."""


import dagster as dg

from orchestration.defs.dbt import gaoxin_dbt_models
from orchestration.defs.metadata import markdown_table
from orchestration.defs.resources import GaoxinPaths
from orchestration.warehouse.build_db import connect
from orchestration.warehouse.publish import publish


@dg.asset(key=["serving", "gaoxin_duckdb"], group_name="serving", kinds={"duckdb"},
          deps=list(gaoxin_dbt_models.keys),
          description="The file analysts and BI tools open: $GAOXIN_WAREHOUSE_DIR/gaoxin.duckdb, replaced atomically "
                      "from the build database once every upstream asset and blocking check succeeded.")
def gaoxin_duckdb(context: dg.AssetExecutionContext, gaoxin: GaoxinPaths) -> dg.MaterializeResult:
    paths = gaoxin.paths()
    served = publish(paths.build_db, paths.serving_db)
    with connect(served, read_only=True) as con:
        counts = {table: con.execute(f"select count(*) from marts.{table}").fetchone()[0]
                  for table in ("dim_document", "document_sources", "fct_claims", "fct_observations",
                                "claim_verification", "quarantine")}
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(served)), "size_bytes": served.stat().st_size,
        **{f"marts.{table}": count for table, count in counts.items()},
    })


@dg.asset_check(asset=dg.AssetKey(["marts", "claim_verification"]), name="no_inconsistent_claims",
                description="Editorial warning: claims the evidence contradicts, with stated and expected values.")
def no_inconsistent_claims(gaoxin: GaoxinPaths) -> dg.AssetCheckResult:
    with connect(gaoxin.paths().build_db, read_only=True) as con:
        cursor = con.execute("""
            select v.claim_id, c.document_id, c.indicator_code, c.zone_id, v.stated_value, v.expected_value,
                   v.stated_value - v.expected_value as delta, v.explanation, c.sentence
            from marts.claim_verification v join marts.fct_claims c using (claim_id)
            where v.verdict = 'inconsistent' order by c.document_id, c.char_start""")
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, r)) for r in cursor.fetchall()]
        verdicts = dict(con.execute("select verdict, count(*) from marts.claim_verification group by 1").fetchall())
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN, metadata={
        "inconsistent": len(rows), "verdicts": verdicts,
        "claims": markdown_table(rows, ["document_id", "indicator_code", "zone_id", "stated_value", "expected_value",
                                        "delta", "explanation", "sentence"]),
    })
