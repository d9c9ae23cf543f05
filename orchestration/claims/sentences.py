"""Sentences and clauses with their character offsets in the normalized text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")
CLAUSE_BREAK = re.compile(r"[,，;；、:：]")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    return [Sentence(m.start(), m.end(), m.group(0)) for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between commas, semicolons, enumeration commas) containing [start, end)."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    right_match = CLAUSE_BREAK.search(sentence, end)
    return left, right_match.start() if right_match else len(sentence)
