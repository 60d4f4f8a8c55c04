"""Deals and their investors from the news items about financings.

One deal per deal item. The sentence that states the deal is the first body sentence that names a
financing with an amount or a round and is not background; the body's full statement wins over the
headline (which may round, change currency or state a total), and the headline fills what the body leaves
out. Investors come from role cues in this round's sentences only.
"""

from __future__ import annotations

import polars as pl

from orchestration.parsing import patterns as p
from orchestration.parsing.mentions import clean_name, split_names

# Role cues: the investors' names stand after the cue ("led by X") or before it ("X led the round").
_NAMES = rf"(?P<names>{p.NAME_LIST})"
_SUCH_AS = r"(?:(?:[\w-]+\s+){0,3}?(?i:such as|including|like)\s+)?"
ROLE_CUES: list[tuple[str, str]] = [
    ("lead", r"(?i:co-led|jointly led|led|headed|spearheaded)\s+(?i:by)\s+" + _SUCH_AS
     + r"(?P<old>(?i:(?:its\s+)?(?:old|existing|original)\s+(?:shareholders?|investors?)\s+)(?:(?i:such as|including)\s+)?)?"
     + _NAMES),
    ("lead", r"(?i:lead investors?|exclusive investors?|sole investor)\s+(?i:is|was|are|were|being|include[sd]?)\s+" + _NAMES),
    ("lead", r"(?i:exclusively invested by|solely invested by|exclusive investment from|exclusive investment of)\s+" + _NAMES),
    ("lead", _NAMES + r"\s+(?:(?i:has|have|had|will|also|jointly|co-|both)\s+)?(?i:led|co-led|leads|lead|jointly led|headed)"
     r"\s+(?i:the|this|its)\s+(?:[\w-]+\s+){0,2}(?i:round|investment|financing|deal|funding|raise)"),
    ("lead", r"(?i:with)\s+" + _NAMES + r"\s+(?i:leading|as the lead investor|as lead investor|as the lead|"
     r"as the exclusive investor|as the sole investor|taking the lead)"),
    ("lead", _NAMES + r"\s+(?i:as the lead investor|as lead investor|as the exclusive investor|(?:acted|served) as the lead investor|"
     r"(?:was|is) the (?:lead|exclusive|sole) investor)"),
    ("existing", r"(?i:old|existing|original|previous)\s+(?i:shareholders?|investors?|backers?)\s+(?:(?i:such as|including|like)\s+)?" + _NAMES),
    ("existing", _NAMES + r"\s+(?:(?i:also|all|both)\s+)?(?i:continued to (?:increase|add|invest|bet|back|follow)|"
     r"increased (?:their|its) (?:holdings|investment|stake)|followed on|made follow-on|re-upped|doubled down)"),
    ("participant", r"(?i:followed by|with participation from|with the participation of|with (?:the )?[\w-]+ participation (?:of|from)|"
     r"participation (?:of|from)|joined by|also backed by|backed by|invested by|strategically invested by|"
     r"co-investors? (?:include[sd]?|including|were|are|was|is)|"
     r"(?:other |new )?investors? (?:in|of) (?:this|the) (?:round|financing)(?: of financing)? (?:is|are|was|were|include[sd]?|including)|"
     r"(?:other |new |participating )?investors? (?:include[sd]?|including|are|were)|with investment from|"
     r"participants? (?:include[sd]?|are|were)|new investors?|along with)\s+" + _SUCH_AS + _NAMES),
    ("participant", _NAMES + r"\s+(?:(?i:also|jointly|has|have|had|all|both)\s+)?(?i:participated|participating|joined|joining|"
     r"followed|following|co-invested|took part|invested)\b"),
]
_ROLE_RANK = {"lead": 0, "existing": 1, "participant": 2}


