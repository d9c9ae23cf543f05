"""Claims: the founding release (real) in full, and short sentences per rule and per trap.

Every sentence below except the founding release is a synthetic fixture written for these tests.
"""

from datetime import date

import pytest

from orchestration.claims.extract import extract_claims
from orchestration.claims.numbers import parse_number


def check_claim(text: str, published: date | None, value_text: str | None, expected: dict) -> None:
    """The claim whose expression is value_text has the expected fields (floats compared approximately);
    with value_text None, the text holds no claim at all."""
    found = {c.value_text: c for c in extract_claims(text, "doc", published)}
    if value_text is None:
        assert found == {}
        return
    claim = found[value_text]
    got = {field: getattr(claim, field) for field in expected}
    assert got == {field: pytest.approx(value) if isinstance(value, float) else value for field, value in expected.items()}


def check_claim_row(text: str, published: date | None, row: tuple, fields: tuple[str, ...]) -> None:
    """check_claim with the expectation written as a row: (value_text, claim_kind, value, *fields)."""
    value_text, *values = row
    check_claim(text, published, value_text, dict(zip(("claim_kind", "value", *fields), values, strict=True)))


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


def test_range_keeps_both_bounds():
    claim = one("计划新建孵化器3至5家。", claim_kind="increase", unit="count")
    assert (claim.value, claim.value_upper, claim.value_text) == (3, 5, "3至5家")


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # (kind, start, end, label)
        ("2021年度评价中,综合排名较2020年上升3位。", date(2022, 2, 25), ("rank_change", 2021, 2021, None)),
        ("2020年,技术合同成交额同比增长9.7%。", date(2021, 6, 10), ("growth_rate", 2020, 2020, None)),
        ("去年技术合同成交额同比增长9.7%。", date(2021, 6, 10), ("growth_rate", 2020, 2020, None)),
        ("今年1-8月,规上工业总产值同比增长8.56%。", date(2025, 10, 17), ("growth_rate", 2025, 2025, "1-8月")),
        ("上半年,技术合同成交额同比增长6.5%。", date(2020, 8, 21), ("growth_rate", 2020, 2020, "上半年")),
        ("“十三五”期间,高新技术企业年均增长26.4%。", date(2021, 3, 1), ("cagr", 2016, 2020, "十三五")),
        ("2016年至2020年,技术合同成交额年均增长12.5%。", date(2021, 3, 1), ("cagr", 2016, 2020, None)),
        ("2022年末,高新技术企业达341家。", date(2023, 1, 1), ("level", 2022, 2022, None)),
        ("截至目前,高新技术企业达355家。", date(2023, 6, 29), ("level", 2023, 2023, None)),
        ("技术合同成交额同比增长5%。", None, ("growth_rate", None, None, None)),
    ],
)
def test_periods(sentence, published, expected):
    claim = claims_of(sentence, published)[-1]
    assert (claim.claim_kind, claim.period_start_year, claim.period_end_year, claim.period_label) == expected


def test_movement_start_and_end_with_rate():
    found = claims_of("五年间,贵阳高新区高新技术企业由100家增长到323家,年均增长26.4%。", date(2025, 12, 10))
    got = [(c.claim_kind, c.value, c.period_start_year, c.period_end_year, c.indicator_code) for c in found]
    assert got == [("level", 100, 2020, 2020, "high_tech_enterprises"),
                   ("level", 323, 2025, 2025, "high_tech_enterprises"),
                   ("cagr", 26.4, 2021, 2025, "high_tech_enterprises")]


def test_movement_with_years():
    found = claims_of("高新技术企业由2016年的100家增加到2020年的323家,年均增长34.1%。", date(2021, 1, 1))
    got = [(c.claim_kind, c.value, c.period_start_year, c.period_end_year) for c in found]
    assert got == [("level", 100, 2016, 2016), ("level", 323, 2020, 2020), ("cagr", 34.1, 2017, 2020)]


@pytest.mark.parametrize(
    ("sentence", "zone_id"),
    [
        ("贵州省技术合同成交额249.12亿元。", "guizhou"),
        ("全国技术合同成交额37294.3亿元。", "china"),
        ("西安高新区高新技术企业达3000家。", "xian"),
        ("贵阳高新区高新技术企业数量占全省的17.6%。", "guiyang"),
        ("全国重点实验室等国家级研发平台28家。", None),
    ],
)
def test_zones_and_regions(sentence, zone_id):
    assert claims_of(sentence)[0].zone_id == zone_id


def test_province_wide_figures_in_a_zone_release():
    text = "贵阳高新区高新技术企业达355家。全省技术合同成交额达249亿元。"
    zones = [(c.value, c.zone_id) for c in claims_of(text)]
    assert zones == [(355, "guiyang"), (24_900_000_000, "guizhou")]


def test_index_values():
    claim = one("2023年,园区创新指数达到85.6。", claim_kind="level", unit="index")
    assert (claim.value, claim.period_end_year) == (85.6, 2023)


@pytest.mark.parametrize(
    "sentence",
    ["联系电话:0851-84112345。", "第5届中国创新创业大赛。", "指数基金规模。", "位于北纬26度。", "打造1个中心、3个平台的格局。"],
)
def test_more_traps(sentence):
    kinds = [(c.claim_kind, c.value) for c in claims_of(sentence)]
    assert all(c.indicator_code is None for c in claims_of(sentence)) or kinds == []


FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "releases"


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        ("synthetic_annual_report_xian.txt", date(2025, 3, 1), [
            ("level", 2.6e12, "yuan", "operating_revenue", "xian", 2024, 2024, None),
            ("growth_rate", 8.5, "percent", "operating_revenue", "xian", 2024, 2024, None),
            ("level", 3.1e11, "yuan", "industrial_output", "xian", 2024, 2024, None),
            ("growth_rate", 10.2, "percent", "industrial_output", "xian", 2024, 2024, None),
            ("increase", 1200, "count", "high_tech_enterprises", "xian", 2024, 2024, None),
            ("level", 12000, "count", "high_tech_enterprises", "xian", 2024, 2024, None),
            ("share", 45.6, "percent", "high_tech_enterprises_share_of_province", "xian", 2024, 2024, None),
            ("level", 1.2e11, "yuan", "tech_contract_value", "xian", 2024, 2024, None),
            ("growth_rate", 15.3, "percent", "tech_contract_value", "xian", 2024, 2024, None),
            ("rank", 5, "rank", "composite_rank", "xian", 2024, 2024, None),
            ("rank_change", 1, "rank", "composite_rank", "xian", 2024, 2024, None),
            ("share", 5.2, "percent", "rd_expenditure", "xian", 2024, 2024, None),  # R&D intensity
            ("increase", 0.3, "percentage_point", "rd_expenditure", "xian", 2024, 2024, None),  # points of the intensity
        ]),
        ("synthetic_news_changsha.txt", date(2024, 3, 1), [
            ("level", 12, "count", "national_incubators", "changsha", 2023, 2023, None),
            ("level", 58, "count", "maker_spaces", "changsha", 2023, 2023, None),
            ("level", 250000, "count", "talent_pool", "changsha", 2023, 2023, "约"),
            ("level", 3e10, "yuan", "tech_contract_value", "changsha", 2023, 2023, "近"),
            ("growth_rate", 20, "percent", "tech_contract_value", "changsha", 2023, 2023, "以上"),
            ("increase", 46, "count", "srdi_enterprises", "changsha", 2021, 2023, None),
            ("rank", 11, "rank", "composite_rank", "changsha", 2023, 2023, None),
            ("rank_change", 2, "rank", "composite_rank", "changsha", 2023, 2023, None),
        ]),
    ],
)
def test_synthetic_releases_in_other_styles(name, published, expected):
    text = (FIXTURES / name).read_text(encoding="utf-8").strip()
    got = [(c.claim_kind, c.value, c.unit, c.indicator_code, c.zone_id, c.period_start_year, c.period_end_year,
            c.qualifier) for c in claims_of(text, published)]
    assert got == [(k, pytest.approx(v), *rest) for k, v, *rest in expected]


