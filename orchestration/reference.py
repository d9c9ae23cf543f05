"""Reference data shipped with the project: the zone registry, regions and the indicator catalog.

The CSVs are the dbt seeds (dbt_project/seeds), so Python and SQL read one copy of the truth.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from orchestration.config import SEEDS_DIR


@dataclass(frozen=True)
class Zone:
    zone_id: str
    name_zh: str
    aliases: tuple[str, ...]
    province_zh: str
    city_zh: str


@dataclass(frozen=True)
class Region:
    region_id: str
    name_zh: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Indicator:
    code: str
    name_zh: str
    name_en: str
    unit: str
    synonyms: tuple[str, ...]


def _rows(name: str, seeds_dir: Path) -> list[dict[str, str]]:
    with open(seeds_dir / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(";") if part.strip())


@lru_cache(maxsize=4)
def zones(seeds_dir: Path = SEEDS_DIR) -> tuple[Zone, ...]:
    return tuple(
        Zone(r["zone_code"], r["name_zh"], _split(r["aliases_zh"]), r["province_zh"], r["city_zh"])
        for r in _rows("zones.csv", seeds_dir)
    )


@lru_cache(maxsize=4)
def regions(seeds_dir: Path = SEEDS_DIR) -> tuple[Region, ...]:
    return tuple(Region(r["region_code"], r["name_zh"], _split(r["aliases_zh"])) for r in _rows("regions.csv", seeds_dir))


@lru_cache(maxsize=4)
def indicators(seeds_dir: Path = SEEDS_DIR) -> tuple[Indicator, ...]:
    return tuple(
        Indicator(r["indicator_code"], r["name_zh"], r["name_en"], r["canonical_unit"], _split(r["synonyms_zh"]))
        for r in _rows("indicators.csv", seeds_dir)
    )


@lru_cache(maxsize=4)
def plan_periods(seeds_dir: Path = SEEDS_DIR) -> dict[str, tuple[int, int]]:
    return {r["plan_name_zh"]: (int(r["start_year"]), int(r["end_year"])) for r in _rows("plan_periods.csv", seeds_dir)}


@lru_cache(maxsize=4)
def repair_vocabulary(seeds_dir: Path = SEEDS_DIR) -> tuple[str, ...]:
    """Terms the mojibake repair may restore lost bytes from: plan names, zone and indicator words."""
    terms: set[str] = set(plan_periods(seeds_dir))
    for zone in zones(seeds_dir):
        terms.update((zone.name_zh, *zone.aliases))
    for indicator in indicators(seeds_dir):
        terms.update((indicator.name_zh, *indicator.synonyms))
    from orchestration.text.simplify import to_traditional

    terms.update({to_traditional(t) for t in terms})
    return tuple(sorted(t for t in terms if len(t) >= 3))
