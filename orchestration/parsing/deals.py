"""Deals and their investors from the news items about financings.

One deal per deal item. The sentence that states the deal is the first body sentence that names a
financing with an amount or a round and is not background; the body's full statement wins over the
headline (which may round, change currency or state a total), and the headline fills what the body leaves
out. Investors come from role cues in this round's sentences only.
"""

from __future__ import annotations

import polars as pl

from orchestration.parsing import patterns as p
from orchestration.parsing.entities import name_words
from orchestration.parsing.mentions import clean_name, split_names

# Role cues. A list cue names investors after it ("led by A, B and C"); a predicate cue names the subject
# of its verb ("A and B participated"). Where the two disagree, the predicate wins: in "led by A, and B
# participated" the list runs on past A, the verb does not.
_NAMES = rf"(?P<names>{p.NAME_LIST})"
_SUCH_AS = r"(?:(?:[\w-]+\s+){0,3}?(?i:such as|including|like)\s+)?"
# "the venture capital arm of private equity firm X": the investor is recorded as X, as written.
_ARM_OF = r"(?:(?i:the)\s+(?:[a-z][\w-]*\s+){0,4}(?:arm|unit|subsidiary|affiliate|vehicle|platform)\s+of\s+(?:[a-z][\w-]*\s+){0,4})?"
_SUBJECT = rf"{p.CLAUSE_START}{_ARM_OF}(?P<names>{p.SUBJECT_LIST})\s+"
# Unnamed parties before a named one: "with participation from a leading US dollar fund and X".
_ANONYMOUS = (
    r"(?:(?i:an?|several|some|other|two|three|multiple|local|one)\s+(?:[\w$-]+\s+){0,4}?"
    r"(?i:funds?|capital|investors?|institutions?|parties|platforms?)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+))?"
)
_AUXILIARIES = r"(?:(?i:has|have|had|will|would|also|jointly|both|all|each|is|are|was|were|expected|set|in talks|likely|poised|going|to|reportedly|plans?|intends?|further|said)\s+){0,4}"
_OLD = r"(?P<old>(?i:(?:its\s+)?(?:old|existing|original)\s+(?:shareholders?|investors?)\s+)(?:(?i:such as|including)\s+)?)?"
ROLE_CUES: list[tuple[str, str, str]] = [
    ("lead", "list", r"(?i:co-led|jointly led|led|headed|spearheaded)\s+(?i:by)\s+" + _ARM_OF + _SUCH_AS + _OLD + _NAMES),
    ("lead", "list", r"(?i:lead|exclusive|sole)\s+(?i:investors?)\s+(?:(?i:in|of|for)\s+(?i:this|the)\s+(?:[\w-]+\s+){0,2}?)?"
     r"(?i:is|was|are|were|being|include[sd]?)\s+" + _ARM_OF + _NAMES),
    ("lead", "list", r"(?i:exclusively invested by|solely invested by|exclusive investment from|exclusive investment of)\s+" + _ARM_OF + _NAMES),
    ("lead", "predicate", _SUBJECT + _AUXILIARIES + r"(?i:led|co-led|leads|lead|co-lead|co-leads|headed|heads|spearheaded)"
     r"\s+(?i:the|this|its|a|an)\s+(?:[\w$¥€.,+-]+\s+){0,6}?(?i:round|investment|financing|deal|funding|raise)"),
    ("lead", "predicate", _SUBJECT + r"(?i:is|was|were|are|acted as|served as|participated as|came in as|invested as|as)\s+"
     r"(?i:the\s+)?(?i:lead|exclusive|sole)\s+(?i:investors?)"),
    ("lead", "predicate", _SUBJECT + r"(?i:leading|taking the lead)\b"),
    ("lead", "list", _NAMES + r"\s+(?i:as)\s+(?:(?i:the)\s+)?(?i:lead|exclusive|sole)\s+(?i:investors?)"),
    ("existing", "list", r"(?i:old|existing|original|previous|early)\s+(?i:shareholders?|investors?|backers?)\s+"
     r"(?:(?i:such as|including|like)\s+)?" + _NAMES),
    ("existing", "predicate", _SUBJECT + _AUXILIARIES + r"(?i:continued to (?:increase|add|invest|bet|back|follow)|"
     r"increased (?:their|its) (?:holdings|investment|stake)|followed on|follows? on|made follow-on|re-upped|re-ups|"
     r"doubled down|topped up)"),
    ("participant", "list", r"(?i:followed by|with participation from|with the participation of|"
     r"with (?:the )?[\w-]+ participation (?:of|from)|participation (?:of|from)|joined by|also backed by|backed by|"
     r"invested by|strategically invested by|funded by|financed by|subscribed by|"
     r"co-investors? (?:include[sd]?|including|were|are|was|is)|"
     r"(?:other |new |participating )?investors? (?:in|of|for) (?:this|the|these|both)(?: two| three)? "
     r"(?:rounds?|financing|deal|transaction)(?: of financing)? (?:is|are|was|were|include[sd]?|including)|"
     r"(?:other |new |participating )?investors? (?:include[sd]?|including|are|were|is|was)|with investment from|"
     r"participants? (?:include[sd]?|are|were)|new investors?|along with|together with|"
     r"(?:investment|financing|funding|backing|round|yuan|dollars|million|billion)\s+from)\s+"
     + _ANONYMOUS + _ARM_OF + _SUCH_AS + _NAMES),
    ("participant", "list", r"(?i:with)\s+" + _NAMES + r"\s+(?:(?i:also|all|both|each)\s+)?(?i:participating|joining|"
     r"following|co-investing|taking part|investing)\b"),
    ("participant", "predicate", _SUBJECT + _AUXILIARIES + r"(?i:participated|participates|participate|participating|"
     r"joined|joins|join|joining|followed|follows|follow|following|co-invested|took part|invested|"
     r"has expressed its intention to participate)\b"),
    # "<Company> (<round>) – <amount> (<I1>, <I2>)": a statistics list names investors without roles
    ("participant", "list", p.LIST_LINE),
]


