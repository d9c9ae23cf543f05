"""Press releases: ingest (decode + provenance) and text processing (repair, simplify, dedupe)."""


import json

import dagster as dg

from orchestration.defs.metadata import markdown_table
from orchestration.defs.quarantine import quarantine_materialization
from orchestration.defs.raw_specs import raw_table_spec
from orchestration.defs.resources import GaoxinPaths
from orchestration.reference import repair_vocabulary
from orchestration.text.batch import ingest_releases, normalize_releases
from orchestration.warehouse.build_db import read_raw_table, replace_raw_tables

GROUP = "press_releases"


@dg.multi_asset(
    specs=[
        raw_table_spec("press_release_files", GROUP,
                       "Every press-release file under press_releases/, decoded, with checksum and sidecar metadata."),
        raw_table_spec("press_release_quarantine", GROUP,
                       "Press-release files and sidecars rejected at ingestion, with the reason."),
    ],
)
def ingest_press_releases(context: dg.AssetExecutionContext, gaoxin: GaoxinPaths):
    paths = gaoxin.paths()
    files, quarantine = ingest_releases(paths.require_raw_dir())
    replace_raw_tables(paths.build_db, {"press_release_files": files, "press_release_quarantine": quarantine})
    encodings = {}
    for row in files:
        encodings[row["encoding"]] = encodings.get(row["encoding"], 0) + 1
    yield dg.MaterializeResult(asset_key=["raw", "press_release_files"], metadata={
        "dagster/row_count": len(files), "raw_dir": str(paths.raw_dir), "encodings": encodings,
        "files": markdown_table(files, ["source_path", "encoding", "decode_method", "published", "sha256"]),
    })
    yield quarantine_materialization("press_release_quarantine", quarantine)


@dg.multi_asset(
    specs=[
        raw_table_spec("documents", GROUP, upstream="press_release_files",
                       description="Each release normalized: GBK shift repair, pinyin removal, traditional → simplified, "
                                   "width folding, boilerplate removal; document_id is the hash of the body."),
        raw_table_spec("document_quarantine", GROUP, upstream="press_release_files",
                       description="Releases with no article text left after normalization."),
    ],
)
def normalize_press_releases(context: dg.AssetExecutionContext, gaoxin: GaoxinPaths):
    paths = gaoxin.paths()
    files = read_raw_table(paths.build_db, "press_release_files")
    documents, quarantine = normalize_releases(files, repair_vocabulary())
    replace_raw_tables(paths.build_db, {"documents": documents, "document_quarantine": quarantine})
    totals: dict[str, int] = {}
    for row in documents:
        for repair, count in json.loads(row["repairs"]).items():
            totals[repair] = totals.get(repair, 0) + count
    preview = ""
    if documents:
        sample = next(f for f in files if f["source_path"] == documents[0]["source_path"])
        preview = (f"**{sample['source_path']}**\n\nBefore:\n\n> {sample['raw_text'][:300]}\n\n"
                   f"After:\n\n> {documents[0]['text'][:300]}")
    yield dg.MaterializeResult(asset_key=["raw", "documents"], metadata={
        "dagster/row_count": len(documents),
        "distinct_documents": len({d["document_id"] for d in documents}),
        "repairs": totals,
        "restored_spans": sum(len(json.loads(d["flagged_spans"])) for d in documents),
        "preview": dg.MetadataValue.md(preview),
    })
    yield quarantine_materialization("document_quarantine", quarantine)


@dg.asset_check(asset=dg.AssetKey(["raw", "documents"]), name="no_restored_spans",
                description="Warns when lost bytes were rebuilt from context: those spans deserve a human look.")
def documents_restored_spans(gaoxin: GaoxinPaths) -> dg.AssetCheckResult:
    documents = read_raw_table(gaoxin.paths().build_db, "documents")
    flagged = [{"source_path": d["source_path"], **span} for d in documents for span in json.loads(d["flagged_spans"])]
    return dg.AssetCheckResult(passed=not flagged, severity=dg.AssetCheckSeverity.WARN, metadata={
        "restored_spans": len(flagged),
        "spans": markdown_table(flagged, ["source_path", "before", "after", "restored_from"]),
    })
