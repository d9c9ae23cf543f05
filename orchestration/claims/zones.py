"""Zone and region mentions: registry aliases, regions, and the sub-entities releases name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from orchestration.claims.trie_pattern import trie_regex
from orchestration.reference import regions, zones

_ENTITY_SUFFIX = "科学城|科技城|研究院|研究所|孵化器|加速器|产业园|科技园|创新基地|公司"
# 全省 names the province of the zone a release is about; 全市 its city, which the registry does not
# hold (UNKNOWN_PLACE: the figure is about a place we have no code for, so it gets none).
_RELATIVE_PLACE = re.compile(r"全省|本省|全市|本市")
UNKNOWN_PLACE = ""
# 广东省国家高新区, 全省高新区: the aggregate of a region's zones is reported as the region.
_ZONE_AGGREGATE = re.compile(r"(?:的|共有|现有|拥有|已有|内)?(?:\d+家)?(?:国家级?)?高新区|(?:国家)?高新技术产业开发区")


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, str], ...]:
    pairs = {(z.name_zh, z.zone_id) for z in zones()}
    for zone in zones():
        pairs.update((alias, zone.zone_id) for alias in zone.aliases)
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@lru_cache(maxsize=1)
def _zone_pattern() -> re.Pattern[str]:
    return re.compile(trie_regex(a for a, _ in _aliases()))


@lru_cache(maxsize=1)
def _zone_of() -> dict[str, str]:
    return dict(_aliases())


@lru_cache(maxsize=1)
def _region_names() -> dict[str, str]:
    return {alias: r.region_id for r in regions() for alias in (r.name_zh, *r.aliases)}


@lru_cache(maxsize=1)
def _region_pattern() -> re.Pattern[str]:
    return re.compile(trie_regex(_region_names()))


@lru_cache(maxsize=1)
def province_of_zone() -> dict[str, str]:
    by_name = {r.name_zh: r.region_id for r in regions()}
    return {z.zone_id: by_name[z.province_zh] for z in zones() if z.province_zh in by_name}


@lru_cache(maxsize=1)
def _sub_entity_pattern() -> re.Pattern[str]:
    # A sub-entity name starts with a place name from the registry (贵州科学城, 贵阳…研究院), which
    # gives the name a left edge without a word segmenter.
    places = {z.city_zh for z in zones() if z.city_zh} | {re.sub("(省|市|自治区|壮族|回族|维吾尔)+$", "", z.province_zh) for z in zones()}
    places = [p for p in places if len(p) >= 2]
    return re.compile(f"(?:{trie_regex(places)})[\\u4e00-\\u9fff]{{0,10}}?(?:{_ENTITY_SUFFIX})")


@lru_cache(maxsize=1)
def _reversed_zone_pattern() -> re.Pattern[str]:
    return re.compile(trie_regex(a[::-1] for a, _ in _aliases()))


@lru_cache(maxsize=1)
def _overlap_reach() -> dict[str, tuple[int, int]]:
    """For each alias, how far another alias sharing characters with an occurrence of it can reach
    beyond it, (left, right): 中关村 lies inside 北京中关村 and 中关村科技园区, so (2, 4); most reach (0, 0)."""
    aliases = [a for a, _ in _aliases()]
    inside: dict[str, tuple[int, int]] = {}    # substring → (farthest left, farthest right) of aliases holding it
    starting: dict[str, int] = {}              # prefix → longest alias starting with it
    ending: dict[str, int] = {}                # suffix → longest alias ending with it
    for alias in aliases:
        n = len(alias)
        for i in range(1, n + 1):
            starting[alias[:i]] = max(starting.get(alias[:i], 0), n)
            ending[alias[n - i :]] = max(ending.get(alias[n - i :], 0), n)
            for j in range(i):
                left, right = inside.get(alias[j:i], (0, 0))
                inside[alias[j:i]] = (max(left, j), max(right, n - i))
    reach = {}
    for alias in aliases:
        n = len(alias)
        left, right = inside[alias]
        for k in range(1, n):  # another alias starting inside this one, or ending inside it
            right = max(right, starting.get(alias[k:], 0) - (n - k))
            left = max(left, ending.get(alias[:k], 0) - k)
        reach[alias] = (left, right)
    return reach


def zone_mentions(text: str) -> list[tuple[int, str, str]]:
    """(offset, alias, zone_id) for every zone alias in text, as a left-to-right scan finds them.

    Aliases start with some 160 different characters (common ones: 新, 中, 大), and a forward scan
    tries a match at each of them; they end with a handful (区 nearly always), so a scan of the
    reversed text tries far fewer. Every alias occurrence overlaps one found backwards, and lies
    within that one's overlap reach; so the forward pattern, run only over those stretches (merged
    where they touch), finds exactly what a scan of the whole text finds.
    """
    length = len(text)
    reach = _overlap_reach()
    stretches: list[list[int]] = []
    for m in reversed(list(_reversed_zone_pattern().finditer(text[::-1]))):
        left, right = reach[m.group(0)[::-1]]
        start, end = max(0, length - m.end() - left), min(length, length - m.start() + right)
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
    pattern, zone_of = _zone_pattern(), _zone_of()
    return [(m.start(), m.group(0), zone_of[m.group(0)])
            for start, end in stretches for m in pattern.finditer(text, start, end)]


def named_region_mentions(text: str) -> list[tuple[int, str, str]]:
    """(offset, name, region_id) of the regions text names (贵州省, 全国), without 全省/全市.

    A province name inside a zone's own name (贵阳 in 贵阳高新区 is a city, 贵州 in 贵州科学城) is not
    a region mention: names followed by more name characters are skipped.
    """
    found = []
    names = _region_names()
    for m in _region_pattern().finditer(text):
        name = m.group(0)
        following = text[m.end() : m.end() + 1]
        full_name = name.endswith(("省", "市", "自治区")) or name == "全国"
        if not full_name and following and "\u4e00" <= following <= "\u9fff":
            continue
        found.append((m.start(), name, names[name]))
    return found


class PlaceWords(NamedTuple):
    """The region words of a text, read once: named regions, and 全省/全市 (whose region depends on
    the zone the release turns out to be about)."""

    named: list[tuple[int, str, str]]
    relative: list[tuple[int, str]]


def place_words(text: str) -> PlaceWords:
    return PlaceWords(named_region_mentions(text), [(m.start(), m.group(0)) for m in _RELATIVE_PLACE.finditer(text)])


def region_mentions(text: str, home_zone: str | None = None, words: PlaceWords | None = None) -> list[tuple[int, str, str]]:
    """(offset, name, region_id); 全省 resolves to the province of the release's zone. `words` is
    place_words(text), when the caller already has it."""
    words = place_words(text) if words is None else words
    province = province_of_zone().get(home_zone) if home_zone else None
    found = list(words.named)
    for offset, word in words.relative:
        if word.endswith("省"):
            if province:
                found.append((offset, word, province))
        else:
            found.append((offset, word, UNKNOWN_PLACE))
    return sorted(found)


def aggregates_zones(text: str, offset: int) -> bool:
    """True when the words at offset are 国家高新区/高新区: the region's zones taken together."""
    return bool(_ZONE_AGGREGATE.match(text, offset))


_SUFFIX = re.compile(_ENTITY_SUFFIX)


def sub_entities(text: str) -> list[tuple[int, str]]:
    """(end offset, name) of every named sub-entity in text.

    Most sentences name none: look for an entity suffix (研究院, 科学城…) first, and run the full
    pattern only on the stretch before each one.
    """
    found: list[tuple[int, str]] = []
    pattern = _sub_entity_pattern()
    last_end = 0
    for suffix in _SUFFIX.finditer(text):
        start = max(last_end, suffix.start() - 24)
        for m in pattern.finditer(text, start, suffix.end()):
            if m.end() == suffix.end():
                found.append((m.end(), m.group(0)))
                last_end = m.end()
    return found


def sub_entity_before(text: str) -> str | None:
    """The last named sub-entity (a science city, institute, incubator, company) in text: the last of
    _sub_entity_pattern().findall(text), found from the suffixes as sub_entities() does."""
    found = sub_entities(text)
    return found[-1][1] if found else None
