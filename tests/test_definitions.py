"""The code location loads, holds the promised pieces, and its schedule and sensor evaluate."""

import os
import subprocess
import sys
import time

import dagster as dg

from orchestration.defs.automation import daily_schedule, raw_dir_sensor
from orchestration.definitions import defs

from .conftest import PROJECT_ROOT


def test_definitions_validate_cli():
    env = {**os.environ, "DAGSTER_HOME": ""}
    env.pop("DAGSTER_HOME")
    completed = subprocess.run(
        [sys.executable, "-m", "dagster", "definitions", "validate", "-m", "orchestration.definitions"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Validation successful" in completed.stdout + completed.stderr


def test_graph_has_every_layer():
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    for expected in ["raw/press_release_files", "raw/documents", "raw/claims", "raw/observations",
                     "raw/table_quarantine", "staging/stg_documents", "intermediate/int_documents",
                     "marts/dim_document", "marts/document_sources", "marts/fct_claims", "marts/fct_observations",
                     "marts/claim_verification", "marts/quarantine", "marts/dim_zone", "marts/dim_indicator",
                     "reference/zones", "reference/indicators", "serving/gaoxin_duckdb"]:
        assert expected in keys, expected
    # Every key is produced by an asset here: no check or dependency points at a key nobody makes.
    assert all(graph.get(key).is_materializable for key in graph.get_all_asset_keys())
    check_names = {key.name for key in graph.asset_check_keys}
    # dbt tests surface as asset checks; the Python checks sit beside them.
    assert {"unique_fct_claims_claim_id", "spans_point_at_values", "no_inconsistent_claims"} <= check_names
    assert defs.resolve_job_def("gaoxin_job") is not None


def test_schedule_requests_the_job():
    context = dg.build_schedule_context(scheduled_execution_time=None)
    requests = list(daily_schedule.evaluate_tick(context).run_requests)
    assert len(requests) == 1
    assert daily_schedule.job_name == "gaoxin_job"
    assert daily_schedule.execution_timezone == "Asia/Shanghai"


def _fingerprint(request: dg.RunRequest) -> str:
    return request.tags["gaoxin/raw_fingerprint"]


def test_sensor_notices_new_and_changed_files(tmp_path, monkeypatch):
    monkeypatch.setenv("GAOXIN_RAW_DIR", str(tmp_path))
    (tmp_path / "press_releases").mkdir()
    release = tmp_path / "press_releases" / "a.txt"
    release.write_text("合成测试稿件。", encoding="utf-8")

    first = raw_dir_sensor(dg.build_sensor_context(cursor=None))
    assert isinstance(first, dg.RunRequest)

    unchanged = raw_dir_sensor(dg.build_sensor_context(cursor=_fingerprint(first)))
    assert isinstance(unchanged, dg.SkipReason)

    extra = tmp_path / "press_releases" / "b.txt"
    extra.write_text("另一篇合成稿件。", encoding="utf-8")
    added = raw_dir_sensor(dg.build_sensor_context(cursor=_fingerprint(first)))
    assert isinstance(added, dg.RunRequest) and _fingerprint(added) != _fingerprint(first)

    time.sleep(0.01)
    release.write_text("修改后的合成稿件。", encoding="utf-8")
    changed = raw_dir_sensor(dg.build_sensor_context(cursor=_fingerprint(added)))
    assert isinstance(changed, dg.RunRequest) and _fingerprint(changed) not in (_fingerprint(first), _fingerprint(added))

    # Back to an earlier state: a run is requested again (a run key would have suppressed it forever).
    extra.unlink()
    again = raw_dir_sensor(dg.build_sensor_context(cursor=_fingerprint(changed)))
    assert isinstance(again, dg.RunRequest) and again.run_key is None
