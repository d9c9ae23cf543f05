"""Small helpers that turn rows into readable Dagster metadata (markdown tables, previews)."""


from collections.abc import Iterable, Sequence

import dagster as dg


def markdown_table(rows: Iterable[dict], columns: Sequence[str], limit: int = 20) -> dg.MetadataValue:
    rows = list(rows)
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows[:limit]:
        cells = [str(row.get(c, "")).replace("|", "\\|").replace("\n", " ")[:120] for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    if len(rows) > limit:
        lines.append(f"\n… and {len(rows) - limit} more")
    if not rows:
        lines.append("| " + " | ".join("" for _ in columns) + " |")
    return dg.MetadataValue.md("\n".join(lines))