def label_company(text: pl.Expr) -> pl.Expr:
    """"Linghang Satellite: The angel round of …": a company named as the label of its story."""
    label = text.str.extract(rf"^\s*({p.NAME})\s*[:：]\s", 1)
    return pl.when(~label.str.contains(p.OUTLET_LABEL) & ~label.str.contains(p.NOT_A_NAME)).then(label)


def company_subject(sentence: pl.Expr) -> pl.Expr:
    """The company a financing sentence is about: its subject, or the object of an investor-first sentence."""
    investor_first = sentence.str.extract(
        p.LEADING_ADVERBIAL + rf"{p.NAME_LIST}\s+{p.INVESTOR_FIRST_VERB}.*?\s(?:in|into)\s+(?:the\s+)?({p.NAME})", 1)
    subject = sentence.str.extract(p.LEADING_ADVERBIAL + r"(.+?)\s+" + p.DEAL_VERB, 1)
    # "Zhiyuan Power's 1.8 billion yuan Series D financing was the largest": the possessor
    possessor = sentence.str.extract(
        rf"(?:^|[,;:]\s*(?:and\s+)?)({p.NAME})['’]s\s+(?:[^.;]|\.\d)*?\b(?i:financing|round|funding|raise)\b", 1)
    return pl.coalesce(investor_first, clean_subject(subject), clean_subject(possessor))


def list_line_company(line: pl.Expr) -> pl.Expr:
    """The company of a statistics list line, without its bracketed round."""
    company = line.str.extract_groups(p.LIST_LINE).struct.field("company")
    return company.str.replace(r"\s*[(（][^)）]*[)）]$", "")


def clean_subject(subject: pl.Expr) -> pl.Expr:
    """Strip appositives, bracketed asides and descriptive prefixes: the name is left, or null."""
    cleaned = (
        subject.str.replace(r",\s+(?:an?|the|one of|which|who|whose)\s.*$", "")
        .str.replace(r"\s*[(（][^)）]*[)）]\s*$", "")
        .str.replace(p.DESCRIPTIVE_PREFIX, "")
        .str.strip_chars(" ,")
    )
    # "Led by A, with participation from B, Shanghai X Co., Ltd. has raised …": the subject is the last chunk
    last_chunk = cleaned.str.extract(r"([A-Z][^,]*(?:,\s*Ltd\.?)?)$", 1)
    valid = lambda name: name.str.contains(rf"^{p.NAME}$") & ~name.str.contains(p.NOT_A_NAME)  # noqa: E731
    return pl.when(valid(cleaned)).then(cleaned).when(valid(last_chunk)).then(last_chunk)


def _is_legal_name(name: pl.Expr) -> pl.Expr:
    return name.str.contains(p.LEGAL_FORM)