def test_multiples_are_growth_in_percent():
    claim = one("2023年,技术合同成交额同比增长1.5倍。", claim_kind="growth_rate", unit="percent")
    assert (claim.value, claim.value_precision, claim.indicator_code) == (150, 5, "tech_contract_value")
    assert claims_of("高新技术企业数量是2015年的3倍。") == []


def claims_in(name: str, published: date):
    from orchestration.reference import repair_vocabulary
    from orchestration.text.normalize import normalize_text

    text = normalize_text((FIXTURES / name).read_text(encoding="utf-8"), repair_vocabulary()).text
    return {c.value_text: c for c in claims_of(text, published)}


def test_statistics_bulletin_figures_belong_to_the_province_and_the_completed_year():
    found = claims_in("synthetic_bulletin_hubei.txt", date(2025, 3, 20))
    # 全年/年末 in a bulletin published in March is the year just completed; 全省 is the province.
    for text in ("5103.2亿元", "12.1%", "2.85万家", "3012家", "12家", "4.1万件", "1408.2亿元"):
        assert (found[text].zone_id, found[text].period_end_year) == ("hubei", 2024), text
    # A zone named after 其中 owns only what follows it.
    assert (found["1.86万亿元"].zone_id, found["1.86万亿元"].indicator_code) == ("wuhan_donghu", "operating_revenue")
    assert (found["8.3%"].zone_id, found["8.3%"].period_end_year) == ("wuhan_donghu", 2024)
    # In A占B的比重, B is the whole and never the indicator.
    assert found["14.2%"].indicator_code is None and found["14.2%"].claim_kind == "share"


def test_work_report_targets_are_not_reported_figures():
    found = claims_in("synthetic_work_report_hefei.txt", date(2025, 2, 10))
    assert (found["3000家"].modality, found["3000家"].qualifier, found["3000家"].period_end_year) == ("actual", "突破", 2024)
    for text in ("8%以上", "300家", "600亿元"):
        assert found[text].modality == "target", text
        assert found[text].period_end_year == 2025, text
    assert found["1500亿元"].modality == "forecast"


def test_five_year_review_dates_movements_by_the_plan():
    found = claims_in("synthetic_review_ningbo.txt", date(2021, 1, 20))
    assert found["189家"].period_end_year == 2015 and found["625家"].period_end_year == 2020
    move = next(c for t, c in found.items() if t.startswith("从第38位"))
    assert (move.claim_kind, move.value, move.period_start_year, move.period_end_year, move.zone_id) == (
        "rank_change", 15, 2016, 2020, "ningbo")
    assert found["120余个"].indicator_code == "talent_teams"  # the head noun 人才团队, not 各类人才
    assert found["3.1%"].indicator_code == "rd_expenditure" and found["3.1%"].period_end_year == 2015


def test_quarterly_update_keeps_its_label_and_signs():
    found = claims_in("synthetic_quarterly_zhongguancun.txt", date(2024, 11, 20))
    point = found["0.4个百分点"]
    assert (point.value, point.period_end_year, point.period_label) == (-0.4, 2024, "前三季度")
    fewer = found["1200家"]
    assert (fewer.claim_kind, fewer.value, fewer.period_end_year) == ("increase", -1200, 2024)
    assert found["1.9万亿元"].period_label == "前三季度"


def test_evaluation_news_ranks():
    found = claims_in("synthetic_evaluation_news.txt", date(2024, 2, 20))
    assert (found["第38位"].indicator_code, found["第38位"].zone_id, found["第38位"].period_end_year) == (
        "composite_rank", "mianyang", 2023)
    assert found["第4位"].indicator_code == "subrank_opening_international"
    assert "前100名" not in found and "100名" not in found  # a rank band, not a count
    assert (found["第一"].zone_id, found["第一"].indicator_code) == ("sichuan", None)


@pytest.mark.parametrize(
    "sentence",
    ["技术合同成交额连续三年保持两位数增长。", "两项指标均位居全市首位的企业。", "现场签约超10亿元项目9个。",
     "园区规上工业增加值增速高于全市4.3个百分点。", "新落成的大厦可容纳企业80家。"],
)
def test_numbers_that_qualify_something_else(sentence):
    values = [c.value_text for c in claims_of(sentence)]
    assert not any(v in values for v in ("两位", "两项", "10亿元", "4.3个百分点", "80家")), values


def test_movement_year_is_not_a_target_deadline():
    claims = claims_of("高新技术企业数量由2020年的100家增长到2025年的323家,年均增长26.4%。", date(2026, 1, 1))
    assert {c.modality for c in claims} == {"actual"}
    assert claims_of("到2027年,高新技术企业数量达到500家。", date(2025, 1, 1))[0].modality == "target"


@pytest.mark.parametrize("sentence", ["列入第二批国家级孵化器名单。", "居民收入第三季度增长明显。", "系列活动第三场在园区举行。",
                                      "用时3个月建成投用。"])
def test_words_that_only_look_like_ranks_or_counts(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [("全区企业一万二千家。", 12000), ("集聚人才三万五千人。", 35000),
                                                 ("企业1,234家。", 1234)])
def test_numerals_with_inner_magnitudes_and_separators(sentence, value):
    assert [c.value for c in claims_of(sentence)] == [value]


