"""Names in cells → warehouse keys: zone or region id, indicator code, year, canonical value and unit.

Names go through the registry (zones.csv, regions.csv) and the catalog (indicators.csv): exact
names, aliases and synonyms, after folding what offices vary without changing the meaning —
traditional script, full-width characters, spaces, `国家` in a zone name, `高新技术产业开发区`
for `高新区`, a `数`/`数量` suffix on an indicator. A name that still matches nothing, or matches two
entries, is an error: names are never guessed. Every failure is a reason string for the quarantine.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from orchestration.reference import indicators, regions, zones
from orchestration.tables.cells import CellValue
from orchestration.tables.units import parse_unit, split_unit
from orchestration.text.simplify import to_simplified

YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*(?:年\s*(?:度|末|底)?|年度)?\s*$")


class ResolutionError(ValueError):
    pass


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text or "").lower()
    folded = re.sub(r"[\s\"'“”‘’「」『』]", "", folded)
    return to_simplified(folded)


def _zone_forms(name: str) -> set[str]:
    folded = _fold(name)
    forms = {folded, folded.replace("高新技术产业开发区", "高新区")}
    forms |= {form.replace("国家", "") for form in forms if len(form.replace("国家", "")) >= 2}
    return forms


def _indicator_forms(name: str) -> set[str]:
    folded = _fold(name)
    stripped = re.sub(r"(数量|个数|数)$", "", folded)
    return {folded, stripped} if len(stripped) >= 2 else {folded}


def _build(entries: list[tuple[str, str]], forms) -> dict[str, str]:
    """Exact folded names first; a looser form that two entries share is dropped as ambiguous."""
    exact: dict[str, str] = {}
    loose: dict[str, set[str]] = {}
    for name, code in entries:
        exact.setdefault(_fold(name), code)
        for form in forms(name):
            loose.setdefault(form, set()).add(code)
    lookup = {form: codes.pop() for form, codes in loose.items() if len(codes) == 1}
    lookup.update(exact)
    return lookup


@lru_cache(maxsize=1)
def _zone_lookup() -> dict[str, str]:
    entries = [(n, r.region_id) for r in regions() for n in (r.region_id, r.name_zh, *r.aliases)]
    entries += [(n, z.zone_id) for z in zones() for n in (z.zone_id, z.name_zh, *z.aliases)]
    return _build(entries, _zone_forms)


@lru_cache(maxsize=1)
def _indicator_lookup() -> dict[str, str]:
    entries = [(n, i.code) for i in indicators() for n in (i.code, i.name_zh, i.name_en, *i.synonyms)]
    return _build(entries, _indicator_forms)


@lru_cache(maxsize=1)
def canonical_units() -> dict[str, str]:
    return {indicator.code: indicator.unit for indicator in indicators()}


# Row labels in statistical tables carry outline prefixes (其中:, 一、, 1., (1), #) and footnote
# markers (贵阳高新区*, 研发机构①).
_LABEL_PREFIX = re.compile(r"^(?:\s|其中\s*[:：]?|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．]\s*(?=\D)"
                           r"|[（(]\s*\d+\s*[)）]|#)+")
_LABEL_MARKER = re.compile(r"[\s\u2460-\u2473*＊†‡#]+$")


def _label(text: str) -> str:
    return _LABEL_MARKER.sub("", _LABEL_PREFIX.sub("", text))


def find_zone(text: str | None) -> str | None:
    if not text:
        return None
    for form in sorted(_zone_forms(_label(text)), key=len, reverse=True):
        if form in _zone_lookup():
            return _zone_lookup()[form]
    return None


def find_indicator(text: str | None) -> str | None:
    if not text:
        return None
    name, _ = split_unit(_label(text))
    for form in sorted(_indicator_forms(name), key=len, reverse=True):
        if form in _indicator_lookup():
            return _indicator_lookup()[form]
    return None


def resolve_zone(text: str | None) -> str:
    if not text:
        raise ResolutionError("no zone or region given (no zone column, row label, preamble or descriptor)")
    found = find_zone(text)
    if not found:
        raise ResolutionError(f"zone or region {text!r} is not in the registry (zones.csv, regions.csv)")
    return found


def resolve_indicator(text: str | None) -> str:
    if not text:
        raise ResolutionError("no indicator given (no indicator column, row label, preamble or descriptor)")
    found = find_indicator(text)
    if not found:
        raise ResolutionError(f"indicator {text!r} is not in the catalog (indicators.csv)")
    return found


def resolve_year(text: str | None) -> int:
    match = YEAR.match(str(text or ""))
    if not match:
        raise ResolutionError(f"year {text!r} is not a calendar year" if text else
                              "no year given (no year column, year header, sheet name, preamble or descriptor)")
    return int(match.group(1))


def resolve_value(cell: CellValue, unit_text: str | None, indicator_code: str) -> tuple[float, str]:
    """The cell's number in the indicator's canonical unit; the unit word says the magnitude."""
    expected = canonical_units()[indicator_code]
    if cell.unit or cell.percent:
        unit_text = cell.unit or "%"  # what the cell itself says beats the column's unit
    if not unit_text:
        if expected == "yuan":
            # 元, 万元 and 亿元 differ by 10^8: a money figure without its unit cannot be placed.
            raise ResolutionError(f"no unit given for {indicator_code}, a money indicator (元, 万元 or 亿元?)")
        unit, multiplier = expected, Decimal(1)
    else:
        parsed = parse_unit(unit_text)
        if parsed is None:
            raise ResolutionError(f"unit {unit_text!r} is not a unit we can convert to {expected}")
        unit, multiplier = parsed
    if expected == "rank" and unit == "count":
        unit = "rank"  # 位/名 and counts share measure words; the indicator says which is meant
    if unit != expected:
        raise ResolutionError(f"unit {unit_text!r} ({unit}) does not match {indicator_code}'s unit {expected}")
    return float(cell.number * multiplier), unit
