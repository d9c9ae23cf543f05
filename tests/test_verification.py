"""Issue 6, verification: every claim judged once against the tables and other releases, by the real
asset graph (Python assets, dbt, Dagster checks) on a labelled synthetic raw dir
(tests/fixtures/verification/raw; the case table is in tests/fixtures/verification/build_fixture_notes.md).

One job run serves the whole module; each test asserts per claim, found by zone, kind and value."""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml

from .conftest import pointed_at, run_job, served_after

FIXTURE_RAW = Path(__file__).parent / "fixtures" / "verification" / "raw"
DBT_PROJECT = Path(__file__).resolve().parent.parent / "dbt_project"
DBT_MODELS = DBT_PROJECT / "models"
SERVING = dg.AssetKey(["serving", "gaoxin_duckdb"])


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    raw = tmp_path_factory.mktemp("verification_raw")
    shutil.copytree(FIXTURE_RAW, raw, dirs_exist_ok=True)
    # A re-post of one release in another encoding and under another name: the same article, so its
    # claims must be judged once.
    releases = raw / "press_releases"
    text = (releases / "rank_change_table.txt").read_text(encoding="utf-8")
    (releases / "rank_change_table_repost.txt").write_bytes(text.encode("gb18030"))
    (releases / "rank_change_table_repost.meta.json").write_text('{"published": "2022-03-01"}', encoding="utf-8")
    warehouse_dir = tmp_path_factory.mktemp("verification_warehouse")
    with pointed_at(raw, warehouse_dir):
        result = run_job()
        yield result, raw, warehouse_dir


@pytest.fixture(scope="module")
def con(warehouse):
    result, _, warehouse_dir = warehouse
    with served_after(result, warehouse_dir) as connection:
        yield connection


def verdict_of(con, zone_id: str, kind: str, value: float) -> dict:
    cursor = con.execute("""
        select v.*, c.document_id, c.sentence
        from marts.claim_verification v join marts.fct_claims c using (claim_id)
        where c.zone_id = ? and c.claim_kind = ? and c.value = ?""", [zone_id, kind, value])
    columns = [d[0] for d in cursor.description]
    found = [dict(zip(columns, row)) for row in cursor.fetchall()]
    assert len(found) == 1, (zone_id, kind, value, found)
    return found[0]


def document_of(con, release_name: str) -> str:
    return con.execute("select document_id from marts.document_sources where source_path = ?",
                       [f"press_releases/{release_name}.txt"]).fetchone()[0]


PARTIAL_YEAR = "a {} figure; the tables hold annual figures only"

