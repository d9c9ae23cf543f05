"""Tables: the real sample tables, and synthetic tables (labelled) for each layout and each failure.

Synthetic fixtures live in tests/fixtures/tables/ (see its README) or are written here; their values
are invented and every one says so (a `注:合成测试数据` footnote, a title, or a comment).
"""

import ast
import csv
import io
import re
import tempfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestration.tables import batch, validate
from orchestration.tables.batch import load_table_results, load_tables
from orchestration.tables.cells import CellError, parse_cell
from orchestration.tables.load import load_table, table_id_of
from orchestration.tables.report import preview, summary_rows
from orchestration.text.simplify import to_traditional

from .conftest import SAMPLE_RAW

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
SYNTHETIC_NOTE = "注:合成测试数据(synthetic test data),数值为虚构。"
HEADER = "zone,indicator,year,value,unit\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / "tables" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def load_fixture(tmp_path: Path, *names: str):
    """Copy fixture files into a raw dir (the first is the table) and load the table."""
    for name in names:
        write(tmp_path, name, (FIXTURES / name).read_bytes())
    return load_table(tmp_path / "tables" / names[0], f"tables/{names[0]}")


def observed(result) -> list[tuple]:
    return [(o["zone_id"], o["indicator_code"], o["year"], o["value"], o["unit"], o["location"])
            for o in result.observations]


def quarantined(result) -> list[tuple]:
    return [(q["location"], q["reason"]) for q in result.quarantine]


# --- the real sample --------------------------------------------------------------------------------


def test_sample_tables_load_completely_with_their_sources():
    files, observations, quarantine = load_tables(SAMPLE_RAW)
    assert quarantine == []
    assert {f["table_id"] for f in files} == {"guiyang_composite_evaluation", "tech_contract_turnover",
                                              "guiyang_innovation_resources", "guiyang_zone_profile",
                                              "zone_composite_ranks", "guiyang_evaluation_subranks",
                                              "national_htz_count"}
    by_key = {(o["zone_id"], o["indicator_code"], o["year"]): o for o in observations}
    assert len(by_key) == len(observations)
    assert by_key[("guiyang", "composite_rank", 2020)]["value"] == 42
    assert by_key[("china", "tech_contract_value", 2021)]["value"] == pytest.approx(3_729_430_000_000)
    assert [by_key[("guiyang", "high_tech_enterprises", y)]["value"] for y in (2022, 2023)] == [341, 355]
    assert [by_key[("china", "national_htz_count", y)]["value"] for y in (2011, 2016, 2024)] == [88, 146, 178]
    assert [by_key[("guiyang", "rd_institutions", y)]["value"] for y in (2021, 2022, 2023)] == [219, 248, 281]
    assert [by_key[("shanghai_zizhu", "composite_rank", y)]["value"] for y in range(2012, 2020)] == [
        28, 24, 18, 17, 16, 14, 13, 12]
    assert by_key[("guiyang", "talent_pool", 2022)]["value"] == 65_000  # 6.5万人
    assert by_key[("guiyang", "subrank_quality_efficiency", 2022)]["value"] == 25
    # Per-year provenance from the YAML descriptor of the wide table.
    assert by_key[("guiyang", "high_tech_enterprises", 2022)]["source_url"] == (
        "http://www.chinahightech.com/html/yuanqu/yqcy/2022/0706/5646437.html")
    assert by_key[("guiyang", "high_tech_enterprises", 2023)]["published"] == "2023-06-29"
    assert by_key[("zhongguancun", "composite_rank", 2024)]["location"] == "sheet 综合评价排名, row 5, column 2024年"
    assert all(o["source_url"].startswith("http") for o in observations)
    # Only the m.shzx.org page (2015 evaluation) has no known publication date.
    assert {o["source_url"] for o in observations if not o["published"]} == {"https://m.shzx.org/a/22-2017-0.html"}
    assert all(len(o["sha256"]) == 64 for o in observations)
    layouts = {f["table_id"]: f["layout"].split(";")[0] for f in files}
    assert len(set(layouts.values())) >= 3, layouts


def test_per_table_report_for_the_dagster_metadata():
    results = load_table_results(SAMPLE_RAW)
    rows = {row["source_path"]: row for row in summary_rows(results)}
    assert rows["tables/guiyang_innovation_resources.csv"] == {
        "source_path": "tables/guiyang_innovation_resources.csv",
        "layout": rows["tables/guiyang_innovation_resources.csv"]["layout"], "encoding": "gb18030",
        "rows_loaded": 12, "rows_quarantined": 0, "missing_cells": 12}
    assert rows["tables/guiyang_innovation_resources.csv"]["layout"].startswith("wide, years as columns (descending)")
    assert rows["tables/zone_composite_ranks.xlsx"]["encoding"] == "xlsx"
    text = preview(next(r for r in results if r.table_file["table_id"] == "guiyang_innovation_resources"))
    assert "12 loaded, 0 quarantined" in text
    assert "| guiyang | high_tech_enterprises | 2023 | 355 | count | row 5, column 2023年 |" in text


# --- one fixture per layout -------------------------------------------------------------------------


