"""Tables: the real sample tables, and synthetic tables (labelled) for each layout and each failure."""

from pathlib import Path

import openpyxl
import pytest

from orchestration.tables.batch import load_tables
from orchestration.tables.load import load_table

from .conftest import SAMPLE_RAW


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / "tables" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_sample_tables_load_completely():
    files, observations, quarantine = load_tables(SAMPLE_RAW)
    assert quarantine == []
    assert {f["table_id"] for f in files} == {"guiyang_composite_evaluation", "tech_contract_turnover"}
    by_key = {(o["zone_id"], o["indicator_code"], o["year"]): o for o in observations}
    assert by_key[("guiyang", "composite_rank", 2020)]["value"] == 42
    assert by_key[("china", "tech_contract_value", 2021)]["value"] == pytest.approx(3_729_430_000_000)
    assert by_key[("china", "tech_contract_value", 2021)]["unit"] == "yuan"
    assert all(o["source_url"].startswith("http") for o in observations)


def test_wide_table_with_year_columns_descending(tmp_path):
    # Synthetic values.
    path = write(tmp_path, "wide.csv", "地区,指标,2024年,2023年,2022年度\n全国,技术合同成交额(亿元),300,200,100\n")
    result = load_table(path, "tables/wide.csv")
    assert result.table_file["layout"] == "wide"
    assert sorted((o["year"], o["value"]) for o in result.observations) == [
        (2022, 1e10), (2023, 2e10), (2024, 3e10)]
    assert result.quarantine == []


def test_statistics_bureau_export_with_preamble_and_footnotes(tmp_path):
    # Synthetic values in the shape of an NBS export, encoded GBK as the bureau serves it.
    content = ("数据库:年度数据\n地区:贵州省\n时间:最近3年\n指标,2024年,2023年,2022年\n"
               "技术合同成交额(亿元),3,2,1\n注:本表为合成测试数据。\n数据来源:测试\n")
    path = write(tmp_path, "nbs.csv", content.encode("gbk"))
    path.with_suffix(".meta.json").write_text('{"zone": "贵州省", "source_url": "https://example.org/synthetic"}',
                                              encoding="utf-8")
    result = load_table(path, "tables/nbs.csv")
    assert {(o["zone_id"], o["year"], o["value"]) for o in result.observations} == {
        ("guizhou", 2024, 3e8), ("guizhou", 2023, 2e8), ("guizhou", 2022, 1e8)}
    assert "注:本表为合成测试数据。" in result.table_file["footnotes"]


def test_xlsx_with_merged_title_row(tmp_path):
    # Synthetic workbook.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["贵阳高新区综合评价排名(合成测试数据)", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append(["高新区", "2021年", "2022年"])
    sheet.append(["贵阳高新区", 39, 37])
    path = tmp_path / "tables" / "ranks.xlsx"
    path.parent.mkdir(parents=True)
    workbook.save(path)
    (tmp_path / "tables" / "ranks.meta.json").write_text('{"indicator": "composite_rank", "unit": "位"}', encoding="utf-8")
    result = load_table(path, "tables/ranks.xlsx")
    assert sorted((o["year"], o["value"], o["unit"]) for o in result.observations) == [
        (2021, 39, "rank"), (2022, 37, "rank")]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("火星高新区,综合评价排名,2021,39,位", "not in the registry"),
        ("贵阳高新区,不存在的指标,2021,39,位", "not in the catalog"),
        ("贵阳高新区,综合评价排名,二〇二一,39,位", "not a calendar year"),
        ("贵阳高新区,综合评价排名,2021,三十九,位", "not a number"),
        ("全国,技术合同成交额,2021,3,亿美元", "unit"),
        ("全国,技术合同成交额,2021,3,%", "does not match"),
    ],
)
def test_bad_rows_are_quarantined_and_good_rows_load(tmp_path, row, reason):
    # Synthetic rows.
    content = "zone,indicator,year,value,unit\n贵阳高新区,综合评价排名,2022,37,位\n" + row + "\n"
    result = load_table(write(tmp_path, "t.csv", content), "tables/t.csv")
    assert [(o["year"], o["value"]) for o in result.observations] == [(2022, 37)]
    assert len(result.quarantine) == 1
    assert result.quarantine[0]["location"] == "row 3"
    assert reason in result.quarantine[0]["reason"]


def test_duplicate_row_is_quarantined(tmp_path):
    content = "zone,indicator,year,value,unit\n贵阳高新区,综合评价排名,2022,37,位\n贵阳国家高新区,综合评价排名,2022,38,位\n"
    result = load_table(write(tmp_path, "d.csv", content), "tables/d.csv")
    assert len(result.observations) == 1
    assert "duplicate of row 2" in result.quarantine[0]["reason"]


def test_unreadable_files_are_quarantined(tmp_path):
    write(tmp_path, "binary.csv", b"\x00\x01\x02\x03")
    write(tmp_path, "notes.txt", "not a table")
    write(tmp_path, "broken.xlsx", b"PK\x03\x04 not really a zip")
    write(tmp_path, "good.csv", "zone,indicator,year,value,unit\n贵阳高新区,综合评价排名,2022,37,位\n")
    files, observations, quarantine = load_tables(tmp_path)
    reasons = {q["source_path"]: q["reason"] for q in quarantine}
    assert set(reasons) == {"tables/binary.csv", "tables/notes.txt", "tables/broken.xlsx"}
    assert "NUL" in reasons["tables/binary.csv"]
    assert len(observations) == 1
