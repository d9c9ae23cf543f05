"""Cells → warehouse values: zone or region id, indicator code, year, canonical value and unit.

Every failure is a reason string that names what was wrong, for the quarantine.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from orchestration.claims.units import UNITS
from orchestration.reference import indicators, regions, zones

_UNIT_SUFFIX = re.compile(r"\s*[（(][^()（）]*[)）]\s*$")

# Table unit words beyond the claim units: how statistics offices label columns.
_TABLE_UNITS = {
    "rank": ("rank", Decimal(1)), "位": ("rank", Decimal(1)), "名": ("rank", Decimal(1)), "位次": ("rank", Decimal(1)),
    "count": ("count", Decimal(1)), "zones": ("count", Decimal(1)), "units": ("count", Decimal(1)),
    "yuan": ("yuan", Decimal(1)), "km2": ("km2", Decimal(1)), "percent": ("percent", Decimal(1)),
    "index": ("index", Decimal(1)), "万人": ("count", Decimal(10_000)), "亿美元": (None, None),
}


class ResolutionError(ValueError):
    pass


@lru_cache(maxsize=1)
def _zone_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for region in regions():
        for name in (region.region_id, region.name_zh, *region.aliases):
            lookup[name.lower()] = region.region_id
    for zone in zones():
        for name in (zone.zone_id, zone.name_zh, *zone.aliases):
            lookup[name.lower()] = zone.zone_id
    return lookup


@lru_cache(maxsize=1)
def _indicator_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for indicator in indicators():
        for name in (*indicator.synonyms, indicator.name_zh, indicator.name_en, indicator.code):
            lookup[name.lower()] = indicator.code
    return lookup


@lru_cache(maxsize=1)
def canonical_units() -> dict[str, str]:
    return {indicator.code: indicator.unit for indicator in indicators()}


def resolve_zone(text: str | None) -> str:
    if not text:
        raise ResolutionError("no zone or region given")
    found = _zone_lookup().get(text.strip().lower())
    if not found:
        raise ResolutionError(f"zone or region {text!r} is not in the registry (zones.csv, regions.csv)")
    return found


def resolve_indicator(text: str | None) -> str:
    if not text:
        raise ResolutionError("no indicator given")
    name = _UNIT_SUFFIX.sub("", text.strip())
    found = _indicator_lookup().get(name.lower())
    if not found:
        raise ResolutionError(f"indicator {text!r} is not in the catalog (indicators.csv)")
    return found


def resolve_year(text: str) -> int:
    match = re.fullmatch(r"\s*((?:19|20)\d{2})\s*(?:年度?)?\s*", text or "")
    if not match:
        raise ResolutionError(f"year {text!r} is not a calendar year")
    return int(match.group(1))


def resolve_value(text: str, unit_text: str | None, indicator_code: str) -> tuple[float, str]:
    cleaned = (text or "").strip().replace(",", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ResolutionError(f"value {text!r} is not a number") from None
    if not number.is_finite():
        raise ResolutionError(f"value {text!r} is not a finite number")
    expected = canonical_units().get(indicator_code)
    unit_key = (unit_text or "").strip()
    unit, multiplier = _TABLE_UNITS.get(unit_key.lower()) or UNITS.get(unit_key) or (None, None)
    if not unit_key:
        if expected == "yuan":
            # 元, 万元 and 亿元 differ by 10^8: a money figure without its unit cannot be placed.
            raise ResolutionError(f"no unit given for {indicator_code}, a money indicator (元, 万元 or 亿元?)")
        unit, multiplier = expected, Decimal(1)
    if unit is None:
        raise ResolutionError(f"unit {unit_text!r} is not a unit we can convert to {expected}")
    if expected == "rank" and unit == "count":
        unit = "rank"  # 位/名 and counts share measure words; the indicator says which is meant
    if unit != expected:
        raise ResolutionError(f"unit {unit_text!r} ({unit}) does not match {indicator_code}'s unit {expected}")
    return float(number * multiplier), unit