def deal_sentences(sentences: pl.DataFrame, amounts: pl.DataFrame, rounds: pl.DataFrame,
                   articles: pl.DataFrame) -> pl.DataFrame:
    """Sentences with flags: background, statistics, deal amount, round, and whether it states a deal."""
    deal_amounts = (
        amounts.filter(~pl.col("is_valuation") & ~pl.col("is_bracketed") & ~pl.col("is_per_share") & ~pl.col("is_rate")
                       & (pl.col("is_vague") | (pl.col("value") >= 1e4)))
        .group_by("item_id", "sentence_no").agg(n_deal_amounts=pl.len())
    )
    round_counts = rounds.group_by("item_id", "sentence_no").agg(n_rounds=pl.len())
    # A financing dated in an earlier year than the article is history ("Founded in 2019" dates nothing).
    years = (
        pl.col("sentence").str.replace_all(r"(?i)(?:founded|established|set up|incorporated|born)\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}", "")
        .str.extract_all(p.YEAR).list.eval(pl.element().cast(pl.Int32)).list.min()
    )
    return (
        sentences.join(deal_amounts, on=["item_id", "sentence_no"], how="left")
        .join(round_counts, on=["item_id", "sentence_no"], how="left")
        .join(articles.select("article_id", published_year=pl.col("published_date").dt.year()), on="article_id", how="left")
        .with_columns(pl.col("n_deal_amounts", "n_rounds").fill_null(0))
        .with_columns(
            is_list_line=pl.col("sentence").str.contains(p.LIST_LINE) & (pl.col("n_deal_amounts") + pl.col("n_rounds") > 0)
            | pl.col("sentence").str.contains(p.LIST_LINE) & pl.col("sentence").str.contains(r"(?i)[–—-]\s*(?:undisclosed|not disclosed)"),
            is_background=pl.col("sentence").str.contains(p.BACKGROUND)
            | (years < pl.col("published_year")).fill_null(False),
            is_statistics=pl.col("sentence").str.contains(p.STATISTICS) | pl.col("sentence").str.contains(p.NOT_A_DEAL),
            has_financing_cue=pl.col("sentence").str.contains(p.FINANCING_CUE),
        )
        .with_columns(
            states_deal=(pl.col("has_financing_cue") & ((pl.col("n_deal_amounts") > 0) | (pl.col("n_rounds") > 0))
                         | pl.col("is_list_line"))
            & ~pl.col("is_background") & ~pl.col("is_statistics"),
        )
        .drop("published_year")
    )


