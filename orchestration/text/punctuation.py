"""ASCII punctuation in Chinese text → the full-width forms the article was written with.

Scrapers and some CMSs flatten ，：；？！（） to ASCII. A mark is converted only where it touches
Chinese text (a CJK character or full-width punctuation on either side), so numbers (1,234, 09:30),
English phrases and code keep their ASCII. Parentheses are converted as a pair.
"""

from __future__ import annotations

import re

from orchestration.text.changes import changed_characters
from orchestration.text.chinese_chars import CJK

_CHINESE = f"[{CJK}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…—]"
_MARKS = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_AFTER_CHINESE = re.compile(f"(?<={_CHINESE})[,;:?!]")
_BEFORE_CHINESE = re.compile(f"[,;](?={_CHINESE})")
_PARENTHESES = re.compile(r"\(([^()\n]{0,80})\)")
_HAS_CHINESE = re.compile(_CHINESE)
_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})


def to_chinese_punctuation(text: str) -> tuple[str, int]:
    count = 0

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _MARKS[match.group(0)]

    def pair(match: re.Match[str]) -> str:
        nonlocal count
        before = match.string[match.start() - 1 : match.start()]
        after = match.string[match.end() : match.end() + 1]
        if _HAS_CHINESE.match(before or " ") or _HAS_CHINESE.search(match.group(1)) or _HAS_CHINESE.match(after or " "):
            count += 1
            return f"（{match.group(1)}）"
        return match.group(0)

    # Corner brackets (「小巨人」, common in traditional-script pages) are the quotation marks of simplified
    # text: “小巨人”, so catalog words spelled with quotes match either way.
    converted = text.translate(_CORNER_QUOTES)
    count += changed_characters(text, converted)
    text = _PARENTHESES.sub(pair, converted)
    text = _AFTER_CHINESE.sub(mark, text)
    text = _BEFORE_CHINESE.sub(mark, text)
    return text, count
