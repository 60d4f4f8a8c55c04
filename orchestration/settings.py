"""Environment the code location runs in: one place for the paths shared by Python and dbt."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
DEFAULT_ARTICLES_DIR = PROJECT_ROOT / "data" / "samples"
DEFAULT_WAREHOUSE_PATH = PROJECT_ROOT / "data" / "warehouse.duckdb"


def articles_dir() -> Path:
    """The landing folder of raw articles (`ARTICLES_DIR`)."""
    return Path(os.environ.get("ARTICLES_DIR") or DEFAULT_ARTICLES_DIR).resolve()


def warehouse_path() -> Path:
    """The DuckDB file of the warehouse (`WAREHOUSE_PATH`), also read by dbt's profiles.yml."""
    return Path(os.environ.get("WAREHOUSE_PATH") or DEFAULT_WAREHOUSE_PATH).resolve()


def dbt_vars() -> dict:
    """The dbt project's vars (tolerances, the dedup window): one place for dbt, the parse and the suites."""
    import yaml

    return yaml.safe_load((DBT_PROJECT_DIR / "dbt_project.yml").read_text())["vars"]
