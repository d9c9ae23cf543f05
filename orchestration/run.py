"""`make run`: run the whole job on the raw dir, on the project's Dagster instance, then summarize.

The run goes through the Dagster instance in DAGSTER_HOME (set by the Makefile), so it shows up in
the UI's run history next to scheduled and sensor-started runs.
"""

from __future__ import annotations

import sys
import time

import dagster as dg
from dagster._core.events import DagsterEventType

from orchestration.config import current_paths
from orchestration.warehouse.build_db import connect


def _check_outcomes(result: dg.ExecuteJobResult) -> dict[str, int]:
    outcomes = {"passed": 0, "warned": 0, "failed": 0}
    for event in result.all_events:
        if event.event_type != DagsterEventType.ASSET_CHECK_EVALUATION:
            continue
        evaluation = event.event_specific_data
        if evaluation.passed:
            outcomes["passed"] += 1
        elif evaluation.severity == dg.AssetCheckSeverity.WARN:
            outcomes["warned"] += 1
        else:
            outcomes["failed"] += 1
    return outcomes


def _mart_counts(serving_db) -> dict[str, int]:
    if not serving_db.exists():
        return {}
    with connect(serving_db, read_only=True) as con:
        return {
            "documents": con.execute("select count(*) from marts.dim_document").fetchone()[0],
            "claims": con.execute("select count(*) from marts.fct_claims").fetchone()[0],
            "observations": con.execute("select count(*) from marts.fct_observations").fetchone()[0],
            "quarantined items": con.execute("select count(*) from marts.quarantine").fetchone()[0],
        }


def main() -> int:
    paths = current_paths()
    try:
        paths.require_raw_dir()
    except FileNotFoundError as error:
        print(f"gaoxin: {error}", file=sys.stderr)
        return 2
    started = time.monotonic()
    instance = dg.DagsterInstance.get()
    job = dg.reconstructable(_job)
    # INFO, not DEBUG: the summary below is what a person reads; the full event log is in the UI.
    run_config = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}
    with dg.execute_job(job, instance=instance, run_config=run_config) as result:
        success = result.success
        checks = _check_outcomes(result)
        run_id = result.run_id
    counts = _mart_counts(paths.serving_db) if success else {}
    print()
    print(f"Gaoxin run {run_id}: {'succeeded' if success else 'FAILED'} in {time.monotonic() - started:.1f} s")
    print(f"  raw dir:           {paths.raw_dir}")
    for name, value in counts.items():
        print(f"  {name + ':':<18} {value}")
    print(f"  checks:            {checks['passed']} passed, {checks['warned']} warned, {checks['failed']} failed")
    print(f"  warehouse:         {paths.serving_db}{'' if success else ' (not republished)'}")
    print("  UI:                make ui, then http://127.0.0.1:3000/runs")
    return 0 if success else 1


def _job() -> dg.JobDefinition:
    from orchestration.definitions import get_gaoxin_job

    return get_gaoxin_job()


if __name__ == "__main__":
    sys.exit(main())