def test_respectively_pairs_listed_zones_with_listed_values():
    text = ("2024年，济南高新区、青岛高新区、烟台高新区分别实现营业收入6100亿元、4200亿元和2350亿元，"
            "同比分别增长8.1%、6.7%和9.4%。三家园区高新技术企业数量分别达到3600家、2800家、1200家。")
    got = [(c.claim_kind, c.value, c.zone_id, c.indicator_code) for c in claims_of(text, date(2025, 3, 5))]
    assert got == [
        ("level", 6.1e11, "jinan", "operating_revenue"), ("level", 4.2e11, "qingdao", "operating_revenue"),
        ("level", 2.35e11, "yantai", "operating_revenue"),
        ("growth_rate", 8.1, "jinan", "operating_revenue"), ("growth_rate", 6.7, "qingdao", "operating_revenue"),
        ("growth_rate", 9.4, "yantai", "operating_revenue"),
        ("level", 3600, "jinan", "high_tech_enterprises"), ("level", 2800, "qingdao", "high_tech_enterprises"),
        ("level", 1200, "yantai", "high_tech_enterprises")]


def test_ranking_list_movements():
    text = ("科技部火炬中心日前公布2024年度国家高新区综合评价结果。深圳高新区、上海张江高新区分列第二、第三位，"
            "武汉东湖高新区位列第4位。杭州高新区进位2名至第6位，西安高新区由第5位退至第8位。合肥高新区较上年退位1名。")
    got = {(c.zone_id, c.claim_kind, c.value, c.period_start_year, c.period_end_year) for c in claims_of(text, date(2025, 3, 10))}
    assert {("shenzhen", "rank", 2, 2024, 2024), ("shanghai_zhangjiang", "rank", 3, 2024, 2024),
            ("wuhan_donghu", "rank", 4, 2024, 2024), ("hangzhou", "rank_change", 2, 2024, 2024),
            ("xian", "rank", 5, 2023, 2023), ("xian", "rank", 8, 2024, 2024), ("xian", "rank_change", -3, 2024, 2024),
            ("hefei", "rank_change", -1, 2024, 2024)} <= got
    assert not any(kind == "level" for _, kind, *_ in got)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # (value_text, kind, value, indicator, qualifier)
        ("全省国家高新区营业收入7.8万亿元，占全省规上工业营业收入的比重超过四成。", date(2025, 1, 20),
         ("四成", "share", 40, "operating_revenue", "超过")),
        ("2024年，广州高新区技术合同成交额较上年增长逾两成。", date(2025, 3, 1),
         ("两成", "growth_rate", 20, "tech_contract_value", "逾")),
        ("全市近四成的高新技术企业集中在株洲高新区。", date(2025, 8, 5),
         ("四成", "share", 40, "high_tech_enterprises_share_of_city", "近")),
        ("2024年，规模以上工业增加值增速回落至4.1%。", date(2025, 2, 20),
         ("4.1%", "growth_rate", 4.1, "industrial_value_added", None)),
        ("一季度，新引进产业项目投资额达158.5亿元。", date(2025, 4, 10),
         ("158.5亿元", "level", 1.585e10, "investment_introduced", None)),
        ("新增国家级专精特新「小巨人」企业12家。", date(2025, 3, 1),
         ("12家", "increase", 12, "srdi_enterprises", None)),
    ],
)
def test_second_round_of_unseen_phrasings(sentence, published, expected):
    from orchestration.reference import repair_vocabulary
    from orchestration.text.normalize import normalize_text

    text = normalize_text(sentence, repair_vocabulary()).text
    check_claim_row(text, published, expected, ("indicator_code", "qualifier"))


def test_land_is_not_the_zone_area_and_targets_run_to_their_year():
    assert claims_of("上半年新增供地420公顷。")[0].indicator_code is None
    found = {c.value_text: c for c in claims_of("2024年，营业收入3000亿元。到2027年，营业收入年均增长10%以上，"
                                                "高新技术企业数量将突破3000家。", date(2025, 5, 20))}
    assert (found["10%以上"].modality, found["10%以上"].period_start_year, found["10%以上"].period_end_year) == (
        "target", 2025, 2027)
    assert found["3000家"].modality == "target"
    assert claims_of("计划总投资50亿元，达产后预计年产值100亿元。")[-1].modality == "forecast"


def test_an_article_the_extractor_cannot_read_is_quarantined_and_the_others_load(monkeypatch):
    from orchestration.claims import batch

    def extract(text, document_id, published):
        if "坏" in text:
            raise RuntimeError("synthetic failure")
        return extract_claims(text, document_id, published)

    monkeypatch.setattr(batch, "extract_claims", extract)
    documents = [
        {"document_id": "good", "text": "西安高新区新增高新技术企业120家。", "published": "2024-01-01", "source_path": "press_releases/a.txt"},
        {"document_id": "bad", "text": "坏文本。", "published": None, "source_path": "press_releases/b.txt"},
        {"document_id": "bad", "text": "坏文本。", "published": None, "source_path": "press_releases/c.txt"},
    ]
    claims, quarantine = batch.claims_for_documents(documents)
    assert [c["value"] for c in claims] == [120]
    assert [(q["source_path"], q["location"]) for q in quarantine] == [("press_releases/b.txt", "claims"),
                                                                      ("press_releases/c.txt", "claims")]
    assert "synthetic failure" in quarantine[0]["reason"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (value_text, kind, value, period_end_year, period_label, modality)
        ("西安高新区前三季度营收1200亿元，同比增长12%。", ("1200亿元", "level", 1.2e11, 2025, "前三季度", "actual")),
        ("目前拥有企业1200家。", ("1200家", "level", 1200, 2025, None, "actual")),
        ("1991年，西安高新区经国务院批准成为首批国家高新区。\n西安高新区营业收入达到2000亿元，同比增长10%。",
         ("10%", "growth_rate", 10, 2025, None, "actual")),
        ("前三季度，营业收入增长12%。全年营业收入达到2000亿元。", ("2000亿元", "level", 2e11, 2024, None, "actual")),
        ("计划引进企业100家，已引进企业80家。", ("80家", "increase", 80, None, None, "actual")),
        ("全年力争实现营业收入增长10%。", ("10%", "growth_rate", 10, 2025, None, "target")),
        ("年内将新增企业100家。", ("100家", "increase", 100, 2025, None, "forecast")),
        ("全区净减企业20家。", ("20家", "increase", -20, None, None, "actual")),
        ("技术合同成交额一亿二千万元。", ("一亿二千万元", "level", 1.2e8, 2025, None, "actual")),
    ],
)
def test_reviewed_phrasings(text, expected):
    check_claim_row(text, date(2025, 3, 15), expected, ("period_end_year", "period_label", "modality"))


