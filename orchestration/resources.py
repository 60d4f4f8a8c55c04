"""The warehouse: one DuckDB file, written by one run at a time, read by BI tools from a snapshot."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl

from orchestration import settings


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse at `path` (default: `WAREHOUSE_PATH`)."""

    path: str = ""

    @property
    def file(self) -> Path:
        return Path(self.path).resolve() if self.path else settings.warehouse_path()

    def export_env(self) -> None:
        """dbt's profiles.yml reads the same file from `WAREHOUSE_PATH`."""
        os.environ["WAREHOUSE_PATH"] = str(self.file)

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        connection = duckdb.connect(str(self.file))
        try:
            yield connection
        finally:
            connection.close()

    def replace_table(self, schema: str, table: str, frame: pl.DataFrame) -> int:
        """Replace `schema.table` with the frame (through Arrow); returns its row count."""
        with self.connect() as con:
            con.execute(f"create schema if not exists {schema}")
            con.register("incoming", frame.to_arrow())
            con.execute(f"create or replace table {schema}.{table} as select * from incoming")
        return frame.height

    def query(self, sql: str, parameters: list | None = None) -> pl.DataFrame:
        with self.connect() as con:
            return con.sql(sql, params=parameters).pl()

    def publish_snapshot(self) -> Path:
        """Copy the warehouse to `<name>_bi.duckdb` atomically: BI tools read the copy and never lock a build."""
        target = self.file.with_name(f"{self.file.stem}_bi{self.file.suffix}")
        with self.connect() as con:
            con.execute("checkpoint")
        staging_copy = target.with_suffix(".tmp")
        shutil.copyfile(self.file, staging_copy)
        os.replace(staging_copy, target)
        return target
