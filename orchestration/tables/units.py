"""Unit words as statistics offices write them → (canonical unit, multiplier).

Beyond the claim units (亿元, 家, %…): English unit names, rank words, and any count or money unit
with a magnitude prefix (万人, 千元, 百万元, 万家). Units found in a header or an indicator name
(`技术市场成交额(亿元)`, `（单位：万元）`) are split off here too.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from orchestration.claims.units import UNITS
from orchestration.text.simplify import to_simplified

_ONE = Decimal(1)
_TABLE_UNITS: dict[str, tuple[str, Decimal]] = {
    "rank": ("rank", _ONE), "位次": ("rank", _ONE), "名次": ("rank", _ONE),
    "count": ("count", _ONE), "zones": ("count", _ONE), "units": ("count", _ONE), "persons": ("count", _ONE),
    "yuan": ("yuan", _ONE), "km2": ("km2", _ONE), "km²": ("km2", _ONE), "平方千米": ("km2", _ONE),
    "percent": ("percent", _ONE), "index": ("index", _ONE), "percentage_point": ("percentage_point", _ONE),
    "人次": ("count", _ONE), "种": ("count", _ONE), "台": ("count", _ONE), "条": ("count", _ONE),
}
_PREFIXES = (("万亿", Decimal(10) ** 12), ("千万", Decimal(10) ** 7), ("百万", Decimal(10) ** 6),
             ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4), ("千", Decimal(10) ** 3))
# "(亿元)", "（单位：亿元）", "(单位:万人)" at the end of a header or an indicator name.
_UNIT_SUFFIX = re.compile(r"\s*[（(]\s*(?:单位\s*[:：])?\s*([^()（）]+?)\s*[)）]\s*$")
_UNIT_LABEL = re.compile(r"^\s*单位\s*[:：]\s*")


def parse_unit(text: str | None) -> tuple[str, Decimal] | None:
    """(canonical unit, multiplier) of a unit word; None when it is not a unit we can convert."""
    if not text:
        return None
    word = _UNIT_LABEL.sub("", to_simplified(unicodedata.normalize("NFKC", text))).strip().strip("()（）").strip()
    found = _TABLE_UNITS.get(word.lower()) or UNITS.get(word)
    if found:
        return found
    for prefix, factor in _PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix):
            base = _TABLE_UNITS.get(word[len(prefix):]) or UNITS.get(word[len(prefix):])
            if base and base[0] in ("count", "yuan"):
                return base[0], base[1] * factor
    return None


def split_unit(label: str) -> tuple[str, str | None]:
    """`技术市场成交额(亿元)` → (`技术市场成交额`, `亿元`); a parenthesis that is no unit stays in the name."""
    match = _UNIT_SUFFIX.search(label or "")
    if match and parse_unit(match.group(1)):
        return label[: match.start()].strip(), match.group(1)
    return (label or "").strip(), None
