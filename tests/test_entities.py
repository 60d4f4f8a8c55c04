"""Entity resolution on small frames: links from the text, the fuzzy rule, and the seed's overrides."""

from datetime import date

import polars as pl

from orchestration.parsing.entities import co_financing_links, name_key, resolve_entities
from orchestration.parsing.extract import OVERRIDE_SCHEMA

NAMES = ["Xuanyue Intelligent", "Xuanyue Intelligence", "Xuan Yue AI", "Hefei Xuanyue Intelligent Technology Co., Ltd.",
         "Lingxi Robotics", "Lingxin Robotics", "Weiling Chip", "Weiling Sensing", "SoftBank", "SoftBank Group",
         "LarkMotion", "Lingque Robot", "North Huachuang", "NAURA"]


def resolve(links=(), overrides=()):
    names = pl.DataFrame({"entity_type": "company", "name": NAMES, "weight": 1})
    link_frame = pl.DataFrame(list(links), schema={"entity_type": pl.Utf8, "name": pl.Utf8, "other_name": pl.Utf8},
                              orient="row")
    override_frame = pl.DataFrame(list(overrides), schema=OVERRIDE_SCHEMA, orient="row")
    table = resolve_entities(names, link_frame, override_frame)
    groups = table.group_by("entity_key").agg(pl.col("name").sort())["name"].to_list()
    return {frozenset(g) for g in groups}, table


def test_name_key_drops_legal_form_place_and_punctuation():
    frame = pl.DataFrame({"n": ["Hefei Xinming Intelligent Technology Co., Ltd.", "Xinming Intelligent Technology"]})
    keys = frame.select(name_key(pl.col("n")))["n"].to_list()
    assert keys[0] == keys[1] == "xinmingintelligenttechnology"


def test_translations_and_legal_names_merge_but_lookalikes_do_not():
    groups, _ = resolve()
    assert frozenset(["Xuanyue Intelligent", "Xuanyue Intelligence", "Xuan Yue AI",
                      "Hefei Xuanyue Intelligent Technology Co., Ltd."]) in groups
    assert frozenset(["SoftBank", "SoftBank Group"]) in groups
    for apart in ("Lingxi Robotics", "Lingxin Robotics", "Weiling Chip", "Weiling Sensing", "LarkMotion"):
        assert frozenset([apart]) in groups


def test_an_article_links_a_brand_to_its_transliteration():
    groups, _ = resolve(links=[("company", "LarkMotion", "Lingque Robot")])
    assert frozenset(["LarkMotion", "Lingque Robot"]) in groups


def test_seed_forces_a_merge_and_a_split():
    groups, table = resolve(overrides=[("company", "North Huachuang", "NAURA", "merge"),
                                       ("company", "Xuan Yue AI", "Xuan Yue AI", "split")])
    assert frozenset(["North Huachuang", "NAURA"]) in groups
    assert frozenset(["Xuan Yue AI"]) in groups
    canonical = dict(table.select("name", "canonical_name").iter_rows())
    assert canonical["North Huachuang"] == "NAURA"


def test_same_distinctive_word_same_round_same_weeks_is_one_company():
    deals = pl.DataFrame({
        "name": ["Shuoyu Space", "Shuoyu Aerospace", "Weiling Chip", "Weiling Sensing", "Hengwei Quantum"],
        "round": ["b", "b", "pre_b", "a", "undisclosed"],
        "announced": [date(2025, 6, 1), date(2025, 6, 20), date(2025, 6, 1), date(2025, 6, 2), date(2025, 6, 2)],
    })
    links = co_financing_links(deals, window_days=60)
    assert links.select("name", "other_name").rows() in ([("Shuoyu Space", "Shuoyu Aerospace")],
                                                         [("Shuoyu Aerospace", "Shuoyu Space")])
