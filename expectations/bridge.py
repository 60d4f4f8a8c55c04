"""Run suites with Great Expectations 1.x and turn each result into a Dagster asset check result and a row.

`dagster-ge` supports only GE < 1.0; this is the small bridge for 1.x: an ephemeral context, one pandas
data source, one suite and `ValidationDefinition` per table. GE is imported here, lazily, once per process.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from expectations.suites import Check, Expectation, Suite

if TYPE_CHECKING:
    import pandas as pd

RESULT_SCHEMA = {
    "run_id": pl.Utf8, "checked_at": pl.Datetime("us"), "suite": pl.Utf8, "expectation": pl.Utf8, "expectation_kwargs": pl.Utf8,
    "check_name": pl.Utf8, "table_name": pl.Utf8, "column_name": pl.Utf8, "success": pl.Boolean,
    "element_count": pl.Int64, "unexpected_count": pl.Int64, "unexpected_keys": pl.List(pl.Utf8),
    "severity": pl.Utf8, "data_docs_url": pl.Utf8,
}


@dataclass(frozen=True)
class Outcome:
    """The result of one expectation of one check."""

    suite: Suite
    check: Check
    expectation: Expectation
    success: bool
    element_count: int
    unexpected_count: int
    unexpected_keys: list[str]


@cache
def _gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    return gx


def _context(docs_dir: Path | None):
    gx = _gx()
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    if docs_dir is not None:
        context.add_data_docs_site(site_name="warehouse_quality", site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    return context


def _row_condition(where: dict[str, Any]) -> dict[str, Any]:
    if not where:
        return {}
    from great_expectations.expectations.row_conditions import Column

    conditions = [Column(column) == value for column, value in where.items()]
    condition = conditions[0]
    for extra in conditions[1:]:
        condition = condition & extra
    return {"row_condition": condition}


def validate(suites: list[Suite], frames: dict[str, pd.DataFrame], docs_dir: Path | None = None,
             ) -> tuple[list[Outcome], str | None]:
    """Validate each suite's frame; returns the outcomes and the Data Docs index (when `docs_dir` is set)."""
    gx = _gx()
    context = _context(docs_dir)
    source = context.data_sources.add_pandas("warehouse")
    outcomes: list[Outcome] = []
    for suite in suites:
        batch = source.add_dataframe_asset(suite.table).add_batch_definition_whole_dataframe("whole_table")
        gx_suite = context.suites.add(gx.ExpectationSuite(name=suite.name))
        registry: dict[str, tuple[Check, Expectation]] = {}
        for check in suite.checks:
            for number, expectation in enumerate(check.expectations):
                tag = f"{check.name}#{number}"
                registry[tag] = (check, expectation)
                expectation_class = getattr(gx.expectations, expectation.expectation_type)
                gx_suite.add_expectation(expectation_class(
                    **expectation.kwargs, **_row_condition(expectation.where), meta={"tag": tag}))
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=f"{suite.name}_validation", data=batch, suite=gx_suite))
        result = definition.run(
            batch_parameters={"dataframe": frames[suite.name]},
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [suite.key_column]},
        )
        for item in result.results:
            check, expectation = registry[item.expectation_config.meta["tag"]]
            details = item.result or {}
            keys = [str(row.get(suite.key_column)) for row in details.get("unexpected_index_list") or []
                    if isinstance(row, dict)]
            outcomes.append(Outcome(
                suite=suite, check=check, expectation=expectation, success=bool(item.success),
                element_count=int(details.get("element_count") or 0),
                unexpected_count=int(details.get("unexpected_count") or 0),
                unexpected_keys=sorted(set(keys)),
            ))
    docs_url = None
    if docs_dir is not None:
        context.build_data_docs(site_names=["warehouse_quality"])
        docs_url = (docs_dir / "index.html").resolve().as_uri()
    return outcomes, docs_url


def outcome_rows(outcomes: list[Outcome], run_id: str, checked_at: datetime, docs_url: str | None) -> pl.DataFrame:
    """The rows `quality.expectation_results` keeps for every result of every run."""
    return pl.DataFrame([
        {"run_id": run_id, "checked_at": checked_at, "suite": o.suite.name,
         "expectation": o.expectation.expectation_type,
         "expectation_kwargs": json.dumps({**o.expectation.kwargs, "where": o.expectation.where}, default=str),
         "check_name": o.check.name, "table_name": f"{o.suite.schema}.{o.suite.table}", "column_name": o.expectation.column,
         "success": o.success, "element_count": o.element_count, "unexpected_count": o.unexpected_count,
         "unexpected_keys": o.unexpected_keys, "severity": o.check.severity, "data_docs_url": docs_url}
        for o in outcomes
    ], schema=RESULT_SCHEMA)


def check_results(outcomes: list[Outcome], docs_url: str | None) -> list:
    """One Dagster `AssetCheckResult` per check: passed when all its expectations passed."""
    import dagster as dg

    grouped: dict[tuple[str, str], list[Outcome]] = {}
    for outcome in outcomes:
        grouped.setdefault((outcome.suite.name, outcome.check.name), []).append(outcome)
    results = []
    for group in grouped.values():
        first = group[0]
        keys = sorted({key for o in group for key in o.unexpected_keys})
        metadata = {
            "expectations": dg.MetadataValue.json([
                {"type": o.expectation.expectation_type, **o.expectation.kwargs, "where": o.expectation.where, "success": o.success,
                 "unexpected_count": o.unexpected_count} for o in group]),
            "unexpected_count": sum(o.unexpected_count for o in group),
            "unexpected_keys": dg.MetadataValue.json(keys[:200]),
        }
        if docs_url:
            metadata["data_docs"] = dg.MetadataValue.url(docs_url)
        results.append(dg.AssetCheckResult(
            asset_key=dg.AssetKey(first.suite.asset_path),
            check_name=first.check.name,
            passed=all(o.success for o in group),
            severity=dg.AssetCheckSeverity.ERROR if first.check.severity == "error" else dg.AssetCheckSeverity.WARN,
            metadata=metadata,
            description=first.check.description,
        ))
    return results
