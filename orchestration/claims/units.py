"""Unit words → canonical unit and multiplier (money in yuan, or in usd when stated in US dollars; area in
km²; shares in percent)."""

from __future__ import annotations

from decimal import Decimal

# Longest first in the pattern, so 个百分点 wins over 个 and 万亿元 over 亿元.
UNITS: dict[str, tuple[str, Decimal]] = {
    "个百分点": ("percentage_point", Decimal(1)),
    "百分点": ("percentage_point", Decimal(1)),
    "万亿元": ("yuan", Decimal(1_000_000_000_000)),
    "亿元": ("yuan", Decimal(100_000_000)),
    "万元": ("yuan", Decimal(10_000)),
    "元": ("yuan", Decimal(1)),
    "万亿美元": ("usd", Decimal(1_000_000_000_000)),
    "亿美元": ("usd", Decimal(100_000_000)),
    "万美元": ("usd", Decimal(10_000)),
    "美元": ("usd", Decimal(1)),  # 实际利用外资18.6亿美元: US dollars, never converted to yuan
    "平方公里": ("km2", Decimal(1)),
    "平方米": ("km2", Decimal("0.000001")),  # 孵化面积420万平方米: floor space, never the zone's area
    "平方千米": ("km2", Decimal(1)),
    "公顷": ("km2", Decimal("0.01")),
    "亩": ("km2", Decimal(1) / Decimal(1500)),
    "%": ("percent", Decimal(1)),
    "家次": ("count", Decimal(1)),
    "人次": ("count", Decimal(1)),
    "笔": ("count", Decimal(1)),
    "场次": ("count", Decimal(1)),
    "场": ("count", Decimal(1)),
    "家": ("count", Decimal(1)),
    "个": ("count", Decimal(1)),
    "项": ("count", Decimal(1)),
    "名": ("count", Decimal(1)),
    "支": ("count", Decimal(1)),
    "座": ("count", Decimal(1)),
    "所": ("count", Decimal(1)),
    "件": ("count", Decimal(1)),
    "户": ("count", Decimal(1)),
    "人": ("count", Decimal(1)),
    "位": ("count", Decimal(1)),
}

UNIT_PATTERN = "|".join(sorted(map(lambda u: u.replace("%", "%"), UNITS), key=len, reverse=True))