def split_into_deals(items: pl.DataFrame, flagged: pl.DataFrame, *mentions: pl.DataFrame):
    """One unit per deal: a news brief that reports several companies' rounds holds several deals.

    A body sentence that states a deal about a company not named as a deal subject before it in the item
    (nor a longer or shorter form of such a name) opens a new deal; the sentences after it belong to that
    deal. Returns the deal units (as items), and the sentence and mention frames keyed by unit.
    """
    deal_items = items.filter(pl.col("kind") == "deal").select("item_id", "article_id", "headline")
    subject = pl.coalesce(list_line_company(pl.col("sentence")), label_company(pl.col("sentence")),
                          company_subject(pl.col("sentence")))
    subjects = (
        flagged.join(deal_items.select("item_id"), on="item_id")
        .filter(pl.col("states_deal") | pl.col("is_headline"))
        .select("item_id", "sentence_no", "is_headline", key=name_words(subject))
        .drop_nulls("key").filter(pl.col("key") != "")
    )
    earlier = subjects.select("item_id", earlier_no="sentence_no", earlier_key="key")
    repeated = (
        subjects.join(earlier, on="item_id")
        .filter((pl.col("earlier_no") < pl.col("sentence_no"))
                & (pl.col("key").str.contains(pl.col("earlier_key"), literal=True)
                   | pl.col("earlier_key").str.contains(pl.col("key"), literal=True)
                   # the distinctive first word: "Hengyuan" of "Hefei Hengyuan SiC Co., Ltd." and "Hengyuan SiC"
                   | (pl.col("key").str.extract(r"^(\S+)", 1) == pl.col("earlier_key").str.extract(r"^(\S+)", 1))))
        .select("item_id", "sentence_no").unique()
    )
    # the item's first subject (headline or body) is its first deal; each later new subject opens another
    openers = (
        subjects.with_columns(first_no=pl.col("sentence_no").min().over("item_id"))
        .filter(~pl.col("is_headline") & (pl.col("sentence_no") > pl.col("first_no")))
        .join(repeated, on=["item_id", "sentence_no"], how="anti")
        .select("item_id", "sentence_no", opens=pl.lit(True))
    )
    units = (
        flagged.select("item_id", "sentence_no").join(deal_items.select("item_id"), on="item_id")
        .join(openers, on=["item_id", "sentence_no"], how="left")
        .with_columns(pl.col("opens").fill_null(False))
        .with_columns(deal_no=pl.col("opens").cast(pl.Int32).cum_sum().over("item_id", order_by="sentence_no"))
        .with_columns(unit_id=pl.concat_str("item_id", pl.lit("-"), pl.col("deal_no").cast(pl.Utf8)))
        .select("item_id", "sentence_no", "deal_no", "unit_id")
    )

    def by_unit(frame: pl.DataFrame) -> pl.DataFrame:
        return (frame.join(units, on=["item_id", "sentence_no"])
                .with_columns(item_id=pl.col("unit_id")).drop("unit_id", "deal_no"))

    unit_items = (
        units.select("item_id", "deal_no", "unit_id").unique()
        .join(deal_items, on="item_id")
        .select(item_id=pl.col("unit_id"), article_id="article_id",
                headline=pl.when(pl.col("deal_no") == 0).then(pl.col("headline")),
                kind=pl.lit("deal"))
        .sort("item_id")
    )
    return unit_items, by_unit(flagged), *[by_unit(frame) for frame in mentions]


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
    headline_name = pl.coalesce(list_line_company(pl.col("headline")), company_subject(pl.col("headline")))
    evidence_subject = pl.col("evidence").str.extract(p.LEADING_ADVERBIAL + r"(.+?)\s+" + p.DEAL_VERB, 1)
    evidence_name = pl.coalesce(list_line_company(pl.col("evidence")), company_subject(pl.col("evidence")))
    # "Zhongke Hongtu: The Pre-B round has been completed": the label names the company
    label_name = pl.coalesce(label_company(pl.col("headline") + " "), label_company(pl.col("evidence")),
                             label_company(pl.col("body_text")))
    introduced = body.str.extract_all(p.ALIAS_INTRODUCER).list.eval(
        pl.element().str.extract(p.ALIAS_INTRODUCER.replace("(?P<alias>", "("), 1).str.strip_chars(" \"“”'‘’"))
    bracketed_in_subject = evidence_subject.str.extract(r"[(（]([A-Z][^)）:：]*)[)）]", 1)
    founded = body.str.extract(rf"(?i:founded|established|set up) in (?:[A-Z][a-z]+ )?\d{{4}},\s+({p.NAME})\s+(?:is|has|was|focuses)", 1)
    short_names = introduced.list.eval(pl.element().filter(pl.element().str.contains(rf"^{p.NAME}$")))
    return (
        deals.with_columns(
            _headline_name=pl.coalesce(headline_name, label_name), _evidence_name=evidence_name, _short=short_names,
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
    """One row per investor of each deal: role `lead`, `existing` (old shareholders) or `participant`."""
    this_round = (
        flagged.join(deals.select("item_id", "company_name", "company_aliases"), on="item_id")
        .filter(~pl.col("is_background") & ~pl.col("is_statistics"))
    )
    found = []
    for cue_no, (role, kind, pattern) in enumerate(ROLE_CUES):
        group_names = [g for g in ("names", "investors", "old", "title") if f"(?P<{g}>" in pattern]

        def field(group: str, present: list[str] = group_names) -> pl.Expr:
            return pl.col("parts").struct.field(group) if group in present else pl.lit(None, pl.Utf8)
        found.append(
            this_round.lazy()
            .select("item_id", "sentence_no", "sentence", "company_name", "company_aliases",
                    pl.col("sentence").str.extract_all(pattern).alias("match"))
            .explode("match").drop_nulls("match")
            .with_columns(parts=pl.col("match").str.extract_groups(pattern))
            .with_columns(
                names=split_names(pl.coalesce(field("names"), field("investors"))),
                is_existing=pl.lit(role == "existing")
                | field("title").str.contains(r"(?i)angel|early|earlier|previous|existing|old|original").fill_null(False),
                # "led by old shareholders A and B": leads that are also existing shareholders
                is_old_lead=field("old").is_not_null(),
                role=pl.lit(role), kind=pl.lit(kind), cue_no=pl.lit(cue_no),
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
    said_of = lambda role, kind: ((pl.col("role") == role) & (pl.col("kind") == kind)).any()  # noqa: E731
    return (
        mentions.filter(not_the_company)
        .sort("item_id", "sentence_no", "cue_no")
        .group_by("item_id", pl.col("investor_name").str.to_lowercase().alias("_key"), maintain_order=True)
        .agg(
            pl.col("investor_name").first(),
            lead_by_predicate=said_of("lead", "predicate"),
            lead_by_list=said_of("lead", "list"),
            participant_by_predicate=said_of("participant", "predicate"),
            existing_by_predicate=(pl.col("is_existing") & (pl.col("kind") == "predicate")).any(),
            existing_by_list=(pl.col("is_existing") & (pl.col("kind") == "list")).any(),
            is_old_lead=pl.col("is_old_lead").any(),
            evidence=pl.col("sentence").first(),
        )
        .with_columns(
            is_lead=pl.col("lead_by_predicate") | (pl.col("lead_by_list") & ~pl.col("participant_by_predicate")),
        )
        .with_columns(
            is_existing=pl.col("existing_by_predicate") | (pl.col("existing_by_list") & ~pl.col("participant_by_predicate"))
            | (pl.col("is_old_lead") & pl.col("is_lead")),
        )
        .with_columns(
            role=pl.when(pl.col("is_lead")).then(pl.lit("lead"))
            .when(pl.col("is_existing")).then(pl.lit("existing"))
            .otherwise(pl.lit("participant")),
        )
        .select("item_id", "investor_name", "role", "is_existing", "evidence")
    )
