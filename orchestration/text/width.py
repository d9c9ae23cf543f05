"""Full-width digits and Latin letters → ASCII. Runs after the repairs, so mojibake never becomes digits.

Only digits, letters and the percent sign and decimal point between digits are folded: full-width
Chinese punctuation (，。：（）) is the correct form in Chinese text and is left alone.
"""

from __future__ import annotations

import re

from orchestration.text.changes import changed_characters

_FOLD = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FOLD[0xFF05] = ord("%")  # ％
_FOLD[0x3000] = ord(" ")  # ideographic space
# ．between digits, and 。 between full-width ones (１２。５), are decimal points; after ASCII digits 。 ends a
# sentence (达到30。2025年…, 09:30。6.4%…).
_DOT_BETWEEN_DIGITS = re.compile(r"(?<=\d)．(?=\d)|(?<=[０-９])。(?=[０-９])")
# １，２３４ is a thousands separator between full-width digits; after ASCII digits ，is a clause break
# (09:30，149家), and only the ASCII comma separates thousands.
_COMMA_IN_FULL_WIDTH_NUMBER = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def fold_width(text: str) -> tuple[str, int]:
    folded = _DOT_BETWEEN_DIGITS.sub(".", _COMMA_IN_FULL_WIDTH_NUMBER.sub(",", text)).translate(_FOLD)
    changed = changed_characters(text, folded)
    return folded, changed
