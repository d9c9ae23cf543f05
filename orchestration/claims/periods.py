"""Periods of claims: explicit years, plan periods, relative years, spans and partial years.

A level describes one year; a change (increase, growth_rate, cagr, rank_change) runs over the years
in which it happened, its base being the year before the first one (a 十四五 CAGR is 2021–2025,
measured from 2020; 较2020年上升3位 in the 2021 evaluation is 2021–2021).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from orchestration.claims.numbers import CHINESE, parse_number
from orchestration.reference import plan_periods

# The "not after a digit" check sits after the century digits: a pattern that opens with a lookbehind
# gives `re` no first character to scan for, and is tried at every position of every sentence.
_YEAR = re.compile(r"((?:19|20)(?<![\d.]..)\d{2})\s*年(?:度)?")
_RANGE_START = re.compile(r"((?:19|20)(?<![\d.]..)\d{2})\s*[-—–~～](?=\s*(?:19|20)\d{2}\s*年)")
_COMPARED_TO = re.compile(r"(?:较|比|与|相比|对比)\s*((?:19|20)\d{2})\s*年")
_SPAN_WORD = re.compile(r"年(?:间|来|中|里|时间)|近[\d一二两三四五六七八九十]+年")
_SPAN_YEARS = re.compile(rf"近(\d+|{CHINESE})\s*年(?!\d)|(\d+|{CHINESE})\s*年(?:间|来|中|里|时间)")
_RELATIVE = {"今年": 0, "本年": 0, "目前": 0, "当前": 0, "截至目前": 0, "现有": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "过去一年": -1,
             "上年末": -1, "去年底": -1, "去年末": -1,
             "明年": 1, "下一年": 1, "下年度": 1}
# 比上年/较去年/同比 name the base of a change, not the period a figure describes.
_RELATIVE_WORDS = re.compile("|".join(sorted(_RELATIVE, key=len, reverse=True)))
# 全年/年末/年底 without a year: the year just completed when the release comes out in its first half
# (statistical bulletins, work reports), else the current one.
# 年内 not after a numeral (三年内 is a span); the check sits after 年 so that `re` can scan for 全/年.
_WHOLE_YEAR_WORDS = re.compile(r"全年|年末|年底|年(?<![\d一二两三四五六七八九十几多]年)内")


def _not_a_base(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of pattern that are not right after 比/较/与 (比上年, 较去年, 同比, 相比: the base of a change).

    Checked after matching rather than as a lookbehind in front of the pattern, which would give `re`
    no first character to scan for; a rejected match lets the next position be tried, as a lookbehind would.
    """
    found, position = [], 0
    while (match := pattern.search(text, position)) is not None:
        if match.start() and text[match.start() - 1] in "比较与":
            position = match.start() + 1
            continue
        found.append(match)
        position = match.end()
    return found
_THIS_YEAR = re.compile(r"年(?<![\d一二两三四五六七八九十几多]年)内")
_PARTIAL = re.compile(
    r"(\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月(?:份)?|"
    # 10月当月 / 10月份: one month (not the end of 1-10月)
    r"(?<![\d\-—~至到])(?:[1-9]|1[0-2])\s*月(?:当月|份)|[一二三四五六七八九十]{1,2}\s*[-—~至到]\s*[一二三四五六七八九十]{1,3}月(?:份)?|"
    r"上半年|下半年|前三季度|前两季度|[一二三四]季度|第[一二三四]季度|"
    # 截至6月底: a stock at the end of a month before December is not the year-end figure
    r"(?<![\d一二三四五六七八九十])(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)\s*月(?:底|末))"
)


class Period(NamedTuple):
    """A claim's years (inclusive) and its part-year label; a tuple because one is built per claim."""

    start: int | None
    end: int | None
    label: str | None = None


def years_in(text: str) -> list[tuple[int, int]]:
    """(offset, year) for each explicit year (2020年, 2021年度, both ends of 2020-2024年); not 2021年以来,
    which opens a period rather than naming the year a figure describes (see since_years)."""
    found = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text) if not text.startswith("以来", m.end())]
    found += [(m.start(), int(m.group(1))) for m in _RANGE_START.finditer(text)]
    return sorted(found)


_SINCE = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?以来")


def since_years(text: str) -> list[tuple[int, int]]:
    """(end offset, year) of each 2021年以来: a period from that year to the time of the release."""
    return [(m.end(), int(m.group(1))) for m in _SINCE.finditer(text)] if "以来" in text else []