def company_subject(sentence: pl.Expr) -> pl.Expr:
    """The company a financing sentence is about: its subject, or the object of an investor-first sentence."""
    investor_first = sentence.str.extract(
        p.LEADING_ADVERBIAL + rf"{p.NAME_LIST}\s+{p.INVESTOR_FIRST_VERB}.*?\s(?:in|into)\s+(?:the\s+)?({p.NAME})", 1)
    subject = sentence.str.extract(p.LEADING_ADVERBIAL + r"(.+?)\s+" + p.DEAL_VERB, 1)
    return pl.coalesce(investor_first, clean_subject(subject))


def clean_subject(subject: pl.Expr) -> pl.Expr:
    """Strip appositives, bracketed asides and descriptive prefixes: the name is left, or null."""
    cleaned = (
        subject.str.replace(r",\s+(?:an?|the|one of|which|who|whose)\s.*$", "")
        .str.replace(r"\s*[(（][^)）]*[)）]\s*$", "")
        .str.replace(p.DESCRIPTIVE_PREFIX, "")
        .str.strip_chars(" ,")
    )
    return pl.when(cleaned.str.contains(rf"^{p.NAME}$") & ~cleaned.str.contains(p.NOT_A_NAME)).then(cleaned)


def _is_legal_name(name: pl.Expr) -> pl.Expr:
    return name.str.contains(p.LEGAL_FORM)


def deal_sentences(sentences: pl.DataFrame, amounts: pl.DataFrame, rounds: pl.DataFrame) -> pl.DataFrame:
    """Sentences with flags: background, statistics, deal amount, round, and whether it states a deal."""
    deal_amounts = (
        amounts.filter(~pl.col("is_valuation") & ~pl.col("is_bracketed") & ~pl.col("is_per_share") & ~pl.col("is_rate")
                       & (pl.col("is_vague") | (pl.col("value") >= 1e4)))
        .group_by("item_id", "sentence_no").agg(n_deal_amounts=pl.len())
    )
    round_counts = rounds.group_by("item_id", "sentence_no").agg(n_rounds=pl.len())
    return (
        sentences.join(deal_amounts, on=["item_id", "sentence_no"], how="left")
        .join(round_counts, on=["item_id", "sentence_no"], how="left")
        .with_columns(pl.col("n_deal_amounts", "n_rounds").fill_null(0))
        .with_columns(
            is_background=pl.col("sentence").str.contains(p.BACKGROUND),
            is_statistics=pl.col("sentence").str.contains(p.STATISTICS),
            has_financing_cue=pl.col("sentence").str.contains(p.FINANCING_CUE),
        )
        .with_columns(
            states_deal=pl.col("has_financing_cue") & ((pl.col("n_deal_amounts") > 0) | (pl.col("n_rounds") > 0))
            & ~pl.col("is_background") & ~pl.col("is_statistics"),
        )
    )


