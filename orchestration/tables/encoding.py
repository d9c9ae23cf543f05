"""Bytes of a CSV → text, for tables in UTF-8 (with or without BOM), GB18030/GBK or Big5.

A short table is too little text for statistical detection to tell GB18030 from Big5 (most byte
pairs are valid in both). A table is made of a known vocabulary, though — zone and region names,
indicator names, header words — so both candidate decodings are scored by how much of that
vocabulary they contain, in simplified or traditional script, and the better one wins. Only when
neither candidate reads any vocabulary does the general detector (orchestration.text.decode) decide.
"""

from __future__ import annotations

import codecs
from functools import lru_cache

from orchestration.reference import indicators, regions, zones
from orchestration.text.decode import UndecodableError, decode_bytes

_HEADER_WORDS = ("年", "年度", "指标", "地区", "数据", "单位", "注", "来源", "全国", "省", "市", "区", "高新",
                 "企业", "技术", "排名", "数量", "合计", "项目", "名称", "亿元", "万元", "个", "家")
_CANDIDATES = ("gb18030", "big5hkscs")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    from orchestration.text.simplify import to_traditional

    terms = set(_HEADER_WORDS)
    for zone in zones():
        terms.update((zone.name_zh, *zone.aliases))
    for region in regions():
        terms.update((region.name_zh, *region.aliases))
    for indicator in indicators():
        terms.update((indicator.name_zh, *indicator.synonyms))
    terms.update({to_traditional(t) for t in terms})
    return tuple(sorted(terms))


def vocabulary_score(text: str) -> int:
    return sum(len(term) for term in _vocabulary() if term in text)


def decode_table_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name); raises UndecodableError with the reason when the bytes are not a table's text."""
    if data.startswith(codecs.BOM_UTF8) or data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        decoded = decode_bytes(data)
        return decoded.text.lstrip("\ufeff"), decoded.encoding
    if not data.strip():
        raise UndecodableError("empty file: no bytes of text")
    if b"\x00" in data:
        raise UndecodableError("contains NUL bytes: binary or corrupted file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for encoding in _CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((vocabulary_score(text), encoding, text))
    scored.sort(key=lambda item: item[0], reverse=True)
    if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][2], scored[0][1]
    decoded = decode_bytes(data)
    return decoded.text.lstrip("\ufeff"), decoded.encoding
