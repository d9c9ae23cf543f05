"""Statistical tables: reading, layout detection, resolution and validation. No Dagster imports."""
