"""The optional descriptor beside a table: `<name>.meta.json`, `<name>.yaml` or `<name>.yml`.

It states what detection cannot: the indicator, unit, zone or year when the table does not print
them, and the provenance (source URL, publisher, published date, licence). `columns` says what a
header detection cannot map means (a column name, an indicator, a zone, or `ignore`); `sources` gives
the provenance per year when the years of a wide table come from different pages:

    indicator: 高新技术企业数
    zone: 贵阳高新区
    publisher: 贵阳国家高新区管委会
    columns: {企业数: 高新技术企业数, 排名变化: ignore}
    sources:
      2022: {source_url: "http://…", published: 2022-07-06}

Two descriptors that disagree on a key leave the key unset (and say so): never pick one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from orchestration.dates import normalize_date

DESCRIPTOR_SUFFIXES = (".meta.json", ".yaml", ".yml")
# Keys a descriptor may give, and the other spellings accepted for them.
_KEYS = {
    "title": ("title", "标题", "表名"), "indicator": ("indicator", "指标"), "unit": ("unit", "单位"),
    "zone": ("zone", "region", "地区", "高新区"), "year": ("year", "年份", "年度"),
    "source_url": ("source_url", "url", "来源链接", "来源网址"), "publisher": ("publisher", "发布机构", "发布单位"),
    "published": ("published", "published_date", "发布日期"), "licence": ("licence", "license", "许可"),
    "notes": ("notes", "note", "description", "说明", "备注"),
}


@dataclass
class Descriptor:
    values: dict[str, str] = field(default_factory=dict)
    sources_by_year: dict[int, dict[str, str]] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)  # header → column name, indicator, zone or "ignore"
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)

    def get(self, key: str) -> str | None:
        return self.values.get(key)


def descriptor_paths(table: Path) -> list[Path]:
    stem = table.with_suffix("")
    return [p for p in (stem.with_name(stem.name + s) for s in DESCRIPTOR_SUFFIXES) if p.exists()]


def is_descriptor(path: Path) -> bool:
    return path.name.lower().endswith(DESCRIPTOR_SUFFIXES)


def as_text(value: object, date: bool = False) -> str | None:
    """YAML reads 2022-07-06 as a date and 2021 as an int; the warehouse wants ISO text. A `date` value
    (published) is normalized (2022年2月25日 → 2022-02-25); text that is no date stays as written."""
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    return (normalize_date(text) or text) if date else text


def _parse(path: Path) -> dict:
    text = path.read_text(encoding="utf-8-sig")
    data = json.loads(text) if path.name.endswith(".json") else yaml.safe_load(text)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError("expected a mapping of keys to values at the top level")
    return data


def _sources(raw: object, name: str, descriptor: Descriptor) -> None:
    if raw is None:
        return
    if not isinstance(raw, dict):
        descriptor.problems.append((name, "`sources` must map years to {source_url, published}"))
        return
    for year, entry in raw.items():
        if not re.fullmatch(r"(?:19|20)\d{2}", str(year)) or not isinstance(entry, dict):
            descriptor.problems.append((name, f"`sources` entry {year!r} is not year: {{source_url, published}}"))
            continue
        descriptor.sources_by_year[int(year)] = {
            key: text for key in ("source_url", "published", "publisher")
            if (text := as_text(next((entry[a] for a in _KEYS[key] if a in entry), None), date=key == "published"))}


def _columns(raw: object, name: str, descriptor: Descriptor) -> None:
    if raw is None:
        return
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        descriptor.problems.append((name, "`columns` must map header text to a column name, an indicator, a zone "
                                          "or `ignore`"))
        return
    descriptor.columns.update({str(k).strip(): v for k, v in raw.items()})


def read_descriptor(table: Path) -> Descriptor:
    descriptor = Descriptor()
    seen_in: dict[str, str] = {}
    conflicting: set[str] = set()
    for path in descriptor_paths(table):
        try:
            data = _parse(path)
        except (ValueError, UnicodeDecodeError, yaml.YAMLError) as error:
            descriptor.problems.append((path.name, f"descriptor {path.name} is unreadable ({error}); table loaded without it"))
            continue
        for key, aliases in _KEYS.items():
            value = as_text(next((data[a] for a in aliases if a in data), None), date=key == "published")
            if value is None:
                continue
            if key in descriptor.values and descriptor.values[key] != value:
                descriptor.problems.append((path.name, f"descriptors {seen_in[key]} and {path.name} disagree on "
                                                       f"{key!r} ({descriptor.values[key]!r} vs {value!r}); neither is used"))
                conflicting.add(key)
            descriptor.values.setdefault(key, value)
            seen_in.setdefault(key, path.name)
        _sources(data.get("sources"), path.name, descriptor)
        _columns(data.get("columns"), path.name, descriptor)
    for key in conflicting:
        descriptor.values.pop(key, None)
    return descriptor
