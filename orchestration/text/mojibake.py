"""Repair GBK byte-shift mojibake: GBK text that a scraper decoded one byte out of step.

What it looks like: `?!笆奈濉逼陂g` for `。“十四五”期間`. A decoder that lost one byte reads each
character's trail byte together with the next character's lead byte, yielding unrelated (often rare)
characters, until an ASCII byte brings it back into step; that ASCII character (`g`) is really the
trail byte of the last character (間 = E9 67). The byte it lost first shows up as `?`, full-width
punctuation it produced (！ = A3 A1) was later flattened to ASCII, and pairs that were not valid
GBK were dropped whole, taking one byte from each of two real characters with them.

Repair: re-encode the suspicious run as GBK, put the run back in step by prepending the lost byte,
decode again, and keep the result only if it reads as much more common text than the mojibake.
The first byte of every run is lost (it shows as `?`) and is restored from context (punctuation first),
so every repaired span is flagged for a human look. Where a whole pair was dropped, the two
half-characters are restored only when a known term (plan periods, zone names, indicator words) fits
the surviving bytes; the flag says which term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from orchestration.text.chinese_chars import common_share

# A `?` followed by a character a shifted GBK decoder produces (full-width punctuation flattened to
# ASCII, or a double-byte character) starts a suspicious run.
_RUN_START = re.compile(r"\?(?=[\x21-\x7e\u0080-\uffff])")
_MAX_RUN = 60
_MIN_GAIN = 0.2
_MIN_SHARE = 0.85


@dataclass
class ShiftRepair:
    start: int
    end: int
    before: str
    after: str
    restored_bytes: str  # lead_byte | vocabulary:<term>: what was restored from context


@dataclass
class MojibakeResult:
    text: str
    repairs: list[ShiftRepair] = field(default_factory=list)

    @property
    def flagged(self) -> list[ShiftRepair]:
        """Every repair restored at least the lost first byte from context: all are flagged."""
        return self.repairs


def _gbk_bytes(run: str) -> bytes | None:
    out = bytearray()
    for char in run:
        code = ord(char)
        if code < 0x80:
            # Full-width ASCII (A3 A1..A3 FE) that a later step flattened back to ASCII.
            out += bytes((0xA3, code + 0x80))
            continue
        try:
            encoded = char.encode("gbk")
        except UnicodeEncodeError:
            return None
        if len(encoded) != 2:
            return None
        out += encoded
    return bytes(out)


def _decode(data: bytes) -> str | None:
    try:
        return data.decode("gbk")
    except UnicodeDecodeError:
        return None


def _lead_candidates(first_trail: int) -> list[int]:
    # The lost byte was the lead of the first real character. Punctuation (row A1) is by far the
    # most likely: the mojibake almost always starts right after a sentence end.
    rows = [0xA1, 0xA3] + [b for b in range(0x81, 0xFF) if b not in (0xA1, 0xA3)]
    return [lead for lead in rows if _decode(bytes((lead, first_trail))) is not None]


@lru_cache(maxsize=8)
def _fill_index(vocabulary: tuple[str, ...]) -> dict[tuple[int, int], list[tuple[str, bytes]]]:
    """(lead byte of a term's j-th char, trail byte of its (j+1)-th) → (term, the two bytes lost between)."""
    index: dict[tuple[int, int], list[tuple[str, bytes]]] = {}
    for term in vocabulary:
        if len(term) < 3:
            continue
        encoded = [_gbk_bytes(c) for c in term]
        if any(e is None or len(e) != 2 for e in encoded):
            continue
        for j in range(len(term) - 1):
            first, second = encoded[j], encoded[j + 1]
            index.setdefault((first[0], second[1]), []).append((term, bytes((first[1], second[0]))))
    return index


def _vocabulary_fill(body: bytes, tail: int, lead: int, vocabulary: tuple[str, ...]) -> tuple[str, str] | None:
    """Try a dropped pair at every even offset of the body; keep a fill that spells a known term."""
    index = _fill_index(vocabulary)
    for gap in range(2, len(body), 2):
        before, after = body[:gap], body[gap:]
        for term, missing in index.get((before[-1], after[0]), ()):
            text = _decode(bytes((lead,)) + before + missing + after + bytes((tail,)))
            if text is not None and term in text:
                return text, term
    return None


def _repair_run(run: str, tail: str, vocabulary: tuple[str, ...]) -> tuple[str, str] | None:
    """Put one run back in step; (repaired text, how) or None when it does not read as text."""
    if sum(ord(c) >= 0x80 for c in run) < 2:
        return None
    body = _gbk_bytes(run)
    if body is None:
        return None
    leads = _lead_candidates(body[0])
    if not leads:
        return None
    lead = leads[0]
    filled = _vocabulary_fill(body, ord(tail), lead, vocabulary)
    if filled:
        repaired, how = filled[0], f"vocabulary:{filled[1]}"
    else:
        plain = _decode(bytes((lead,)) + body + bytes((ord(tail),)))
        if plain is None:
            return None
        repaired, how = plain, "lead_byte"
    if common_share(repaired) < max(_MIN_SHARE, common_share(run) + _MIN_GAIN):
        return None
    return repaired, how


def repair_gbk_shift(text: str, vocabulary: Iterable[str] = ()) -> MojibakeResult:
    vocabulary = tuple(vocabulary)
    pieces: list[str] = []
    repairs: list[ShiftRepair] = []
    cursor = 0
    for match in _RUN_START.finditer(text):
        start = match.start()
        if start < cursor:
            continue
        # The run ends at an ASCII byte that re-synced the decoder; full-width letters flattened to
        # ASCII look the same, so every ASCII letter in reach is tried as the end, nearest first.
        limit = min(len(text), start + 1 + _MAX_RUN)
        for end in range(start + 2, limit):
            char = text[end]
            if char.isspace():
                break
            if not ("\x40" <= char <= "\x7e"):
                continue
            found = _repair_run(text[start + 1 : end], char, vocabulary)
            if found is None:
                continue
            repaired, how = found
            pieces.append(text[cursor:start])
            offset = sum(map(len, pieces))
            pieces.append(repaired)
            repairs.append(ShiftRepair(offset, offset + len(repaired), text[start : end + 1], repaired, how))
            cursor = end + 1
            break
    pieces.append(text[cursor:])
    return MojibakeResult("".join(pieces), repairs)