def test_tidy_long_csv(tmp_path):
    result = load_fixture(tmp_path, "long_tidy.csv")
    assert result.table_file["layout"].startswith("long")
    assert observed(result) == [
        ("guiyang", "high_tech_enterprises", 2021, 101, "count", "row 2"),
        ("guizhou", "tech_contract_value", 2021, 250_000_000, "yuan", "row 3"),
        ("xian", "composite_rank", 2021, 7, "rank", "row 5"),  # row 4 has no value: missing, not zero
    ]
    assert [o["source_url"] for o in result.observations] == [
        "https://example.org/synthetic/1", "https://example.org/synthetic/2", "https://example.org/synthetic/4"]
    assert quarantined(result) == []
    assert result.missing_cells == 1
    assert result.table_file["footnotes"] == SYNTHETIC_NOTE


def test_wide_years_ascending_with_bom_separators_markers_and_missing(tmp_path):
    result = load_fixture(tmp_path, "wide_years_ascending_bom.csv")
    assert result.encoding == "utf-8-sig"
    assert result.table_file["layout"].startswith("wide, years as columns (ascending)")
    assert observed(result) == [
        ("guiyang", "high_tech_enterprises", 2020, 101, "count", "row 2, column 2020年"),
        ("guiyang", "high_tech_enterprises", 2022, 1203, "count", "row 2, column 2022"),  # "1,203"
        ("china", "tech_contract_value", 2020, 69_030_000, "yuan", "row 3, column 2020年"),  # "6,903" 万元
        ("china", "tech_contract_value", 2022, 125_000, "yuan", "row 3, column 2022"),  # 12.5① 万元
    ]
    assert result.observations[3]["note"] == "footnote marker ① in the cell: see the table's notes"
    assert result.missing_cells == 2  # — and …
    assert quarantined(result) == []
    assert result.table_file["footnotes"] == SYNTHETIC_NOTE + "\n①合成脚注标记。"


def test_statistics_bureau_export_gb18030_with_preamble_and_footnotes(tmp_path):
    result = load_fixture(tmp_path, "nbs_export_gb18030.csv")
    assert result.encoding == "gb18030"
    assert result.table_file["layout"].startswith("wide, years as columns (descending); header row 4; preamble 数据库")
    assert observed(result) == [
        ("guizhou", "tech_contract_value", 2024, 350_000_000, "yuan", "row 5, column 2024年"),
        ("guizhou", "tech_contract_value", 2023, 225_000_000, "yuan", "row 5, column 2023年"),
        ("guizhou", "tech_contract_value", 2022, 125_000_000, "yuan", "row 5, column 2022年"),  # 1.25*
        ("guizhou", "high_tech_enterprises", 2024, 11, "count", "row 6, column 2024年"),
        ("guizhou", "high_tech_enterprises", 2023, 12, "count", "row 6, column 2023年"),
    ]
    assert quarantined(result) == []
    assert result.table_file["footnotes"] == SYNTHETIC_NOTE + "\n数据来源:合成测试"


def test_statistics_bureau_national_database_means_china(tmp_path):
    # Synthetic values in the shape of an export of the bureau's national 年度数据 database (no 地区 line).
    content = ("数据库：年度数据\n时间：最近10年\n指标,2024年,2023年\n技术市场成交额(亿元),2.5,1.5\n"
               + SYNTHETIC_NOTE + "\n数据来源：合成测试\n")
    result = load_table(write(tmp_path, "national.csv", content.encode("gb18030")), "tables/national.csv")
    assert observed(result) == [("china", "tech_contract_value", 2024, 250_000_000, "yuan", "row 4, column 2024年"),
                                ("china", "tech_contract_value", 2023, 150_000_000, "yuan", "row 4, column 2023年")]


def test_statistics_bureau_regional_export_in_big5_traditional(tmp_path):
    result = load_fixture(tmp_path, "nbs_regions_big5.csv")
    assert result.encoding.startswith("big5")
    assert observed(result) == [
        ("beijing", "tech_contract_value", 2023, 1_150_000_000, "yuan", "row 5, column 2023年"),
        ("beijing", "tech_contract_value", 2022, 1_050_000_000, "yuan", "row 5, column 2022年"),
        ("guizhou", "tech_contract_value", 2023, 250_000_000, "yuan", "row 6, column 2023年"),
    ]
    assert quarantined(result) == []


def test_indicators_as_columns_with_yaml_descriptor(tmp_path):
    result = load_fixture(tmp_path, "indicators_as_columns.csv", "indicators_as_columns.yaml")
    assert result.table_file["layout"].startswith("wide, indicators as columns")
    assert observed(result) == [
        ("guiyang", "high_tech_enterprises", 2021, 101, "count", "row 2, column 高新技术企业数(家)"),
        ("guiyang", "rd_institutions", 2021, 21, "count", "row 2, column 研发机构及平台数(个)"),
        ("guiyang", "software_it_revenue", 2021, 150_000_000, "yuan", "row 2, column 软件和信息技术服务业收入(亿元)"),
        ("guiyang", "high_tech_enterprises", 2022, 102, "count", "row 3, column 高新技术企业数(家)"),
        ("guiyang", "rd_institutions", 2022, 22, "count", "row 3, column 研发机构及平台数(个)"),
    ]
    first = result.observations[0]
    assert (first["source_url"], first["published"]) == ("https://example.org/synthetic/columns", "2023-06-29")
    assert first["note"] == "publisher: 合成测试 (synthetic); licence: CC0-1.0"
    assert quarantined(result) == []


