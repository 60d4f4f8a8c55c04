"""Entity resolution: which written names are one company, and which are one investor.

Names are linked when
- one article gives them to the same party ("Hefei X Technology Co., Ltd. (hereinafter "X")", a project code);
- a listed company appears under one ticker;
- they normalise to the same key (legal form, punctuation and a leading province or city removed), or one
  key contains the other ("softbank" in "softbankgroup");
- they share the distinctive first word and their remaining, descriptive words agree: equal after mapping
  common translations ("Intelligent" / "Intelligence" / "AI", "Robot" / "Robotics"), one a subset of the
  other, or a rapidfuzz ratio of at least DESCRIPTOR_MATCH. "Lingxi Robotics" and "Lingxin Robotics" differ in the
  distinctive word and stay apart; "Weiling Chip" and "Weiling Sensing" differ in what they make and stay apart.
The editable dbt seed `entity_aliases` forces a merge (alias → canonical name) or a split (the alias keeps
its own entity). Linked names form entities by label propagation over the link graph, on whole frames.
"""

from __future__ import annotations

import polars as pl
from cleanco import basename
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from orchestration.parsing.regions import CITIES, PROVINCES

# Two descriptive parts at least this similar (rapidfuzz ratio, 0-100) name the same business.
DESCRIPTOR_MATCH = 85
# Translations of the same industry word, mapped to one.
DESCRIPTOR_SYNONYMS = {
    "intelligent": "ai", "intelligence": "ai", "zhineng": "ai", "robotics": "robot", "jiqiren": "robot",
    "technology": "tech", "technologies": "tech", "keji": "tech", "liangzi": "quantum", "semiconductors": "semiconductor",
    "bandaoti": "semiconductor", "microelectronics": "micro", "optoelectronics": "optoelectronic",
}
_LEGAL_FORMS = (
    r"\b(?:co\.?,?\s*ltd\.?|company limited|limited|inc\.?|corp\.?|corporation|llc|gmbh|plc|"
    r"\(limited partnership\)|limited partnership|\(lp\)|group co)\b"
)
_PLACE = rf"^(?:{'|'.join(p.lower() for p in PROVINCES + CITIES)})\s+"
_BRACKETED_PLACE = rf"\s*\((?:{'|'.join(p.lower() for p in PROVINCES + CITIES)})\)"


def name_key(name: pl.Expr) -> pl.Expr:
    """A name's matching key: lower case, no legal form, no leading place, no punctuation or spaces."""
    return name_words(name).str.replace_all(" ", "")


def name_words(name: pl.Expr) -> pl.Expr:
    """A name as lower-case words: no legal form, no bracketed or leading place, no punctuation."""
    return (
        name.str.to_lowercase()
        .str.replace_all(_BRACKETED_PLACE, " ")
        .str.replace_all(_LEGAL_FORMS, " ")
        .str.replace_all(r"[^a-z0-9\u4e00-\u9fff]+", " ")
        .str.strip_chars()
        .str.replace(_PLACE, "")
    )


def _legal_basename(name: pl.Expr) -> pl.Expr:
    """cleanco's basename (legal forms of many jurisdictions) once per distinct name, then our own forms."""
    return name.map_elements(basename, return_dtype=pl.Utf8, skip_nulls=True)


def _parts(frame: pl.LazyFrame) -> pl.LazyFrame:
    words = name_words(_legal_basename(pl.col("name")))
    descriptor = (
        words.str.split(" ").list.slice(1)
        .list.eval(pl.element().replace(DESCRIPTOR_SYNONYMS)).list.unique().list.sort().list.join(" ")
    )
    return frame.with_columns(
        key=words.str.replace_all(" ", ""),
        first_word=words.str.extract(r"^(\S+)", 1),
        descriptor=descriptor,
    )


def _joined_transliterations(names: pl.DataFrame) -> pl.DataFrame:
    """"Xuan Yue AI" beside "Xuanyue Intelligent": two first words that spell another name's first word are one."""
    words = name_words(pl.col("name")).str.split(" ")
    first_words = names.select("entity_type", joined="first_word").unique()
    return (
        names.with_columns(joined=words.list.slice(0, 2).list.join(""), rest=words.list.slice(2))
        .join(first_words.with_columns(known=pl.lit(True)), on=["entity_type", "joined"], how="left")
        .with_columns(
            first_word=pl.when(pl.col("known") & (words.list.len() > 1)).then("joined").otherwise("first_word"),
            descriptor=pl.when(pl.col("known") & (words.list.len() > 1)).then(
                pl.col("rest").list.eval(pl.element().replace(DESCRIPTOR_SYNONYMS)).list.unique().list.sort()
                .list.join(" ")).otherwise("descriptor"),
        )
        .drop("joined", "rest", "known")
    )


