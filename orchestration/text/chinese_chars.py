"""Character classes shared by the repair steps: CJK ranges and a frequency proxy.

GB2312 level 1 (lead bytes 0xB0–0xD7) is the official list of the 3 755 most common simplified
characters; it is a dictionary we get for free from the codec, with no data file to ship.
"""

from __future__ import annotations

import re
from functools import lru_cache

from orchestration.text.simplify import to_simplified

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{CJK}]")


@lru_cache(maxsize=65536)
def is_common_char(char: str) -> bool:
    """True for ASCII, CJK punctuation and GB2312 level-1 characters (after simplification)."""
    if ord(char) < 0x80:
        return True
    simplified = to_simplified(char)
    try:
        encoded = simplified.encode("gb2312")
    except UnicodeEncodeError:
        return False
    if len(encoded) != 2:
        return False
    lead = encoded[0]
    return lead == 0xA1 or lead == 0xA3 or 0xB0 <= lead <= 0xD7


def common_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(is_common_char(c) for c in text) / len(text)
