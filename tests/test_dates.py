"""orchestration.dates: dates as offices and pages print them → ISO text at the precision given."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orchestration import dates
from orchestration.tables import descriptor


@pytest.mark.parametrize(("text", "iso"), [
    ("2023年6月29日", "2023-06-29"), ("2023-06-29", "2023-06-29"), ("2023/6/29", "2023-06-29"),
    ("2023.6.29", "2023-06-29"), ("2023年06月29日", "2023-06-29"), ("2023年6月29", "2023-06-29"),
    ("2023 年 6 月 29 日", "2023-06-29"), ("  2023-06-29\n", "2023-06-29"), ("2023-6-9", "2023-06-09"),
    ("２０２３／６／２９", "2023-06-29"), ("２０２３年６月２９日", "2023-06-29"), ("2023年6月29号", "2023-06-29"),
    ("2023-06-29 10:30", "2023-06-29"), ("2023-06-29T10:30:00+08:00", "2023-06-29"), ("2023-06-29 10:30:05", "2023-06-29"),
    ("2024-02-29", "2024-02-29"), ("1999.12.31", "1999-12-31"),
])
def test_full_dates(text, iso):
    assert dates.normalize_date(text) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("2023年6月", "2023-06"), ("2023-06", "2023-06"), ("2023/6", "2023-06"), ("2023.06", "2023-06"),
    ("2023年12月", "2023-12"), ("2023", "2023"), ("2023年", "2023"), ("２０２３", "2023"),
])
def test_partial_dates_keep_the_precision_they_have(text, iso):
    assert dates.normalize_date(text) == iso


@pytest.mark.parametrize("text", [
    "", "   ", "abc", "2023-13-01", "2023-00-10", "2023-02-30", "2023年2月29日", "2023-06-31", "1899-01-01", "2100",
    "20230629", "23-06-29", "2023-06-29-", "2023年上半年", "2023年6月29日至30日", "6/29/2023", "2023-06-29x", "二〇二三年",
])
def test_what_is_no_date_is_none(text):
    assert dates.normalize_date(text) is None


def test_non_text_is_none():
    assert dates.normalize_date(None) is None  # type: ignore[arg-type]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}.{m}.{d}", "{y}.{m:02d}.{d:02d}"]))
def test_any_real_day_in_any_form_reads_back(day, form):
    text = form.format(y=day.year, m=day.month, d=day.day)
    assert dates.normalize_date(text) == day.isoformat()


def test_the_table_descriptors_use_the_shared_function(tmp_path):
    assert descriptor.normalize_date is dates.normalize_date
    table = tmp_path / "t.csv"
    table.write_text("synthetic", encoding="utf-8")
    (tmp_path / "t.yaml").write_text(
        "# synthetic\npublished: 2023年6月29日\ntitle: 2023年6月\nsources:\n  2022: {published: 2022/7/6}\n"
        "  2023: {published: 2023年6月}\n  2024: {published: 待定}\n", encoding="utf-8")
    read = descriptor.read_descriptor(table)
    assert read.get("published") == "2023-06-29"
    assert read.get("title") == "2023年6月"  # only dates are normalized
    assert {year: s["published"] for year, s in read.sources_by_year.items()} == {
        2022: "2022-07-06", 2023: "2023-06", 2024: "待定"}  # text that is no date stays as written
