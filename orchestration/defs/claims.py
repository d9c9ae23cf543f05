"""Claims: numeric statements extracted from each distinct document."""


from collections import Counter

import dagster as dg

from orchestration.claims.batch import claims_for_documents
from orchestration.defs.metadata import markdown_table
from orchestration.defs.quarantine import quarantine_materialization
from orchestration.defs.raw_specs import raw_table_spec
from orchestration.defs.resources import GaoxinPaths
from orchestration.warehouse.build_db import read_raw_table, replace_raw_tables


@dg.multi_asset(
    specs=[
        raw_table_spec("claims", "claims", upstream="documents",
                       description="Numeric claims (value, unit, kind, indicator, zone, period, sentence and span) "
                                   "per distinct document."),
        raw_table_spec("claim_quarantine", "claims", upstream="documents",
                       description="Articles the claim extractor could not read, under each of their source files."),
    ],
)
def extract_claims(context: dg.AssetExecutionContext, gaoxin: GaoxinPaths):
    paths = gaoxin.paths()
    claims, quarantine = claims_for_documents(read_raw_table(paths.build_db, "documents"))
    replace_raw_tables(paths.build_db, {"claims": claims, "claim_quarantine": quarantine})
    yield quarantine_materialization("claim_quarantine", quarantine)
    yield dg.MaterializeResult(asset_key=["raw", "claims"], metadata={
        "dagster/row_count": len(claims),
        "by_kind": dict(Counter(c["claim_kind"] for c in claims)),
        "without_indicator": sum(c["indicator_code"] is None for c in claims),
        "claims": markdown_table(claims, ["claim_kind", "value", "unit", "indicator_code", "zone_id",
                                          "period_start_year", "period_end_year", "value_text"], limit=30),
    })


@dg.asset_check(asset=dg.AssetKey(["raw", "claims"]), name="spans_point_at_values", blocking=True,
                description="Every claim's char_start/char_end must cut its value_text out of the document text.")
def claim_spans_match(gaoxin: GaoxinPaths) -> dg.AssetCheckResult:
    paths = gaoxin.paths()
    texts = {d["document_id"]: d["text"] for d in read_raw_table(paths.build_db, "documents")}
    claims = read_raw_table(paths.build_db, "claims")
    broken = [c for c in claims
              if texts.get(c["document_id"], "")[c["char_start"] : c["char_end"]] != c["value_text"]]
    return dg.AssetCheckResult(passed=not broken, metadata={
        "claims": len(claims), "broken_spans": len(broken),
        "rows": markdown_table(broken, ["claim_id", "document_id", "char_start", "char_end", "value_text"]),
    })
