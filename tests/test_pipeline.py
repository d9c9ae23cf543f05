"""The real asset graph, materialized end to end on temporary raw and warehouse dirs: real files, real
DuckDB, real dbt, real Dagster. Inputs are the embedded sample plus labelled synthetic bad inputs."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest


from .conftest import FOUNDING, SAMPLE_RAW, pointed_at, run_job, served_after

CONTRACT = {
    "dim_document": ["document_id", "title", "published_date", "text"],
    "document_sources": ["document_id", "source_path", "url", "sha256"],
    "fct_claims": ["claim_id", "document_id", "zone_id", "subject", "indicator_code", "claim_kind", "value", "unit",
                   "value_text", "period_start_year", "period_end_year", "sentence", "char_start", "char_end"],
    "fct_observations": ["observation_id", "zone_id", "indicator_code", "year", "value", "unit", "table_id",
                         "source_path", "source_url"],
    "claim_verification": ["claim_id", "verdict", "method", "stated_value", "expected_value", "tolerance",
                           "explanation"],
    "quarantine": ["source_path", "location", "reason"],
    "dim_zone": ["zone_id"],
    "dim_indicator": ["indicator_code", "name_zh", "name_en"],
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copytree(SAMPLE_RAW, raw, dirs_exist_ok=True)
    # Synthetic inputs: a re-post of the founding release in another encoding (same article), an empty
    # release, a release whose sidecar is broken, and a table with one bad row among good ones.
    (raw / "press_releases" / "repost_gb18030.txt").write_bytes(FOUNDING.read_text(encoding="utf-8").encode("gb18030"))
    # …and one more re-post that prints a headline line above the same article.
    (raw / "press_releases" / "repost_with_headline.txt").write_text(
        "贵阳高新区创新发展综述\n" + FOUNDING.read_text(encoding="utf-8"), encoding="utf-8")
    (raw / "press_releases" / "empty.txt").write_bytes(b"")
    (raw / "press_releases" / "no_meta.txt").write_text("合成测试:西安高新区新增高新技术企业120家。", encoding="utf-8")
    (raw / "press_releases" / "no_meta.meta.json").write_text("{not json", encoding="utf-8")
    (raw / "tables" / "synthetic_bad_row.csv").write_text(
        "zone,indicator,year,value,unit,source_url\n火星高新区,综合评价排名,2021,1,位,https://example.org/synthetic\n"
        "西安高新区,综合评价排名,2021,9,位,https://example.org/synthetic\n", encoding="utf-8")
    warehouse_dir = tmp_path_factory.mktemp("warehouse")
    with pointed_at(raw, warehouse_dir) as patch:
        result = run_job()
        yield result, warehouse_dir, patch


@pytest.fixture(scope="module")
def con(warehouse):
    result, warehouse_dir, _ = warehouse
    with served_after(result, warehouse_dir) as connection:
        yield connection


def rows(con, sql, *params):
    return con.execute(sql, params).fetchall()


def test_every_asset_materialized_and_checks_ran(warehouse):
    result, warehouse_dir, _ = warehouse
    assert result.success
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert {"raw/claims", "marts/fct_claims", "marts/claim_verification", "serving/gaoxin_duckdb"} <= materialized
    evaluations = result.get_asset_check_evaluations()
    assert len(evaluations) >= 30
    assert all(e.passed for e in evaluations if e.severity == dg.AssetCheckSeverity.ERROR)
    assert (warehouse_dir / "gaoxin.duckdb").exists()
    assert (warehouse_dir / "build" / "gaoxin_build.duckdb").exists()


def test_marts_honour_the_contract(con):
    for table, columns in CONTRACT.items():
        found = [r[0] for r in rows(con, "select column_name from information_schema.columns "
                                         "where table_schema = 'marts' and table_name = ? order by ordinal_position", table)]
        assert found[: len(columns)] == columns, (table, found)


def test_founding_release_claims_are_served(con):
    claims = rows(con, "select claim_kind, value, unit, indicator_code, zone_id, period_start_year, period_end_year "
                       "from marts.fct_claims c join marts.dim_document d using (document_id) "
                       "where d.text like '%贵州科学城%'")
    assert ("cagr", 6.4, "percent", "tech_contract_value", "guiyang", 2021, 2025) in claims
    assert ("rank", 42.0, "rank", "composite_rank", "guiyang", 2020, 2020) in claims
    assert ("level", 314.0, "count", "high_tech_enterprises", "guiyang", 2025, 2025) in claims


def test_reposts_are_one_document_with_two_sources(con):
    documents = rows(con, "select document_id, source_count from marts.dim_document where text like '%贵州科学城%'")
    assert len(documents) == 1 and documents[0][1] == 3
    sources = rows(con, "select source_path, sha256 from marts.document_sources where document_id = ?", documents[0][0])
    assert {s[0] for s in sources} == {"press_releases/000_783668dcb864adcf.txt", "press_releases/repost_gb18030.txt",
                                       "press_releases/repost_with_headline.txt"}
    assert len({s[1] for s in sources}) == 3


def test_claim_spans_index_the_served_document_text(con):
    broken = rows(con, """
        select c.claim_id from marts.fct_claims c join marts.dim_document d using (document_id)
        where substr(d.text, c.char_start + 1, c.char_end - c.char_start) <> c.value_text""")
    assert broken == []
    assert rows(con, "select count(*) from marts.fct_claims")[0][0] > 20


def test_verdicts_on_the_sample(con):
    verdicts = {(r[0], r[1]): (r[2], r[3]) for r in rows(con, """
        select c.claim_kind, c.value, v.verdict, v.explanation
        from marts.claim_verification v join marts.fct_claims c using (claim_id)
        where c.zone_id = 'guiyang'""")}
    assert verdicts[("rank", 42.0)][0] == "consistent"
    assert verdicts[("cagr", 6.4)] == ("unverifiable", "no tech_contract_value series for guiyang covering 2020–2025")
    total_claims = rows(con, "select count(*) from marts.fct_claims")[0][0]
    assert rows(con, "select count(*) from marts.claim_verification")[0][0] == total_claims


def test_bad_inputs_are_quarantined_and_good_data_loads(con):
    quarantine = {(r[0], r[1]): r[2] for r in rows(con, "select source_path, location, reason from marts.quarantine")}
    assert "empty" in quarantine[("press_releases/empty.txt", "file")]
    assert "sidecar" in quarantine[("press_releases/no_meta.meta.json", "sidecar")]
    assert "not in the registry" in quarantine[("tables/synthetic_bad_row.csv", "row 2")]
    # The good row of the bad table and the release with the broken sidecar still load.
    assert rows(con, "select value from marts.fct_observations where zone_id = 'xian'") == [(9.0,)]
    assert rows(con, "select count(*) from marts.fct_claims where zone_id = 'xian'")[0][0] == 1


def test_observations_carry_provenance(con):
    missing = rows(con, "select count(*) from marts.fct_observations where source_path is null or source_url is null "
                        "or sha256 is null")
    assert missing == [(0,)]


def test_a_reader_holding_the_serving_file_never_blocks_a_run(warehouse, con):
    _, warehouse_dir, _ = warehouse
    reader = duckdb.connect(str(warehouse_dir / "gaoxin.duckdb"), read_only=True)
    try:
        before = reader.execute("select count(*) from marts.fct_claims").fetchone()[0]
        # The inputs change between the runs, so the two warehouses differ.
        added = Path(os.environ["GAOXIN_RAW_DIR"]) / "press_releases" / "synthetic_added.txt"
        added.write_text("合成测试:长沙高新区新增高新技术企业300家。", encoding="utf-8")
        try:
            again = run_job()
        finally:
            added.unlink()
        assert again.success
        # The open reader keeps its snapshot; a new connection sees the republished file.
        assert reader.execute("select count(*) from marts.fct_claims").fetchone()[0] == before
    finally:
        reader.close()
    # A new reader — another process, as an analyst's would be (DuckDB shares one database instance per
    # file within a process, so an in-process connection would still see the old snapshot) — sees it.
    count = subprocess.run(
        [sys.executable, "-c", "import duckdb, sys; print(duckdb.connect(sys.argv[1], read_only=True)"
                               ".execute('select count(*) from marts.fct_claims').fetchone()[0])",
         str(warehouse_dir / "gaoxin.duckdb")], capture_output=True, text=True, check=True).stdout
    assert int(count) == before + 1
    leftovers = [p.name for p in Path(warehouse_dir).iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_missing_raw_dir_fails_the_run_and_keeps_the_served_warehouse(warehouse, tmp_path):
    _, warehouse_dir, _ = warehouse
    served = warehouse_dir / "gaoxin.duckdb"
    before = served.stat().st_mtime_ns
    with pointed_at(tmp_path / "no_such_dir", warehouse_dir):
        result = run_job()
    assert not result.success
    assert served.stat().st_mtime_ns == before
    failures = [e for e in result.all_events if e.is_step_failure]
    assert any("does not exist" in str(e.event_specific_data.error) for e in failures)


def test_a_second_run_on_a_locked_warehouse_fails_clearly(warehouse, tmp_path):
    import fcntl

    _, warehouse_dir, _ = warehouse
    served = warehouse_dir / "gaoxin.duckdb"
    before = served.stat().st_mtime_ns
    with open(warehouse_dir / "build" / ".run.lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a run in another process would
        with pointed_at(SAMPLE_RAW, warehouse_dir):
            result = run_job()
    assert not result.success
    assert served.stat().st_mtime_ns == before
    assert "another run is writing the warehouse" in str(result.all_events)