def relative_year(text: str, published: date | None) -> int | None:
    if published is None:
        return None
    found = _not_a_base(_RELATIVE_WORDS, text)
    if found:
        return published.year + _RELATIVE[found[-1].group(0)]
    if _THIS_YEAR.search(text):
        return published.year  # 年内: within the year of the release
    if _not_a_base(_WHOLE_YEAR_WORDS, text):
        return published.year - 1 if published.month <= 6 else published.year
    return None


@lru_cache(maxsize=1)
def _plan_pattern() -> re.Pattern[str]:
    names = "|".join(map(re.escape, plan_periods()))
    return re.compile(f"({names})[”\"’']?(?:期间|时期|以来|中|规划期)")


@lru_cache(maxsize=1)
def _plan_end_pattern() -> re.Pattern[str]:
    names = "|".join(map(re.escape, plan_periods()))
    return re.compile(f"({names})[”\"’']?(?:末|期末|收官之年)")


def plan_end_year(text: str) -> int | None:
    """“十三五”末 / 十三五期末: the last year of the plan (2020)."""
    plan = plan_ending_in(text)
    return plan.end if plan else None


def plan_end_marks(text: str) -> list[tuple[int, int]]:
    """(offset, year) of each “十三五”末: the plan's last year, named like an explicit year."""
    if "五" not in text:
        return []
    return [(m.start(), plan_periods()[m.group(1)][1]) for m in _plan_end_pattern().finditer(text)
            if not re.search(r"[由从较比与][“\"]?$", text[max(0, m.start() - 2) : m.start()])]  # not a base


# The month each part of a year ends in.
_PART_ENDS = (("一季度", 3), ("第一季度", 3), ("二季度", 6), ("上半年", 6), ("前两季度", 6), ("三季度", 9), ("前三季度", 9),
              ("四季度", 12), ("下半年", 12))
_LAST_MONTH = re.compile(r"(\d{1,2})\s*月")


def _compared_to_plan_end(text: str) -> list[tuple[int, int]]:
    """(end, year) of 较“十三五”末: the plan's last year as the base of a change."""
    if "末" not in text or "五" not in text:
        return []
    return [(m.end(), plan_periods()[m.group(1)][1]) for m in _compared_plan_end_pattern().finditer(text)]


@lru_cache(maxsize=1)
def _compared_plan_end_pattern() -> re.Pattern[str]:
    names = "|".join(map(re.escape, plan_periods()))
    return re.compile(f"(?:较|比|与|相比|对比)\\s*[“\"]?({names})[”\"’']?(?:末|期末)")


def part_year_year(label: str, published: date | None) -> int | None:
    """The year a part of a year with no year of its own falls in: the publication year once that part
    has ended (上半年 in a July release), else the year before (上半年 in a January release)."""
    if published is None:
        return None
    months = [int(m) for m in _LAST_MONTH.findall(label)]
    end = months[-1] if months else next((month for word, month in reversed(_PART_ENDS) if word in label), None)
    if end is None:
        return None
    return published.year if published.month > end or end == 12 and published.month == 12 else published.year - 1


def plan_ending_in(text: str) -> Period | None:
    """The plan whose end text names (到“十五五”末 → 十五五, 2026–2030)."""
    match = _plan_end_pattern().search(text) if "五" in text else None
    if not match:
        return None
    start, end = plan_periods()[match.group(1)]
    return Period(start, end, match.group(1))


def plan_period_in(text: str) -> Period | None:
    """The plan a sentence dates itself by (“十四五”期间, 十三五以来, 十四五时期)."""
    match = _plan_pattern().search(text)
    if not match:
        return None
    start, end = plan_periods()[match.group(1)]
    return Period(start, end, match.group(1))


def partial_label(text: str) -> str | None:
    """1-8月, 上半年, 前三季度: the part of a year a figure covers (not a comparison base: 较上半年)."""
    found = [m.group(0) for m in _PARTIAL.finditer(text)
             if not re.search(r"(?:比|较|与|高于|低于|快于|慢于)$", text[max(0, m.start() - 2) : m.start()])]
    return re.sub(r"\s+", "", found[-1]) if found else None


def _last_before(marks: tuple[tuple[int, object], ...], offset: int):
    """The value of the last (end, value) mark ending at or before offset (marks are in text order)."""
    found = None
    for end, value in marks:
        if end > offset:
            break
        found = value
    return found


