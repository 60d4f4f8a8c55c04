"""Assets by layer: ingest (landing folder → raw), staging (Polars parse), marts (dbt), quality (GE)."""
