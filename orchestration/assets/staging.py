"""Staging: the Polars parse of every raw article into the tables dbt reads as sources (schema `parsed`)."""


import time

import dagster as dg
import polars as pl

from orchestration import settings
from orchestration.assets.ingest import RAW_ARTICLES
from orchestration.parsing.extract import OVERRIDE_SCHEMA, extract_all
from orchestration.resources import WarehouseResource

PARSED_TABLES = {
    "articles": "Distinct articles: title, publication date, body, where and when they landed.",
    "news_items": "News items (headline + paragraphs) with section and kind (deal, policy, equity, other).",
    "sentences": "Sentences of every item, flagged: background, statistics, states a deal.",
    "amount_mentions": "Money amounts with currency and low/high bounds per the contract.",
    "round_mentions": "Financing rounds as written and as contract codes.",
    "share_mentions": "Share counts, event shares apart from standing holdings.",
    "percent_mentions": "Percentages in percent, event stakes apart from holding thresholds.",
    "ticker_mentions": "Stock codes with exchange suffix and the name written before them.",
    "deal_mentions": "One deal per deal item: company, aliases, round, status, amount, valuation, evidence.",
    "investor_mentions": "Investors of each deal item with their role (lead, participant, existing).",
    "policy_mentions": "Policy items: issuer, region, level, title, caps.",
    "equity_event_mentions": "Equity events of listed companies: type, ticker, counterparty, shares, stake, price, total.",
    "entity_names": "Every company and investor name, resolved to an entity (aliases, tickers, fuzzy rules, seed overrides).",
}
ENTITY_OVERRIDES = settings.DBT_PROJECT_DIR / "seeds" / "entity_aliases.csv"


def parsed_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(["parsed", table])


@dg.multi_asset(
    specs=[dg.AssetSpec(parsed_key(name), deps=[RAW_ARTICLES], group_name="staging", kinds={"polars", "duckdb"},
                        description=description) for name, description in PARSED_TABLES.items()],
)
def parsed_tables(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Staging tables parsed by Polars from every raw article."""
    articles = warehouse.query(
        "select article_id, title, published_date, body, url, source_name, source_path, source_format, ingested_at "
        "from raw.articles order by article_id")
    started = time.perf_counter()
    overrides = pl.read_csv(ENTITY_OVERRIDES, schema=OVERRIDE_SCHEMA)
    tables = extract_all(articles, overrides, window_days=settings.dbt_vars()["dedup_window_days"])
    parse_seconds = time.perf_counter() - started
    context.log.info(f"parsed {articles.height} articles in {parse_seconds:.2f}s")
    tables = {"articles": articles, **tables}
    for name in PARSED_TABLES:
        rows = warehouse.replace_table("parsed", name, tables[name])
        yield dg.MaterializeResult(asset_key=parsed_key(name), metadata={
            "rows": dg.MetadataValue.int(rows), "parse_seconds": round(parse_seconds, 3)})
