"""Words around a number → indicator_code from the catalog; None when no catalog word is there."""

from __future__ import annotations

import re
from functools import lru_cache

from orchestration.claims.trie_pattern import trie_regex
from orchestration.reference import indicators

_COUNT_SUFFIX = re.compile(r"(数量|数)$")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[str, str], ...]:
    """(word, code), longest words first so 各类研发机构及平台 beats 研发机构."""
    pairs: set[tuple[str, str]] = set()
    for indicator in indicators():
        words = set(indicator.synonyms)
        words.add(indicator.name_zh)
        stripped = _COUNT_SUFFIX.sub("", indicator.name_zh)
        if len(stripped) >= 2:
            words.add(stripped)
        pairs.update((w, indicator.code) for w in words if len(w) >= 2)
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(trie_regex(w for w, _ in _vocabulary()))


@lru_cache(maxsize=1)
def _code_of() -> dict[str, str]:
    return {w: c for w, c in reversed(_vocabulary())}


def mentions(text: str) -> list[tuple[int, str, str]]:
    """(offset, word, code) of the catalog words in text, longest at each place, left to right."""
    return [(m.start(), m.group(0), _code_of()[m.group(0)]) for m in _pattern().finditer(text)]


# 省级以上研发平台, 国家级众创空间: a level narrows a catalog word that names no level; 单位工业增加值能耗,
# 研发投入强度: a measure of the thing is not the thing.
_NARROWING_BEFORE = re.compile(r"(?:国家级|省级以上|省级|市级以上|市级|单位|万元|新型)$")  # 新型研发机构: one kind of them
_LEVELLED_FACILITY = re.compile(r"平台|机构|孵化器|众创空间|实验室|中心|基地|工作站|载体")  # come in 国家级/省级/市级
_LEVEL_WORD = re.compile(r"国家|省|市")
# A measure of the thing is not the thing: 研发投入强度, 高新技术企业产值 (their output, not their number).
_MEASURE_AFTER = re.compile(r"能耗|强度|密度|效率|用水量|排放|占比|比重|拥有量|拥有数|申请量|申请数|的?(?:产值|营业收入|营收|总收入|收入|利润|税收|纳税|"
                            r"增加值|出口|进出口|销售额|投资额|研发投入|研发经费)")
# 规上服务业营业收入, 工业企业营业收入: the revenue of one sector is not the zone's operating revenue.
_SECTOR_BEFORE = re.compile(r"服务业|制造业|工业|批发|零售|建筑业|限上|龙头企业|重点企业|骨干企业|上市企业|上市公司|头部企业|等企业|企业等|"
                            # 种业企业实现营收, 电子信息企业营收: a sector (园区企业, 规模以上企业, 入统企业 are the whole)
                            r"(?!园区|全区|区内|规上|入园|辖区|所有|全部|以上|入统|纳统|统计|在统|上规)[\u4e00-\u9fff]{2}(?:企业|行业|产业)(?:实现|完成|的)?$")
_ALL_SECTOR_CODES = frozenset({"operating_revenue"})


@lru_cache(maxsize=None)
def _narrowable(word: str) -> tuple[bool, bool]:
    """(a facility word that names no level of its own — 研发平台, not 国家级研发平台; a word for an
    all-sector total — 营业收入): catalog words, so decided once per word."""
    return (not _LEVEL_WORD.search(word) and bool(_LEVELLED_FACILITY.search(word)),
            _code_of()[word] in _ALL_SECTOR_CODES)


def _narrowed(text: str, match: re.Match[str]) -> bool:
    word = match.group(0)
    comes_in_levels, all_sectors = _narrowable(word)
    if comes_in_levels or all_sectors:
        before = text[max(0, match.start() - 5) : match.start()]
        if comes_in_levels and _NARROWING_BEFORE.search(before) or \
                all_sectors and _SECTOR_BEFORE.search(text, max(0, match.start() - 9), match.start()):
            return True  # 规上工业企业实现营业收入, 长虹等龙头企业营收: one sector's or one group's
    return bool(_MEASURE_AFTER.match(text, match.end()))


def find_indicator(text: str, prefer: str = "last") -> tuple[str, str] | None:
    """(code, word) of the catalog word nearest a number: the one ending last before it (longest on a
    tie), or the one starting first after it (longest on a tie). The head of a Chinese noun phrase
    comes last, so 各类人才团队 is 人才团队, not 各类人才."""
    pattern = _pattern()
    best, best_key = None, (-1, -1)
    match = pattern.search(text)
    # Overlapping words included (各类人才 and 人才团队 in 各类人才团队): the search resumes one character
    # after each word's start, and finds the longest word starting at each place.
    ends: set[int] = set()  # where the catalog words seen so far end
    while match is not None:
        if not _narrowed(text, match):
            if prefer != "last":
                best = match  # the first place a word starts, with its longest word
                break
            key = (match.end(), len(match.group(0)))
            if key > best_key:
                best, best_key = match, key
        ends.add(match.end())
        match = pattern.search(text, match.start() + 1)
    if best is None:
        return None
    if prefer == "last":
        if best.start() in ends or best.start() - 1 in ends and text[best.start() - 1] == "的":
            return None  # 高新技术企业营业收入: the revenue of a part (its high-tech enterprises), not of the zone
        if best.start() and text[best.start() - 1] in "和及与、" and best.start() >= 2:
            return None  # 孵化器和众创空间达到42家: one figure for two kinds
        if text.find("等", best.end()) != -1:
            return None  # 孵化器、众创空间等各类孵化载体: the words before 等 are examples of what is counted
    return _code_of()[best.group(0)], best.group(0)


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    return {indicator.code: indicator.unit for indicator in indicators()}


def unit_fits(code: str, unit: str) -> bool:
    """A level or increase must be in its indicator's unit (counts and ranks share measure words; a share
    in percent changes by percentage points)."""
    expected = _units().get(code)
    return expected == unit or {expected, unit} in ({"count", "rank"}, {"percent", "percentage_point"})


_LAND_USE = re.compile(r"^\s*其中|占地|供地|用地|土地|盘活|征收|出让|厂房|建筑|楼宇|载体|空间|建成区|起步区|拓展区|托管区|园中园|"
                       r"孵化面积|绿地|绿化")


def indicator_for_unit(unit: str, clause: str = "") -> str | None:
    """Some units measure only one indicator: an area in km² is the zone's area — unless the clause is
    about land use (新增供地420公顷, 盘活闲置土地) or buildings, or names a part (其中南山园区约19.2平方公里),
    which are not the zone's area."""
    return "area" if unit == "km2" and not _LAND_USE.search(clause) else None


def names_indicator_right_after(text: str, offset: int, slack: int = 3) -> bool:
    """True when a catalog word starts within `slack` characters of offset (全省|技术合同成交额)."""
    match = _pattern().search(text, offset, offset + slack + 12)
    return bool(match) and match.start() - offset <= slack


_SHARE_SCOPES = (("全省", "province"), ("全市", "city"), ("全国", "country"))


def share_indicator(code: str, clause: str) -> str | None:
    """The catalog's share-of-whole indicator for code (<code>_share_of_<scope>), when the clause names
    the whole (占全省的…) and the catalog has one."""
    for word, scope in _SHARE_SCOPES:
        if word in clause and f"{code}_share_of_{scope}" in _units():
            return f"{code}_share_of_{scope}"
    return None
