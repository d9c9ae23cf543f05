"""How many characters a same-length rewrite changed: the counts each normalization step reports."""

from __future__ import annotations

from operator import ne

_CHUNK = 64


def changed_characters(before: str, after: str) -> int:
    """The number of positions where before and after differ (over their common length).

    Most steps change a few characters of a long text: equal stretches are compared whole (in C), and
    only the stretches that differ are compared character by character.
    """
    if before == after:
        return 0
    length = min(len(before), len(after))
    changed = 0
    for start in range(0, length, _CHUNK):
        end = min(start + _CHUNK, length)
        if before[start:end] != after[start:end]:
            changed += sum(map(ne, before[start:end], after[start:end]))
    return changed