# (zone, claim kind, stated value) → verdict, method, a part of the explanation.
CASES = [
    # cagr_vs_series: (end / base)^(1/5) − 1 from the 2020 value to the 2025 value (十四五).
    ("shijiazhuang", "cagr", 6.4, "consistent", "cagr_vs_series", "= 6.405 % (tech_contract_value 2020 → 2025, 5 years)"),
    ("baoding", "cagr", 6.4, "inconsistent", "cagr_vs_series", "= 8.447 %"),
    ("tangshan", "cagr", 6.4, "consistent", "cagr_vs_series", "= 6.350 %"),  # closed lower edge
    ("yanjiao", "cagr", 6.4, "inconsistent", "cagr_vs_series", "= 6.450 %"),  # open upper edge
    ("chengde", "cagr", 6.4, "unverifiable", "cagr_vs_series",
     "no tech_contract_value series for chengde covering 2020–2025 (observed: 2020, 2024)"),
    # growth_vs_series: two consecutive observations.
    ("taiyuan", "growth_rate", 10.0, "consistent", "growth_vs_series", "= 10.000 % (tech_contract_value 2021 on 2020)"),
    ("changzhi", "growth_rate", 10.0, "inconsistent", "growth_vs_series", "= 12.000 %"),
    ("baotou", "growth_rate", 10.0, "unverifiable", "growth_vs_series",
     "no tech_contract_value series for baotou covering 2020–2021 (observed: 2021)"),
    ("shenyang", "growth_rate", -5.0, "consistent", "growth_vs_series", "= -5.000 %"),
    ("dalian", "growth_rate", 10.0, "consistent", "growth_vs_series", "= 10.000 %"),  # 万元 base, 亿元 end
    # level_vs_series: the observation of the same zone, indicator and year.
    ("anshan", "level", 355.0, "consistent", "level_vs_series", "high_tech_enterprises 355 in 2023"),
    ("yingkou", "level", 360.0, "inconsistent", "level_vs_series", "stated 360 covers [359.5, 360.5)"),
    ("liaoyang", "level", 355.0, "unverifiable", "level_vs_series", "no high_tech_enterprises observation for liaoyang in 2023"),
    ("benxi", "level", 11680000000.0, "consistent", "level_vs_series", "(2 tables, 11680000000 to 11680000000)"),
    ("nantong", "level", 300.0, "consistent", "level_vs_series", "stated 超300 covers ≥ 299.5"),
    ("zhenjiang", "share", 26.6, "consistent", "level_vs_series", "high_tech_enterprises_share_of_city 26.6 in 2023"),
    ("yancheng", "increase", 20.0, "consistent", "level_vs_series", "120 − 100 = 20"),
    ("suqian", "increase", 3.0, "consistent", "level_vs_series", "104 − 100 = 4 (high_tech_enterprises 2023 − 2022); stated 3–5 covers [2.5, 5.5)"),
    # self_consistency: start, end and rate of one sentence.
    ("fuxin", "cagr", 26.4, "consistent", "self_consistency", "(323 / 100)^(1/5) − 1 = 26.427 % (years stated: 2020–2025)"),
    ("changchun", "cagr", 30.0, "inconsistent", "self_consistency", "30 % a year implies 4.47 years"),
    ("jilin", "cagr", 26.4, "consistent", "self_consistency", "years not stated, taken from the rate"),
    ("yanji", "growth_rate", 50.0, "consistent", "self_consistency", "150 / 100 − 1 = 50.000 %"),
    ("tonghua", "cagr", 50.0, "unverifiable", "cagr_vs_series", "self_consistency: the sentence's start value 0 gives no rate"),
    # rank_chain: tables and other releases.
    ("wuxi", "rank", 42.0, "consistent", "rank_chain", "39 in 2021, +3 places on 2020 ⇒ 42 in 2020"),
    ("changzhou", "rank", 42.0, "inconsistent", "rank_chain", "40 in 2021, +3 places on 2020 ⇒ 43 in 2020"),
    ("wuxi", "rank", 39.0, "unverifiable", "rank_chain",
     "no composite_rank rank for wuxi in 2021 in the ranks tables or other releases"),
    ("kunshan", "rank", 45.0, "consistent", "rank_chain", "ranks table synthetic_ranks: 45 in 2021"),
    ("kunshan", "rank_change", 5.0, "consistent", "rank_chain", "rank 50 in 2020 → 45 in 2021 = +5 places"),
    ("jiangyin", "rank_change", 3.0, "inconsistent", "rank_chain", "= +5 places"),
    ("wuxi", "rank_change", 6.0, "unverifiable", "rank_chain", "no composite_rank rank for wuxi in 2025"),
    # Partial-year figures (上半年, 1-8月) against annual tables: never compared; the same releases'
    # annual figures are judged as usual.
    ("hefei", "level", 6000000000.0, "unverifiable", "level_vs_series", PARTIAL_YEAR.format("上半年")),
    ("hefei", "growth_rate", 20.0, "unverifiable", "growth_vs_series", PARTIAL_YEAR.format("上半年")),
    ("hefei", "level", 10000000000.0, "consistent", "level_vs_series", "tech_contract_value 10000000000 in 2022"),
    ("wuhu", "growth_rate", 20.0, "unverifiable", "growth_vs_series", PARTIAL_YEAR.format("1-8月")),
    ("wuhu", "growth_rate", 25.0, "consistent", "growth_vs_series", "= 25.000 % (tech_contract_value 2022 on 2021)"),
    ("bengbu", "level", 60.0, "unverifiable", "level_vs_series", PARTIAL_YEAR.format("上半年")),
    ("bengbu", "level", 133.0, "unverifiable", "level_vs_series", "no high_tech_enterprises observation for bengbu in 2024"),
]