def test_third_round_of_unseen_layouts():
    post = "【数说松山湖】2024年成绩单来了！\n全年实现营业收入1050.6亿元\n同比增长9.1%\n新增高新技术企业126家\n累计达1038家"
    got = [(c.value_text, c.claim_kind, c.indicator_code, c.period_end_year) for c in claims_of(post, date(2025, 1, 15))]
    assert got == [("1050.6亿元", "level", "operating_revenue", 2024), ("9.1%", "growth_rate", "operating_revenue", 2024),
                   ("126家", "increase", "high_tech_enterprises", 2024), ("1038家", "level", "high_tech_enterprises", 2024)]

    table = ("苏州高新区2024年主要经济指标\n营业收入：8100亿元，增长6.5%\n高新技术企业：1350家，净增110家\n"
             "实际使用外资：6.2亿美元，下降12.4%")
    got = {c.value_text: (c.indicator_code, c.period_end_year, c.value) for c in claims_of(table, date(2025, 2, 28))}
    assert got["8100亿元"] == ("operating_revenue", 2024, 8.1e11) and got["6.5%"][0] == "operating_revenue"
    assert got["110家"] == ("high_tech_enterprises", 2024, 110)
    assert got["12.4%"] == (None, 2024, -12.4)  # its own line's label is no catalog word: never the line above's

    quoted = "“到2027年，光谷高新技术企业数量要超过1万家。”他表示。"
    assert claims_of(quoted, date(2025, 3, 5))[0].modality == "target"

    mixed = "2020-2024年，园区营业收入CAGR为9.4%。"
    claim = claims_of(mixed, date(2025, 4, 10))[0]
    # A stated range is the period itself (base 2019), as 十四五 (2021–2025) runs from 2020.
    assert (claim.claim_kind, claim.period_start_year, claim.period_end_year) == ("cagr", 2020, 2024)

    years = "2022年和2023年，园区综合排名分别位列第4位和第3位。"
    assert [(c.value, c.period_end_year) for c in claims_of(years, date(2025, 3, 1))] == [(4, 2022), (3, 2023)]

    doubled = "五年来，郑州高新区营业收入实现翻番，由2019年的1500亿元增长到2024年的3050亿元。科技型中小企业数量翻了两番。"
    got = {c.value_text: (c.claim_kind, c.value, c.indicator_code) for c in claims_of(doubled, date(2025, 1, 20))}
    assert got["翻番"] == ("growth_rate", 100, "operating_revenue")
    assert got["3050亿元"] == ("level", 3.05e11, "operating_revenue")
    assert got["翻了两番"][:2] == ("growth_rate", 300)

    assert claims_of("青岛高新区规划面积63.4平方公里，其中建成区面积28.6平方公里。")[1].indicator_code is None



# Boundaries of the rules added for unseen layouts (synthetic sentences): each rule fires where it was
# meant to and nowhere near it. (text, published, value_text or None for "no claim", field, expected)
REVIEWED_RULE_BOUNDARIES = [
 ("营业收入1050亿元\n出口交货值300亿元\n同比增长12%", date(2025,1,15), "12%", "indicator_code", None),
 ("新增高新技术企业150家\n孵化企业数量显著增加\n累计达到1200家", date(2025,1,15), "1200家", "indicator_code", None),
 ("规上工业总产值达到520亿元，出口交货值增长到300亿元。", date(2025,1,15), "300亿元", "indicator_code", None),
 ("计划到2027年，实际利用外资达到10亿元。", date(2025,1,15), "10亿元", "modality", "target"),
 ("力争已签约项目全部开工，全年完成投资120亿元。", date(2025,1,15), "120亿元", "modality", "target"),
 ("园区营业收入达1200亿元。对比2022年统计数据，高新技术企业增长20%。新增企业150家。", date(2025,6,1), "150家", "period_end_year", None),
 ("1-6月，全区实现营业收入500亿元。规上工业总产值同比增长8%，较2023年同期提高2个百分点。", date(2024,7,20), "8%", "period_label", "1-6月"),
 ("1-8月，全区实现营业收入500亿元。新增高新技术企业150家，完成年度目标的80%。", date(2024,9,20), "150家", "period_label", "1-8月"),
 ("2023年，园区签约项目10个。今年以来，吸引不同年龄段人才1200名。", date(2024,5,1), "1200名", "period_end_year", 2024),
 ("高于全市平均水平1.2万元。", date(2025,1,1), None, None, None),
 ("高新技术企业占全市近3成。", date(2025,1,1), "3成", "value", 30.0),
 ("通过减少审批环节新增市场主体5000户。", date(2025,1,1), "5000户", "value", 5000.0),
 ("受益于高新技术企业快速发展，全区同比增长12%。", date(2025,1,1), "12%", "indicator_code", None),
 ("力争三年内新增高新技术企业500家。", date(2025,1,1), "500家", "period_end_year", None),
 ("预计全年营业收入增长10%。", date(2025,1,20), "10%", "period_end_year", 2024),
 ("园区培育翻番行动取得实效。", date(2025,1,1), None, None, None),
 ("高新技术企业数最近达1200家。", date(2025,1,1), "1200家", "qualifier", None),
 ("西安高新区核心区面积20.64平方公里。", date(2025,1,1), "20.64平方公里", "indicator_code", "area"),
 ("营业收入：其中工业企业实现3000亿元。", date(2025,1,1), "3000亿元", "indicator_code", None),
]


@pytest.mark.parametrize(("text", "published", "value_text", "field", "expected"), REVIEWED_RULE_BOUNDARIES)
def test_rule_boundaries(text, published, value_text, field, expected):
    found = {c.value_text: c for c in extract_claims(text, "doc", published)}
    if value_text is None:
        assert found == {}
    else:
        assert getattr(found[value_text], field) == expected


def test_a_year_after_the_subject_dates_the_release_and_a_range_is_the_period():
    text = ("西安高新区2024年研发经费投入360亿元，2022—2024年年均增长10.1%，创新投入强度持续提升。\n"
            "全区高新技术企业达4100家，同比增长13.9%。")
    found = {c.value_text: c for c in claims_of(text, date(2025, 2, 20))}
    cagr = found["10.1%"]
    assert (cagr.claim_kind, cagr.indicator_code, cagr.period_start_year, cagr.period_end_year) == (
        "cagr", "rd_expenditure", 2022, 2024)
    assert (found["4100家"].period_end_year, found["13.9%"].period_end_year) == (2024, 2024)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (value_text, kind, value, indicator, qualifier, modality)
        ("2024年，珠海高新区单位工业增加值能耗下降5.2%。", ("5.2%", "growth_rate", -5.2, None, None, "actual")),
        ("截至2024年底，合肥高新区拥有省级以上研发平台512个。", ("512个", "level", 512, None, None, "actual")),
        ("2024年，技术合同成交额增长约15%。", ("15%", "growth_rate", 15, "tech_contract_value", "约", "actual")),
        ("2024年，规上工业增加值下降约3%。", ("3%", "growth_rate", -3, "industrial_value_added", "约", "actual")),
        ("园区国家级科技企业孵化器不到20家。", ("20家", "level", 20, "national_incubators", "不到", "actual")),
        ("2025年，计划安排产业扶持资金不低于30亿元。", ("30亿元", "level", 3e9, None, "不低于", "target")),
        ("东湖高新区还将新建概念验证中心10个。", ("10个", "increase", 10, None, None, "forecast")),
        ("惠及企业3815家次。", ("3815家次", "level", 3815, None, None, "actual")),
        ("全年新设外资项目420个。", ("420个", "increase", 420, None, None, "actual")),
    ],
)
def test_fifth_round_of_unseen_phrasings(text, expected):
    check_claim_row(text, date(2025, 2, 26), expected, ("indicator_code", "qualifier", "modality"))


