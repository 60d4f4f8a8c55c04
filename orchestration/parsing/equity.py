"""Secondary-market equity events of listed companies, one per event sentence.

A sentence that moves shares (a share count that is not a standing holding) or states an event with a
stake or an amount opens an event; the sentences after it fill what it left out (the price and total
often come one sentence later). Percentages of a standing holding ("a shareholder of more than 5%",
"will hold 17.90%") are never the event's.
"""

from __future__ import annotations

import polars as pl

from orchestration.parsing import patterns as p
from orchestration.parsing.mentions import clean_name, split_names

_KEYS = ["item_id", "sentence_no"]


def _event_type(sentence: pl.Expr) -> pl.Expr:
    expr = pl.lit(None, pl.Utf8)
    for event_type, cue in reversed(p.EQUITY_EVENT_CUES):
        expr = pl.when(sentence.str.contains(cue)).then(pl.lit(event_type)).otherwise(expr)
    return expr


def _offsets(frame: pl.DataFrame, sentences: pl.DataFrame, text: str) -> pl.DataFrame:
    """Where in its sentence each mention stands (its first occurrence)."""
    return frame.join(sentences.select(*_KEYS, "sentence"), on=_KEYS).with_columns(
        offset=pl.col("sentence").str.find(pl.col(text), literal=True)).drop("sentence")


def _first(frame: pl.DataFrame, where: pl.Expr, value: str, name: str) -> pl.DataFrame:
    # of "no less than A and no more than B", B is the most the event can amount to
    lower_bound_only = pl.col("qualifier").is_in(["at least", "no less than", "not less than"]).fill_null(False) \
        if "qualifier" in frame.columns else pl.lit(False)
    return (frame.filter(where).with_columns(_lower=lower_bound_only)
            .sort(*_KEYS, "_lower", "mention_no").group_by(_KEYS, maintain_order=True)
            .agg(pl.col(value).first().alias(name)))