@pytest.mark.parametrize(("zone_id", "kind", "value", "verdict", "method", "explanation"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in CASES])
def test_verdict_per_claim(con, zone_id, kind, value, verdict, method, explanation):
    row = verdict_of(con, zone_id, kind, value)
    assert (row["verdict"], row["method"]) == (verdict, method), row["explanation"]
    assert explanation in row["explanation"]
    assert (row["expected_value"] is None) == (verdict == "unverifiable")


def test_every_method_gives_every_verdict(con):
    seen = set(con.execute("select method, verdict from marts.claim_verification").fetchall())
    for method in ("cagr_vs_series", "growth_vs_series", "level_vs_series", "rank_chain"):
        assert {(method, v) for v in ("consistent", "inconsistent", "unverifiable")} <= seen, method
    assert {("self_consistency", "consistent"), ("self_consistency", "inconsistent")} <= seen
    # A self_consistency candidate that cannot judge is reported in the claim's explanation (case tonghua).
    assert "self_consistency: unverifiable" in verdict_of(con, "tonghua", "cagr", 50.0)["all_judgments"]


def test_one_verdict_per_claim_and_tolerance_from_precision(con):
    claims, verdicts, distinct = con.execute("""
        select (select count(*) from marts.fct_claims), count(*), count(distinct claim_id)
        from marts.claim_verification""").fetchone()
    assert claims == verdicts == distinct
    row = verdict_of(con, "shijiazhuang", "cagr", 6.4)
    assert row["tolerance"] == pytest.approx(0.05)
    assert (row["lower_bound"], row["upper_bound"]) == (6.35, 6.45)
    assert "stated 6.4 covers [6.35, 6.45)" in row["explanation"]
    assert verdict_of(con, "nantong", "level", 300.0)["upper_bound"] is None  # 超300: a floor


def test_rank_chain_names_the_other_release(con):
    row = verdict_of(con, "wuxi", "rank", 42.0)
    assert row["evidence_document_ids"] == document_of(con, "rank_chain_a")
    assert row["document_id"] == document_of(con, "rank_chain_b")
    # The release that states the chain is never its own witness: 39th in 2021 has no other source.
    assert verdict_of(con, "wuxi", "rank", 39.0)["verdict"] == "unverifiable"
    table_row = verdict_of(con, "kunshan", "rank_change", 5.0)
    assert table_row["base_observation_id"] and table_row["end_observation_id"]


def test_self_consistency_cites_the_sentence_levels(con):
    row = verdict_of(con, "fuxin", "cagr", 26.4)
    levels = {r[0] for r in con.execute("select claim_id from marts.fct_claims where zone_id = 'fuxin' "
                                        "and claim_kind = 'level'").fetchall()}
    assert set(row["evidence_claim_ids"].split("; ")) == levels
    assert row["all_judgments"] == "self_consistency: consistent; cagr_vs_series: unverifiable"


def test_reposted_release_is_judged_once(con):
    document_id = document_of(con, "rank_change_table")
    assert document_id == document_of(con, "rank_change_table_repost")
    assert con.execute("select source_count from marts.dim_document where document_id = ?",
                       [document_id]).fetchone() == (2,)
    assert con.execute("select count(*) from marts.claim_verification v join marts.fct_claims c using (claim_id) "
                       "where c.document_id = ?", [document_id]).fetchone() == (2,)


def test_tables_in_yi_and_wan_yuan_agree(con):
    benxi = con.execute("select value, unit, table_count, tables_agree from marts.fct_indicator_series "
                        "where zone_id = 'benxi' and indicator_code = 'tech_contract_value' and year = 2023").fetchall()
    assert benxi == [(11680000000.0, "yuan", 2, True)]
    jinzhou = con.execute("select min_value, max_value, tables_agree from marts.fct_indicator_series "
                          "where zone_id = 'jinzhou' and year = 2023").fetchall()
    assert jinzhou == [(5000000000.0, 5200000000.0, False)]


