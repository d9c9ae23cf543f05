"""Number expressions → values. Chinese numerals are converted with cn2an, but only inside spans the
claim patterns found: whole-text converters rewrite idioms (长三角 → 长3角)."""

from __future__ import annotations

import re
from decimal import Decimal

import cn2an

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 一万二千 and 三万五千 carry 万/亿 inside the numeral; a trailing 万/亿 is a magnitude (两万家 = 两 × 万).
CHINESE = r"[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]+)*"
NUMBER = f"(?:{ARABIC}|{CHINESE})"
MAGNITUDE = r"(?:万亿|亿|万|千)"

MAGNITUDES = {"": Decimal(1), "千": Decimal(1000), "万": Decimal(10_000), "亿": Decimal(100_000_000),
              "万亿": Decimal(1_000_000_000_000)}

_IS_ARABIC = re.compile(rf"^(?:{ARABIC})$")


def parse_number(text: str) -> Decimal:
    """'6,903' → 6903; '20.64' → 20.64; '二十八' → 28; '两' → 2; '一百二十' → 120."""
    if _IS_ARABIC.match(text):
        return Decimal(text.replace(",", ""))
    return Decimal(str(cn2an.cn2an(text.replace("〇", "零"), "smart")))


def stated_decimals(text: str) -> int:
    """How many decimals the writer stated: the precision a tolerance must respect."""
    if _IS_ARABIC.match(text) and "." in text:
        return len(text.split(".")[1])
    return 0
