"""Quality: Great Expectations suites on the marts as Dagster asset checks, every result kept."""


from datetime import datetime, timezone

import dagster as dg

from expectations.bridge import check_results, outcome_rows, validate
from expectations.suites import mart_suites
from orchestration.assets.dbt import warehouse_dbt_assets
from orchestration.resources import WarehouseResource

SUITES = mart_suites()
RESULTS_TABLE = "quality.expectation_results"


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(check.name, asset=dg.AssetKey(suite.asset_path), description=check.description,
                          blocking=check.severity == "error")
        for suite in SUITES for check in suite.checks
    ],
)
def mart_expectations(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
    """Great Expectations checks of the marts; results appended to quality.expectation_results."""
    frames = {suite.name: warehouse.query(f"select * from {suite.schema}.{suite.table}").to_pandas()
              for suite in SUITES}
    docs_dir = warehouse.file.parent / "quality_docs"
    outcomes, docs_url = validate(SUITES, frames, docs_dir=docs_dir)
    rows = outcome_rows(outcomes, context.run.run_id, datetime.now(timezone.utc).replace(tzinfo=None), docs_url)
    with warehouse.connect() as con:
        con.execute("create schema if not exists quality")
        con.register("incoming", rows.to_arrow())
        con.execute(f"create table if not exists {RESULTS_TABLE} as select * from incoming limit 0")
        con.execute(f"insert into {RESULTS_TABLE} select * from incoming")
    yield from check_results(outcomes, docs_url)


@dg.asset(
    key=dg.AssetKey(["bi", "warehouse_snapshot"]),
    group_name="marts",
    deps=[key for key in warehouse_dbt_assets().keys if key.path[0] == "marts"],
    kinds={"duckdb"},
)
def warehouse_snapshot(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """A read-only copy of the warehouse for BI tools, published after the marts pass their blocking checks."""
    path = warehouse.publish_snapshot()
    return dg.MaterializeResult(metadata={"path": str(path), "bytes": path.stat().st_size})