def test_zones_as_columns(tmp_path):
    content = "指标,贵阳高新区,西安国家高新区\n高新技术企业数(家),11,22\n" + SYNTHETIC_NOTE + "\n"
    path = write(tmp_path, "zones.csv", content)
    path.with_suffix(".yml").write_text("# synthetic\nyear: 2021\n", encoding="utf-8")
    result = load_table(path, "tables/zones.csv")
    assert result.table_file["layout"].startswith("wide, zones as columns")
    assert observed(result) == [("guiyang", "high_tech_enterprises", 2021, 11, "count", "row 2, column 贵阳高新区"),
                                ("xian", "high_tech_enterprises", 2021, 22, "count", "row 2, column 西安国家高新区")]


def _merged_workbook(path: Path) -> None:
    """Synthetic workbook: a merged title row, a merged group header naming the indicator and its unit
    over the year columns, a label column merged over two header rows, and a notes sheet."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "汇总"
    sheet.append(["合成测试数据:技术合同成交额(synthetic)", None, None, None])
    sheet.merge_cells("A1:D1")
    sheet.append(["地区", "技术合同成交额(亿元)", None, None])
    sheet.merge_cells("B2:D2")
    sheet.append([None, "2022年", "2023年", "2024年"])
    sheet.merge_cells("A2:A3")
    sheet.append(["贵州省", 1.5, "—", 3])
    sheet.append(["全国", "1,234.5", 2, None])
    by_year = workbook.create_sheet("2021")  # the sheet name is the year
    by_year.append(["高新区", "指标", "数值", "单位"])
    by_year.append(["贵阳高新区", "综合评价排名", 39, "位"])
    workbook.create_sheet("说明").append(["本工作簿为合成测试数据(synthetic test data)。"])
    workbook.save(path)


def test_xlsx_with_merged_title_group_header_year_sheet_and_notes_sheet(tmp_path):
    path = tmp_path / "tables" / "merged.xlsx"
    path.parent.mkdir(parents=True)
    _merged_workbook(path)
    result = load_table(path, "tables/merged.xlsx")
    assert observed(result) == [
        ("guizhou", "tech_contract_value", 2022, 150_000_000, "yuan", "sheet 汇总, row 4, column 2022年"),
        ("guizhou", "tech_contract_value", 2024, 300_000_000, "yuan", "sheet 汇总, row 4, column 2024年"),
        ("china", "tech_contract_value", 2022, 123_450_000_000, "yuan", "sheet 汇总, row 5, column 2022年"),
        ("china", "tech_contract_value", 2023, 200_000_000, "yuan", "sheet 汇总, row 5, column 2023年"),
        ("guiyang", "composite_rank", 2021, 39, "rank", "sheet 2021, row 2"),
    ]
    assert result.table_file["layout"] == ("sheet 汇总: wide, years as columns (ascending); header row 3; title row"
                                           " | sheet 2021: long; header row 1")
    assert result.table_file["footnotes"] == "本工作簿为合成测试数据(synthetic test data)。"
    assert quarantined(result) == []


def test_xlsx_percent_cells_title_with_unit_and_outline_labels(tmp_path):
    """Synthetic workbook: Excel keeps 17.6% as 0.176 formatted as a percent; the unit sits beside the
    title (表1 …, 单位:亿元); row labels carry outline prefixes (一、, 其中:)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.append(["表1 合成测试数据(synthetic)", None, "单位:亿元"])
    sheet.append(["指标", "2022年", "2023年"])
    sheet.append(["一、技术合同成交额", 1.5, 2])
    sheet.append(["其中:高新技术企业数占全省比重(%)", 0.176, None])
    sheet["B4"].number_format = "0.0%"
    path = tmp_path / "tables" / "pct.xlsx"
    path.parent.mkdir(parents=True)
    workbook.save(path)
    path.with_suffix(".yaml").write_text("# synthetic\nzone: 贵阳高新区\n", encoding="utf-8")
    result = load_table(path, "tables/pct.xlsx")
    assert observed(result) == [
        ("guiyang", "tech_contract_value", 2022, 150_000_000, "yuan", "sheet Sheet1, row 3, column 2022年"),
        ("guiyang", "tech_contract_value", 2023, 200_000_000, "yuan", "sheet Sheet1, row 3, column 2023年"),
        ("guiyang", "high_tech_enterprises_share_of_province", 2022, 17.6, "percent",
         "sheet Sheet1, row 4, column 2022年"),
    ]
    assert quarantined(result) == []


def test_tab_separated_export_with_years_as_rows(tmp_path):
    # Synthetic values; the year column comes first, indicators are the other columns.
    content = "年份\t高新技术企业数(家)\t综合评价排名(位)\n2021年\t2021\t9\n2022年\t2099\t8\n" + SYNTHETIC_NOTE + "\n"
    path = write(tmp_path, "years_as_rows.csv", content)
    path.with_suffix(".yaml").write_text("# synthetic\nzone: 西安高新区\n", encoding="utf-8")
    result = load_table(path, "tables/years_as_rows.csv")
    assert observed(result) == [
        ("xian", "high_tech_enterprises", 2021, 2021, "count", "row 2, column 高新技术企业数(家)"),
        ("xian", "composite_rank", 2021, 9, "rank", "row 2, column 综合评价排名(位)"),
        ("xian", "high_tech_enterprises", 2022, 2099, "count", "row 3, column 高新技术企业数(家)"),
        ("xian", "composite_rank", 2022, 8, "rank", "row 3, column 综合评价排名(位)"),
    ]


