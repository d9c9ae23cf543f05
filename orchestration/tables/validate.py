"""Values that cannot be true for their indicator: an infinite or absurdly large number, a negative
count, a rank below 1 or with a fraction, a share above 100 %, a negative area. Returns the reason,
or None when the value is possible.

Whether a percent indicator is a share (bounded by 0–100) or a growth rate (unbounded) is read from
the catalog's names: 占/比重/比例/share are shares, 增长/增速/growth are not.
"""

from __future__ import annotations

import math
from functools import lru_cache

from orchestration.reference import indicators

_SHARE_WORDS = ("占", "比重", "比例", "share", "proportion")
_GROWTH_WORDS = ("增长", "增速", "增幅", "growth", "change")
# In canonical units (yuan, count, km², percent…): 10^18 yuan is over a thousand times the world's yearly output.
MAX_MAGNITUDE = 1e18


@lru_cache(maxsize=1)
def _catalog() -> dict[str, tuple[str, bool]]:
    """code → (canonical unit, is a share)."""
    catalog = {}
    for indicator in indicators():
        names = " ".join((indicator.name_zh, indicator.name_en.lower(), *indicator.synonyms))
        share = any(w in names for w in _SHARE_WORDS) and not any(w in names for w in _GROWTH_WORDS)
        catalog[indicator.code] = (indicator.unit, share)
    return catalog


def implausible(indicator_code: str, value: float) -> str | None:
    unit, share = _catalog()[indicator_code]
    if not math.isfinite(value):
        return f"{value} is not a finite number"
    if abs(value) > MAX_MAGNITUDE:
        return f"{value:g} {unit} for {indicator_code} is absurdly large (beyond {MAX_MAGNITUDE:g} in magnitude)"
    if unit == "count":
        if value < 0:
            return f"negative count {value:g} for {indicator_code}"
        if not float(value).is_integer():
            return f"count {value:g} for {indicator_code} is not a whole number"
    elif unit == "rank":
        if value < 1:
            return f"rank {value:g} for {indicator_code} is below 1"
        if not float(value).is_integer():
            return f"rank {value:g} for {indicator_code} is not a whole number"
    elif unit == "km2" and value < 0:
        return f"negative area {value:g} km² for {indicator_code}"
    elif unit == "percent" and share and not 0 <= value <= 100:
        return f"share {value:g}% for {indicator_code} is impossible (a share lies between 0 and 100)"
    return None
