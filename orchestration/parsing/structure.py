"""Article bodies to lines, sections, news items and sentences, on whole frames.

An article is a sequence of lines. Section markers (`Policy`, `>> Primary market`, `【Secondary Market】`,
`》》Policy`, `Primary Market:`) switch the section; summary bullets and the lead-in before the first
marker are not news; every headline line (short, no closing punctuation) opens a news item and the
paragraphs after it belong to that item.
"""

from __future__ import annotations

import polars as pl

from orchestration.parsing.patterns import LIST_LINE

SECTION_OF_MARKER = {"policy": "policy", "policies": "policy", "primary": "primary_market",
                     "secondary": "secondary_market"}
_MARKER = (
    r"(?i)^\s*(?:>>|》》|»|【|\[|■|#+)?\s*(policy|policies|primary|secondary)(?:\s+markets?)?"
    r"(?:\s+news)?\s*(?:】|\]|:|：)?\s*$"
)
_BULLET = r"^\s*(?:\(\d{1,2}\)|（\d{1,2}）|[①-⑳]|\d{1,2}[.、)]\s)"
_FURNITURE = (
    r"(?i)^(?:read\s+[\d.]+\s*[wk万]?|i want to comment|follow\b.*\bon$|collection$|ticker name|"
    r"percentage change|inclusion date|you are welcome to post|share (?:to|this)|related (?:news|articles)|"
    r"responsible editor|editor:|disclaimer|copyright|all rights reserved)"
)
_LEADS_IN = r"(?i)\b(?:important news|main contents of today|this week's|includes?:$)"
_CLOSING_PUNCT = r"[.。!?！？;；…]['\"”’)）]?$"
# A sentence ends at . ! ? ; before a capital, a quote or a digit ("Co., Ltd. (hereinafter" goes on).
_SENTENCE_BREAK = r"([.!?。！？;；])\s+([A-Z\"“‘'0-9\[【])"
SENTENCE_SEP = "\x1e"


