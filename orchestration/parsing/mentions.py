"""Typed mentions found in sentences: amounts, rounds, shares, percentages, tickers and names.

Every function takes the sentence frame (`item_id`, `article_id`, `sentence_no`, `sentence`) and returns
one row per mention, in the sentence's reading order (`mention_no`). All work is Polars expressions.
"""

from __future__ import annotations

import polars as pl

from orchestration.parsing import patterns as p

_SENTENCE_KEYS = ["item_id", "article_id", "sentence_no"]


def _explode_matches(sentences: pl.DataFrame | pl.LazyFrame, pattern: str, column: str) -> pl.LazyFrame:
    """One row per non-overlapping match of `pattern`, numbered in reading order."""
    return (
        sentences.lazy()
        .select(*_SENTENCE_KEYS, pl.col("sentence").str.extract_all(pattern).alias(column))
        .filter(pl.col(column).list.len() > 0)
        .with_columns(mention_no=pl.int_ranges(pl.col(column).list.len()))
        .explode(column, "mention_no")
    )


def _lower_clean(expr: pl.Expr) -> pl.Expr:
    return expr.str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars()


def currency_of(token: pl.Expr) -> pl.Expr:
    """ISO 4217 code of a currency word or symbol as written (`US$`, `yuan`, `HK$`, `¥`, `euros` …)."""
    return _lower_clean(token).str.replace_all(r"\s*\$", "$").replace_strict(
        p.CURRENCY_OF_TOKEN, default=None, return_dtype=pl.Utf8)


def number_value(number: pl.Expr, scale: pl.Expr) -> pl.Expr:
    """`1,234.5` × `million` (or `W`/`万`/`亿`), number words included."""
    base = (
        pl.when(number.str.contains(r"^\d"))
        .then(number.str.replace_all(",", "").cast(pl.Float64, strict=False))
        .otherwise(_lower_clean(number).replace_strict(p.NUMBER_WORDS, default=None, return_dtype=pl.Float64))
    )
    multiplier = _lower_clean(scale).replace_strict(p.SCALE_VALUES, default=1.0, return_dtype=pl.Float64)
    return base * pl.coalesce(multiplier, pl.lit(1.0))


def _qualifier(expr: pl.Expr) -> pl.Expr:
    """"shall not exceed" and its kin are one cap: "not exceeding"."""
    return _lower_clean(expr).str.replace(r"^(?:shall |should |will |does |must )?not exceed$", "not exceeding")


def amount_mentions(sentences: pl.DataFrame) -> pl.DataFrame:
    """Money amounts with currency and low/high bounds per the contract's table."""
    g = pl.col("parts")
    qualifier = _qualifier(g.struct.field("qualifier"))
    vague = _lower_clean(g.struct.field("vague"))
    context = _lower_clean(g.struct.field("context")).fill_null("")
    value = number_value(
        pl.coalesce(g.struct.field("number"), g.struct.field("number2")),
        pl.coalesce(g.struct.field("scale"), g.struct.field("scale2")),
    )
    vague_low = vague.replace_strict({k: v[0] for k, v in p.VAGUE_BOUNDS.items()}, default=None, return_dtype=pl.Float64)
    vague_high = vague.replace_strict({k: v[1] for k, v in p.VAGUE_BOUNDS.items()}, default=None, return_dtype=pl.Float64)
    low_factor = qualifier.replace_strict(
        {k: (v[0] if v[0] is not None else float("nan")) for k, v in p.QUALIFIER_BOUNDS.items()},
        default=1.0, return_dtype=pl.Float64)
    high_factor = qualifier.replace_strict(
        {k: (v[1] if v[1] is not None else float("nan")) for k, v in p.QUALIFIER_BOUNDS.items()},
        default=1.0, return_dtype=pl.Float64)
    base_low = pl.coalesce(vague_low, value)
    base_high = pl.coalesce(vague_high, value)
    return (
        _explode_matches(sentences, p.AMOUNT, "amount_text")
        .with_columns(parts=pl.col("amount_text").str.extract_groups(p.AMOUNT))
        .with_columns(
            qualifier=qualifier,
            currency=pl.coalesce(
                currency_of(g.struct.field("prefix")), currency_of(g.struct.field("suffix")),
                currency_of(g.struct.field("vague_prefix")), currency_of(g.struct.field("vague_suffix")),
                currency_of(g.struct.field("suffix_after_prefix")),
                # a bare magnitude ("hundreds of millions in Series C") in these articles is yuan
                pl.when(vague.is_not_null()).then(pl.lit("CNY")),
            ),
            value=pl.coalesce(value, vague_high),
            amount_low=(base_low * pl.coalesce(low_factor, pl.lit(1.0))).fill_nan(None),
            amount_high=(base_high * pl.coalesce(high_factor, pl.lit(1.0))).fill_nan(None),
            is_vague=vague.is_not_null(),
            needs_review=vague.is_in(list(p.REVIEW_MAGNITUDES)).fill_null(False),
            is_bracketed=context.str.contains(r"^[(（]"),
            is_rate=context.str.starts_with("="),
            is_valuation=context.str.contains("valu"),
            valuation_kind=pl.when(context.str.contains(r"^pre")).then(pl.lit("pre_money"))
            .when(context.str.contains(r"^post")).then(pl.lit("post_money")),
            is_per_share=g.struct.field("per_share").is_not_null(),
            is_cap=qualifier.is_in(p.CAP_QUALIFIERS).fill_null(False),
        )
        .drop("parts")
        .collect()
    )