def test_trend_anomaly_is_flagged_with_its_series(con):
    rows = con.execute("""
        select a.zone_id, a.year, a.stated_value, a.anomaly_kind, a.reverses_trend, a.series_text, a.deviation_relative
        from marts.claim_anomalies a""").fetchall()
    assert [r[:5] for r in rows] == [("wujin", 2025, 314.0, "below_trend", True)]
    series_text, deviation = rows[0][5], rows[0][6]
    assert "2022: 341 (table synthetic_series_yi)" in series_text and "2023: 355 (release" in series_text
    assert deviation == pytest.approx(314 / (355 * (355 / 341) ** 2) - 1)
    # The anomaly is a warning beside the verdict, not a verdict: the level itself has no table row for 2025.
    assert verdict_of(con, "wujin", "level", 314.0)["verdict"] == "unverifiable"
    assert con.execute("select is_trend_anomaly from marts.claims_vs_evidence c join marts.fct_claims f "
                       "using (claim_id) where f.zone_id = 'xuzhou'").fetchall() == [(False,)]


def test_partial_year_figures_are_not_read_against_annual_tables(con):
    """The tables hold annual figures: a 上半年 or 1-8月 figure is neither judged by them (no observation
    cited) nor flagged against an annual series, nor a point of one (cases partial_year_*)."""
    rows = con.execute("""
        select c.zone_id, c.claim_kind, c.value, c.period_label, v.base_observation_id, v.end_observation_id,
               e.base_observation_id, e.end_observation_id, e.is_trend_anomaly
        from marts.fct_claims c join marts.claim_verification v using (claim_id)
        join marts.claims_vs_evidence e using (claim_id)
        where c.period_label in ('上半年', '1-8月')""").fetchall()
    assert sorted(r[:4] for r in rows) == [
        ("bengbu", "level", 60.0, "上半年"), ("hefei", "growth_rate", 20.0, "上半年"),
        ("hefei", "level", 6000000000.0, "上半年"), ("wuhu", "growth_rate", 20.0, "1-8月")]
    assert all(r[4:] == (None, None, None, None, False) for r in rows), rows
    # Without the half-year's 60, bengbu's series is 100 (2021), 110 (2022): 133 in 2024 is on trend.
    # (Read against 110 then 60, it would be flagged; so would hefei's 60 against 80, 100.)
    assert con.execute("select count(*) from marts.claim_anomalies where zone_id in ('bengbu', 'hefei', 'wuhu')"
                       ).fetchone() == (0,)
    # The annual figures of the same releases are judged by the tables, with their observations.
    annual = verdict_of(con, "wuhu", "growth_rate", 25.0)
    assert annual["base_observation_id"] and annual["end_observation_id"]


def test_analyst_marts(con):
    taiyuan = con.execute("select yoy_growth_percent, indicator_name_zh, indicator_name_en from marts.fct_indicator_series "
                          "where zone_id = 'taiyuan' and year = 2021").fetchone()
    assert taiyuan[0] == pytest.approx(10.0) and taiyuan[1:] == ("技术合同成交额", "Technology contract turnover")
    cagr = con.execute("select cagr_since_first_percent, yoy_growth_percent, previous_year from marts.fct_indicator_series "
                       "where zone_id = 'shijiazhuang' and year = 2025").fetchone()
    assert cagr[0] == pytest.approx(6.4052, abs=1e-4) and cagr[1] is None and cagr[2] == 2020
    assert con.execute("select rank, previous_rank, places_gained from marts.fct_rankings "
                       "where zone_id = 'kunshan' and year = 2021").fetchall() == [(45, 50, 5)]
    evidence = con.execute("""
        select verdict, base_year, base_value, end_year, end_value, end_source_url, document_title, sentence
        from marts.claims_vs_evidence where zone_id = 'baoding'""").fetchone()
    assert evidence[:5] == ("inconsistent", 2020, 10000000000.0, 2025, 15000000000.0)
    assert evidence[5] == "https://example.org/synthetic"
    assert evidence[6] == "合成测试 cagr_inconsistent" and "年均增长6.4%" in evidence[7]


