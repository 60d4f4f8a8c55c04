"""`make run`: materialize every asset (and its checks) into WAREHOUSE_PATH, then report the marts."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import dagster as dg
import duckdb

from orchestration import settings

MART_TABLES = ["fct_deals", "fct_deal_investors", "fct_deal_sources", "dim_companies", "dim_investors",
               "fct_policies", "fct_equity_events"]


def summary(warehouse: str) -> str:
    con = duckdb.connect(warehouse, read_only=True)
    try:
        lines = [f"{'marts.' + t:<28}{con.execute(f'select count(*) from marts.{t}').fetchone()[0]:>8} rows"
                 for t in MART_TABLES]
        for table in ("raw.articles", "raw.quarantine"):
            lines.append(f"{table:<28}{con.execute(f'select count(*) from {table}').fetchone()[0]:>8} rows")
        failed = con.execute(
            "select check_name, table_name, severity, unexpected_count from quality.expectation_results "
            "where run_id = (select arg_max(run_id, checked_at) from quality.expectation_results) and not success"
        ).fetchall()
        lines.append(f"expectations failed this run: {len(failed)}")
        lines += [f"  {sev:<5} {table}.{name}: {count} row(s)" for name, table, sev, count in failed]
        return "\n".join(lines)
    finally:
        con.close()


def materialize_folder(folder: Path, warehouse: Path, with_checks: bool = True, log_level: str = "DEBUG"):
    """Every asset of the code location (and, with_checks, the GE checks) on `folder` into `warehouse`.

    For evaluations and tests: an ephemeral instance, the landing folder and warehouse given explicitly.
    """
    from orchestration.definitions import defs
    from orchestration.resources import WarehouseResource

    assets = [a for a in defs.assets if isinstance(a, dg.AssetsDefinition)]
    checks = list(defs.asset_checks) if with_checks else []
    return dg.materialize(
        [*assets, *checks],
        resources={**defs.resources, "warehouse": WarehouseResource(path=str(warehouse))},
        run_config={"ops": {"landed_articles": {"config": {"articles_dir": str(folder)}}},
                    "loggers": {"console": {"config": {"log_level": log_level}}}},
        raise_on_error=False,
    )


def main() -> int:
    from orchestration.definitions import defs

    started = time.perf_counter()
    job = defs.resolve_job_def("materialize_everything")
    with dg.DagsterInstance.get() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False)
    print(f"\nrun {result.run_id} {'succeeded' if result.success else 'FAILED'} in {time.perf_counter() - started:.1f}s")
    print(f"articles from {settings.articles_dir()}")
    print(f"warehouse    {settings.warehouse_path()}")
    print(summary(str(settings.warehouse_path())))
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main())
