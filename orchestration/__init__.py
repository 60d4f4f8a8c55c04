"""hardtech-warehouse: the Dagster code location."""
