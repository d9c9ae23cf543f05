"""Sentences and clauses with their character offsets in the normalized text."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")
CLAUSE_BREAK = re.compile(r"[,，;；、:：]")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    return [Sentence(m.start(), m.end(), sentence) for m in _SENTENCE.finditer(text) if (sentence := m.group()).strip()]


class Clauses:
    """A sentence's clause breaks, found once: every number in it asks for its clause."""

    def __init__(self, sentence: str):
        self.breaks = [m.start() for m in CLAUSE_BREAK.finditer(sentence)]
        self.length = len(sentence)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The clause (between commas, semicolons, enumeration commas) containing [start, end)."""
        before = bisect_left(self.breaks, start)  # breaks[:before] lie before start
        after = bisect_left(self.breaks, end)
        return (self.breaks[before - 1] + 1 if before else 0,
                self.breaks[after] if after < len(self.breaks) else self.length)

