"""Several cells of one table for the same zone × indicator × year.

Same value everywhere: the first is kept, the others are quarantined as duplicates. Different
values: the table contradicts itself and none of them can be trusted over the others, so every one
is quarantined with the conflict stated.
"""

from __future__ import annotations


def split_duplicates(candidates: list[dict], source_path: str) -> tuple[list[dict], list[dict]]:
    """(observations kept, quarantine rows); candidates carry zone_id, indicator_code, year, value, location."""
    groups: dict[tuple, list[dict]] = {}
    for candidate in candidates:
        groups.setdefault((candidate["zone_id"], candidate["indicator_code"], candidate["year"]), []).append(candidate)
    kept, quarantine = [], []
    for (zone_id, indicator_code, year), group in groups.items():
        key = f"{zone_id}/{indicator_code}/{year}"
        if len(group) == 1:
            kept.append(group[0])
            continue
        values = {round(c["value"], 9) for c in group}
        if len(values) == 1:
            kept.append(group[0])
            quarantine.extend({"source_path": source_path, "location": c["location"],
                               "reason": f"duplicate of {group[0]['location']} for {key} (same value {c['value']:g}); "
                                         "the first is kept"} for c in group[1:])
            continue
        stated = "; ".join(f"{c['location']}: {c['value']:g}" for c in group)
        quarantine.extend({"source_path": source_path, "location": c["location"],
                           "reason": f"conflicting values for {key} ({stated}); none is loaded"} for c in group)
    order = {id(c): i for i, c in enumerate(candidates)}
    kept.sort(key=lambda c: order[id(c)])
    return kept, quarantine
