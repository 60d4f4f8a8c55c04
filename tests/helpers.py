"""Small builders for tests: articles frames from text."""

from __future__ import annotations

from datetime import date

import polars as pl

from orchestration.parsing.extract import extract_all
from orchestration.parsing.readers import content_hash, normalise_text


def articles_frame(*bodies: str, title: str = "Hard-tech financing roundup", published: date = date(2025, 4, 5)):
    rows = [{"article_id": content_hash(f"{title} {i}", body), "title": f"{title} {i}" if len(bodies) > 1 else title,
             "body": normalise_text(body), "published_date": published} for i, body in enumerate(bodies)]
    return pl.DataFrame(rows, schema={"article_id": pl.Utf8, "title": pl.Utf8, "body": pl.Utf8,
                                      "published_date": pl.Date})


def sentences_frame(*texts: str) -> pl.DataFrame:
    return pl.DataFrame({"item_id": [f"i{n}" for n in range(len(texts))], "article_id": "a",
                         "sentence_no": 0, "sentence": list(texts)})


def extract(*bodies: str, **kwargs) -> dict[str, pl.DataFrame]:
    return extract_all(articles_frame(*bodies, **kwargs))


def one_deal(body: str, **kwargs) -> dict:
    deals = extract(body, **kwargs)["deal_mentions"]
    assert deals.height == 1, deals
    return deals.row(0, named=True)


def investors(body: str, **kwargs) -> dict[str, str]:
    frame = extract(body, **kwargs)["investor_mentions"]
    return dict(zip(frame["investor_name"], frame["role"]))
