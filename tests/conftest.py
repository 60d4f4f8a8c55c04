"""Shared fixtures: the seed from ../shared, and whole-pipeline runs into temporary warehouses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from orchestration.run import materialize_folder as materialize
from orchestration.settings import PROJECT_ROOT

SEED_DIR = PROJECT_ROOT.parent / "shared" / "seed"
SAMPLES_DIR = PROJECT_ROOT / "data" / "samples"
DEV_DIR = PROJECT_ROOT / "data" / "corpus" / "dev"


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