def deal_mentions(items: pl.DataFrame, flagged: pl.DataFrame, amounts: pl.DataFrame,
                  rounds: pl.DataFrame) -> pl.DataFrame:
    """One row per deal item: company, aliases, round, status, amount bounds, valuation, evidence."""
    deal_items = items.filter(pl.col("kind") == "deal").select("item_id", "article_id", "headline")
    # Where each fact is looked for, in order: the body's deal sentence, the headline, the rest of this round's text.
    first_body = (
        flagged.filter(pl.col("states_deal") & ~pl.col("is_headline"))
        .group_by("item_id").agg(deal_sentence_no=pl.col("sentence_no").min())
    )
    ranked = (
        flagged.join(deal_items.select("item_id"), on="item_id")
        .join(first_body, on="item_id", how="left")
        .with_columns(
            source_rank=pl.when(pl.col("sentence_no") == pl.col("deal_sentence_no")).then(0)
            .when(pl.col("is_headline")).then(1)
            .when(~pl.col("is_background") & ~pl.col("is_statistics")).then(2)
        )
        .filter(pl.col("source_rank").is_not_null())
    )
    keys = ["item_id", "sentence_no"]
    source = ranked.select(*keys, "source_rank")
    amount = (
        amounts.join(source, on=keys)
        .filter(~pl.col("is_valuation") & ~pl.col("is_bracketed") & ~pl.col("is_per_share") & ~pl.col("is_rate")
                & (pl.col("is_vague") | (pl.col("value") >= 1e4)))
        .sort("item_id", "source_rank", "sentence_no", "mention_no")
        .group_by("item_id", maintain_order=True).first()
        .select("item_id", "sentence_no", "mention_no", amount_text=pl.col("amount_text").str.strip_chars(),
                currency="currency", amount_low="amount_low", amount_high="amount_high", needs_review="needs_review")
    )
    # The bracket right after the deal amount states the same amount in another currency: rate evidence.
    conversion = (
        amounts.filter(pl.col("is_bracketed"))
        .join(amount.select("item_id", "sentence_no", pl.col("mention_no").alias("deal_mention_no")), on=["item_id", "sentence_no"])
        .filter(pl.col("mention_no") == pl.col("deal_mention_no") + 1)
        .select("item_id", converted_currency="currency", converted_amount="value")
    )
    valuation = (
        amounts.join(source, on=keys).filter(pl.col("is_valuation"))
        .sort("item_id", "source_rank", "sentence_no", "mention_no")
        .group_by("item_id", maintain_order=True).first()
        .select("item_id", valuation_kind="valuation_kind", valuation=pl.coalesce("amount_low", "amount_high"),
                valuation_currency="currency")
    )
    round_ = (
        rounds.join(source, on=keys)
        .sort("item_id", "source_rank", "round_rank", descending=[False, False, True])
        .group_by("item_id", maintain_order=True).first()
        .select("item_id", "round", "round_text")
    )
    texts = ranked.group_by("item_id").agg(
        evidence=pl.col("sentence").filter(pl.col("source_rank") == 0).first(),
        body_text=pl.col("sentence").filter(~pl.col("is_headline")).str.join(" "),
    )
    deals = (
        deal_items.join(texts, on="item_id", how="left")
        .join(amount.drop("sentence_no", "mention_no"), on="item_id", how="left")
        .join(conversion, on="item_id", how="left")
        .join(valuation, on="item_id", how="left")
        .join(round_, on="item_id", how="left")
        .with_columns(evidence=pl.coalesce("evidence", "headline"))
    )
    return _with_company(deals).with_columns(
        round=pl.col("round").fill_null("undisclosed"),
        deal_status=pl.when(pl.col("evidence").str.contains(p.STATUS_IN_PROGRESS)).then(pl.lit("in_progress"))
        .when(pl.col("evidence").str.contains(p.STATUS_PLANNED)).then(pl.lit("planned"))
        .when(pl.col("headline").str.contains(p.STATUS_IN_PROGRESS)).then(pl.lit("in_progress"))
        .when(pl.col("headline").str.contains(p.STATUS_PLANNED)).then(pl.lit("planned"))
        .otherwise(pl.lit("completed")),
        implied_fx_rate=pl.when(pl.col("amount_high").is_not_null() & (pl.col("amount_low") == pl.col("amount_high")))
        .then(pl.col("converted_amount") / pl.col("amount_high")),
    ).select(
        "item_id", "article_id", "company_name", "company_aliases", "round", "round_text", "deal_status",
        "amount_text", "currency", "amount_low", "amount_high", "needs_review", "valuation_kind", "valuation",
        "valuation_currency", "converted_currency", "converted_amount", "implied_fx_rate", "headline", "evidence",
    )