def test_a_speakers_turn_keeps_its_opening_year():
    text = "答：2024年，光谷技术合同成交额首次突破1000亿元，同比增长26%。"
    assert {c.period_end_year for c in claims_of(text, date(2025, 5, 12))} == {2024}


def test_a_table_printed_in_the_text():
    text = ("青岛高新区2024年主要经济指标如下。\n项目｜2023年｜2024年｜增速\n营业收入（亿元）｜1850.2｜2043.6｜10.5%\n"
            "高新技术企业（家）｜1106｜1287｜16.4%\n注：数据来源于园区统计局。")
    got = [(c.value_text, c.claim_kind, c.value, c.indicator_code, c.zone_id, c.period_end_year)
           for c in claims_of(text, date(2025, 3, 28))]
    assert got == [("1850.2", "level", pytest.approx(1.8502e11), "operating_revenue", "qingdao", 2023),
                   ("2043.6", "level", pytest.approx(2.0436e11), "operating_revenue", "qingdao", 2024),
                   ("10.5%", "growth_rate", 10.5, "operating_revenue", "qingdao", 2024),
                   ("1106", "level", 1106, "high_tech_enterprises", "qingdao", 2023),
                   ("1287", "level", 1287, "high_tech_enterprises", "qingdao", 2024),
                   ("16.4%", "growth_rate", 16.4, "high_tech_enterprises", "qingdao", 2024)]


# Sixth round: general rules from two blind probes on releases in new styles (synthetic sentences). Each
# row: (text, published, value_text, expected fields); value_text None means no claim at all.
SIXTH_ROUND = [
    # a share or a count of a sub-population, a kind, a sector or an example list is not the indicator
    ("高新技术企业产值占全省的比重为61.4%。", date(2025, 6, 20), "61.4%", {"claim_kind": "share", "indicator_code": None}),
    ("高新技术企业营业收入占全区的80%。", date(2025, 6, 20), "80%", {"indicator_code": None}),
    ("东湖高新区新型研发机构47家。", date(2025, 6, 20), "47家", {"indicator_code": None}),
    ("孵化器、众创空间等各类孵化载体248家。", date(2025, 6, 20), "248家", {"indicator_code": None}),
    ("园区户均拥有有效发明专利23件。", date(2025, 6, 20), "23件", {"indicator_code": None}),
    ("规上服务业营业收入同比下降1.2%。", date(2025, 6, 20), "1.2%", {"value": -1.2, "indicator_code": None}),
    ("累计引进各类人才3.2万人次。", date(2025, 6, 20), "3.2万人次", {"value": 32000, "indicator_code": None}),
    ("园区营业收入同比增长9%。", date(2025, 6, 20), "9%", {"indicator_code": "operating_revenue"}),
    ("2024年，园区发明专利授权量2.86万件。", date(2025, 6, 20), "2.86万件", {"indicator_code": "invention_patents_granted"}),
    ("新增国家级专精特新“小巨人”企业16家。", date(2025, 6, 20), "16家", {"indicator_code": "srdi_enterprises"}),
    # what a policy grants per case is not a figure of the zone; a total paid out is
    ("对新建院士工作站给予50万元建站补贴。", date(2025, 6, 20), None, {}),
    ("给予最高1亿元综合资助。", date(2025, 6, 20), None, {}),
    ("累计兑现奖补资金3.2亿元。", date(2025, 6, 20), "3.2亿元", {"value": 3.2e8}),
    # a change continuing a figure takes its year; a share's change in points keeps the share's indicator
    ("2024年营业收入1850亿元，较上年增加162亿元，增长9.6%。", date(2025, 6, 20), "9.6%",
     {"period_start_year": 2024, "period_end_year": 2024, "indicator_code": "operating_revenue"}),
    ("高新技术企业数占全省的比重为61.4%，比上年提高1.8个百分点。", date(2025, 6, 20), "1.8个百分点",
     {"claim_kind": "increase", "indicator_code": "high_tech_enterprises_share_of_province", "period_end_year": 2025}),
    ("营业收入：1050亿元\n同比增长：7.2%", date(2025, 12, 20), "7.2%",
     {"claim_kind": "growth_rate", "indicator_code": "operating_revenue", "period_end_year": 2025}),
    # qualifiers and multiples
    ("西安高新区工业总产值约占全省的42.4%。", date(2025, 6, 20), "42.4%", {"claim_kind": "share", "qualifier": "约"}),
    ("营业收入增长2倍多。", date(2025, 6, 20), "2倍多", {"value": 200, "qualifier": "多"}),
    ("2025年营业收入是2020年的2.1倍。", date(2025, 12, 20), "2.1倍",
     {"claim_kind": "growth_rate", "value": 110, "period_start_year": 2021, "period_end_year": 2025}),
    ("高新技术企业数量是2015年的3倍。", date(2025, 12, 20), None, {}),
    # bare 百/千 when qualified; names with 千人/计划 are not figures or targets
    ("深圳高新区研发投入逾千亿元。", date(2025, 6, 20), "千亿元", {"value": 1e11, "qualifier": "逾"}),
    ("园区集聚企业百余家。", date(2025, 6, 20), "百余家", {"value": 100, "qualifier": "余"}),
    ("入选国家千人计划专家12人。", date(2025, 6, 20), "12人", {"modality": "actual"}),
    # years: month-end stocks, attributions, 截至去年底, 明年, 2021年以来, “十三五”末
    ("截至2025年6月底，园区市场主体1120家，比年初增加97家。", date(2025, 7, 20), "97家",
     {"period_end_year": 2025, "period_label": "6月底"}),
    ("截至2024年12月底，园区企业1200家。", date(2025, 3, 20), "1200家", {"period_end_year": 2024, "period_label": None}),
    ("据深圳市统计局公布的数据，2024年园区研发经费支出1126亿元，较上年提高0.4个百分点。", date(2025, 9, 20),
     "0.4个百分点", {"period_end_year": 2024}),
    ("截至去年底，园区高新技术企业1200家。全年营业收入增长9%。", date(2025, 9, 20), "9%", {"period_end_year": 2024}),
    ("计划明年新增高新技术企业200家。", date(2025, 9, 20), "200家", {"period_end_year": 2026, "modality": "target"}),
    ("2021年以来，园区累计新增企业500家。", date(2025, 6, 20), "500家",
     {"claim_kind": "increase", "period_start_year": 2021, "period_end_year": 2024}),
    ("营业收入由“十三五”末的183亿元增长到2025年的2380亿元，实现翻番。", date(2025, 12, 20), "183亿元",
     {"period_end_year": 2020}),
    ("营业收入由“十三五”末的183亿元增长到2025年的2380亿元，实现翻番。", date(2025, 12, 20), "翻番",
     {"value": 100, "indicator_code": "operating_revenue", "period_start_year": 2021, "period_end_year": 2025}),
    # ranks: the rank a move ends at, a move read once, a rank held, the field of a ranking
    ("2024年度评价中，园区排名上升12位至第41位。", date(2025, 6, 20), "第41位", {"claim_kind": "rank", "value": 41}),
    ("2021年以来，园区累计进位二十一个位次，由第55位提升到第34位。", date(2025, 6, 20), "34位",
     {"claim_kind": "rank", "period_end_year": 2024}),
    ("2024年，园区排名与上年持平。", date(2025, 6, 20), "排名与上年持平", {"claim_kind": "rank_change", "value": 0}),
    ("杭州高新区在全国178家国家高新区中排名第5位。", date(2025, 6, 20), "第5位", {"zone_id": "hangzhou"}),
    ("杭州高新区在全国178家国家高新区中排名第5位。", date(2025, 6, 20), "178家",
     {"indicator_code": "zones_evaluated", "zone_id": "china"}),
    ("从全国层面看，2024年178家国家高新区实现营业收入59.6万亿元。", date(2025, 6, 20), "59.6万亿元", {"zone_id": "china"}),
    ("贵州省共有2家国家高新区。", date(2025, 6, 20), "2家", {"zone_id": "guizhou", "indicator_code": None}),
    # units: US dollars, floor space in m², a part of the zone's area
    ("实际利用外资18.6亿美元，同比下降6.2%。", date(2025, 6, 20), "18.6亿美元", {"unit": "usd", "value": 1.86e9}),
    ("实际利用外资18.6亿美元，同比下降6.2%。", date(2025, 6, 20), "6.2%", {"indicator_code": None}),
    ("孵化面积约420万平方米。", date(2025, 6, 20), "420万平方米", {"unit": "km2", "value": 4.2, "indicator_code": None}),
    ("深圳高新区规划面积159.48平方公里，其中南山园区核心区约19.2平方公里。", date(2025, 6, 20), "19.2平方公里",
     {"indicator_code": None, "subject": "南山园区核心区"}),
]