def article_lines(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per non-empty body line, with its section and whether it opens a news item."""
    lines = (
        articles.lazy()
        .select("article_id", pl.col("body").str.split("\n").alias("text"))
        .with_columns(line_no=pl.int_ranges(pl.col("text").list.len()))
        .explode("text", "line_no")
        .with_columns(pl.col("text").str.strip_chars())
        .filter(pl.col("text") != "")
        .filter(~pl.col("text").str.contains(_FURNITURE))
    )
    word_count = pl.col("text").str.count_matches(r"\S+")
    marker = pl.col("text").str.extract(_MARKER, 1).str.to_lowercase()
    is_fragment = ((word_count < 3) & ~pl.col("text").str.contains(_CLOSING_PUNCT) & marker.is_null()
                   & ~pl.col("text").str.contains(r"[:：]$"))
    lines = (
        lines.with_columns(
            # a dangling word ("The") broken off its paragraph by the page layout joins the next line
            text=pl.when(is_fragment.shift(1).over("article_id").fill_null(False))
            .then(pl.concat_str(pl.col("text").shift(1).over("article_id"), pl.lit(" "), pl.col("text")))
            .otherwise(pl.col("text")),
            drop=is_fragment,
        )
        .filter(~pl.col("drop"))
        .with_columns(marker=pl.col("text").str.extract(_MARKER, 1).str.to_lowercase())
        .with_columns(
            is_marker=pl.col("marker").is_not_null(),
            is_bullet=pl.col("text").str.contains(_BULLET),
            is_headline=(
                ~pl.col("text").str.contains(_CLOSING_PUNCT)
                & (pl.col("text").str.len_chars() < 400)
                & (pl.col("text").str.count_matches(r"\S+") >= 3)
                & pl.col("marker").is_null()
                & ~pl.col("text").str.contains(_BULLET)
            )
            | pl.col("text").str.contains(r"(?i)^\s*\[[^\]]{2,30}\]\s*\S")
            # a statistics list line ("<Company> – <amount> (<investors>)") is an item of its own
            | (pl.col("text").str.contains(LIST_LINE) & (pl.col("text").str.len_chars() < 300)),
        )
        .with_columns(
            section=pl.when(pl.col("is_marker"))
            .then(pl.col("marker").replace_strict(SECTION_OF_MARKER, default="other"))
            .forward_fill()
            .over("article_id", order_by="line_no"),
            has_markers=pl.col("is_marker").any().over("article_id"),
            # a headline after the opening line starts the news even before the first marker
            # (an outlet may mark only later sections); the opening line is the source or byline
            news_started=(pl.col("is_headline") & (pl.col("line_no") > pl.col("line_no").min().over("article_id")))
            .cast(pl.Int32).cum_sum().over("article_id", order_by="line_no") > 0,
        )
        .with_columns(
            section=pl.when(pl.col("is_bullet") & pl.col("section").is_null()).then(pl.lit("summary"))
            .when(pl.col("section").is_null() & pl.col("text").str.contains(_LEADS_IN)).then(pl.lit("lead_in"))
            .when(pl.col("section").is_null() & pl.col("has_markers") & ~pl.col("news_started")).then(pl.lit("lead_in"))
            .when(pl.col("section").is_null() & pl.col("text").str.contains(_LEADS_IN)).then(pl.lit("lead_in"))
            .otherwise(pl.col("section").fill_null("other"))
        )
    )
    return lines.drop("drop", "marker", "news_started").collect()


# Tags before a headline that say how the outlet files it, not what happened.
_HEADLINE_TAG = r"^\s*(?:\[[^\]]{2,30}\]|【[^】]{2,30}】|(?i:news-in-brief|breaking|exclusive|hot spotlight)\s*[:：])\s*"


def news_items(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per news item: its section, headline (the article title for headline-less wires) and text."""
    lines = article_lines(articles).filter(~pl.col("section").is_in(["summary", "lead_in"]))
    # "News-in-brief:" and other short labels: every paragraph under one is a story of its own
    is_label = (pl.col("text").str.contains(r"[:：]$") & (pl.col("text").str.count_matches(r"\S+") <= 6)
                & ~pl.col("is_headline") & ~pl.col("is_marker"))
    in_briefs = (
        pl.when(is_label).then(True).when(pl.col("is_headline") | pl.col("is_marker")).then(False)
        .forward_fill().over("article_id", order_by="line_no").fill_null(False)
    )
    items = (
        lines.lazy()
        .with_columns(is_label=is_label, in_briefs=in_briefs)
        .with_columns(
            item_no=(pl.col("is_headline") | pl.col("is_marker") | pl.col("in_briefs"))
            .cum_sum().over("article_id", order_by="line_no")
        )
        .filter(~pl.col("is_marker") & ~pl.col("is_label"))
        .group_by("article_id", "item_no")
        .agg(
            pl.col("section").first(),
            headline=pl.col("text").filter(pl.col("is_headline")).first(),
            text=pl.col("text").filter(~pl.col("is_headline")).str.join("\n"),
            first_line=pl.col("line_no").min(),
        )
        .join(articles.lazy().select("article_id", "title"), on="article_id")
        .with_columns(
            items_in_article=pl.len().over("article_id"),
        )
        .with_columns(
            # a one-story article (deal wire) states its headline in the title
            headline=pl.when(pl.col("headline").is_null() & (pl.col("items_in_article") == 1))
            .then(pl.col("title")).otherwise(pl.col("headline")).str.replace(_HEADLINE_TAG, ""),
        )
        .sort("article_id", "first_line")
        .with_columns(item_no=pl.int_range(pl.len()).over("article_id"))
        .with_columns(item_id=pl.concat_str("article_id", pl.lit("-"), pl.col("item_no").cast(pl.Utf8).str.zfill(3)))
        .select("item_id", "article_id", "item_no", "section", "headline", "text")
    )
    return items.collect()


def sentences(items: pl.DataFrame) -> pl.DataFrame:
    """One row per sentence of an item's headline (sentence_no -1) and text (0, 1, …)."""
    body = (
        items.lazy()
        .select(
            "item_id", "article_id",
            pl.col("text").str.replace_all(_SENTENCE_BREAK, "${1}" + SENTENCE_SEP + "${2}")
            .str.replace_all(r"[;；]\s+(?:and\s+)?", ";" + SENTENCE_SEP)
            .str.replace_all(r"\n+", SENTENCE_SEP).str.split(SENTENCE_SEP).alias("sentence"),
        )
        .with_columns(sentence_no=pl.int_ranges(pl.col("sentence").list.len()))
        .explode("sentence", "sentence_no")
        .with_columns(pl.col("sentence").str.strip_chars())
        .filter(pl.col("sentence").str.len_chars() > 1)
    )
    headline = items.lazy().filter(pl.col("headline").is_not_null()).select(
        "item_id", "article_id", pl.col("headline").alias("sentence"), pl.lit(-1, pl.Int64).alias("sentence_no"))
    return (
        pl.concat([headline, body.with_columns(pl.col("sentence_no").cast(pl.Int64))])
        .with_columns(is_headline=pl.col("sentence_no") < 0)
        .sort("item_id", "sentence_no")
        .collect()
    )
