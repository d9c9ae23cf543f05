"""The job, its daily schedule, and the sensor that notices new or changed raw files."""


import hashlib
from pathlib import Path

import dagster as dg

from orchestration.config import current_paths

gaoxin_job = dg.define_asset_job(
    "gaoxin_job",
    selection=dg.AssetSelection.all(),
    # One process: every step writes the same DuckDB build file, which allows one writer at a time.
    executor_def=dg.in_process_executor,
    description="Ingest press releases and tables, extract claims, build and test the dbt marts, publish gaoxin.duckdb.",
)

daily_schedule = dg.ScheduleDefinition(
    name="gaoxin_daily", job=gaoxin_job, cron_schedule="0 6 * * *", execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuild the warehouse every morning at 06:00 China time.",
)


def raw_dir_fingerprint(raw_dir: Path) -> str:
    """A digest of every input file's path, size and modification time: changes when any file does."""
    digest = hashlib.sha256()
    if raw_dir.is_dir():
        for path in sorted(p for p in raw_dir.rglob("*") if p.is_file()):
            stat = path.stat()
            digest.update(f"{path.relative_to(raw_dir).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


@dg.sensor(job=gaoxin_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Starts a run when files under GAOXIN_RAW_DIR are added, removed or changed.")
def raw_dir_sensor(context: dg.SensorEvaluationContext):
    raw_dir = current_paths().raw_dir
    fingerprint = raw_dir_fingerprint(raw_dir)
    if fingerprint == context.cursor:
        return dg.SkipReason(f"no change under {raw_dir}")
    context.update_cursor(fingerprint)
    # No run_key: Dagster runs a key once ever, and a raw dir that returns to an earlier state (a bad
    # file added, then removed) must be rebuilt again. The cursor already skips unchanged states.
    return dg.RunRequest(tags={"gaoxin/raw_dir": str(raw_dir), "gaoxin/raw_fingerprint": fingerprint})
