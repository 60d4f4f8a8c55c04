"""`make bench`: parse time and peak memory of the Polars staging parse on 1,000 articles.

The corpus articles (dev + samples) are repeated with distinct titles up to the target count, then
`extract_all` (every staging table) runs on the whole frame. Time should grow about linearly with the
article count: the parse is whole-frame expressions, with no Python loop per article or sentence.
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import datetime

import polars as pl

from orchestration.parsing.extract import extract_all
from orchestration.parsing.landing import scan_landing_folder
from orchestration.settings import PROJECT_ROOT

CORPORA = [PROJECT_ROOT / "data" / "corpus" / "dev", PROJECT_ROOT / "data" / "samples"]


def corpus_articles(count: int) -> pl.DataFrame:
    base = pl.concat([scan_landing_folder(folder, datetime.now())[0] for folder in CORPORA])
    repeats = -(-count // base.height)
    copies = pl.concat([base.with_columns(article_id=pl.col("article_id") + f"-{n}",
                                          title=pl.col("title") + f" ({n})") for n in range(repeats)])
    return copies.head(count).select("article_id", "title", "body", "published_date")


def timed_parse(articles: pl.DataFrame) -> tuple[float, dict[str, int]]:
    started = time.perf_counter()
    tables = extract_all(articles)
    return time.perf_counter() - started, {name: frame.height for name, frame in tables.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    timed_parse(corpus_articles(10))  # warm-up: regex compilation, thread pool
    small = corpus_articles(args.articles // 10)
    large = corpus_articles(args.articles)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    small_seconds, _ = timed_parse(small)
    large_seconds, rows = timed_parse(large)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    chars = large["body"].str.len_chars().sum()
    print(f"parsed {large.height} articles ({chars / 1e6:.1f} M characters) in {large_seconds:.2f} s "
          f"({large.height / large_seconds:.0f} articles/s)")
    print(f"parsed {small.height} articles in {small_seconds:.2f} s; ratio {large_seconds / small_seconds:.1f}x "
          f"for {large.height / small.height:.0f}x the articles")
    print(f"peak resident memory {rss_after / 1024:.0f} MiB (grew {max(rss_after - rss_before, 0) / 1024:.0f} MiB)")
    for name, count in rows.items():
        print(f"  {name:<24}{count:>9} rows")


if __name__ == "__main__":
    main()
