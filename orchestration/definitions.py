"""The hardtech-warehouse code location."""

import dagster as dg

from orchestration.assets.dbt import dbt_resource, warehouse_dbt_assets
from orchestration.assets.ingest import landed_articles
from orchestration.assets.quality import mart_expectations, warehouse_snapshot
from orchestration.assets.staging import parsed_tables
from orchestration.resources import WarehouseResource

# In-process: every step in one process, so Dagster, dbt and GE are imported once per run, not once per step
# (a multiprocess run of this small graph spends most of its time re-importing).
materialize_everything = dg.define_asset_job(
    "materialize_everything",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Landing folder → raw → Polars staging → dbt marts → Great Expectations → BI snapshot.",
)

defs = dg.Definitions(
    assets=[landed_articles, parsed_tables, warehouse_dbt_assets(), warehouse_snapshot],
    asset_checks=[mart_expectations],
    jobs=[materialize_everything],
    resources={"warehouse": WarehouseResource(), "dbt": dbt_resource()},
    executor=dg.in_process_executor,
)