@dataclass(frozen=True)
class TimeMarks:
    """Where a sentence names times, read once: each claim consults the marks that end before it."""

    compared: tuple[tuple[int, int], ...]        # (end, year) of 较2020年
    relative: tuple[tuple[int, int], ...]        # (end, years from publication) of 去年, 今年…
    this_year: tuple[int, ...]                   # ends of 年内
    whole_year: tuple[int, ...]                  # ends of 全年/年末/年底
    labels: tuple[tuple[int, str], ...]          # (end, label) of 1-8月, 上半年… (not comparison bases)

    @classmethod
    def of(cls, text: str) -> "TimeMarks":
        # Cheap character tests first: most sentences name no part of a year and no 年内.
        labels = tuple((m.end(), re.sub(r"\s+", "", m.group(0))) for m in _PARTIAL.finditer(text)
                       if not re.search(r"(?:比|较|与|高于|低于|快于|慢于)$", text[max(0, m.start() - 2) : m.start()])
                       ) if ("月" in text or "季度" in text or "半年" in text) else ()
        if "年" not in text:  # then only 目前/当前/现有 can mark a time
            relative = (tuple((m.end(), _RELATIVE[m.group(0)]) for m in _not_a_base(_RELATIVE_WORDS, text))
                        if ("目前" in text or "当前" in text or "现有" in text) else ())
            return cls(compared=(), relative=relative, this_year=(), whole_year=(), labels=labels)
        return cls(
            compared=tuple(sorted([(m.end(), int(m.group(1))) for m in _COMPARED_TO.finditer(text)]
                                  + _compared_to_plan_end(text))),
            relative=tuple((m.end(), _RELATIVE[m.group(0)]) for m in _not_a_base(_RELATIVE_WORDS, text)),
            this_year=tuple(m.end() for m in _THIS_YEAR.finditer(text)) if "年内" in text else (),
            whole_year=tuple(m.end() for m in _not_a_base(_WHOLE_YEAR_WORDS, text)),
            labels=labels,
        )

    # Most sentences carry none of these marks: each lookup returns at once on an empty tuple.

    def compared_year(self, offset: int) -> int | None:
        return _last_before(self.compared, offset) if self.compared else None

    def label(self, offset: int) -> str | None:
        """The part of a year named last before offset, unless 全年 or a relative year follows it
        (下半年，力争全年… / 上半年…，今年以来…)."""
        if not self.labels:
            return None
        last = None
        for end, label in self.labels:
            if end > offset:
                break
            last = (end, label)
        if last is None or any(last[0] < end <= offset for end in self.whole_year) \
                or any(last[0] < end <= offset for end, _ in self.relative):
            return None
        return last[1]

    def relative_year(self, offset: int, published: date | None, whole_year: bool = True) -> int | None:
        """As relative_year() on the text before offset; without 全年/年末/年底 when whole_year is False."""
        if published is None or not (self.relative or self.this_year or (whole_year and self.whole_year)):
            return None
        delta = _last_before(self.relative, offset) if self.relative else None
        if delta is not None:
            return published.year + delta
        if any(end <= offset for end in self.this_year):
            return published.year
        if whole_year and any(end <= offset for end in self.whole_year):
            return published.year - 1 if published.month <= 6 else published.year
        return None

    def relative_year_after(self, start: int, offset: int, published: date | None) -> int | None:
        """The year a relative word (今年, 去年, 年内) between start and offset names: a relative word closer
        to a figure beats a year named earlier in its sentence (2024年…，今年力争…)."""
        if published is None:
            return None
        found = None
        for end, delta in self.relative:
            if end > offset:
                break
            if end > start:
                found = published.year + delta
        if found is None and any(start < end <= offset for end in self.this_year):
            found = published.year
        return found

    def whole_year_ahead(self, offset: int) -> bool:
        return bool(self.whole_year) and self.whole_year[0] <= offset  # in text order: the first is enough


_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:[-—–~～]|至|到)\s*((?:19|20)\d{2})\s*年")


def year_range(text: str) -> tuple[int, int] | None:
    """2021—2024年 / 2016年至2020年: the first and last year of a stated range (the last one in text)."""
    found = _RANGE.findall(text)
    return (int(found[-1][0]), int(found[-1][1])) if found else None


def span_years(text: str) -> int | None:
    """五年间 → 5, 三年来 → 3."""
    # Look for the span word first: the numeral before 年 gives `re` no first character to scan for.
    match = _SPAN_YEARS.search(text) if _SPAN_WORD.search(text) else None
    if not match:
        return None
    try:
        return int(parse_number(match.group(1) or match.group(2)))
    except Exception:  # noqa: BLE001 — a span we cannot read is simply not a period
        return None