def _fuzzy_links(names: pl.DataFrame) -> pl.DataFrame:
    """Pairs of keys with the same distinctive first word whose descriptive parts agree."""
    keyed = (_joined_transliterations(names).select("entity_type", "key", "first_word", "descriptor")
             .unique().filter(pl.col("key") != ""))
    pairs = (
        keyed.join(keyed, on=["entity_type", "first_word"], suffix="_other")
        .filter(pl.col("key") < pl.col("key_other"))
    )
    if pairs.height == 0:
        return pairs.select("entity_type", "key", pl.col("key_other").alias("other"))
    similarity = cpdist(pairs["descriptor"].to_list(), pairs["descriptor_other"].to_list(), scorer=fuzz.ratio)
    own, other = pl.col("descriptor").str.split(" "), pl.col("descriptor_other").str.split(" ")
    return (
        pairs.with_columns(similarity=pl.Series(similarity))
        .filter(
            (pl.col("descriptor") == "") | (pl.col("descriptor_other") == "")
            | (own.list.set_difference(other).list.len() == 0) | (other.list.set_difference(own).list.len() == 0)
            | (pl.col("similarity") >= DESCRIPTOR_MATCH)
            | pl.col("key").str.contains(pl.col("key_other"), literal=True)
            | pl.col("key_other").str.contains(pl.col("key"), literal=True)
        )
        .select("entity_type", "key", other="key_other")
    )


def _propagate(edges: pl.DataFrame, nodes: pl.DataFrame) -> pl.DataFrame:
    """Connected components of the link graph: every key takes the smallest key it can reach."""
    both = pl.concat([edges, edges.select("entity_type", key="other", other="key")]).unique()
    labels = nodes.select("entity_type", "key", label="key")
    while True:
        reached = (
            both.join(labels, left_on=["entity_type", "other"], right_on=["entity_type", "key"])
            .group_by("entity_type", "key").agg(neighbour_label=pl.col("label").min())
        )
        updated = (
            labels.join(reached, on=["entity_type", "key"], how="left")
            .with_columns(label=pl.min_horizontal("label", "neighbour_label")).drop("neighbour_label")
        )
        if updated.sort("entity_type", "key").equals(labels.sort("entity_type", "key")):
            return labels
        labels = updated


def co_financing_links(deals: pl.DataFrame, window_days: int) -> pl.DataFrame:
    """Names with the same distinctive word reported raising the same round within the window: one company.

    deals: name, round, announced (date). Undisclosed rounds say too little to link on.
    """
    keyed = (
        _parts(deals.filter(pl.col("round") != "undisclosed").lazy()).collect()
        .select("name", "round", "announced", "first_word", "key")
    )
    return (
        keyed.join(keyed, on=["first_word", "round"], suffix="_other")
        .filter((pl.col("key") < pl.col("key_other"))
                & ((pl.col("announced") - pl.col("announced_other")).dt.total_days().abs() <= window_days))
        .select(entity_type=pl.lit("company"), name="name", other_name="name_other")
        .unique()
    )


def resolve_entities(names: pl.DataFrame, links: pl.DataFrame, overrides: pl.DataFrame) -> pl.DataFrame:
    """One row per (entity_type, written name): its entity key and the entity's canonical name.

    names: entity_type, name, weight (how often the name is the primary name of a mention)
    links: entity_type, name, other_name (names one article or one ticker gives to the same party)
    overrides: entity_type, alias, canonical_name, action (`merge` | `split`), the seed entity_aliases
    """
    merges = overrides.filter(pl.col("action") == "merge")
    all_names = pl.concat([
        names.select("entity_type", "name", pl.col("weight").cast(pl.Int64)),
        merges.select("entity_type", name="alias", weight=pl.lit(0, pl.Int64)),
        merges.select("entity_type", name="canonical_name", weight=pl.lit(0, pl.Int64)),
    ]).group_by("entity_type", "name").agg(pl.col("weight").sum())
    parts = _parts(all_names.lazy()).collect().filter(pl.col("key") != "")
    split_keys = _parts(overrides.filter(pl.col("action") == "split").select("entity_type", name="alias").lazy()) \
        .collect().select("entity_type", "key")
    key_of = parts.select("entity_type", "name", "key")
    article_links = (
        links.join(key_of, on=["entity_type", "name"])
        .join(key_of.rename({"name": "other_name", "key": "other"}), on=["entity_type", "other_name"])
        .select("entity_type", "key", "other")
    )
    forced_links = (
        merges.join(key_of.rename({"name": "alias"}), on=["entity_type", "alias"])
        .join(key_of.rename({"name": "canonical_name", "key": "other"}), on=["entity_type", "canonical_name"])
        .select("entity_type", "key", "other")
    )
    # a forced split keeps its name out of every link the texts suggest; forced merges still apply
    automatic = (
        pl.concat([article_links, _fuzzy_links(parts)])
        .join(split_keys, on=["entity_type", "key"], how="anti")
        .join(split_keys.rename({"key": "other"}), on=["entity_type", "other"], how="anti")
    )
    edges = pl.concat([forced_links, automatic]).filter(pl.col("key") != pl.col("other"))
    labels = _propagate(edges, parts.select("entity_type", "key").unique())
    resolved = parts.join(labels, on=["entity_type", "key"])
    canonical = (
        resolved.sort("weight", "name", descending=[True, False])
        .group_by("entity_type", "label", maintain_order=True)
        .agg(canonical_name=pl.col("name").first())
    )
    forced = (
        merges.join(resolved.select("entity_type", canonical_name="name", label="label"), on=["entity_type", "canonical_name"])
        .select("entity_type", "label", forced_name="canonical_name")
    )
    return (
        resolved.join(canonical, on=["entity_type", "label"])
        .join(forced.unique(["entity_type", "label"]), on=["entity_type", "label"], how="left")
        .select("entity_type", "name", name_key="key", entity_key="label",
                canonical_name=pl.coalesce("forced_name", "canonical_name"))
        .sort("entity_type", "entity_key", "name")
    )