def test_yearbook_style_numbered_columns_units_in_cells_and_marked_labels(tmp_path):
    # Synthetic values, in the shape of a torch-statistics yearbook table (columns numbered 甲, 1, 2).
    content = ("表3 合成测试数据(synthetic)\n高新区名称,营业收入(千元),高新技术企业数\n甲,1,2\n"
               "贵阳国家高新技术产业开发区*,\"1,500\",355家\n" + SYNTHETIC_NOTE + "\n")
    path = write(tmp_path, "yearbook.csv", content)
    path.with_suffix(".yaml").write_text("# synthetic\nyear: 2021\n", encoding="utf-8")
    result = load_table(path, "tables/yearbook.csv")
    assert observed(result) == [
        ("guiyang", "operating_revenue", 2021, 1_500_000, "yuan", "row 4, column 营业收入(千元)"),
        ("guiyang", "high_tech_enterprises", 2021, 355, "count", "row 4, column 高新技术企业数"),
    ]
    assert quarantined(result) == []


# --- one fixture per bad-value kind -----------------------------------------------------------------

GOOD_ROW = "贵阳高新区,高新技术企业数,2022,100,家\n"
GOOD = [("guiyang", "high_tech_enterprises", 2022, 100, "count", "row 2")]


@pytest.mark.parametrize(
    ("bad_rows", "expected_quarantine"),
    [
        pytest.param("贵阳高新区,研发机构及平台数,2021,很多,个\n",
                     [("row 3", "value '很多' is not a number")], id="non-numeric"),
        pytest.param("贵阳高新区,研发机构及平台数,2021,12.3.4,个\n",
                     [("row 3", "value '12.3.4' is not a number")], id="two-decimal-points"),
        pytest.param("贵阳高新区,研发机构及平台数,2021,-5,个\n",
                     [("row 3", "impossible value '-5': negative count -5 for rd_institutions")], id="negative-count"),
        pytest.param("贵阳高新区,综合评价排名,2021,0,位\n",
                     [("row 3", "impossible value '0': rank 0 for composite_rank is below 1")], id="rank-below-1"),
        pytest.param("贵阳高新区,综合评价排名,2021,12.5,位\n",
                     [("row 3", "impossible value '12.5': rank 12.5 for composite_rank is not a whole number")],
                     id="fractional-rank"),
        pytest.param("贵阳高新区,高新技术企业数占全省比重,2021,120,%\n",
                     [("row 3", "impossible value '120': share 120% for high_tech_enterprises_share_of_province is "
                                "impossible (a share lies between 0 and 100)")], id="share-above-100"),
        pytest.param("火星高新区,高新技术企业数,2021,10,家\n",
                     [("row 3", "zone or region '火星高新区' is not in the registry (zones.csv, regions.csv)")],
                     id="unknown-zone"),
        pytest.param("贵阳高新区,不存在的指标,2021,10,家\n",
                     [("row 3", "indicator '不存在的指标' is not in the catalog (indicators.csv)")], id="unknown-indicator"),
        pytest.param("贵阳高新区,高新技术企业数,二〇二一,10,家\n",
                     [("row 3", "year '二〇二一' is not a calendar year")], id="bad-year"),
        pytest.param("全国,技术合同成交额,2021,3,亿美元\n",
                     [("row 3", "unit '亿美元' (usd) does not match tech_contract_value's unit yuan")],
                     id="unconvertible-unit"),
        pytest.param("全国,技术合同成交额,2021,3,\n",
                     [("row 3", "no unit given for tech_contract_value, a money indicator (元, 万元 or 亿元?)")],
                     id="money-without-unit"),
        pytest.param("贵阳高新区,研发机构及平台数,2021,10,个,多出的一格\n",
                     [("row 3", "ragged row: 6 cells but the header has 5; cell '多出的一格' in column 6 has no header")],
                     id="ragged-row"),
        pytest.param("贵阳高新区,众创空间数,2021,31,个\n贵阳国家高新区,众创空间,2021,32,个\n",
                     [("row 3", "conflicting values for guiyang/maker_spaces/2021 (row 3: 31; row 4: 32); none is loaded"),
                      ("row 4", "conflicting values for guiyang/maker_spaces/2021 (row 3: 31; row 4: 32); none is loaded")],
                     id="conflicting-duplicates"),
        pytest.param("全国,技术合同成交额,2021,1,亿元\n全国,技术合同成交额,2021,10000,万元\n",
                     [("row 4", "duplicate of row 3 for china/tech_contract_value/2021 (same value 1e+08); "
                                "the first is kept")], id="exact-duplicate"),
        pytest.param("贵阳高新区,研发机构及平台数,2021,1e400,个\n",
                     [("row 3", "value '1e400' is out of range: no table figure is beyond 10^20 or below 10^-20 in "
                                "magnitude")], id="overflowing-count"),
        pytest.param("全国,技术合同成交额,2021,1e400,亿元\n",
                     [("row 3", "value '1e400' is out of range: no table figure is beyond 10^20 or below 10^-20 in "
                                "magnitude")], id="overflowing-money"),
        pytest.param("全国,技术合同成交额,2021,1e999999,亿元\n",
                     [("row 3", "value '1e999999' is out of range: no table figure is beyond 10^20 or below 10^-20 "
                                "in magnitude")], id="overflowing-decimal"),
        pytest.param("全国,技术合同成交额,2021,1e-400,亿元\n",
                     [("row 3", "value '1e-400' is out of range: no table figure is beyond 10^20 or below 10^-20 "
                                "in magnitude")], id="underflowing-money"),
        pytest.param("全国,技术合同成交额,2021,1e15,亿元\n",
                     [("row 3", "impossible value '1e15': 1e+23 yuan for tech_contract_value is absurdly large "
                                "(beyond 1e+18 in magnitude)")], id="absurd-money"),
        pytest.param("贵阳高新区,研发机构及平台数,2021,—,个\n贵阳高新区,众创空间数,2021,…,个\n"
                     "贵阳高新区,博士后科研工作站数,2021,-,个\n", [], id="missing-is-no-observation"),
    ],
)
def test_bad_values_are_quarantined_and_the_rest_of_the_file_loads(tmp_path, bad_rows, expected_quarantine):
    # Synthetic rows.
    result = load_table(write(tmp_path, "t.csv", HEADER + GOOD_ROW + bad_rows + SYNTHETIC_NOTE + "\n"), "tables/t.csv")
    kept = [o for o in observed(result) if o != GOOD[0]]
    assert observed(result)[:1] == GOOD
    assert quarantined(result) == expected_quarantine
    if "exact-duplicate" in str(expected_quarantine) or "duplicate of" in str(expected_quarantine):
        assert kept == [("china", "tech_contract_value", 2021, 100_000_000, "yuan", "row 3")]
    else:
        assert kept == []
    assert all(q["source_path"] == "tables/t.csv" for q in result.quarantine)


