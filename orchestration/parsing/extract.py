"""From articles to every staging table, in one pass over whole frames."""

from __future__ import annotations

import polars as pl

from orchestration.parsing import mentions as m
from orchestration.parsing import patterns as p
from orchestration.parsing.deals import deal_mentions, deal_sentences, investor_mentions, split_into_deals
from orchestration.parsing.entities import co_financing_links, resolve_entities
from orchestration.parsing.equity import equity_event_mentions
from orchestration.parsing.policies import labelled_issuer, policy_mentions
from orchestration.parsing.regions import CITIES, PROVINCES
from orchestration.parsing.structure import news_items
from orchestration.parsing.structure import sentences as split_sentences

_GOVERNMENT = (
    r"(?i)\b(?:ministry|ministries|commission|state council|departments?|bureau|administration|government|"
    r"general office|people's bank|central bank|csrc|ndrc|miit|sasac|most|cac|committee|congress|"
    + "|".join(PROVINCES + CITIES).replace("'", "'") + r")\b"
)
_EQUITY_CUE = "|".join(cue for _, cue in p.EQUITY_EVENT_CUES).replace("(?i)", "")


def classify_items(items: pl.DataFrame, flagged: pl.DataFrame, tickers: pl.DataFrame) -> pl.DataFrame:
    """Each item's kind: `deal`, `policy`, `equity` or `other`, by its section, else by what it says."""
    per_item = flagged.group_by("item_id").agg(
        states_deal=pl.col("states_deal").any(),
        equity_cue=pl.col("sentence").str.contains(rf"(?i){_EQUITY_CUE}").any(),
    )
    listed = tickers.group_by("item_id").agg(has_ticker=pl.lit(True))
    issuer = labelled_issuer()
    # "Ruide Sensing: …" after "Ruide Sensing (688539.SH)" earlier in the article is a listed company too
    listed_names = tickers.drop_nulls("name").select("article_id", label_key=pl.col("name").str.to_lowercase()).unique()
    items = (
        items.with_columns(label_key=issuer.str.to_lowercase())
        .join(listed_names.with_columns(is_listed_name=pl.lit(True)), on=["article_id", "label_key"], how="left")
        .with_columns(pl.col("is_listed_name").fill_null(False))
        .drop("label_key")
    )
    return (
        items.join(per_item, on="item_id", how="left").join(listed, on="item_id", how="left")
        .with_columns(pl.col("states_deal", "equity_cue", "has_ticker").fill_null(False))
        .with_columns(
            kind=pl.when(pl.col("section") == "policy").then(pl.lit("policy"))
            .when(pl.col("section") == "secondary_market").then(pl.lit("equity"))
            .when((pl.col("section") == "primary_market") & pl.col("states_deal")).then(pl.lit("deal"))
            .when(pl.col("section") == "primary_market").then(pl.lit("other"))
            .when((pl.col("has_ticker") | pl.col("is_listed_name")) & pl.col("equity_cue")).then(pl.lit("equity"))
            .when(issuer.str.contains(_GOVERNMENT).fill_null(False)).then(pl.lit("policy"))
            # a fund's own closing ("X completed the first close of its fund") is news, not a financing
            .when(pl.col("states_deal") & ~pl.col("headline").str.contains(p.NOT_A_DEAL).fill_null(False))
            .then(pl.lit("deal"))
            .otherwise(pl.lit("other"))
        )
        .drop("states_deal", "equity_cue", "has_ticker", "is_listed_name")
    )


OVERRIDE_SCHEMA = {"entity_type": pl.Utf8, "alias": pl.Utf8, "canonical_name": pl.Utf8, "action": pl.Utf8}


def entity_names(deals: pl.DataFrame, events: pl.DataFrame, investors: pl.DataFrame, articles: pl.DataFrame,
                 overrides: pl.DataFrame, window_days: int) -> pl.DataFrame:
    """Resolve every company and investor name the mentions use (see entities.py)."""
    def mention_names(frame: pl.DataFrame, entity_type: str) -> tuple[pl.DataFrame, pl.DataFrame]:
        primary = frame.select(entity_type=pl.lit(entity_type), name="company_name", weight=pl.lit(1, pl.Int64))
        aliases = (frame.select(name="company_name", other_name="company_aliases").explode("other_name")
                   .drop_nulls().with_columns(entity_type=pl.lit(entity_type)))
        return primary, aliases.select("entity_type", "name", "other_name")

    deal_names, deal_links = mention_names(deals.drop_nulls("company_name"), "company")
    event_names, event_links = mention_names(events.drop_nulls("company_name"), "company")
    same_ticker = (
        events.drop_nulls(["company_name", "ticker"])
        .with_columns(other_name=pl.col("company_name").first().over("ticker"))
        .select(entity_type=pl.lit("company"), name="company_name", other_name="other_name")
    )
    names = pl.concat([
        deal_names, event_names,
        deal_links.select("entity_type", name="other_name", weight=pl.lit(0, pl.Int64)),
        event_links.select("entity_type", name="other_name", weight=pl.lit(0, pl.Int64)),
        investors.select(entity_type=pl.lit("investor"), name="investor_name", weight=pl.lit(1, pl.Int64)),
    ])
    dated = deals.drop_nulls("company_name").join(articles.select("article_id", announced="published_date"), on="article_id")
    co_financed = co_financing_links(dated.select(name="company_name", round="round", announced="announced"), window_days)
    return resolve_entities(names, pl.concat([deal_links, event_links, same_ticker, co_financed]), overrides)


def extract_all(articles: pl.DataFrame, overrides: pl.DataFrame | None = None,
                window_days: int = 60) -> dict[str, pl.DataFrame]:
    """Every staging table for a frame of articles (`article_id`, `title`, `body`, `published_date`).

    `overrides` are the rows of the dbt seed `entity_aliases` (forced merges and splits); `window_days` is the
    dbt var dedup_window_days.
    """
    items = news_items(articles)
    sentences = split_sentences(items)
    amounts = m.amount_mentions(sentences)
    rounds = m.round_mentions(sentences)
    shares = m.share_mentions(sentences)
    percents = m.percent_mentions(sentences)
    tickers = m.ticker_mentions(sentences)
    flagged = deal_sentences(sentences, amounts, rounds, articles)
    items = classify_items(items, flagged, tickers)
    deal_units, unit_sentences, unit_amounts, unit_rounds = split_into_deals(items, flagged, amounts, rounds)
    deals = deal_mentions(deal_units, unit_sentences, unit_amounts, unit_rounds)
    # a deal whose company could not be named never reaches the marts: neither do its investors
    investors = investor_mentions(deals, unit_sentences).join(
        deals.filter(pl.col("company_name").is_not_null()).select("item_id"), on="item_id", how="semi")
    events = equity_event_mentions(items, sentences, amounts, shares, percents, tickers)
    overrides = overrides if overrides is not None else pl.DataFrame(schema=OVERRIDE_SCHEMA)
    return {
        "news_items": items,
        "sentences": flagged,
        "amount_mentions": amounts,
        "round_mentions": rounds,
        "share_mentions": shares,
        "percent_mentions": percents,
        "ticker_mentions": tickers,
        "deal_mentions": deals,
        "investor_mentions": investors,
        "policy_mentions": policy_mentions(items, sentences, amounts, percents),
        "equity_event_mentions": events,
        "entity_names": entity_names(deals, events, investors, articles, overrides, window_days),
    }
