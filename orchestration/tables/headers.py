"""What a header cell means, from vocabulary alone: a role word, a year, a catalog indicator or a
registry zone — or nothing, which the caller reports by name rather than guessing.

Role words are the column names offices use for a tidy table (地区, 指标, 年份, 数值, 单位…) and the
provenance columns (source_url, 发布日期, 备注). A year header is `2020年`, `2021年度`, `2024`; an
indicator header may carry its unit (`技术市场成交额(亿元)`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from orchestration.tables.resolve import YEAR, find_indicator, find_zone
from orchestration.tables.units import split_unit
from orchestration.text.simplify import to_simplified

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "zone": ("zone", "region", "zone_or_region", "zone_id", "region_id", "地区", "区域", "园区", "高新区",
             "国家高新区", "开发区", "地区名称", "园区名称", "高新区名称", "省份", "省份名称", "地区/高新区"),
    "indicator": ("indicator", "indicator_code", "indicator_name", "指标", "指标名称", "项目", "统计指标"),
    "year": ("year", "年份", "年度", "时间", "评价年度", "统计年度"),
    "value": ("value", "数值", "值", "数据", "指标值", "数量"),
    "unit": ("unit", "单位", "计量单位"),
    "source_url": ("source_url", "url", "source", "来源链接", "来源网址", "链接", "网址", "数据来源", "来源"),
    "published": ("published", "published_date", "发布日期", "发布时间"),
    "note": ("note", "notes", "备注", "说明", "注"),
    "label": ("名称", "name", "类别", "分类"),
    "ignore": ("序号", "编号", "no", "no.", "#", "排序"),
}
ROW_KEY_ROLES = ("zone", "indicator", "year", "unit", "source_url", "published", "note")


@dataclass(frozen=True)
class HeaderCell:
    text: str
    kind: str | None  # a role, "year_column", "indicator_column", "zone_column", "blank" — None: unmapped
    key: str | None = None  # the year, or the indicator or zone text of a key column
    unit: str | None = None  # a unit written in the header: 技术合同成交额(亿元), 2021年(亿元), 数值(万元)

    @property
    def is_key_column(self) -> bool:
        return self.kind in ("year_column", "indicator_column", "zone_column")


def _word(text: str) -> str:
    # Big5 tables spell the role words in traditional script (地區, 指標, 數值).
    return to_simplified(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower().rstrip(":："))


_ROLE_OF = {_word(w): role for role, words in ROLE_WORDS.items() for w in words}


def classify(text: str) -> HeaderCell:
    if not text.strip():
        return HeaderCell(text, "blank")
    name, unit = split_unit(text)
    role = _ROLE_OF.get(_word(name))
    if role:
        return HeaderCell(text, role, unit=unit)
    year = YEAR.match(name)
    if year:
        return HeaderCell(text, "year_column", year.group(1), unit)
    if find_indicator(text):
        return HeaderCell(text, "indicator_column", text, unit)
    if find_zone(name):
        return HeaderCell(text, "zone_column", name, unit)
    return HeaderCell(text, None)
