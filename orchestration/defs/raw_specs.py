"""The spec of an asset that is a table in the build database's raw schema: one place for the key's
shape, its kinds and its lineage."""

import dagster as dg


def raw_table_spec(table: str, group: str, description: str, upstream: str | None = None) -> dg.AssetSpec:
    """raw.<table>, written by Python into DuckDB, read from raw.<upstream> when there is one."""
    return dg.AssetSpec(["raw", table], group_name=group, kinds={"python", "duckdb"},
                        deps=[dg.AssetKey(["raw", upstream])] if upstream else None, description=description)
