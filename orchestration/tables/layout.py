"""Recognize a table's layout from its header and turn it into long records, one per value cell.

Layouts: tidy long (zone/region, indicator, year, value[, unit, source_url, …]) and wide (one row per
zone or indicator, years as columns: 2020年, 2021年度, 2024, ascending or descending), with preamble
lines before the header and footnote lines (注:, 数据来源:) after the data skipped but remembered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_YEAR_HEADER = re.compile(r"^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*$")
_FOOTNOTE = re.compile(r"^\s*(注|说明|数据来源|资料来源|来源|备注)\s*[:：0-9]")
_UNIT_IN_HEADER = re.compile(r"[（(]\s*(?:单位\s*[:：])?\s*([^()（）]+?)\s*[)）]\s*$")

HEADER_ALIASES = {
    "zone": ("zone", "region", "zone_or_region", "地区", "区域", "园区", "高新区", "开发区", "地区名称", "zone_id"),
    "indicator": ("indicator", "indicator_code", "指标", "指标名称", "项目"),
    "year": ("year", "年份", "年度", "时间"),
    "value": ("value", "数值", "值", "数据"),
    "unit": ("unit", "单位", "计量单位"),
    "source_url": ("source_url", "url", "来源链接", "来源网址"),
    "published": ("published", "发布日期"),
    "note": ("note", "notes", "备注", "说明"),
}


class LayoutError(ValueError):
    pass


@dataclass
class Record:
    location: str  # "row 5" or "row 5, column 2021年"
    zone: str | None
    indicator: str | None
    year: str
    value: str
    unit: str | None
    source_url: str | None = None
    published: str | None = None
    note: str | None = None


@dataclass
class Layout:
    name: str
    records: list[Record] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)


def _role(header: str) -> str | None:
    key = header.strip().lower()
    for role, aliases in HEADER_ALIASES.items():
        if key in aliases:
            return role
    return None


def _find_header(rows: list[list[str]]) -> int:
    for index, row in enumerate(rows[:30]):
        roles = {_role(c) for c in row}
        years = sum(bool(_YEAR_HEADER.match(c)) for c in row)
        if {"zone", "year", "value"} <= roles or {"indicator", "year", "value"} <= roles or years >= 1 and len(
            [c for c in row if c]) >= 2:
            return index
    raise LayoutError("no header row found: expected zone/indicator/year/value columns or year columns (2020年, 2021年度, 2024)")


def detect(rows: list[list[str]], defaults: dict[str, str] | None = None) -> Layout:
    defaults = defaults or {}
    header_index = _find_header(rows)
    header = rows[header_index]
    year_columns = {i: _YEAR_HEADER.match(c).group(1) for i, c in enumerate(header) if _YEAR_HEADER.match(c)}
    layout = Layout("wide" if year_columns else "long")
    roles = {i: _role(c) for i, c in enumerate(header)}
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if not any(row):
            continue
        first = next((c for c in row if c), "")
        if _FOOTNOTE.match(first):
            layout.footnotes.append(first)
            continue
        cells = {roles[i]: row[i] for i in roles if roles[i] and i < len(row)}
        if year_columns:
            label = row[0] if row else ""
            unit_match = _UNIT_IN_HEADER.search(cells.get("indicator") or label)
            for i, year in year_columns.items():
                value = row[i] if i < len(row) else ""
                if value in ("", "-", "—", "…", "..."):
                    continue  # an empty cell is no observation; nothing is lost
                layout.records.append(Record(
                    location=f"row {offset}, column {header[i]}",
                    zone=cells.get("zone") or defaults.get("zone"),
                    indicator=cells.get("indicator") or (None if cells.get("zone") else label) or defaults.get("indicator"),
                    year=year, value=value,
                    unit=cells.get("unit") or (unit_match.group(1) if unit_match else None) or defaults.get("unit"),
                    source_url=cells.get("source_url") or defaults.get("source_url"),
                ))
        else:
            layout.records.append(Record(
                location=f"row {offset}",
                zone=cells.get("zone") or defaults.get("zone"),
                indicator=cells.get("indicator") or defaults.get("indicator"),
                year=cells.get("year", ""), value=cells.get("value", ""),
                unit=cells.get("unit") or defaults.get("unit"),
                source_url=cells.get("source_url") or defaults.get("source_url"),
                published=cells.get("published") or defaults.get("published"),
                note=cells.get("note"),
            ))
    return layout