def test_bad_cell_in_a_wide_table_names_row_and_column(tmp_path):
    # Synthetic values.
    content = "指标,2021年,2022年\n高新技术企业数(家),10,约20\n综合评价排名,0,5\n" + SYNTHETIC_NOTE + "\n"
    path = write(tmp_path, "w.csv", content)
    path.with_suffix(".yaml").write_text("# synthetic\nzone: 贵阳高新区\n", encoding="utf-8")
    result = load_table(path, "tables/w.csv")
    assert observed(result) == [("guiyang", "high_tech_enterprises", 2021, 10, "count", "row 2, column 2021年"),
                                ("guiyang", "composite_rank", 2022, 5, "rank", "row 3, column 2022年")]
    assert quarantined(result) == [
        ("row 2, column 2022年", "value '约20' is not a number"),
        ("row 3, column 2021年", "impossible value '0': rank 0 for composite_rank is below 1")]


def test_row_label_that_is_neither_zone_nor_indicator_is_quarantined(tmp_path):
    content = ",2021年\n贵阳高新区,10\n合计,99\n" + SYNTHETIC_NOTE + "\n"
    path = write(tmp_path, "labels.csv", content)
    path.with_suffix(".yaml").write_text("# synthetic\nindicator: 高新技术企业数\n", encoding="utf-8")
    result = load_table(path, "tables/labels.csv")
    assert observed(result) == [("guiyang", "high_tech_enterprises", 2021, 10, "count", "row 2, column 2021年")]
    assert quarantined(result) == [("row 3", "row label '合计' is neither a zone or region in the registry nor an "
                                             "indicator in the catalog")]


def test_unmappable_header_quarantines_the_table_naming_the_header(tmp_path):
    content = "园区,营收增速预测,2021年\n贵阳高新区,1,2\n" + SYNTHETIC_NOTE + "\n"
    result = load_table(write(tmp_path, "h.csv", content), "tables/h.csv")
    assert result.observations == []
    assert len(result.quarantine) == 1
    assert result.quarantine[0]["location"] == "file"
    assert result.quarantine[0]["reason"].startswith("header cannot be mapped: '营收增速预测' is not a zone")


def test_a_descriptor_maps_a_header_detection_cannot(tmp_path):
    content = "园区,企业数,排名变化,2021年\n贵阳高新区,高新技术企业数,+3,2\n" + SYNTHETIC_NOTE + "\n"
    path = write(tmp_path, "mapped.csv", content)
    path.with_suffix(".yaml").write_text("# synthetic\ncolumns: {企业数: 指标, 排名变化: ignore}\n", encoding="utf-8")
    result = load_table(path, "tables/mapped.csv")
    assert observed(result) == [("guiyang", "high_tech_enterprises", 2021, 2, "count", "row 2, column 2021年")]
    assert quarantined(result) == []


def test_a_table_that_never_states_its_indicator_is_quarantined_once(tmp_path):
    content = "高新区,2021年,2022年\n贵阳高新区,1,2\n" + SYNTHETIC_NOTE + "\n"
    result = load_table(write(tmp_path, "i.csv", content), "tables/i.csv")
    assert result.observations == []
    assert quarantined(result) == [("file", "the table states no indicator: no column, row label, year header, sheet "
                                            "name or preamble line gives it; state it in a descriptor "
                                            "(<name>.yaml: indicator: …)")]


