"""Bytes → str for press releases in any Chinese encoding, recording which encoding was used.

Order: BOM, then strict UTF-8, then the charset the page declares, then statistical detection
(charset-normalizer). GB2312 and GBK are decoded as GB18030, their superset, so a page labelled
GB2312 that uses GBK-only characters (common for traditional characters) still decodes.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can justify; the reason says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    method: str  # bom | declared | utf-8 | detected


_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "euc_cn": "gb18030",
              "big5": "big5hkscs", "cp950": "big5hkscs", "ascii": "utf-8"}

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def canonical_encoding(name: str) -> str:
    normalized = codecs.lookup(name).name.replace("-", "_")
    return _SUPERSETS.get(normalized, codecs.lookup(name).name)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    if not data.strip():
        raise UndecodableError("empty file: no bytes of text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is not None:
                return Decoded(text, encoding, "bom")
    if b"\x00" in data:
        # Text in the encodings releases use never contains NUL; UTF-16 without a BOM is not seen.
        raise UndecodableError("contains NUL bytes: binary or corrupted file, not text")
    # Strict UTF-8 first: bytes in a Chinese legacy encoding are almost never valid UTF-8, while pages
    # that declare a wrong charset (iso-8859-1 on a UTF-8 page) are common.
    truncated = None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError as error:
        # Valid UTF-8 up to a sequence cut off at the very end: the file was truncated mid-character.
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            truncated = f"truncated multi-byte UTF-8 sequence at byte {error.start} of {len(data)}"
    if truncated:
        raise UndecodableError(truncated)
    if declared:
        try:
            encoding = canonical_encoding(declared)
        except LookupError:
            encoding = None
        if encoding:
            text = _strict(data, encoding)
            if text is not None:
                return Decoded(text, encoding, "declared")
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("no encoding decodes these bytes as text (truncated or binary?)")
    encoding = canonical_encoding(best.encoding)
    text = _strict(data, encoding)
    if text is None:
        raise UndecodableError(f"detected {best.encoding} but the bytes do not decode strictly as {encoding}")
    if _control_share(text) > 0.05:
        raise UndecodableError(f"decodes as {encoding} only into control or unassigned characters: binary, not text")
    return Decoded(text, encoding, "detected")


def _control_share(text: str) -> float:
    odd = sum(1 for c in text if c not in "\n\r\t" and unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs"))
    return odd / max(len(text), 1)
