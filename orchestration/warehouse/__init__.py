"""The build database, the raw tables Python writes into it, and publishing the serving copy."""
