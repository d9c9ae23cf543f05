# Dagster inspects parameter annotations at definition time: no `from __future__ import annotations` in defs/.
"""Dagster wiring only: assets, checks, dbt assets, schedules, sensors, resources. No parsing logic here."""