def equity_event_mentions(items: pl.DataFrame, sentences: pl.DataFrame, amounts: pl.DataFrame,
                          shares: pl.DataFrame, percents: pl.DataFrame, tickers: pl.DataFrame) -> pl.DataFrame:
    equity_items = items.filter(pl.col("kind") == "equity").select("item_id", "article_id", "headline")
    # "After this pledge, X has pledged a total of …": the running total, not this event
    body = (sentences.join(equity_items.select("item_id"), on="item_id")
            .filter(~pl.col("is_headline") & ~pl.col("sentence").str.contains(p.CUMULATIVE_STATE)))
    # the stake of an event follows its share count ("holds 2.4 million shares, 4.00%, and plans to reduce by
    # no more than 600,000 shares, that is, no more than 1.00%": 1.00% is the reduction's)
    event_shares = _offsets(shares, body, "shares_text").filter(~pl.col("is_holding")) \
        .sort(*_KEYS, "mention_no").group_by(_KEYS, maintain_order=True).agg(shares_offset=pl.col("offset").first())
    stakes = (
        _offsets(percents, body, "percent_text").join(event_shares, on=_KEYS, how="left")
        .filter(pl.col("shares_offset").is_null() | (pl.col("offset") > pl.col("shares_offset")))
    )
    facts = (
        body.join(_first(shares, ~pl.col("is_holding"), "shares", "shares"), on=_KEYS, how="left")
        .join(_first(stakes, ~pl.col("is_holding"), "pct", "pct_of_total"), on=_KEYS, how="left")
        .join(_first(amounts, pl.col("is_per_share"), "value", "price_per_share"), on=_KEYS, how="left")
        # "the highest price was 34.80 yuan, the lowest 29.60 yuan": a range, not the price of the block
        .with_columns(price_per_share=pl.when(~pl.col("sentence").str.contains(p.PRICE_RANGE)).then("price_per_share"))
        .join(_first(amounts, pl.col("is_per_share"), "currency", "price_currency"), on=_KEYS, how="left")
        .join(_first(amounts, ~pl.col("is_per_share") & ~pl.col("is_bracketed"), "value", "amount"), on=_KEYS, how="left")
        .join(_first(amounts, ~pl.col("is_per_share") & ~pl.col("is_bracketed"), "currency", "amount_currency"), on=_KEYS, how="left")
        .with_columns(
            event_type=_event_type(pl.col("sentence")),
            is_fund_size=pl.col("sentence").str.contains(p.FUND_SIZE),
        )
        .with_columns(
            stated_fund_size=pl.when(pl.col("is_fund_size")).then(pl.col("amount")),
            total_amount=pl.when(~pl.col("is_fund_size")).then(pl.col("amount")),
            moves_shares=pl.col("shares").is_not_null(),
            states_event=pl.col("event_type").is_not_null()
            & (pl.col("pct_of_total").is_not_null() | pl.col("amount").is_not_null()) & ~pl.col("is_fund_size"),
        )
        .with_columns(
            # a share count opens an event; a stake or amount opens one only where none is open yet
            opens_event=pl.col("moves_shares") | (pl.col("states_event") & (
                (pl.col("moves_shares") | pl.col("states_event")).cum_sum().over("item_id", order_by="sentence_no")
                == 1)),
        )
        .with_columns(counterparty=_counterparty(pl.col("sentence"), pl.col("event_type")))
        .with_columns(event_no=pl.col("opens_event").cum_sum().over("item_id", order_by="sentence_no"))
        # the party an item is about is often named in a sentence before the event's own
        .with_columns(item_party=pl.col("counterparty").drop_nulls().first().over("item_id"))
        .filter(pl.col("event_no") > 0)
    )
    fill = lambda c: pl.col(c).drop_nulls().first()  # noqa: E731 - the value the event's sentences state first
    events = facts.group_by("item_id", "event_no").agg(
        fill("event_type"), fill("shares"), fill("pct_of_total"), fill("price_per_share"), fill("total_amount"),
        fill("stated_fund_size"), fill("counterparty"), fill("item_party"),
        currency=pl.coalesce(pl.col("amount_currency").drop_nulls().first(), pl.col("price_currency").drop_nulls().first()),
        evidence=pl.col("sentence").filter(pl.col("opens_event")).first(),
    )
    # "… transfers 9.6 million shares at the same price": the price of the event before it
    events = events.sort("item_id", "event_no").with_columns(
        price_per_share=pl.when(pl.col("price_per_share").is_null() & pl.col("evidence").str.contains(r"(?i)\bsame price\b"))
        .then(pl.col("price_per_share").shift(1).over("item_id")).otherwise("price_per_share"))
    # a brief that states the same move twice (headline sentence, then detail) is one event
    same_move = pl.when(pl.col("shares").is_not_null()).then(
        pl.concat_str(pl.col("event_type").fill_null(""), pl.lit("|"), pl.col("shares").cast(pl.Utf8)))
    events = (
        events.sort("item_id", "event_no")
        .with_columns(move=pl.coalesce(same_move, pl.col("event_no").cast(pl.Utf8)))
        .group_by("item_id", "move", maintain_order=True)
        .agg(pl.col("event_no").min(), *[pl.col(c).drop_nulls().first() for c in events.columns
                                          if c not in ("item_id", "event_no", "move")])
        .drop("move")
    )
    # the stake the item says the transfers add up to, for the stake-sum check
    resulting = (
        percents.join(sentences.filter(pl.col("sentence").str.contains(p.RESULTING_STAKE)).select(_KEYS), on=_KEYS)
        .join(equity_items.select("item_id"), on="item_id")
        # "will hold 17.90%" names the holding; without it, the sentence's last percentage is the total
        .sort("item_id", "sentence_no", "is_holding", "mention_no", descending=[False, False, True, True])
        .group_by("item_id", maintain_order=True)
        .agg(stated_resulting_pct=pl.col("pct").first())
    )
    listed = (
        tickers.join(equity_items.select("item_id"), on="item_id").sort("item_id", "sentence_no", "mention_no")
        .group_by("item_id", maintain_order=True).agg(pl.col("ticker").first(), ticker_name=pl.col("name").first())
    )
    short_name = pl.col("headline").str.extract(rf"^\s*({p.NAME})\s*[:：]", 1)
    tickers_by_name = (
        tickers.drop_nulls("name").sort("sentence_no", "mention_no")
        .group_by("article_id", name_key=pl.col("name").str.to_lowercase(), maintain_order=True)
        .agg(named_ticker=pl.col("ticker").first())
    )
    return (
        events.join(equity_items, on="item_id").join(listed, on="item_id", how="left")
        .with_columns(name_key=short_name.str.to_lowercase())
        .join(tickers_by_name, on=["article_id", "name_key"], how="left")
        .with_columns(ticker=pl.coalesce("ticker", "named_ticker"))
        .drop("name_key", "named_ticker")
        .join(resulting, on="item_id", how="left")
        .with_columns(company_name=pl.coalesce(short_name, pl.col("ticker_name")),
                      company_aliases=pl.concat_list(pl.col("ticker_name")).list.drop_nulls())
        .with_columns(company_aliases=pl.col("company_aliases").list.set_difference(pl.concat_list("company_name")))
        .with_columns(counterparty=pl.coalesce("counterparty", "item_party"))
        .with_columns(event_type=pl.col("event_type").fill_null("other"),
                      counterparty=pl.when(pl.col("counterparty") != pl.col("company_name")).then(pl.col("counterparty")))
        .sort("item_id", "event_no")
        .select("item_id", "article_id", "event_no", "company_name", "company_aliases", "ticker", "event_type",
                "counterparty", "shares", "pct_of_total", "price_per_share", "total_amount", "currency",
                "stated_fund_size", "stated_resulting_pct", "evidence")
    )


def _counterparty(sentence: pl.Expr, event_type: pl.Expr) -> pl.Expr:
    """The party across from the listed company, by the grammar of the event type, else the announced party."""
    def named(pattern: str) -> pl.Expr:
        groups = sentence.str.extract_groups(pattern)
        fields = [g for g in ("name", "name2") if f"(?P<{g}>" in pattern]
        return clean_name(split_names(pl.coalesce(*[groups.struct.field(f) for f in fields])).list.first())

    announced = pl.coalesce(named(p.ACTING_HOLDER), named(p.ANNOUNCED_PARTY))
    expr = announced
    for event_type_name, pattern in p.COUNTERPARTY.items():
        expr = pl.when(event_type == event_type_name).then(pl.coalesce(named(pattern), announced)).otherwise(expr)
    return expr
