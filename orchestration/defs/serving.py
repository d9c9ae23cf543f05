"""Publishing the serving file, and the editorial checks analysts read in the UI.

Two kinds of checks guard the warehouse. Data integrity (contracts, keys, units, referential integrity,
row counts) is tested by dbt with severity error: a failure fails the dbt step, so the publishing asset
below never runs and the last good gaoxin.duckdb stays in place. Editorial findings (claims the
evidence contradicts, levels that break their own series) are the non-blocking WARN checks here: they
never stop a publish, and their metadata shows what was stated, what was expected and where.
"""


import json

import dagster as dg

from orchestration.defs.dbt import gaoxin_dbt_models
from orchestration.defs.metadata import markdown_table
from orchestration.defs.resources import GaoxinPaths
from orchestration.warehouse.build_db import connect, query_rows
from orchestration.warehouse.publish import publish

SERVED_TABLES = ("dim_document", "document_sources", "fct_claims", "fct_observations", "claim_verification",
                 "quarantine", "claim_anomalies", "fct_indicator_series", "fct_rankings", "claims_vs_evidence")


@dg.asset(key=["serving", "gaoxin_duckdb"], group_name="serving", kinds={"duckdb"},
          deps=list(gaoxin_dbt_models.keys),
          description="The file analysts and BI tools open: $GAOXIN_WAREHOUSE_DIR/gaoxin.duckdb, replaced atomically "
                      "from the build database once every upstream asset and blocking check succeeded.")
def gaoxin_duckdb(context: dg.AssetExecutionContext, gaoxin: GaoxinPaths) -> dg.MaterializeResult:
    paths = gaoxin.paths()
    served = publish(paths.build_db, paths.serving_db)
    with connect(served, read_only=True) as con:
        counts = {table: con.execute(f"select count(*) from marts.{table}").fetchone()[0] for table in SERVED_TABLES}
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(served)), "size_bytes": served.stat().st_size,
        **{f"marts.{table}": count for table, count in counts.items()},
    })


def _build_rows(gaoxin: GaoxinPaths, sql: str) -> list[dict]:
    """Rows of a query on the build database (the checks run before it is published)."""
    with connect(gaoxin.paths().build_db, read_only=True) as con:
        return query_rows(con, sql)


def _jsonable(rows: list[dict]) -> list[dict]:
    return [{k: (v if isinstance(v, (int, float, str, bool)) or v is None else str(v)) for k, v in row.items()}
            for row in rows]


@dg.asset_check(asset=dg.AssetKey(["marts", "claim_verification"]), name="no_inconsistent_claims",
                description="Editorial warning: claims the evidence contradicts, with what was stated and expected, "
                            "the arithmetic, the release and the sentence. Never blocks publishing.")
def no_inconsistent_claims(gaoxin: GaoxinPaths) -> dg.AssetCheckResult:
    with connect(gaoxin.paths().build_db, read_only=True) as con:
        rows = query_rows(con, """
            select v.claim_id, v.method, c.document_id, d.title as document_title, d.published_date,
                   c.zone_id, c.indicator_code, c.claim_kind, c.value_text, v.stated_value, v.expected_value,
                   v.stated_value - v.expected_value as delta, v.tolerance, v.explanation,
                   v.evidence_document_ids, c.sentence
            from marts.claim_verification v
            join marts.fct_claims c using (claim_id)
            left join marts.dim_document d using (document_id)
            where v.verdict = 'inconsistent'
            order by c.document_id, c.char_start""")
        verdicts = dict(con.execute("select verdict, count(*) from marts.claim_verification group by 1").fetchall())
        by_method = {f"{m}: {v}": n for m, v, n in con.execute(
            "select method, verdict, count(*) from marts.claim_verification group by 1, 2 order by 1, 2").fetchall()}
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN, metadata={
        "inconsistent": len(rows),
        "verdicts": verdicts,
        "verdicts_by_method": by_method,
        "documents": sorted({r["document_id"] for r in rows}),
        "claims": markdown_table(rows, ["document_id", "zone_id", "indicator_code", "value_text", "stated_value",
                                        "expected_value", "delta", "method", "explanation", "sentence"]),
        "claims_json": dg.MetadataValue.json(_jsonable(rows)),
    })


@dg.asset_check(asset=dg.AssetKey(["marts", "claim_anomalies"]), name="no_trend_anomalies",
                description="Editorial warning: stated levels that break their own series sharply (e.g. a count "
                            "falling after years of growth), with the series. Never blocks publishing.")
def no_trend_anomalies(gaoxin: GaoxinPaths) -> dg.AssetCheckResult:
    rows = _build_rows(gaoxin, """
            select a.claim_id, a.document_id, a.zone_id, a.indicator_code, a.year, a.stated_value,
                   round(a.trend_value, 2) as trend_value, round(100 * a.deviation_relative, 1) as deviation_percent,
                   a.anomaly_kind, a.reverses_trend, a.series_text, a.series_json, a.explanation, a.sentence
            from marts.claim_anomalies a
            order by abs(a.deviation_relative) desc""")
    # The series as structured JSON next to the readable table: year, value and source of every point.
    payload = [_jsonable([{k: v for k, v in row.items() if k != "series_json"}])[0]
               | {"series": json.loads(row["series_json"])} for row in rows]
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN, metadata={
        "anomalies": len(rows),
        "levels": markdown_table(rows, ["zone_id", "indicator_code", "year", "stated_value", "trend_value",
                                        "deviation_percent", "series_text", "sentence"]),
        "series": dg.MetadataValue.json(payload),
    })


@dg.asset_check(asset=dg.AssetKey(["marts", "fct_indicator_series"]), name="tables_agree",
                description="Editorial warning: tables reporting the same zone, indicator and year with different "
                            "values (after conversion to canonical units). Never blocks publishing.")
def tables_agree(gaoxin: GaoxinPaths) -> dg.AssetCheckResult:
    rows = _build_rows(gaoxin, """
            select zone_id, indicator_code, year, unit, value, min_value, max_value, table_ids
            from marts.fct_indicator_series where not tables_agree order by zone_id, indicator_code, year""")
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN, metadata={
        "disagreements": len(rows),
        "rows": markdown_table(rows, ["zone_id", "indicator_code", "year", "unit", "min_value", "max_value",
                                      "value", "table_ids"]),
    })
