"""Claims: the founding release (real) in full, and short sentences per rule and per trap.

Every sentence below except the founding release is a synthetic fixture written for these tests.
"""

from datetime import date

import pytest

from orchestration.claims.extract import extract_claims
from orchestration.claims.numbers import parse_number


def claims_of(text: str, published: date | None = date(2025, 12, 10)):
    return extract_claims(text, "doc", published)


def one(text: str, **expected):
    found = claims_of(text)
    assert len(found) == 1, [(c.claim_kind, c.value_text) for c in found]
    claim = found[0]
    for key, value in expected.items():
        assert getattr(claim, key) == value, (key, getattr(claim, key), value)
    return claim


FOUNDING_EXPECTED = {
    # (kind, value, unit, indicator, period_start, period_end)
    ("rank", 42, "rank", "composite_rank", 2020, 2020),
    ("rank", 36, "rank", "composite_rank", 2025, 2025),
    ("rank_change", 6, "rank", "composite_rank", 2021, 2025),
    ("cagr", 6.4, "percent", "tech_contract_value", 2021, 2025),
    ("increase", 149, "count", "rd_institutions", 2021, 2025),
    ("level", 20.64, "km2", "area", 2025, 2025),
    ("level", 28, "count", "national_rd_platforms", 2025, 2025),
    ("level", 85, "count", "provincial_rd_platforms", 2025, 2025),
    ("level", 2, "count", None, 2025, 2025),
    ("level", 25, "count", "pilot_platforms", 2025, 2025),
    ("level", 2105, "count", "invention_patents_granted", 2025, 2025),
    ("level", 23, "count", "talent_teams", 2025, 2025),
    ("level", 27, "count", None, 2025, 2025),
    ("level", 50, "count", None, 2025, 2025),
    ("level", 417, "count", "tech_managers", 2025, 2025),
    ("level", 35, "count", "high_level_platforms", 2025, 2025),
    ("level", 15, "count", "postdoc_workstations", 2025, 2025),
    ("level", 12, "count", "talent_bases", 2025, 2025),
    ("level", 314, "count", "high_tech_enterprises", 2025, 2025),
    ("rank", 1, "rank", "high_tech_enterprises", 2025, 2025),
    ("level", 17, "count", None, 2025, 2025),
    ("level", 231, "count", None, 2025, 2025),
    ("level", 60, "count", None, 2025, 2025),
    ("level", 271, "count", None, 2025, 2025),
    ("level", 5, "count", "national_incubators", 2025, 2025),
    ("level", 5, "count", "provincial_incubators", 2025, 2025),
    ("level", 3, "count", None, 2025, 2025),
}


def test_founding_release_claims_exactly(founding_golden):
    found = claims_of(founding_golden)
    got = {(c.claim_kind, c.value, c.unit, c.indicator_code, c.period_start_year, c.period_end_year) for c in found}
    assert got == FOUNDING_EXPECTED
    assert len(found) == len(FOUNDING_EXPECTED)
    assert all(c.zone_id == "guiyang" for c in found)
    for claim in found:
        assert founding_golden[claim.char_start : claim.char_end] == claim.value_text
        assert claim.value_text in claim.sentence


def test_founding_release_subjects(founding_golden):
    by_value = {(c.claim_kind, c.value): c for c in claims_of(founding_golden)}
    assert by_value[("level", 20.64)].subject == "贵州科学城"
    assert by_value[("level", 2105)].subject == "贵州科学城"
    assert by_value[("rank", 42)].subject == "贵阳高新区"


@pytest.mark.parametrize(
    ("text", "value"),
    [("6,903", 6903), ("20.64", 20.64), ("二十八", 28), ("两", 2), ("十五", 15), ("一百二十", 120), ("三千", 3000)],
)
def test_numbers(text, value):
    assert float(parse_number(text)) == value


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "unit"),
    [
        ("软件和信息技术服务业收入达116.8亿元。", "level", 11_680_000_000, "yuan"),
        ("技术合同成交额4.78万亿元。", "level", 4_780_000_000_000, "yuan"),
        ("人才总量1.2万人。", "level", 12_000, "count"),
        ("拥有高新技术企业3千家。", "level", 3_000, "count"),
        ("规划面积300公顷。", "level", 3, "km2"),
        ("技术合同成交额同比增长22.7%。", "growth_rate", 22.7, "percent"),
        ("规上工业增加值同比下降2.3%。", "growth_rate", -2.3, "percent"),
        ("技术合同交易额年均增长6.4%。", "cagr", 6.4, "percent"),
        ("研发投入强度提高0.5个百分点。", "increase", 0.5, "percentage_point"),
        ("高新技术企业占全省的26.6%。", "share", 26.6, "percent"),
        ("新增国家级孵化器5家。", "increase", 5, "count"),
        ("累计新增专精特新企业二十八家。", "increase", 28, "count"),
    ],
)
def test_values_units_and_kinds(sentence, kind, value, unit):
    claim = one(sentence, claim_kind=kind, unit=unit)
    assert claim.value == pytest.approx(value)


def test_approximation_is_a_qualifier():
    assert one("聚集高新技术企业约300家。").qualifier == "约"
    assert one("聚集高新技术企业300余家。").qualifier == "余"


@pytest.mark.parametrize(
    ("sentence", "kinds_values"),
    [
        ("综合排名由2020年的42位上升至36位。", {("rank", 42), ("rank", 36), ("rank_change", 6)}),
        ("综合排名较上年上升3位。", {("rank_change", 3)}),
        ("综合排名下降两个位次。", {("rank_change", -2)}),
        ("2021年度综合评价排名第39位。", {("rank", 39)}),
        ("高新技术企业数量位列全省第一。", {("rank", 1)}),
    ],
)
def test_ranks(sentence, kinds_values):
    assert {(c.claim_kind, c.value) for c in claims_of(sentence)} == kinds_values


def test_rank_year_from_evaluation_year():
    claim = one("2021年度综合评价排名第39位。", claim_kind="rank")
    assert (claim.period_start_year, claim.period_end_year, claim.indicator_code) == (2021, 2021, "composite_rank")


def test_plan_period_dates_changes():
    claim = one("“十三五”期间,技术合同成交额年均增长12.5%。")
    assert (claim.period_start_year, claim.period_end_year, claim.period_label) == (2016, 2020, "十三五")


@pytest.mark.parametrize(
    "sentence",
    [
        "贵阳市“1+6+1”重点产业。",
        "一张网一平台一生态。",
        "四城联动,三大产业生态圈。",
        "面向“十五五”,深入贯彻党的二十届四中全会精神。",
        "“39AI全科医生”和5G网络。",
        "2兆瓦液态燃料钍基熔盐实验堆。",
        "2025年12月10日。",
        "京ICP备14033264号-5。",
        "是一个鲜活注脚。",
        "长三角地区的优质资源。",
    ],
)
def test_traps_are_not_claims(sentence):
    assert claims_of(sentence) == []


def test_zone_from_registry_alias():
    claims = claims_of("西安高新区新增高新技术企业120家。")
    assert [c.zone_id for c in claims] == ["xian"]