# Seventh round (synthetic sentences), same shape as the sixth.
SEVENTH_ROUND = [
    # a rank's indicator: its own clause or the one before; a regional ranking is not the national one
    ("高新技术企业达到2100余家，科技型中小企业入库评价4380家，居全省首位。", date(2025, 3, 10), "首位", {"indicator_code": None}),
    ("长沙高新区综合排名位列中部第一。", date(2025, 3, 10), "第一", {"indicator_code": None}),
    ("国家级专精特新“小巨人”企业21家，居全省第二位。", date(2025, 3, 10), "第二位", {"indicator_code": "srdi_enterprises"}),
    ("2024年度，昆明高新区由上年的第60位跃升至第49位。", date(2025, 3, 10), "由上年的第60位跃升至第49位",
     {"claim_kind": "rank_change", "value": 11, "period_end_year": 2024}),
    ("2024年度，昆明高新区由上年的第60位跃升至第49位。", date(2025, 3, 10), "60位", {"period_end_year": 2023}),
    # programme names are not targets; counts of a scoring system and ordinals are not figures
    ("承担国家重点研发计划项目12项。", date(2025, 3, 10), "12项", {"modality": "actual"}),
    ("计划新建孵化器3至5家。", date(2025, 3, 10), "3至5家", {"modality": "target"}),
    ("评价体系包括一级指标5个、二级指标40余个。", date(2025, 3, 10), None, {}),
    ("系列活动第三场在园区举行。", date(2025, 3, 10), None, {}),
    ("举办招聘活动120场。", date(2025, 3, 10), "120场", {"unit": "count", "value": 120}),
    # a group's or a sector's revenue, two kinds in one figure, stocks and applications of patents
    ("规上工业企业实现营业收入2176亿元。", date(2025, 3, 10), "2176亿元", {"indicator_code": None}),
    ("长虹等龙头企业营收占全区的比重超过五成。", date(2025, 3, 10), "五成", {"indicator_code": None}),
    ("省级以上孵化器和众创空间达到42家。", date(2025, 3, 10), "42家", {"indicator_code": None}),
    ("每万人口发明专利拥有量达到156件。", date(2025, 3, 10), "156件", {"indicator_code": None}),
    ("全年发明专利申请量5000件。", date(2025, 3, 10), "5000件", {"indicator_code": None}),
    ("2024年，园区规上工业增加值达到520亿元。", date(2025, 3, 10), "520亿元",
     {"claim_kind": "level", "indicator_code": "industrial_value_added"}),
    # comparisons, gaps and signs
    ("高新技术企业达到2100余家，比年初净增150家。", date(2025, 3, 10), "150家",
     {"claim_kind": "increase", "indicator_code": "high_tech_enterprises"}),
    ("增速高出全省平均水平1.9个百分点。", date(2025, 3, 10), None, {}),
    ("增速比全市平均水平高2个百分点。", date(2025, 3, 10), None, {}),
    ("工业增加值降幅收窄1.4个百分点。", date(2025, 3, 10), "1.4个百分点", {"claim_kind": "increase", "value": 1.4}),
    ("营业收入增长近一倍。", date(2025, 3, 10), "一倍", {"value": 100, "qualifier": "近"}),
    # a part of an increase is an increase; R&D intensity is a share of R&D expenditure; spans of years
    ("上半年新增省级以上研发平台37个，其中国家级研发平台5个。", date(2025, 7, 10), "5个",
     {"claim_kind": "increase", "indicator_code": "national_rd_platforms", "period_label": "上半年"}),
    ("研发投入强度达到8.7%。", date(2025, 3, 10), "8.7%", {"claim_kind": "share", "indicator_code": "rd_expenditure"}),
    ("近三年营业收入年均增长15%。", date(2025, 12, 10), "15%",
     {"claim_kind": "cagr", "period_start_year": 2023, "period_end_year": 2025}),
]


