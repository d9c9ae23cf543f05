"""The `raw` schema of the build database: what the Python stages hand to dbt.

One declaration per table, so the DDL, the insert and the dbt sources agree on columns.
"""

from __future__ import annotations

QUARANTINE = (("source_path", "VARCHAR"), ("location", "VARCHAR"), ("reason", "VARCHAR"))

RAW_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "press_release_files": (
        ("source_path", "VARCHAR"), ("sha256", "VARCHAR"), ("size_bytes", "BIGINT"), ("encoding", "VARCHAR"),
        ("decode_method", "VARCHAR"), ("url", "VARCHAR"), ("published", "VARCHAR"), ("source", "VARCHAR"),
        ("title", "VARCHAR"), ("raw_text", "VARCHAR"),
    ),
    "press_release_quarantine": QUARANTINE,
    "documents": (
        ("source_path", "VARCHAR"), ("document_id", "VARCHAR"), ("title", "VARCHAR"), ("published", "VARCHAR"),
        ("text", "VARCHAR"), ("source_text", "VARCHAR"), ("encoding", "VARCHAR"), ("repairs", "VARCHAR"), ("quality_flag", "VARCHAR"),
        ("flagged_spans", "VARCHAR"),
    ),
    "document_quarantine": QUARANTINE,
    "claims": (
        ("claim_id", "VARCHAR"), ("document_id", "VARCHAR"), ("zone_id", "VARCHAR"), ("subject", "VARCHAR"),
        ("indicator_code", "VARCHAR"), ("claim_kind", "VARCHAR"), ("value", "DOUBLE"), ("unit", "VARCHAR"),
        ("value_text", "VARCHAR"), ("qualifier", "VARCHAR"), ("value_precision", "DOUBLE"),
        ("period_start_year", "INTEGER"), ("period_end_year", "INTEGER"), ("period_label", "VARCHAR"),
        ("sentence", "VARCHAR"), ("char_start", "INTEGER"), ("char_end", "INTEGER"), ("value_upper", "DOUBLE"),
        ("modality", "VARCHAR"),
    ),
    "claim_quarantine": QUARANTINE,
    "table_files": (
        ("table_id", "VARCHAR"), ("source_path", "VARCHAR"), ("sha256", "VARCHAR"), ("title", "VARCHAR"),
        ("layout", "VARCHAR"), ("rows_read", "INTEGER"), ("rows_loaded", "INTEGER"), ("footnotes", "VARCHAR"),
    ),
    "observations": (
        ("observation_id", "VARCHAR"), ("zone_id", "VARCHAR"), ("indicator_code", "VARCHAR"), ("year", "INTEGER"),
        ("value", "DOUBLE"), ("unit", "VARCHAR"), ("table_id", "VARCHAR"), ("source_path", "VARCHAR"),
        ("source_url", "VARCHAR"), ("published", "VARCHAR"), ("location", "VARCHAR"), ("note", "VARCHAR"),
        ("sha256", "VARCHAR"),
    ),
    "table_quarantine": QUARANTINE,
}