def test_descriptors_that_disagree_leave_the_key_unset(tmp_path):
    content = "高新区,2021年\n贵阳高新区,3\n" + SYNTHETIC_NOTE + "\n"
    path = write(tmp_path, "d.csv", content)
    path.with_suffix(".meta.json").write_text('{"indicator": "高新技术企业数"}', encoding="utf-8")
    path.with_suffix(".yaml").write_text("# synthetic\nindicator: 研发机构及平台数\n", encoding="utf-8")
    result = load_table(path, "tables/d.csv")
    assert result.observations == []
    assert quarantined(result)[0] == ("descriptor d.yaml", "descriptors d.meta.json and d.yaml disagree on 'indicator' "
                                                           "('高新技术企业数' vs '研发机构及平台数'); neither is used")
    assert quarantined(result)[1][0] == "file"


def test_unreadable_files_and_descriptors_are_quarantined_and_the_run_goes_on(tmp_path):
    write(tmp_path, "binary.csv", b"\x00\x01\x02\x03")
    write(tmp_path, "notes.txt", "not a table")
    write(tmp_path, "broken.xlsx", b"PK\x03\x04 not really a zip")
    write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0 legacy")
    write(tmp_path, "good.csv", HEADER + GOOD_ROW)
    write(tmp_path, "good.yaml", "title: [unclosed\n")
    files, observations, quarantine = load_tables(tmp_path)
    reasons = {(q["source_path"], q["location"]): q["reason"] for q in quarantine}
    assert set(reasons) == {("tables/binary.csv", "file"), ("tables/notes.txt", "file"), ("tables/broken.xlsx", "file"),
                            ("tables/old.xls", "file"), ("tables/good.csv", "descriptor good.yaml")}
    assert "NUL" in reasons[("tables/binary.csv", "file")]
    assert "save it as .xlsx" in reasons[("tables/old.xls", "file")]
    assert reasons[("tables/good.csv", "descriptor good.yaml")].startswith("descriptor good.yaml is unreadable")
    assert [(o["zone_id"], o["value"]) for o in observations] == [("guiyang", 100)]


def test_one_overflowing_cell_costs_that_cell_not_the_file(tmp_path):
    # Synthetic rows: 1e400 matches the number pattern; it used to overflow int() in validation and
    # quarantine the whole file as an "unexpected error".
    write(tmp_path, "overflow.csv", HEADER + GOOD_ROW + "贵阳高新区,研发机构及平台数,2022,1e400,个\n"
          "贵阳高新区,综合评价排名,2022,12,位\n" + SYNTHETIC_NOTE + "\n")
    files, observations, quarantine = load_tables(tmp_path)
    assert [(o["indicator_code"], o["value"]) for o in observations] == [("high_tech_enterprises", 100),
                                                                          ("composite_rank", 12)]
    assert [(q["location"], q["reason"]) for q in quarantine] == [
        ("row 3", "value '1e400' is out of range: no table figure is beyond 10^20 or below 10^-20 in magnitude")]
    assert files[0]["rows_loaded"] == 2


def test_non_finite_and_absurd_values_are_implausible():
    assert validate.implausible("tech_contract_value", float("inf")) == "inf is not a finite number"
    assert validate.implausible("high_tech_enterprises", float("nan")) == "nan is not a finite number"
    assert validate.implausible("high_tech_enterprises", 1e300) == (
        "1e+300 count for high_tech_enterprises is absurdly large (beyond 1e+18 in magnitude)")
    assert validate.implausible("tech_contract_value", 3.7e12) is None


def test_tables_sharing_a_name_stem_get_their_own_table_and_observation_ids(tmp_path):
    # Synthetic: the same figure in hte.csv, hte.tsv and hte.xlsx used to get one table_id and one
    # observation_id, which fails the warehouse's uniqueness test and with it the whole run.
    write(tmp_path, "hte.csv", HEADER + GOOD_ROW + SYNTHETIC_NOTE + "\n")
    write(tmp_path, "hte.tsv", (HEADER + GOOD_ROW).replace(",", "\t") + SYNTHETIC_NOTE + "\n")
    workbook = openpyxl.Workbook()
    for row in [*csv.reader(io.StringIO(HEADER + GOOD_ROW)), [SYNTHETIC_NOTE]]:
        workbook.active.append(row)
    workbook.save(tmp_path / "tables" / "hte.xlsx")
    write(tmp_path, "hte.yaml", "# synthetic\ntitle: 合成测试\n")  # a descriptor is no table
    write(tmp_path, "other.csv", HEADER + GOOD_ROW + SYNTHETIC_NOTE + "\n")
    write(tmp_path, "sub/hte.csv", HEADER + GOOD_ROW + SYNTHETIC_NOTE + "\n")
    files, observations, quarantine = load_tables(tmp_path)
    assert quarantine == []
    assert sorted(f["table_id"] for f in files) == ["hte.csv", "hte.tsv", "hte.xlsx", "other", "sub/hte"]
    assert sorted(o["table_id"] for o in observations) == ["hte.csv", "hte.tsv", "hte.xlsx", "other", "sub/hte"]
    assert len({o["observation_id"] for o in observations}) == len(observations) == 5


