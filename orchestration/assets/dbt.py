"""Marts: the dbt project (staging views, intermediate and mart tables, seeds, tests as asset checks)."""


from collections.abc import Mapping
from functools import cache
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

from orchestration import settings
from orchestration.resources import WarehouseResource

dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()


class WarehouseDbtTranslator(DagsterDbtTranslator):
    """dbt sources are the Polars assets (`parsed/<table>`); models are keyed `<schema>/<name>`."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        return dg.AssetKey([dbt_resource_props["config"]["schema"], dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str:
        return "marts" if dbt_resource_props["config"].get("schema") == "marts" else "staging"


@cache
def warehouse_dbt_assets() -> dg.AssetsDefinition:
    """Built on first use, so loading the code location parses the manifest once."""
    if not dbt_project.manifest_path.exists():
        dbt_project.preparer.prepare(dbt_project)

    @dbt_assets(
        manifest=dbt_project.manifest_path,
        project=dbt_project,
        dagster_dbt_translator=WarehouseDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True)),
    )
    def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
        """dbt seeds, models and tests of the warehouse."""
        warehouse.export_env()
        yield from dbt.cli(["build"], context=context).stream()

    return dbt_models


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, profiles_dir=str(settings.DBT_PROJECT_DIR))
