"""The landing folder as two frames: the articles it holds (one per distinct content) and what it can't read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl

from orchestration.parsing.readers import content_hash, landed_files, read_article_file

ARTICLE_SCHEMA = {
    "article_id": pl.Utf8, "title": pl.Utf8, "published_date": pl.Date, "body": pl.Utf8,
    "url": pl.Utf8, "source_name": pl.Utf8, "source_path": pl.Utf8, "source_format": pl.Utf8,
    "record_no": pl.Int64, "file_size": pl.Int64, "ingested_at": pl.Datetime("us"),
}
QUARANTINE_SCHEMA = {
    "source_path": pl.Utf8, "record_no": pl.Int64, "source_format": pl.Utf8, "file_size": pl.Int64,
    "reason": pl.Utf8, "quarantined_at": pl.Datetime("us"),
}


def scan_landing_folder(root: Path, now: datetime) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(articles, article files, quarantine) for every file under `root`.

    The same content twice is one article; `article files` keeps every place it landed.
    """
    articles, problems = [], []
    if not root.is_dir():
        problems.append({"source_path": str(root), "record_no": 0, "source_format": None, "file_size": None,
                         "reason": "landing folder does not exist", "quarantined_at": now})
    for path in landed_files(root) if root.is_dir() else []:
        size = path.stat().st_size
        fmt = path.suffix.lower().lstrip(".") or None
        result = read_article_file(path)
        for record in result.articles:
            articles.append({
                "article_id": content_hash(record.title, record.body), "title": record.title,
                "published_date": record.published_date, "body": record.body, "url": record.url,
                "source_name": record.source, "source_path": str(path), "source_format": fmt,
                "record_no": record.record_no, "file_size": size, "ingested_at": now,
            })
        for record_no, reason in result.problems:
            problems.append({"source_path": str(path), "record_no": record_no, "source_format": fmt,
                             "file_size": size, "reason": reason, "quarantined_at": now})
    frame = pl.DataFrame(articles, schema=ARTICLE_SCHEMA)
    return (
        frame.unique("article_id", keep="first", maintain_order=True),
        frame.select("article_id", "source_path", "record_no", "ingested_at"),
        pl.DataFrame(problems, schema=QUARANTINE_SCHEMA),
    )