def test_editorial_checks_warn_with_readable_metadata(warehouse):
    result, _, _ = warehouse
    checks = {e.check_name: e for e in result.get_asset_check_evaluations()}
    for name in ("no_inconsistent_claims", "no_trend_anomalies", "tables_agree"):
        assert not checks[name].passed and checks[name].severity == dg.AssetCheckSeverity.WARN, name
    assert all(e.passed for e in checks.values() if e.severity == dg.AssetCheckSeverity.ERROR)
    inconsistent = checks["no_inconsistent_claims"].metadata
    table = inconsistent["claims"].value
    for header in ("stated_value", "expected_value", "delta", "explanation", "sentence", "document_id"):
        assert header in table
    assert "长治高新区技术合同成交额同比增长10.0%" in table
    series = checks["no_trend_anomalies"].metadata["series"].value
    assert series[0]["zone_id"] == "wujin"
    assert [(p["year"], p["value"]) for p in series[0]["series"]] == [(2022, 341.0), (2023, 355.0)]
    # Publishing went ahead: editorial findings never block.
    assert SERVING in {e.asset_key for e in result.get_asset_materialization_events()}


def test_every_model_and_column_is_described(con):
    described: dict[str, dict] = {}
    for path in DBT_MODELS.rglob("*.yml"):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
            described[model["name"]] = model
    for sql in DBT_MODELS.rglob("*.sql"):
        model = described.get(sql.stem)
        assert model and model.get("description"), sql.stem
        columns = {c["name"]: c.get("description") for c in model.get("columns", [])}
        built = [r[0] for r in con.execute("select column_name from information_schema.columns where table_name = ?",
                                           [sql.stem]).fetchall()]
        assert built, sql.stem
        missing = [c for c in built if not columns.get(c)]
        assert not missing, (sql.stem, missing)


def test_integrity_failure_blocks_publishing(warehouse, tmp_path):
    """A blocking dbt test that fails (here: a duplicated claim id) stops the run before publishing, and the
    last good serving file stays as it was."""
    _, raw, warehouse_dir = warehouse
    copy = tmp_path / "warehouse"
    shutil.copytree(warehouse_dir, copy)
    served = copy / "gaoxin.duckdb"
    before = hashlib.sha256(served.read_bytes()).hexdigest()
    with duckdb.connect(str(copy / "build" / "gaoxin_build.duckdb")) as build:
        build.execute("insert into raw.claims select * from raw.claims limit 1")
    from orchestration.defs.dbt import gaoxin_dbt_models

    with pointed_at(raw, copy):
        result = run_job(asset_selection=[*gaoxin_dbt_models.keys, SERVING])
    assert not result.success
    assert SERVING not in {e.asset_key for e in result.get_asset_materialization_events()}
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed and e.severity == dg.AssetCheckSeverity.ERROR]
    assert any("unique" in e.check_name for e in failed)
    assert hashlib.sha256(served.read_bytes()).hexdigest() == before


def test_margin_is_a_dbt_var(warehouse, tmp_path):
    """The tolerance is the stated precision plus a margin set with dbt vars: 6.45 % is outside 6.4's
    [6.35, 6.45) with no margin, inside [6.34, 6.46) with a margin of 0.01 percentage points."""
    from orchestration.defs.dbt import dbt_executable

    _, _, warehouse_dir = warehouse
    build = tmp_path / "margin.duckdb"
    shutil.copyfile(warehouse_dir / "build" / "gaoxin_build.duckdb", build)
    subprocess.run(
        [dbt_executable(), "run", "--quiet", "--select", "int_claim_bounds+", "--profiles-dir", str(DBT_PROJECT),
         "--vars", "{verification_margin_percent: 0.01}", "--target-path", str(tmp_path / "target"),
         "--log-path", str(tmp_path / "logs")],
        cwd=DBT_PROJECT, env={**os.environ, "GAOXIN_BUILD_DB": str(build)}, check=True, capture_output=True)
    with duckdb.connect(str(build), read_only=True) as widened:
        row = widened.execute("""
            select v.verdict, v.tolerance from marts.claim_verification v join marts.fct_claims c using (claim_id)
            where c.zone_id = 'yanjiao' and c.claim_kind = 'cagr'""").fetchone()
    assert row[0] == "consistent" and row[1] == pytest.approx(0.06)