def round_code(text: pl.Expr) -> pl.Expr:
    """Contract round code (`pre_a_plus`, `b`, `angel_plus`, `pre_ipo`, `strategic` …) of a round phrase."""
    t = text.str.to_lowercase()
    letter = text.str.extract(r"([A-F])\d?\+*", 1).str.to_lowercase()
    plus = text.str.contains(r"[A-F]\d?\+")
    pre = t.str.contains(r"^pre")
    return (
        pl.when(t.str.contains("ipo") & pre).then(pl.lit("pre_ipo"))
        .when(t.str.contains("ipo")).then(pl.lit("ipo"))
        .when(t.str.contains("angel") & t.str.contains(r"\+|plus|additional|extension")).then(pl.lit("angel_plus"))
        .when(t.str.contains("angel")).then(pl.lit("angel"))
        .when(t.str.contains("seed") & t.str.contains(r"\+|plus")).then(pl.lit("seed_plus"))
        .when(t.str.contains("seed")).then(pl.lit("seed"))
        .when(t.str.contains("strategic")).then(pl.lit("strategic"))
        .when(t.str.contains("new round|latest")).then(pl.lit("undisclosed"))
        .when(letter.is_not_null()).then(
            pl.concat_str(pl.when(pre).then(pl.lit("pre_")).otherwise(pl.lit("")), letter,
                          pl.when(plus).then(pl.lit("_plus")).otherwise(pl.lit("")))
        )
    )


def round_mentions(sentences: pl.DataFrame) -> pl.DataFrame:
    """Financing rounds as written and as contract codes, with their rank in the round order."""
    return (
        _explode_matches(sentences, p.ROUND, "round_text")
        .with_columns(round=round_code(pl.col("round_text")))
        .with_columns(round_rank=pl.col("round").replace_strict(
            {r: i for i, r in enumerate(p.ROUND_ORDER)}, default=0, return_dtype=pl.Int32))
        .collect()
    )


def share_mentions(sentences: pl.DataFrame) -> pl.DataFrame:
    """Share counts; `is_holding` marks a holder's existing position rather than the event's shares."""
    g = pl.col("parts")
    return (
        _explode_matches(sentences, p.SHARES, "shares_text")
        .with_columns(parts=pl.col("shares_text").str.extract_groups(p.SHARES))
        .with_columns(
            shares=number_value(g.struct.field("number"), g.struct.field("scale")),
            is_holding=g.struct.field("holding").is_not_null(),
            qualifier=_lower_clean(g.struct.field("qualifier")),
        )
        .drop("parts")
        .collect()
    )


def percent_mentions(sentences: pl.DataFrame) -> pl.DataFrame:
    """Percentages as percent (8.41, not 0.0841); `is_holding` marks a holder's threshold or position."""
    g = pl.col("parts")
    qualifier = _qualifier(g.struct.field("qualifier"))
    return (
        _explode_matches(sentences, p.PERCENT, "percent_text")
        .with_columns(parts=pl.col("percent_text").str.extract_groups(p.PERCENT))
        .with_columns(
            pct=g.struct.field("number").cast(pl.Float64, strict=False),
            is_holding=g.struct.field("holding").is_not_null() | g.struct.field("of_holder").is_not_null(),
            qualifier=qualifier,
            is_cap=qualifier.is_in(p.CAP_QUALIFIERS).fill_null(False),
        )
        .drop("parts")
        .collect()
    )


