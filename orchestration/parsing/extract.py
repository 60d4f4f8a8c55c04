"""From articles to every staging table, in one pass over whole frames."""

from __future__ import annotations

import polars as pl

from orchestration.parsing import mentions as m
from orchestration.parsing import patterns as p
from orchestration.parsing.deals import deal_mentions, deal_sentences, investor_mentions, split_into_deals
from orchestration.parsing.equity import equity_event_mentions
from orchestration.parsing.policies import labelled_issuer, policy_mentions
from orchestration.parsing.regions import CITIES, PROVINCES
from orchestration.parsing.structure import news_items, sentences as split_sentences

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


def extract_all(articles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Every staging table for a frame of articles (`article_id`, `title`, `body`, `published_date`)."""
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
    return {
        "news_items": items,
        "sentences": flagged,
        "amount_mentions": amounts,
        "round_mentions": rounds,
        "share_mentions": shares,
        "percent_mentions": percents,
        "ticker_mentions": tickers,
        "deal_mentions": deals,
        "investor_mentions": investor_mentions(deals, unit_sentences),
        "policy_mentions": policy_mentions(items, sentences, amounts, percents),
        "equity_event_mentions": equity_event_mentions(items, sentences, amounts, shares, percents, tickers),
    }