def _with_company(deals: pl.DataFrame) -> pl.DataFrame:
    """The name the company is best known by, and every other name the item gives it."""
    body = pl.col("body_text").fill_null("")
    headline_name = company_subject(pl.col("headline"))
    evidence_subject = pl.col("evidence").str.extract(p.LEADING_ADVERBIAL + r"(.+?)\s+" + p.DEAL_VERB, 1)
    evidence_name = company_subject(pl.col("evidence"))
    introduced = body.str.extract_all(p.ALIAS_INTRODUCER).list.eval(
        pl.element().str.extract(p.ALIAS_INTRODUCER.replace("(?P<alias>", "("), 1).str.strip_chars(" \"“”'‘’"))
    bracketed_in_subject = evidence_subject.str.extract(r"[(（]([A-Z][^)）:：]*)[)）]", 1)
    founded = body.str.extract(rf"(?i:founded|established|set up) in (?:[A-Z][a-z]+ )?\d{{4}},\s+({p.NAME})\s+(?:is|has|was|focuses)", 1)
    short_names = introduced.list.eval(pl.element().filter(pl.element().str.contains(rf"^{p.NAME}$")))
    return (
        deals.with_columns(
            _headline_name=headline_name, _evidence_name=evidence_name, _short=short_names,
            _bracketed=bracketed_in_subject, _founded=founded,
        )
        .with_columns(
            company_name=pl.coalesce(
                pl.when(~_is_legal_name(pl.col("_headline_name"))).then(pl.col("_headline_name")),
                pl.col("_short").list.first(),
                pl.when(~_is_legal_name(pl.col("_evidence_name"))).then(pl.col("_evidence_name")),
                pl.col("_bracketed"),
                pl.col("_founded"),
                pl.col("_headline_name"), pl.col("_evidence_name"),
            ),
        )
        .with_columns(
            company_aliases=pl.concat_list(
                pl.col("_headline_name"), pl.col("_evidence_name"), pl.col("_short").fill_null([]),
                pl.col("_bracketed"), pl.col("_founded"),
            ).list.drop_nulls().list.unique(maintain_order=True)
            .list.set_difference(pl.concat_list(pl.col("company_name"))),
        )
        .drop("_headline_name", "_evidence_name", "_short", "_bracketed", "_founded", "body_text")
    )


def investor_mentions(deals: pl.DataFrame, flagged: pl.DataFrame) -> pl.DataFrame:
    """One row per investor of each deal, with the role its cue gives and whether it is an old shareholder."""
    this_round = (
        flagged.join(deals.select("item_id", "company_name", "company_aliases"), on="item_id")
        .filter(~pl.col("is_background") & ~pl.col("is_statistics"))
    )
    found = []
    for cue_no, (role, pattern) in enumerate(ROLE_CUES):
        found.append(
            this_round.lazy()
            .select("item_id", "sentence_no", "sentence", "company_name", "company_aliases",
                    pl.col("sentence").str.extract_all(pattern).alias("match"))
            .explode("match").drop_nulls("match")
            .with_columns(parts=pl.col("match").str.extract_groups(pattern))
            .with_columns(
                names=split_names(pl.col("parts").struct.field("names")),
                # "led by old shareholders A and B": leads that are also existing shareholders
                is_existing=pl.lit(role == "existing") | (
                    pl.col("parts").struct.field("old").is_not_null() if "(?P<old>" in pattern else pl.lit(False)),
                role=pl.lit(role), cue_no=pl.lit(cue_no),
            )
            .drop("parts")
            .explode("names")
            .with_columns(investor_name=clean_name(pl.col("names")))
            .drop_nulls("investor_name")
        )
    mentions = pl.concat(found).collect()
    not_the_company = ~(
        (pl.col("investor_name").str.to_lowercase() == pl.col("company_name").str.to_lowercase().fill_null(""))
        | pl.col("company_aliases").list.eval(pl.element().str.to_lowercase()).list.contains(pl.col("investor_name").str.to_lowercase())
    )
    return (
        mentions.filter(not_the_company)
        .with_columns(role_rank=pl.col("role").replace_strict(_ROLE_RANK, return_dtype=pl.Int8))
        .sort("item_id", "sentence_no", "role_rank")
        .group_by("item_id", pl.col("investor_name").str.to_lowercase().alias("_key"), maintain_order=True)
        .agg(
            pl.col("investor_name").first(),
            role=pl.col("role").sort_by("role_rank").first(),
            is_existing=pl.col("is_existing").any(),
            evidence=pl.col("sentence").first(),
        )
        .with_columns(
            role=pl.when((pl.col("role") == "participant") & pl.col("is_existing")).then(pl.lit("existing"))
            .otherwise(pl.col("role")),
        )
        .drop("_key")
    )
