"""Policy measures: issuer, region and level, title, and the caps actually stated.

A policy item's headline is usually "<Issuer>: <measure>"; otherwise the issuer is the subject that
issued or released it. A cap is an amount or a rate bounded from above ("up to", "a maximum of", "capped
at", "no more than", "the maximum reward … is"); industry targets, cluster scales and fund sizes are not caps.
"""

from __future__ import annotations

import polars as pl

from orchestration.parsing import patterns as p
from orchestration.parsing.regions import CITIES, PROVINCES

_PROVINCE = "|".join(PROVINCES)
_CITY = "|".join(c.replace("'", "'") for c in CITIES)
_ISSUING_VERB = r"\s+(?:(?:has|have|jointly|recently|officially)\s+)?(?:issued|released|published|announced|printed|launched|unveiled|introduced|proposed|said|held)\b"
_CAP_SENTENCE = r"(?i)\b(?:maximum|ceiling|capped|at most|up to|no more than|not exceed(?:ing)?)\b"
_NOT_CAP_CONTEXT = r"(?i)\b(?:fund|target|scale|cluster|output|market size|by 20\d\d|revenue)\b"


def labelled_issuer() -> pl.Expr:
    """"<Issuer>: <measure>" in the headline, or opening a headline-less brief."""
    label = r"^\s*([^:：.。]{2,120}?)\s*[:：]\s"
    return pl.coalesce(pl.col("headline").str.extract(label.replace(r"\s$", ""), 1),
                       pl.when(pl.col("headline").is_null()).then(pl.col("text").str.extract(label, 1)))


def region_and_level(issuer: pl.Expr, text: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """Region (`national` or the province/city) and level of a policy, from its issuer, else its text."""
    # "SHANGHAI:" in an ALL-CAPS headline is Shanghai
    province = issuer.str.extract(rf"(?i)\b({_PROVINCE})\b", 1).str.to_titlecase()
    city = issuer.str.extract(rf"(?i)\b({_CITY})\b", 1).str.to_titlecase()
    region = pl.coalesce(city, province, pl.lit("national"))
    level = (pl.when(city.is_not_null()).then(pl.lit("municipal"))
             .when(province.is_not_null()).then(pl.lit("provincial")).otherwise(pl.lit("national")))
    return region, level


def policy_mentions(items: pl.DataFrame, sentences: pl.DataFrame, amounts: pl.DataFrame,
                    percents: pl.DataFrame) -> pl.DataFrame:
    policy_items = items.filter(pl.col("kind") == "policy")
    headline_issuer = labelled_issuer()
    first_sentence = pl.col("text").str.replace(r"^\s*[^:：.。]{2,120}?\s*[:：]\s", "").str.extract(r"^([^.。]*)", 1)
    subject_issuer = first_sentence.str.extract(p.LEADING_ADVERBIAL + r"(?:the\s+)?(.+?)" + _ISSUING_VERB, 1)
    cap_sentences = sentences.join(policy_items.select("item_id"), on="item_id").with_columns(
        is_cap_sentence=pl.col("sentence").str.contains(_CAP_SENTENCE),
        # the body states the measure in full; the headline only repeats it
        order=pl.when(pl.col("is_headline")).then(1).otherwise(0),
    )
    cap_keys = cap_sentences.select("item_id", "sentence_no", "is_cap_sentence", "order", "sentence")
    amount_cap = (
        amounts.join(cap_keys, on=["item_id", "sentence_no"])
        .filter((pl.col("is_cap") | (pl.col("is_cap_sentence") & pl.col("qualifier").is_null()))
                & ~pl.col("is_valuation") & ~pl.col("is_per_share") & ~pl.col("is_vague")
                & ~(pl.col("sentence").str.contains(_NOT_CAP_CONTEXT) & ~pl.col("is_cap")))
        .sort("item_id", "order", "sentence_no", "mention_no")
        .group_by("item_id", maintain_order=True)
        .agg(cap_amount=pl.col("amount_high").first(), cap_currency=pl.col("currency").first(),
             cap_evidence=pl.col("sentence").first())
    )
    pct_cap = (
        percents.join(cap_keys, on=["item_id", "sentence_no"])
        .filter(pl.col("is_cap") & ~pl.col("is_holding"))
        .sort("item_id", "order", "sentence_no", "mention_no")
        .group_by("item_id", maintain_order=True).agg(pct_cap=pl.col("pct").first())
    )
    issuer = pl.coalesce(headline_issuer, subject_issuer).str.strip_chars(" \"“”")
    policies = (
        policy_items.with_columns(issuer=issuer,
                                  title=pl.coalesce(pl.col("headline").str.extract(r"[:：]\s*(.+)$", 1), pl.col("headline")))
        .join(amount_cap, on="item_id", how="left").join(pct_cap, on="item_id", how="left")
    )
    region, level = region_and_level(pl.col("issuer").fill_null(""), pl.col("text"))
    return policies.with_columns(
        region=region, level=level,
        evidence=pl.coalesce(pl.col("cap_evidence"), first_sentence),
    ).select("item_id", "article_id", "issuer", "region", "level", "title", "cap_amount", "cap_currency",
             "pct_cap", "evidence")
