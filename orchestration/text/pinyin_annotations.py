"""Remove pinyin glued after characters by scrapers: `貴陽(yáng)` → `貴陽`.

A parenthesis is removed only when its content is a dictionary reading (pypinyin, heteronyms
included) of the character right before it. `(上海)`, `(GDP)`, `贵阳(Guiyang)` and
`(市、县、开发区)` are not readings of the preceding character and survive.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, pinyin

from orchestration.text.chinese_chars import CJK

# A CJK character, then one pinyin syllable (letters with tone marks or ü) in ASCII or full-width parens.
_ANNOTATION = re.compile(
    f"([{CJK}])" r"[(（]\s*([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ]{1,7})\s*[)）]"
)


def _strip_tone(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v")
                                       .replace("ǚ", "v").replace("ǜ", "v"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def readings(char: str) -> tuple[frozenset[str], frozenset[str]]:
    """(tone-marked readings, toneless readings) of one character."""
    found = pinyin(char, style=Style.TONE, heteronym=True, errors="ignore")
    toned = frozenset(p.lower() for p in found[0]) if found else frozenset()
    toneless = frozenset(_strip_tone(p) for p in toned)
    return toned, toneless


def is_reading(char: str, syllable: str) -> bool:
    toned, toneless = readings(char)
    if not toned:
        return False
    lowered = syllable.lower()
    if lowered in toned:
        return True
    # A syllable written without tone marks may match any reading; a marked one must match exactly.
    return _strip_tone(lowered) == lowered.replace("ü", "v") and _strip_tone(lowered) in toneless


def remove_pinyin_annotations(text: str) -> tuple[str, int, set[str]]:
    """Returns (text, annotations removed, the characters that carried them)."""
    count = 0
    chars: set[str] = set()

    def drop(match: re.Match[str]) -> str:
        nonlocal count
        char, syllable = match.group(1), match.group(2)
        if is_reading(char, syllable):
            count += 1
            chars.add(char)
            return char
        return match.group(0)

    return _ANNOTATION.sub(drop, text), count, chars