def test_table_ids_stay_unique_even_when_a_stem_is_a_sibling_file_name():
    assert table_id_of("tables/guiyang_zone_profile.csv", ["tech_contract_turnover.csv"]) == "guiyang_zone_profile"
    assert table_id_of("tables/hte.csv", ["hte.tsv"]) == "hte.csv"
    assert table_id_of("tables/hte.tsv", ["hte.csv"]) == "hte.tsv"
    # hte.csv.csv beside hte.csv and hte.tsv: its stem is its sibling's name, so it keeps its extension.
    names = ["hte.csv", "hte.tsv", "hte.csv.csv"]
    ids = [table_id_of(f"tables/{n}", [m for m in names if m != n]) for n in names]
    assert ids == ["hte.csv", "hte.tsv", "hte.csv.csv"]
    assert table_id_of("tables/a.b.csv", ["a.xlsx"]) == "a.b"  # a.b and a do not collide


@pytest.mark.parametrize(("content", "reason"), [
    pytest.param("合成测试数据(synthetic)\n贵阳高新区\n100\n200\n",
                 "no table found in the file: no row has two different values in 4 row(s) — a single column, "
                 "or a wrong separator", id="one-column"),
    pytest.param('"zone,indicator,year,value,unit\n' + GOOD_ROW + SYNTHETIC_NOTE + "\n",
                 "no table found in the file: no row has two different values in 1 row(s) — a single column, or a "
                 'wrong separator; a cell spans several lines: a quote (") that is never closed may have swallowed '
                 "the rest of the file", id="unterminated-quote"),
    pytest.param(",,\n\n,,\n", "no table found in the file: it holds no values", id="only-separators"),
])
def test_a_csv_without_a_table_is_quarantined_not_taken_for_notes(tmp_path, content, reason):
    write(tmp_path, "t.csv", content)
    write(tmp_path, "good.csv", HEADER + GOOD_ROW + SYNTHETIC_NOTE + "\n")
    files, observations, quarantine = load_tables(tmp_path)
    assert [(q["source_path"], q["location"], q["reason"]) for q in quarantine] == [("tables/t.csv", "file", reason)]
    assert {f["table_id"]: f["layout"] for f in files}["t"] is None
    assert [(o["source_path"], o["value"]) for o in observations] == [("tables/good.csv", 100)]


