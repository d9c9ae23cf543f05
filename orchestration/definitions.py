"""The Dagster code location: merges the per-domain definitions."""

from __future__ import annotations

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.defs import automation, claims, press_releases, serving, tables
from orchestration.defs.quarantine import QUARANTINE_CHECKS
from orchestration.defs.dbt import dbt_executable, gaoxin_dbt_models, gaoxin_dbt_project
from orchestration.defs.resources import GaoxinPaths

defs = dg.Definitions(
    assets=[
        press_releases.ingest_press_releases,
        press_releases.normalize_press_releases,
        claims.extract_claims,
        tables.ingest_tables,
        gaoxin_dbt_models,
        serving.gaoxin_duckdb,
    ],
    asset_checks=[
        press_releases.documents_restored_spans,
        claims.claim_spans_match,
        *QUARANTINE_CHECKS,
        serving.no_inconsistent_claims, serving.no_trend_anomalies, serving.tables_agree,
    ],
    jobs=[automation.gaoxin_job],
    schedules=[automation.daily_schedule],
    sensors=[automation.raw_dir_sensor],
    resources={
        "gaoxin": GaoxinPaths(),
        "dbt": DbtCliResource(project_dir=gaoxin_dbt_project, dbt_executable=dbt_executable()),
    },
)


def get_gaoxin_job() -> dg.JobDefinition:
    """Module-level accessor so the job can be reconstructed (execute_job, `make run`)."""
    return defs.resolve_job_def("gaoxin_job")