@pytest.mark.parametrize("text", ["十四五十五家企业", "十十五家", "百千万个"])
def test_malformed_chinese_numerals_are_not_read_and_do_not_stop_the_release(text):
    assert [c.value_text for c in claims_of(text + "园区企业314家。")] == ["314家"]


# Eighth round (synthetic sentences), same shape as the sixth.
EIGHTH_ROUND = [
    ("大连高新区在全国国家高新区综合评价中排名第19位，与上年持平。", date(2025, 11, 5), "第19位", {"zone_id": "dalian"}),
    ("大连高新区在全国国家高新区综合评价中排名第19位，与上年持平。", date(2025, 11, 5), "与上年持平",
     {"claim_kind": "rank_change", "value": 0, "zone_id": "dalian"}),
    ("营业收入1000亿元，与上年持平。", date(2025, 11, 5), "1000亿元", {"claim_kind": "level"}),
    ("坚持“四个面向”，落实“两个毫不动摇”，推进“五个一批”工程。", date(2025, 11, 5), None, {}),
    ("我们实施了“烟台英才”计划，人才总量达到12.5万人。", date(2025, 11, 5), "12.5万人", {"modality": "actual"}),
    ("到“十五五”末，全区研发经费投入年均增长10%以上。", date(2025, 11, 5), "10%以上",
     {"claim_kind": "cagr", "modality": "target", "period_start_year": 2026, "period_end_year": 2030}),
    ("沿海11个省份中，共有7家进入前十。", date(2025, 11, 5), "7家", {"value": 7}),
    ("新获批国家级研发平台3个。", date(2025, 11, 5), "3个", {"claim_kind": "increase"}),
    ("全年引进各类人才1.8万人。", date(2025, 11, 5), "1.8万人", {"claim_kind": "increase", "indicator_code": "talent_pool"}),
    ('专精特新"小巨人"企业42家。', date(2025, 11, 5), "42家", {"indicator_code": "srdi_enterprises"}),
    ("增速高于全市平均水平不足2个百分点。", date(2025, 11, 5), None, {}),
    ("蓝色生物医药产业园占地1200亩。", date(2025, 11, 5), "1200亩", {"indicator_code": None}),
    ("前三年租金减免50%。", date(2025, 11, 5), None, {}),
    ("海口国家高新区营业收入连续三年保持两位数增长，2024年达1205亿元。", date(2025, 11, 5), "1205亿元",
     {"indicator_code": "operating_revenue"}),
    ("2024年，技术合同成交额达到108.6亿元，是2020年的2.3倍。", date(2025, 11, 5), "2.3倍",
     {"value": 130, "indicator_code": "tech_contract_value", "period_start_year": 2021, "period_end_year": 2024}),
    ("高新技术产业产值占规上工业总产值比重为70.7%，比上年同期提高1.8个百分点。", date(2025, 11, 5), "1.8个百分点",
     {"indicator_code": "high_tech_output"}),
    ("10月当月，规上工业总产值352.1亿元，同比增长9.2%，环比增长3.5%。", date(2025, 11, 5), "352.1亿元",
     {"period_label": "10月当月"}),
    ("10月当月，规上工业总产值352.1亿元，同比增长9.2%，环比增长3.5%。", date(2025, 11, 5), "3.5%",
     {"period_label": "10月当月环比", "indicator_code": "industrial_output"}),
    ("1-10月份，园区实现营业收入3200亿元。", date(2025, 11, 5), "3200亿元", {"period_label": "1-10月份"}),
]


def test_places_referred_to_are_not_counted():
    assert [c.value_text for c in claims_of("沿海11个省份中，共有7家进入前十。")] == ["7家"]


# Ninth round (synthetic sentences), same shape as the sixth.
NINTH_ROUND = [
    ("完成年度目标的103.2%。", date(2025, 1, 20), None, {}),
    ("新引进产业项目投资额完成年度目标的62%。", date(2025, 7, 10), None, {}),
    ("湘电集团研发投入5.6亿元。", date(2025, 3, 5), "5.6亿元", {"indicator_code": None, "subject": "湘电集团"}),
    ("其中，种业企业实现营收52.6亿元，增长15%。", date(2025, 8, 15), "52.6亿元", {"indicator_code": None}),
    ("园区企业实现营业收入1000亿元。", date(2025, 8, 15), "1000亿元", {"indicator_code": "operating_revenue"}),
    ("增速居全省高新区第1；新增高新技术企业27家。", date(2025, 8, 15), "27家", {"zone_id": None}),
    ("湖南省现有国家高新区9家、省级高新区29家。", date(2025, 9, 2), "9家", {"zone_id": "hunan"}),
    ("与寿光农高区相比，差距缩小到2个百分点以内。", date(2025, 8, 15), None, {}),
    ("新增国家级孵化器2家、省级孵化器5家。", date(2025, 8, 15), "5家",
     {"claim_kind": "increase", "indicator_code": "provincial_incubators"}),
    ("新增高新技术企业200家、总数达到1200家。", date(2025, 8, 15), "1200家", {"claim_kind": "level"}),
    ("新建博士后科研工作站3家。", date(2025, 12, 28), "3家", {"claim_kind": "increase"}),
    ("下半年，力争全年签约项目突破100个。", date(2025, 7, 10), "100个",
     {"period_label": None, "period_end_year": 2025, "modality": "target"}),
    ("技术合同成交额占全市的比重超过三分之一。", date(2025, 9, 2), "三分之一",
     {"claim_kind": "share", "value": 100 / 3, "qualifier": "超过", "indicator_code": "tech_contract_value"}),
    ("近三分之二的高新技术企业集中在核心区。", date(2025, 9, 2), "三分之二",
     {"claim_kind": "share", "value": 200 / 3, "qualifier": "近"}),
    ("用了三分之一的时间。", date(2025, 9, 2), None, {}),
    ("技术合同成交额占全省的一半左右。", date(2025, 9, 2), "一半",
     {"claim_kind": "share", "value": 50, "qualifier": "左右", "indicator_code": "tech_contract_value"}),
    ("半数以上的高新技术企业集中在核心区。", date(2025, 9, 2), "半数",
     {"claim_kind": "share", "value": 50, "qualifier": "以上"}),
    ("高新技术企业1960家，占全市的14.5%、全省的5.2%。", date(2025, 9, 2), "5.2%",
     {"claim_kind": "share", "indicator_code": "high_tech_enterprises_share_of_province"}),
    ("园区专精特新企业约占全市的三分之一、全省的15.8%。", date(2025, 9, 2), "15.8%",
     {"claim_kind": "share", "indicator_code": "srdi_enterprises"}),
]


