"""Coordinated figures: lists of values and the 分别/分列 construction.

济南高新区、青岛高新区、烟台高新区分别实现营业收入6100亿元、4200亿元和2350亿元，同比分别增长8.1%、6.7%和9.4%:
the three values after 分别 belong, in order, to the three zones before it, and 6.7% and 9.4% are growth
rates like the 8.1% they are listed with. Claims are first read one by one; this module then applies
what the coordination says, on the claims of one sentence. No Dagster, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from orchestration.claims.indicators import share_indicator

# What may stand between two listed values (6100亿元、4200亿元和2350亿元).
_LIST_GLUE = re.compile(r"^\s*(?:、|和|及|与|以及|,|，)\s*$")
# What may stand between two listed names (济南高新区、青岛高新区和烟台高新区).
_NAME_GLUE = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")
# 、全省的: the next whole a share is taken of.
_SHARE_OF_ANOTHER_WHOLE = re.compile(r"\s*[、和及，,]\s*(?:占)?(?:全省|全市|全国|本省|本市|[\u4e00-\u9fff]{1,5}[省市])的?"
                                     r"(?:比重|比例)?(?:为|达)?\s*")
# 、省级孵化器: the next item of a list, a noun and nothing that would state a figure of its own.
_NOUN_ONLY_LIST_ITEM = re.compile(r"\s*[、和及]\s*(?:(?!达|为|是|共|有|实现|累计|总数|现有|拥有|达到|突破|超过)[^,，。;；:：])*")
_RESPECTIVELY = re.compile(r"分别|分列")
_BACK_REFERENCE = re.compile(r"[两二三四五六七八九十\d]+[家个](?:国家)?(?:高新区|园区|开发区)|上述|以上(?:园区|高新区)")


def continue_lists(claims: list, sentence_start: int, text: str) -> list:
    """A value listed right after another (only 、/和/及 between them) is the same kind of figure; so is
    the next item of a list of increases (新增国家级孵化器2家、省级孵化器5家: the verb governs every item)."""
    out = []
    for claim in claims:
        previous = out[-1] if out else None
        between = text[previous.char_end - sentence_start : claim.char_start - sentence_start] if previous else ""
        if previous is not None and claim.unit == previous.unit and claim.claim_kind != previous.claim_kind \
                and claim.claim_kind == "level" and previous.claim_kind in ("growth_rate", "increase", "share", "cagr"):
            if _LIST_GLUE.match(between):
                sign = -1 if previous.value < 0 <= claim.value else 1
                claim = replace(claim, claim_kind=previous.claim_kind, value=sign * claim.value,
                                indicator_code=claim.indicator_code or previous.indicator_code,
                                period_start_year=previous.period_start_year, period_end_year=previous.period_end_year,
                                period_label=previous.period_label)
            elif previous.claim_kind == "share" and claim.unit == "percent" and _SHARE_OF_ANOTHER_WHOLE.fullmatch(between):
                # 约占全市的三分之一、全省的15.8%: the same share, of another whole
                base = re.sub(r"_share_of_(?:city|province|country)$", "", previous.indicator_code or "") or None
                claim = replace(claim, claim_kind="share",
                                indicator_code=(share_indicator(base, between) or base) if base else None,
                                period_start_year=previous.period_start_year, period_end_year=previous.period_end_year,
                                period_label=previous.period_label)
            elif previous.claim_kind == "increase" and _NOUN_ONLY_LIST_ITEM.fullmatch(between):
                claim = replace(claim, claim_kind="increase", period_start_year=previous.period_start_year,
                                period_end_year=previous.period_end_year, period_label=previous.period_label)
        elif previous is not None and claim.indicator_code is None and claim.unit == previous.unit \
                and claim.claim_kind == previous.claim_kind and _LIST_GLUE.match(between):
            claim = replace(claim, indicator_code=previous.indicator_code)
        out.append(claim)
    return out


def _listed_names(mentions: list[tuple[int, str, str]], text: str, before: int) -> list[tuple[int, str, str]]:
    """The last run of names before `before` joined only by 、/和/及/与 (济南高新区、青岛高新区和烟台高新区)."""
    candidates = [m for m in mentions if m[0] + len(m[1]) <= before]
    if not candidates:
        return []
    run = [candidates[-1]]
    for mention in reversed(candidates[:-1]):
        glue = text[mention[0] + len(mention[1]) : run[0][0]]
        if not _NAME_GLUE.match(glue):
            break
        run.insert(0, mention)
    return run if len(run) >= 2 else []


_LISTED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?")


def _listed_years(text: str) -> tuple[list[int], int]:
    """2022年和2023年…分别: the last run of two or more years joined by 和/、/及, and where it ends."""
    found = list(_LISTED_YEAR.finditer(text))
    if len(found) < 2:
        return [], 0
    run = [found[-1]]
    for m in reversed(found[:-1]):
        if not _NAME_GLUE.match(text[m.end() : run[0].start()]):
            break
        run.insert(0, m)
    return ([int(m.group(1)) for m in run], run[-1].end()) if len(run) >= 2 else ([], 0)


def listed_places(places: list[tuple[int, str, str]], text: str) -> list[tuple[int, str, str]]:
    """The last list of two or more places the sentence names, if any."""
    return _listed_names(places, text, len(text))


_LISTED_PART = re.compile(r"\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月(?:份)?|上半年|下半年|前三季度|前两季度|第?[一二三四]季度")


def _listed_parts(text: str) -> list[str]:
    """一季度、上半年、前三季度…分别: the last run of two or more parts of a year joined by 、/和/及."""
    found = list(_LISTED_PART.finditer(text))
    if len(found) < 2:
        return []
    run = [found[-1]]
    for m in reversed(found[:-1]):
        if not _NAME_GLUE.match(text[m.end() : run[0].start()]):
            break
        run.insert(0, m)
    return [re.sub(r"\s+", "", m.group(0)) for m in run] if len(run) >= 2 else []


def respectively(claims: list, sentence_start: int, text: str, places: list[tuple[int, str, str]],
                 indicators: list[tuple[int, str, str]], earlier_list: list[tuple[int, str, str]] = ()) -> list:
    """Pair the values after 分别/分列 with the names listed before it, in order, when the counts agree.

    `places` are (offset, name, zone_id) and `indicators` (offset, word, code), offsets in the sentence.
    """
    match = _RESPECTIVELY.search(text)
    if not match or len(claims) < 2:
        return claims
    zones = _listed_names(places, text, match.start())
    if not zones and _BACK_REFERENCE.search(text[: match.start()]):
        zones = list(earlier_list)  # 三家园区…分别: the places listed in an earlier sentence
    words = _listed_names(indicators, text, match.start())
    # The values after 分别 run until the next name is mentioned (…分列第二、第三位，武汉东湖高新区位列第4位).
    next_name = min((m[0] for m in places if m[0] >= match.end()), default=len(text))
    after = [c for c in claims if match.end() <= c.char_start - sentence_start < next_name]
    # The values in one run share a unit and a kind: 6100亿元、4200亿元和2350亿元, then 8.1%、6.7%和9.4%.
    runs: list[list] = []
    for claim in after:
        if runs and runs[-1][-1].unit == claim.unit and runs[-1][-1].claim_kind == claim.claim_kind:
            runs[-1].append(claim)
        else:
            runs.append([claim])
    years, years_end = _listed_years(text[: match.start()])
    between = text[years_end : match.start()]
    if years and (re.search(r"今年|去年|上年|当年", between) or len(re.findall(r"[，,；;]", between)) > 1):
        years = []  # 2022年和2023年获评…，今年…分别: the years belong to another clause
    parts = _listed_parts(text[: match.start()])
    assigned = {}
    for run in runs:
        if parts and len(run) == len(parts):
            for claim, part in zip(run, parts):  # 一季度、上半年、前三季度营业收入增速分别为7.9%、8.1%、8.3%
                base = assigned.get(claim.claim_id, claim)
                assigned[claim.claim_id] = replace(base, period_label=part)
        if years and len(run) == len(years):
            for claim, year in zip(run, years):
                base = assigned.get(claim.claim_id, claim)
                assigned[claim.claim_id] = replace(base, period_start_year=year, period_end_year=year)
        if zones and len(run) == len(zones):
            for claim, zone in zip(run, zones):
                base = assigned.get(claim.claim_id, claim)
                assigned[claim.claim_id] = replace(base, zone_id=zone[2] or None, subject=zone[1])
        if words and len(run) == len(words):
            for claim, word in zip(run, words):
                base = assigned.get(claim.claim_id, claim)
                assigned[claim.claim_id] = replace(base, indicator_code=word[2])
    return [assigned.get(c.claim_id, c) for c in claims]
