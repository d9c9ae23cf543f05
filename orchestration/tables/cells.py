"""A value cell as offices print it → a number, or "missing", or a reason it is neither.

Handled: thousands separators (6,903), full-width digits, footnote markers after the number
(12.3①, 12.3*, 12.3†), a percent sign (26.6%), a unit word after the number (355家, 116.8亿元). Missing is `—`, `-`, `…`, `...`, `/`, `x`, blank and
the like: missing is never zero and is not an observation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from orchestration.tables.units import parse_unit

MISSING_MARKERS = frozenset({"", "-", "--", "—", "——", "–", "－", "…", "……", "...", "..", "/", "x", "X", "×",
                             "na", "n/a", "NA", "N/A", "null", "NULL", "none", "无数据", "空"})
# Circled numbers ①–⑳, asterisks, daggers, hash and superscript digits mark footnotes, not digits.
_MARKERS = "\u2460-\u2473\u2776-\u277f*＊†‡#＃¹²³\u2070-\u2079"
_TRAILING_MARKERS = re.compile(rf"\s*([{_MARKERS}]+)$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
# A cell's own number (before the unit's magnitude): 10^20 is far beyond any figure, in any unit.
MAX_EXPONENT = 20


_UNIT_TAIL = re.compile(r"^(.*?\d)\s*([^\d\s.,%]+)$")


@dataclass(frozen=True)
class CellValue:
    number: Decimal | None  # None when missing
    percent: bool = False  # the cell itself carries a % sign
    marker: str | None = None  # footnote marker removed from the cell
    unit: str | None = None  # a unit written in the cell itself: 355家, 116.8亿元


class CellError(ValueError):
    pass


def is_missing(text: str) -> bool:
    return (text or "").strip() in MISSING_MARKERS


def parse_cell(text: str) -> CellValue:
    raw = (text or "").strip()
    if raw in MISSING_MARKERS:
        return CellValue(None)
    # NFKC turns full-width digits, ％ and the ideographic minus into ASCII, but would also turn
    # ① into 1 — so markers are taken off first.
    marker = None
    match = _TRAILING_MARKERS.search(raw)
    if match and match.start() > 0:
        marker, raw = match.group(1), raw[: match.start()]
    cleaned = unicodedata.normalize("NFKC", raw).replace("−", "-").replace(" ", "")
    unit = None
    tail = _UNIT_TAIL.match(cleaned)
    if tail and parse_unit(tail.group(2)):
        cleaned, unit = tail.group(1), tail.group(2)
    percent = cleaned.endswith("%")
    cleaned = cleaned.removesuffix("%")
    if "," in cleaned:
        if not _GROUPED.match(cleaned):
            raise CellError(f"{text!r} is not a number (commas that are not thousands separators)")
        cleaned = cleaned.replace(",", "")
    if not _NUMBER.match(cleaned):
        raise CellError(f"{text!r} is not a number")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise CellError(f"{text!r} is not a number") from None
    if number and not -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
        # 1e400 matches the number pattern but is no figure: as a float it is infinite (or 0 for 1e-400).
        raise CellError(f"{text!r} is out of range: no table figure is beyond 10^{MAX_EXPONENT} "
                        f"or below 10^-{MAX_EXPONENT} in magnitude")
    return CellValue(number, percent, marker, unit)