def test_a_provincial_evaluation_is_not_the_national_composite_rank():
    text = ("在2025年全省高新区综合评价中，衡阳高新区跃居第4位，较上年上升3位。郴州高新区排名第5。"
            "在全国国家高新区综合评价中，衡阳高新区排名第89位。")
    found = {c.value_text: c.indicator_code for c in claims_of(text, date(2025, 9, 2))}
    assert (found["第4位"], found["上升3位"], found["第5"]) == (None, None, None)


@pytest.mark.parametrize(("text", "indicator"), [("规模以上企业实现营业收入1000亿元。", "operating_revenue"),
                                                ("入统企业实现营业收入1000亿元。", "operating_revenue"),
                                                ("电子信息企业实现营业收入300亿元。", None)])
def test_the_zones_enterprises_taken_together_are_the_whole_and_one_sector_is_not(text, indicator):
    one(text, indicator_code=indicator)


# Tenth round: periods and places (synthetic sentences), same shape as the sixth.
TENTH_ROUND = [
    ("2023年度，园区技术合同成交额58亿元。上一年度园区技术合同成交额达到65.3亿元。", date(2025, 9, 10), "65.3亿元",
     {"period_end_year": 2024}),
    ("2024年，园区营业收入1200亿元，今年上半年实现营业收入980亿元。", date(2025, 9, 10), "980亿元",
     {"period_end_year": 2025, "period_label": "上半年"}),
    ("2024年，园区营业收入1200亿元，今年以来又新增企业120家。", date(2025, 9, 10), "120家",
     {"period_end_year": 2025, "period_label": None}),
    ("2024年，园区营业收入1200亿元，今年力争达到1500亿元。", date(2025, 2, 10), "1500亿元",
     {"period_end_year": 2025, "modality": "target"}),
    ("2023年度评价结果公布。上半年，园区规上工业增加值同比增长9.4%。", date(2025, 9, 10), "9.4%",
     {"period_end_year": 2025, "period_label": "上半年"}),
    ("上半年，园区规上工业增加值同比增长9.4%。", date(2025, 1, 20), "9.4%", {"period_end_year": 2024}),
    ("下半年，园区将加快推进重大项目。今年以来，园区新签约重大产业项目42个。", date(2025, 9, 10), "42个",
     {"period_label": None}),
    ("“十四五”期间，园区技术合同成交额累计突破900亿元。", date(2025, 12, 10), "900亿元",
     {"claim_kind": "increase", "period_start_year": 2021, "period_end_year": 2025, "period_label": "十四五累计"}),
    ("“十三五”末，园区研发经费投入强度为4.2%。", date(2025, 12, 10), "4.2%", {"period_end_year": 2020}),
    ("全省高新技术企业达到1.8万家，园区占比超过六成。", date(2025, 1, 10), "六成", {"zone_id": None}),
]


def test_listed_parts_of_a_year_pair_with_their_values():
    text = "2024年，一季度、上半年、前三季度园区营业收入增速分别为7.9%、8.1%、8.3%。"
    assert [(c.claim_kind, c.value, c.indicator_code, c.period_label) for c in claims_of(text, date(2025, 1, 20))] == [
        ("growth_rate", 7.9, "operating_revenue", "一季度"), ("growth_rate", 8.1, "operating_revenue", "上半年"),
        ("growth_rate", 8.3, "operating_revenue", "前三季度")]


# Eleventh round: feature stories in the founding release's style (synthetic sentences).
ELEVENTH_ROUND = [
    ("综合排名由2020年的第18位跃升至2024年的第11位，五年间前进7个位次。", date(2025, 12, 10), "18位",
     {"claim_kind": "rank", "period_end_year": 2020}),
    ("综合排名由2020年的第18位跃升至2024年的第11位，五年间前进7个位次。", date(2025, 12, 10),
     "由2020年的第18位跃升至2024年的第11位", {"claim_kind": "rank_change", "value": 7, "period_start_year": 2021,
                                                "period_end_year": 2024}),
    ("综合排名从“十三五”末的第9位提升至第5位，五年间跨越4个位次，位列西部第一。", date(2025, 12, 10), "9位",
     {"period_end_year": 2020}),
    ("综合排名从“十三五”末的第9位提升至第5位，五年间跨越4个位次，位列西部第一。", date(2025, 12, 10), "第一",
     {"indicator_code": None, "period_end_year": 2025}),
    ("2025年预计突破2.2万亿元；高新技术企业从2020年的3010家增长到6200余家，约占全省的四分之一。", date(2025, 12, 10),
     "6200余家", {"modality": "actual", "period_end_year": 2025}),
    ("2025年预计突破2.2万亿元；高新技术企业从2020年的3010家增长到6200余家，约占全省的四分之一。", date(2025, 12, 10),
     "四分之一", {"qualifier": "约", "period_end_year": 2025, "indicator_code": "high_tech_enterprises_share_of_province"}),
    ("技术合同成交额2024年突破1000亿元，居全国高新区第3位。", date(2025, 12, 10), "第3位", {"indicator_code": None}),
    ("隆基绿能组件出货量位居全球第一。", date(2025, 12, 10), "第一", {"indicator_code": None}),
    ("“十四五”以来，园区营业收入2024年达到1850亿元，较上年增加162亿元，增长9.6%。", date(2025, 12, 10), "9.6%",
     {"period_start_year": 2024, "period_end_year": 2024, "period_label": None}),
    ("坚持三个一流，推进三位一体。", date(2025, 12, 10), None, {}),
    ("2024年，新增专精特新企业58家，是上年的1.5倍。", date(2025, 12, 10), "1.5倍",
     {"value": 50, "indicator_code": "srdi_enterprises", "period_end_year": 2024}),
]


def test_a_reader_after_the_quantities_continues_the_figure_before_it_not_after():
    text = "2024年，高新技术企业1960家，是2020年的2.1倍；专精特新“小巨人”企业58家。"
    found = {c.value_text: c for c in claims_of(text, date(2025, 12, 10))}
    assert found["2.1倍"].indicator_code == "high_tech_enterprises"


def test_indefinite_one_with_the_newer_measure_words_is_not_a_count():
    assert claims_of("记者看到，一场场项目路演座无虚席，一笔笔订单纷至沓来。") == []


# Every round of unseen phrasings (the SIXTH to ELEVENTH_ROUND tables above), one claim or no claim per row.
UNSEEN_PHRASINGS = SIXTH_ROUND + SEVENTH_ROUND + EIGHTH_ROUND + NINTH_ROUND + TENTH_ROUND + ELEVENTH_ROUND


@pytest.mark.parametrize(("text", "published", "value_text", "expected"), UNSEEN_PHRASINGS)
def test_unseen_phrasings(text, published, value_text, expected):
    check_claim(text, published, value_text, expected)
