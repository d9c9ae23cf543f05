"""Claims: numbers, units, kinds, periods, subjects and indicators found in normalized text. No Dagster."""
