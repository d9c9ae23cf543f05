"""The whole text repair, in the order that keeps each step honest:

GBK shift repair → pinyin annotations → traditional → simplified (+ 著/着) → width folding →
Chinese punctuation → boilerplate → whitespace. Mojibake must be repaired before anything re-encodes or folds it, pinyin
must go before conversion (the reading is checked against the original character), and width folding
comes last so mojibake never turns into fake digits.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from orchestration.text.boilerplate import strip_boilerplate
from orchestration.text.mojibake import repair_gbk_shift
from orchestration.text.pinyin_annotations import remove_pinyin_annotations
from orchestration.text.punctuation import to_chinese_punctuation
from orchestration.text.simplify import simplify
from orchestration.text.width import fold_width

_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


@dataclass
class NormalizedText:
    text: str
    repairs: dict[str, int] = field(default_factory=dict)
    flagged_spans: list[dict] = field(default_factory=list)

    @property
    def quality_flag(self) -> str:
        """ok, or restored when lost bytes were rebuilt from context (the span is in flagged_spans)."""
        return "restored" if self.flagged_spans else "ok"


def normalize_text(raw: str, vocabulary: Iterable[str] = ()) -> NormalizedText:
    repairs: dict[str, int] = {}
    mojibake = repair_gbk_shift(raw, vocabulary)
    text = mojibake.text
    repairs["gbk_shift"] = len(mojibake.repairs)
    flagged = [
        {"repair": "gbk_shift", "before": r.before, "after": r.after, "restored_from": r.restored_bytes}
        for r in mojibake.flagged
    ]
    text, repairs["pinyin_annotations"], _ = remove_pinyin_annotations(text)
    text, repairs["traditional_chars"], repairs["zhe_fixes"] = simplify(text)
    text, repairs["width_folded"] = fold_width(text)
    text, repairs["punctuation"] = to_chinese_punctuation(text)
    text, repairs["boilerplate_lines"] = strip_boilerplate(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = "\n".join(line for line in lines if line)
    for span in flagged:
        span["after"] = simplify(span["after"])[0]
    return NormalizedText(text=text, repairs=repairs, flagged_spans=flagged)


_SENTENCE_END = ("。", "！", "？", "!", "?", "”", "…", ";", "；")


def identity_lines(normalized_body: str) -> list[str]:
    """The article's paragraphs: lines that are sentences. Headlines, bylines and section headings that
    one site prints and another drops are left out, so they cannot split one article into two."""
    return [line for line in normalized_body.split("\n") if len(line) >= 20 or line.endswith(_SENTENCE_END)]


def document_id(normalized_body: str) -> str:
    """Identity of an article: the hash of its normalized paragraphs, so re-posts collapse to one."""
    basis = "\n".join(identity_lines(normalized_body)) or normalized_body
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]
