"""The code location loads, lineage is one graph, and checks hang on the marts."""

import dagster as dg

from orchestration.definitions import defs


def test_definitions_load_and_validate():
    dg.Definitions.validate_loadable(defs)


def test_asset_groups_and_one_lineage():
    graph = defs.resolve_asset_graph()
    groups = {key.to_user_string(): graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert groups["raw/articles"] == "ingest"
    assert groups["parsed/deal_mentions"] == "staging"
    assert groups["staging/stg_parsed__deal_mentions"] == "staging"
    assert groups["marts/fct_deals"] == "marts"
    assert set(groups.values()) == {"ingest", "staging", "marts"}
    # dbt sources are the Polars assets: the marts descend from the landing folder
    upstream = graph.get(dg.AssetKey(["staging", "stg_parsed__deal_mentions"])).parent_keys
    assert dg.AssetKey(["parsed", "deal_mentions"]) in upstream
    assert dg.AssetKey(["raw", "articles"]) in graph.get(dg.AssetKey(["parsed", "deal_mentions"])).parent_keys


def test_checks_attached_to_marts():
    graph = defs.resolve_asset_graph()
    checks = {(key.asset_key.to_user_string(), key.name) for key in graph.asset_check_keys}
    assert ("marts/fct_deals", "amount_low_plausible") in checks  # Great Expectations
    assert ("marts/fct_equity_events", "pct_of_total_in_range") in checks
    assert any(asset == "marts/fct_deals" and name.startswith("unique_") for asset, name in checks)  # dbt tests


def test_job_runs_in_process():
    job = defs.resolve_job_def("materialize_everything")
    assert job.executor_def.name == "in_process"
