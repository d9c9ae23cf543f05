"""Full-width digits and Latin letters → ASCII. Runs after the repairs, so mojibake never becomes digits.

Only digits, letters and the percent sign and decimal point between digits are folded: full-width
Chinese punctuation (，。：（）) is the correct form in Chinese text and is left alone.
"""

from __future__ import annotations

import re

_FOLD = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FOLD[0xFF05] = ord("%")  # ％
_FOLD[0x3000] = ord(" ")  # ideographic space
_DOT_BETWEEN_DIGITS = re.compile(r"(?<=\d)[．。](?=\d)")
_COMMA_IN_NUMBER = re.compile(r"(?<=\d)[，,](?=\d{3}(?!\d))")


def fold_width(text: str) -> tuple[str, int]:
    folded = text.translate(_FOLD)
    folded = _DOT_BETWEEN_DIGITS.sub(".", folded)
    folded = _COMMA_IN_NUMBER.sub(",", folded)  # １，２３４ → 1,234, a thousands separator
    changed = sum(a != b for a, b in zip(text, folded))
    return folded, changed
