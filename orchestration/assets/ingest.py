"""Ingest: the landing folder into `raw.articles` (append-only, by content) and `raw.quarantine`."""

from datetime import datetime, timezone
from pathlib import Path

import dagster as dg
from pydantic import Field

from orchestration import settings
from orchestration.parsing.landing import scan_landing_folder
from orchestration.resources import WarehouseResource

RAW_ARTICLES = dg.AssetKey(["raw", "articles"])
RAW_ARTICLE_FILES = dg.AssetKey(["raw", "article_files"])
RAW_QUARANTINE = dg.AssetKey(["raw", "quarantine"])

class LandingConfig(dg.Config):
    articles_dir: str = Field(default="", description="Landing folder to scan; empty means ARTICLES_DIR.")

@dg.multi_asset(
    specs=[
        dg.AssetSpec(RAW_ARTICLES, group_name="ingest", kinds={"duckdb"},
                     description="Every distinct article ever landed: original text, path, format, size, ingested_at."),
        dg.AssetSpec(RAW_ARTICLE_FILES, group_name="ingest", kinds={"duckdb"},
                     description="Every file and record an article landed in (the same content may land twice)."),
        dg.AssetSpec(RAW_QUARANTINE, group_name="ingest", kinds={"duckdb"},
                     description="Landed files or records that could not be read, with the reason."),
    ],
)
def landed_articles(context: dg.AssetExecutionContext, config: LandingConfig, warehouse: WarehouseResource):
    """The landing folder, read into raw articles and quarantine rows."""
    root = Path(config.articles_dir).resolve() if config.articles_dir else settings.articles_dir()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    articles, article_files, quarantine = scan_landing_folder(root, now)
    with warehouse.connect() as con:
        con.execute("create schema if not exists raw")
        con.register("incoming_articles", articles.to_arrow())
        con.register("incoming_files", article_files.to_arrow())
        con.register("incoming_quarantine", quarantine.to_arrow())
        con.execute("create table if not exists raw.articles as select * from incoming_articles limit 0")
        con.execute("create table if not exists raw.article_files as select * from incoming_files limit 0")
        con.execute("create table if not exists raw.quarantine as select * from incoming_quarantine limit 0")
        # Append-only: an article already landed keeps its first ingestion, whatever happens to its file.
        new_articles = con.execute(
            "insert into raw.articles select * from incoming_articles "
            "where article_id not in (select article_id from raw.articles)").fetchone()[0]
        con.execute(
            "insert into raw.article_files select * from incoming_files as f where not exists ("
            " select 1 from raw.article_files as old where old.source_path = f.source_path"
            " and old.record_no = f.record_no and old.article_id = f.article_id)")
        new_problems = con.execute(
            "insert into raw.quarantine select * from incoming_quarantine as q where not exists ("
            " select 1 from raw.quarantine as old where old.source_path = q.source_path"
            " and old.record_no = q.record_no and old.reason = q.reason)").fetchone()[0]
        total_articles = con.execute("select count(*) from raw.articles").fetchone()[0]
        total_quarantined = con.execute("select count(*) from raw.quarantine").fetchone()[0]
    if quarantine.height:
        context.log.warning(f"{quarantine.height} landed file(s) or record(s) quarantined: "
                            + "; ".join(f"{r['source_path']}: {r['reason']}" for r in quarantine.head(5).iter_rows(named=True)))
    yield dg.MaterializeResult(asset_key=RAW_ARTICLES, metadata={
        "landing_folder": str(root), "articles_in_folder": articles.height, "new_articles": new_articles,
        "total_articles": dg.MetadataValue.int(total_articles)})
    yield dg.MaterializeResult(asset_key=RAW_ARTICLE_FILES, metadata={"files_this_run": article_files.height})
    yield dg.MaterializeResult(asset_key=RAW_QUARANTINE, metadata={
        "quarantined_this_run": quarantine.height, "new_quarantine_rows": new_problems,
        "total_quarantined": dg.MetadataValue.int(total_quarantined),
        "reasons": dg.MetadataValue.md("\n".join(
            f"- `{r['source_path']}` record {r['record_no']}: {r['reason']}"
            for r in quarantine.head(50).iter_rows(named=True)) or "none")})
