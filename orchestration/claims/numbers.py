"""Number expressions → values. Chinese numerals are converted with cn2an, but only inside spans the
claim patterns found: whole-text converters rewrite idioms (长三角 → 长3角)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

import cn2an

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 一万二千 and 三万五千 carry 万/亿 inside the numeral; a trailing 万/亿 is a magnitude (两万家 = 两 × 万).
_DIGIT_CHARS = "零〇一二两三四五六七八九十百千"
CHINESE = rf"[{_DIGIT_CHARS}]+(?:[万亿][{_DIGIT_CHARS}]+)*"
# ARABIC|CHINESE, written to open with one character class: `re` then scans for that class and tries
# the pattern only where a numeral starts (an alternation of repeats gives it nothing to scan for).
# The lookbehinds route the first character to the rest of its own kind of numeral.
NUMBER = (rf"(?:[\d{_DIGIT_CHARS}](?:(?<=\d)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:\.\d+)?)|"
          rf"(?<=[{_DIGIT_CHARS}])[{_DIGIT_CHARS}]*(?:[万亿][{_DIGIT_CHARS}]+)*))")
MAGNITUDE = r"(?:万亿|亿|万|千)"

MAGNITUDES = {"": Decimal(1), "千": Decimal(1000), "万": Decimal(10_000), "亿": Decimal(100_000_000),
              "万亿": Decimal(1_000_000_000_000)}

_IS_ARABIC = re.compile(rf"^(?:{ARABIC})$")


def parse_number(text: str) -> Decimal:
    """'6,903' → 6903; '20.64' → 20.64; '二十八' → 28; '两' → 2; '一百二十' → 120."""
    if text.isdecimal():  # the common case, \d+, without a pattern
        return Decimal(text)
    if _IS_ARABIC.match(text):
        return Decimal(text.replace(",", ""))
    return _chinese_numeral(text)


@lru_cache(maxsize=4096)
def _chinese_numeral(text: str) -> Decimal:
    # Releases use a few hundred distinct Chinese numerals (两, 二十八, 十五…); cn2an validates its input
    # at length on every call, so each is converted once per process (Decimal is immutable).
    if text[0] in "百千":
        text = "一" + text  # 千亿元, 百余家: a bare 百/千 is one of them (cn2an wants the 一)
    return Decimal(str(cn2an.cn2an(text.replace("〇", "零"), "smart")))


def stated_decimals(text: str) -> int:
    """How many decimals the writer stated: the precision a tolerance must respect."""
    if "." in text and _IS_ARABIC.match(text):
        return len(text.split(".")[1])
    return 0


_HALF_UNITS = tuple(Decimal(5) * Decimal(10) ** (-decimals - 1) for decimals in range(16))


def half_unit(text: str) -> Decimal:
    """Half a unit of the last digit the writer stated (20.64 → 0.005, 314 → 0.5): the rounding a
    figure may carry, and so the least tolerance a check must allow it."""
    decimals = stated_decimals(text)
    return _HALF_UNITS[decimals] if decimals < len(_HALF_UNITS) else Decimal(5) * Decimal(10) ** (-decimals - 1)