def exchange_of_code(code: pl.Expr) -> pl.Expr:
    """Exchange of a bare A-share or Hong Kong code: 60/68 Shanghai, 00/30 Shenzhen, 4/8/92 Beijing."""
    return (
        pl.when(code.str.len_chars() < 6).then(pl.lit("HK"))
        .when(code.str.contains(r"^(?:60|68|90)")).then(pl.lit("SH"))
        .when(code.str.contains(r"^(?:00|30|20)")).then(pl.lit("SZ"))
        .when(code.str.contains(r"^(?:4|8|92)")).then(pl.lit("BJ"))
    )


def ticker_mentions(sentences: pl.DataFrame) -> pl.DataFrame:
    """Stock codes with exchange suffix (`688037.SH`, `09880.HK`) and the name written right before them."""
    g = pl.col("parts")
    code = pl.coalesce(g.struct.field("code"), g.struct.field("code2"), g.struct.field("code3"))
    exchange = pl.coalesce(g.struct.field("exchange"), g.struct.field("exchange2"), g.struct.field("exchange3"))
    exchange = exchange.str.replace("SS", "SH")
    named = rf"(?P<name>{p.NAME})?\s*(?P<ticker>{p.TICKER})"
    return (
        _explode_matches(sentences, named, "ticker_text")
        .with_columns(parts=pl.col("ticker_text").str.extract_groups(p.TICKER),
                      name=pl.col("ticker_text").str.extract(rf"^({p.NAME})\s*[(（]", 1))
        .with_columns(code=code)
        .with_columns(
            code=pl.when(pl.col("code").str.len_chars() == 4).then(pl.lit("0") + pl.col("code"))
            .otherwise(pl.col("code")),
        )
        .with_columns(ticker=pl.concat_str(pl.col("code"), pl.lit("."),
                                           pl.coalesce(exchange, exchange_of_code(pl.col("code")))))
        .drop("parts")
        .filter(pl.col("ticker").is_not_null())
        .collect()
    )


def split_names(name_list: pl.Expr) -> pl.Expr:
    """"A, B Co., Ltd. and C" → ["A", "B Co., Ltd.", "C"]; "Co., Ltd." and "Science and Technology" stay whole."""
    protected = (
        name_list.str.replace_all(p.APPOSITIVE, "")
        .str.replace_all(r"Co\.,\s?Ltd", "Co.\x1fLtd")
        .str.replace_all(p.AND_INSIDE_NAME, "${1}${3}${4}\x1dand\x1d${2}${5}")
    )
    # "and" after an organisation word separates two names; any other "and" joins one name when a long
    # organisation name follows ("Jiaxing Sunrise and Harvest Equity Investment Partnership"), else it separates
    # brands and people ("Dongfang Ruixin and Lanting Capital", "Zhong Chao and Liao Yang")
    marked = (
        protected.str.replace_all(r"\s*,\s*and\s+", ", ")
        .str.replace_all(rf"\b({p.ORG_END})\s+and\s+", "${1}\x1e")
        .str.replace_all(r"\s+and\s+", "\x1c")
        .str.replace_all(rf"\x1c((?:[^\x1c\x1d\x1e,、\s]+\s+){{2,}}[^\x1c\x1d\x1e,、]*?{p.ORG_END})(\x1e|,|、|$)",
                         "\x1dand\x1d${1}${2}")
        .str.replace_all("\x1c", "\x1e")
    )
    return (
        marked.str.replace_all(p.LIST_SEPARATOR, "\x1e").str.split("\x1e")
        .list.eval(pl.element().str.replace_all("\x1f", ", ").str.replace_all("\x1d", " ")
                   .str.strip_chars(" ,;.\"“”'"))
    )


def clean_name(name: pl.Expr) -> pl.Expr:
    """A party's name without a leading article or a trailing "and other institutions"; null if not a name."""
    cleaned = (
        name.str.replace(r"^(?:The|the|With|And|By|From|Including|Also|Both|Led by|Followed by)\s+", "")
        .str.replace(r"\s+(?:etc|and others?|and other \w+)\.?$", "")
        .str.strip_chars(" ,;:\"“”'")
    )
    return pl.when(cleaned.str.contains(p.NOT_A_NAME) | (cleaned.str.len_chars() < 2)).then(None).otherwise(cleaned)
