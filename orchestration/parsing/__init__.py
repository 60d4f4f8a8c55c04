"""Pure parsing helpers: raw files to records, records to typed mentions. No Dagster, no I/O side effects."""
