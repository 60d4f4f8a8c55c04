"""Shared fixtures: the seed from ../shared, and whole-pipeline runs into temporary warehouses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from orchestration.settings import PROJECT_ROOT

SEED_DIR = PROJECT_ROOT.parent / "shared" / "seed"
SAMPLES_DIR = PROJECT_ROOT / "data" / "samples"
DEV_DIR = PROJECT_ROOT / "data" / "corpus" / "dev"


def materialize(landing: Path, warehouse: Path, with_checks: bool = True):
    """Run every asset (and the GE checks) of the real code location on `landing` into `warehouse`."""
    import dagster as dg

    from orchestration.definitions import defs
    from orchestration.resources import WarehouseResource

    assets = [a for a in defs.assets if isinstance(a, dg.AssetsDefinition)]
    checks = list(defs.asset_checks) if with_checks else []
    return dg.materialize(
        [*assets, *checks],
        resources={**defs.resources, "warehouse": WarehouseResource(path=str(warehouse))},
        run_config={"ops": {"landed_articles": {"config": {"articles_dir": str(landing)}}}},
        raise_on_error=False,
    )


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not (SEED_DIR / "000_d415f2bda7199dfa.txt").exists():
        pytest.fail(f"the seed article is expected in {SEED_DIR} (CI lays shared/ beside the repo)")
    return SEED_DIR


@pytest.fixture(scope="session")
def samples_run(tmp_path_factory):
    """The bundled samples plus a duplicate and broken files, materialized once for the session."""
    landing = tmp_path_factory.mktemp("landing")
    shutil.copytree(SAMPLES_DIR, landing / "samples")
    nested = landing / "elsewhere" / "deeper"
    nested.mkdir(parents=True)
    shutil.copy(SAMPLES_DIR / "weekly_digest_2025_03_15.txt", nested / "same_story_again.txt")
    (landing / "broken.json").write_text('{"title": "cut off', encoding="utf-8")
    (landing / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")
    (landing / "mixed.jsonl").write_text(
        '{"title": "Zhuoyue Robotics completed a 50 million yuan angel round", "body": "Zhuoyue Robotics '
        'announced the completion of an angel round of financing of 50 million yuan, led by Qihang Capital.", '
        '"date": "Jun 02 2025"}\nnot json at all\n{"title": "", "body": "no title here, so it cannot be an article"}\n',
        encoding="utf-8")
    warehouse = tmp_path_factory.mktemp("warehouse") / "warehouse.duckdb"
    result = materialize(landing, warehouse)
    return {"landing": landing, "warehouse": warehouse, "result": result}


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory, seed_dir):
    warehouse = tmp_path_factory.mktemp("seed") / "warehouse.duckdb"
    result = materialize(seed_dir, warehouse)
    return {"warehouse": warehouse, "result": result}