def test_a_workbook_of_notes_only_is_quarantined(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "说明"
    workbook.active.append(["本工作簿为合成测试数据(synthetic test data),表格另行发布。"])
    path = tmp_path / "tables" / "notes_only.xlsx"
    path.parent.mkdir(parents=True)
    workbook.save(path)
    result = load_table(path, "tables/notes_only.xlsx")
    assert quarantined(result) == [("sheet 说明", "no table found in sheet 说明: no row has two different values (a "
                                                "notes sheet, but the workbook has no other sheet)")]
    assert result.table_file["footnotes"] is None


def test_documentation_beside_the_tables_is_neither_loaded_nor_quarantined(tmp_path):
    write(tmp_path, "README.md", "# synthetic\n")
    write(tmp_path, "notes.txt.md", "synthetic notes\n")
    write(tmp_path, "good.csv", HEADER + GOOD_ROW + SYNTHETIC_NOTE + "\n")
    files, observations, quarantine = load_tables(tmp_path)
    assert ([f["source_path"] for f in files], quarantine) == (["tables/good.csv"], [])


def test_no_dead_code_in_the_table_modules():
    # Every suffix skipped is one Path.suffix can equal (one dot: `.txt.md` never is).
    assert all(s.startswith(".") and s.count(".") == 1 for s in batch._NOT_TABLES), batch._NOT_TABLES
    # Every function, class and constant of the table modules is used somewhere besides its definition.
    project = Path(__file__).resolve().parent.parent
    sources = [p.read_text(encoding="utf-8") for folder in ("orchestration", "tests")
               for p in (project / folder).rglob("*.py")]
    unused = []
    for module in sorted((project / "orchestration" / "tables").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            else:
                continue
            uses = sum(len(re.findall(rf"\b{re.escape(name)}\b", text)) for name in names for text in sources)
            if uses <= len(names):
                unused.append(f"{module.name}: {', '.join(names)}")
    assert unused == []
    assert not hasattr(validate, "is_share")  # was public and never called


@pytest.mark.parametrize(("text", "number", "marker"), [
    ("6,903", Decimal("6903"), None), ("12.3①", Decimal("12.3"), "①"), ("12.3*", Decimal("12.3"), "*"),
    ("１２３", Decimal("123"), None), ("−5", Decimal("-5"), None), ("26.6%", Decimal("26.6"), None),
    ("1,234,567.5", Decimal("1234567.5"), None), ("355家", Decimal("355"), None), ("116.8 亿元", Decimal("116.8"), None),
])
def test_cells_as_offices_print_them(text, number, marker):
    cell = parse_cell(text)
    assert (cell.number, cell.marker) == (number, marker)
    assert cell.percent == text.endswith("%")


@pytest.mark.parametrize("text", ["—", "-", "…", "...", "", "  ", "－", "——"])
def test_missing_markers_are_missing_not_zero(text):
    assert parse_cell(text).number is None


@pytest.mark.parametrize("text", ["12,34", "1,2345", "约20", "20余", ">5", "~61500", "N"])
def test_cells_that_are_not_numbers(text):
    with pytest.raises(CellError):
        parse_cell(text)


# --- property: any tidy table, in any supported layout and encoding, loads back the same -------------

ZONES = [("贵阳高新区", "guiyang"), ("西安国家高新区", "xian"), ("上海紫竹高新区", "shanghai_zizhu"),
         ("武汉东湖高新区", "wuhan_donghu"), ("贵州省", "guizhou"), ("全国", "china")]
INDICATORS = [("高新技术企业数", "high_tech_enterprises", "家", 1), ("综合评价排名", "composite_rank", "位", 1),
              ("技术合同成交额", "tech_contract_value", "亿元", 100_000_000),
              ("研发机构及平台数", "rd_institutions", "个", 1)]


@st.composite
def tidy_tables(draw):
    keys = draw(st.sets(st.tuples(st.sampled_from(range(len(ZONES))), st.sampled_from(range(len(INDICATORS))),
                                  st.integers(2012, 2024)), min_size=1, max_size=12))
    table = {}
    for zone, indicator, year in sorted(keys):
        code = INDICATORS[indicator][1]
        if code == "tech_contract_value":
            value = Decimal(draw(st.integers(1, 9_999_999))) / 100
        elif code == "composite_rank":
            value = Decimal(draw(st.integers(1, 178)))
        else:
            # Counts between 1900 and 2099 look like years: a data row must never pass for a header.
            value = Decimal(draw(st.one_of(st.integers(0, 2_000_000), st.integers(1900, 2099))))
        table[(zone, indicator, year)] = value
    return table


def _cell(value: Decimal, grouped: bool) -> str:
    return f"{value:,}" if grouped else str(value)


def _long_rows(table, grouped):
    rows = [["地区", "指标", "年份", "数值", "单位"]]
    for (z, i, y), v in table.items():
        rows.append([ZONES[z][0], INDICATORS[i][0], f"{y}年", _cell(v, grouped), INDICATORS[i][2]])
    return rows


def _wide_rows(table, grouped, descending, unit_in_name):
    years = sorted({y for _, _, y in table}, reverse=descending)
    header = ["地区", "指标"] + ([] if unit_in_name else ["单位"]) + [f"{y}年" for y in years]
    rows = [["合成测试数据(synthetic test data)"], header]
    for z, i in sorted({(z, i) for z, i, _ in table}):
        name, _, unit, _ = INDICATORS[i]
        label = [ZONES[z][0], f"{name}({unit})"] if unit_in_name else [ZONES[z][0], name, unit]
        rows.append(label + [_cell(table[(z, i, y)], grouped) if (z, i, y) in table else "—" for y in years])
    rows.append([SYNTHETIC_NOTE])
    return rows


def _nbs_files(table, grouped):
    """One statistics-bureau export per zone: the zone in the preamble, indicators as rows."""
    files = {}
    for z in sorted({z for z, _, _ in table}):
        years = sorted({y for zz, _, y in table if zz == z}, reverse=True)
        rows = [["数据库:年度数据"], [f"地区:{ZONES[z][0]}"], ["时间:最近10年"], ["指标"] + [f"{y}年" for y in years]]
        for i in sorted({i for zz, i, _ in table if zz == z}):
            name, _, unit, _ = INDICATORS[i]
            rows.append([f"{name}({unit})"] + [_cell(table[(z, i, y)], grouped) if (z, i, y) in table else "…"
                                               for y in years])
        rows += [[SYNTHETIC_NOTE], ["数据来源:合成测试"]]
        files[f"nbs_{z}"] = rows
    return files


def _csv_bytes(rows, encoding):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    text = buffer.getvalue()
    if encoding == "big5":
        # OpenCC writes 爲, which Big5 lacks; Taiwan and Hong Kong offices write 為.
        return to_traditional(text).replace("爲", "為").encode("big5")
    return text.encode(encoding)


def _xlsx(path: Path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    width = max(len(r) for r in rows)
    for row in rows:
        sheet.append([int(c) if c.isdigit() else c for c in row])
    if len(rows[0]) == 1:  # a title row: merged over the table's width, as offices do
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    workbook.save(path)


LAYOUTS = ["long csv utf-8", "long csv utf-8-sig", "long csv gb18030", "long csv big5", "long xlsx",
           "wide ascending csv gb18030", "wide descending csv utf-8-sig", "wide unit-in-name csv big5",
           "wide descending xlsx", "nbs csv gb18030", "nbs csv big5", "nbs xlsx"]


@pytest.mark.parametrize("layout", LAYOUTS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tidy_tables(), grouped=st.booleans())
def test_a_tidy_table_in_any_layout_loads_back_to_the_same_observations(layout, table, grouped):
    kind, *options = layout.split()
    encoding = options[-1]
    if kind == "long":
        files = {"t": _long_rows(table, grouped)}
    elif kind == "wide":
        files = {"t": _wide_rows(table, grouped, "descending" in options, "unit-in-name" in options)}
    else:
        files = _nbs_files(table, grouped)
    with tempfile.TemporaryDirectory() as raw:
        directory = Path(raw) / "tables"
        directory.mkdir()
        for name, rows in files.items():
            if encoding == "xlsx":
                _xlsx(directory / f"{name}.xlsx", rows)
            else:
                (directory / f"{name}.csv").write_bytes(_csv_bytes(rows, encoding))
        _, observations, quarantine = load_tables(Path(raw))
    assert quarantine == []
    expected = {(ZONES[z][1], INDICATORS[i][1], y, float(v * INDICATORS[i][3])) for (z, i, y), v in table.items()}
    assert {(o["zone_id"], o["indicator_code"], o["year"], o["value"]) for o in observations} == expected
    assert len(observations) == len(expected)
