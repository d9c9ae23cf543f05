"""Periods of claims: explicit years, plan periods (十四五 = 2021–2025) and spans such as 五年间.

A level describes one year; a change (increase, growth_rate, cagr, rank_change) runs over years
whose base is the year before the first one (a 十四五 CAGR is 2021–2025, measured from 2020).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestration.claims.numbers import CHINESE, parse_number
from orchestration.reference import plan_periods

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*[-—~至到]\s*(?:19|20)\d{2})(?:度)?")
_SPAN_YEARS = re.compile(rf"(\d+|{CHINESE})年(?:间|来|中|里)")


@dataclass(frozen=True)
class Period:
    start: int | None
    end: int | None
    label: str | None = None


def years_in(text: str) -> list[tuple[int, int]]:
    """(offset, year) for each explicit year (2020年, 2021年度)."""
    return [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]


def plan_period_in(text: str) -> Period | None:
    for name, (start, end) in plan_periods().items():
        if f"{name}”期间" in text or f"{name}期间" in text or f"{name}”时期" in text or f"{name}时期" in text \
                or f"{name}”以来" in text or f"{name}以来" in text:
            return Period(start, end, name)
    return None


def span_years(text: str) -> int | None:
    """五年间 → 5, 三年来 → 3."""
    match = _SPAN_YEARS.search(text)
    if not match:
        return None
    try:
        return int(parse_number(match.group(1)))
    except Exception:  # noqa: BLE001 — a span we cannot read is simply not a period
        return None
