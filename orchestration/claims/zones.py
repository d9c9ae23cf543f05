"""Zone and region mentions: registry aliases and the name patterns releases use."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from orchestration.reference import regions, zones

_ENTITY_SUFFIX = "科学城|科技城|研究院|研究所|孵化器|加速器|产业园|科技园|创新基地|公司"


@lru_cache(maxsize=1)
def _sub_entity_pattern() -> re.Pattern[str]:
    # A sub-entity name starts with a place name from the registry (贵州科学城, 贵阳…研究院), which
    # gives the name a left edge without a word segmenter.
    places = {z.city_zh for z in zones() if z.city_zh} | {re.sub("(省|市|自治区|壮族|回族|维吾尔)+$", "", z.province_zh) for z in zones()}
    places = sorted((p for p in places if len(p) >= 2), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, places))})[\u4e00-\u9fff()（）]{{0,10}}?(?:{_ENTITY_SUFFIX})")


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, str], ...]:
    pairs = {(z.name_zh, z.zone_id) for z in zones()}
    for zone in zones():
        pairs.update((alias, zone.zone_id) for alias in zone.aliases)
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@lru_cache(maxsize=1)
def _zone_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(a) for a, _ in _aliases()))


@lru_cache(maxsize=1)
def _zone_of() -> dict[str, str]:
    return dict(_aliases())


@lru_cache(maxsize=1)
def _region_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {alias: r.region_id for r in regions() for alias in (r.name_zh, *r.aliases)}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))), names


def zone_mentions(text: str) -> list[tuple[int, str, str]]:
    """(offset, alias, zone_id) for every zone alias in text."""
    return [(m.start(), m.group(0), _zone_of()[m.group(0)]) for m in _zone_pattern().finditer(text)]


def dominant_zone(text: str) -> str | None:
    """The zone a release is about: the one it names most often."""
    counts = Counter(zone_id for _, _, zone_id in zone_mentions(text))
    return counts.most_common(1)[0][0] if counts else None


def region_mentions(text: str) -> list[tuple[int, str, str]]:
    pattern, names = _region_pattern()
    return [(m.start(), m.group(0), names[m.group(0)]) for m in pattern.finditer(text)]


def sub_entity_before(text: str) -> str | None:
    """The last named sub-entity (a science city, institute, incubator, company) in text."""
    found = _sub_entity_pattern().findall(text)
    return found[-1] if found else None
