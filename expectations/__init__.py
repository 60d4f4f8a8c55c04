"""Great Expectations 1.x suites as code, and the bridge from their results to Dagster asset checks."""
