"""Read one landed file into article records, or say why it cannot be read.

Reading is per file by nature (bytes, HTML trees, JSON lines); everything after it works on whole frames.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

SUPPORTED_SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}
ANNOTATION_SUFFIX = ".gold.json"  # gold files beside articles are annotations, not articles

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_DATE_LINE = re.compile(r"^\s*DATE\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


class UnreadableArticle(ValueError):
    """A file, or one record in it, that cannot become an article; the message is the quarantine reason."""


@dataclass
class ArticleRecord:
    title: str
    body: str
    published_date: date | None
    url: str | None = None
    source: str | None = None
    record_no: int = 0


@dataclass
class FileResult:
    articles: list[ArticleRecord] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (record_no, reason)


def parse_date(text: str | None) -> date | None:
    """`Apr 05 2025`, `April 5, 2025` or ISO-8601 (`2025-04-05`, `2025-04-05T08:00:00+08:00`)."""
    if not text:
        return None
    iso = _ISO_DATE.search(text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    mdy = _MONTH_DAY_YEAR.search(text)
    if mdy and mdy[1][:3].lower() in _MONTHS:
        try:
            return date(int(mdy[3]), _MONTHS[mdy[1][:3].lower()], int(mdy[2]))
        except ValueError:
            return None
    return None


def normalise_text(text: str) -> str:
    """Uniform line endings and spacing; paragraphs separated by one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def content_hash(title: str, body: str) -> str:
    """Article id: the same words under another file name, folder or format hash alike."""
    canonical = re.sub(r"\s+", " ", f"{title}\n{body}").strip().lower()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableArticle("not valid UTF-8 or GB18030 text")


def _checked(record: ArticleRecord) -> ArticleRecord:
    if not record.title.strip():
        raise UnreadableArticle("no title")
    if len(record.body.strip()) < 20:
        raise UnreadableArticle("no body text")
    return record


def read_txt(text: str) -> list[ArticleRecord]:
    text = normalise_text(text)
    lines = text.split("\n")
    title = next((line for line in lines if line.strip()), "")
    date_match = _DATE_LINE.search(text)
    published = parse_date(date_match[1]) if date_match else None
    body_lines = lines[lines.index(title) + 1:] if title else lines
    body = "\n".join(line for line in body_lines if not _DATE_LINE.match(line))
    return [_checked(ArticleRecord(title=title, body=normalise_text(body), published_date=published))]


_HTML_JUNK = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]
_JUNK_MARKERS = re.compile(r"comment|share|related|recommend|sidebar|footer|nav|advert|breadcrumb", re.I)
_BLOCKS = ["h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre"]


def read_html(text: str) -> list[ArticleRecord]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    meta_date = soup.find("meta", attrs={"property": "article:published_time"}) or soup.find(
        "meta", attrs={"name": re.compile("date|pubdate", re.I)})
    time_tag = soup.find("time", attrs={"datetime": True})
    h1 = soup.find("h1")
    title = h1.get_text(" ", strip=True) if h1 else (soup.title.get_text(" ", strip=True) if soup.title else "")
    for tag in soup(_HTML_JUNK):
        tag.decompose()
    for tag in soup.find_all(attrs={"class": _JUNK_MARKERS}) + soup.find_all(attrs={"id": _JUNK_MARKERS}):
        if tag.name not in ("html", "body", "article", "main") and not tag.decomposed:
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [b.get_text(" ", strip=True) for b in root.find_all(_BLOCKS) if not b.find(_BLOCKS)]
    blocks = [b for b in blocks if b and b != title]
    if not blocks:  # pages without block markup: fall back to the visible text
        blocks = [root.get_text("\n", strip=True)]
    body = normalise_text("\n\n".join(blocks))
    published = (
        parse_date(time_tag["datetime"] if time_tag else None)
        or parse_date(meta_date.get("content") if meta_date else None)
        or parse_date((_DATE_LINE.search(body) or [None, None])[1])
        or parse_date(body[:300])
    )
    body = "\n".join(line for line in body.split("\n") if not _DATE_LINE.match(line))
    return [_checked(ArticleRecord(title=title, body=normalise_text(body), published_date=published))]


def _from_object(obj: object, record_no: int) -> ArticleRecord:
    if not isinstance(obj, dict):
        raise UnreadableArticle(f"record {record_no}: expected a JSON object, got {type(obj).__name__}")
    body = next((obj[k] for k in ("body", "text", "content") if isinstance(obj.get(k), str)), "")
    published_raw = obj.get("published") or obj.get("date")
    record = ArticleRecord(
        title=normalise_text(str(obj.get("title") or "")),
        body=normalise_text(body),
        published_date=parse_date(str(published_raw)) if published_raw else None,
        url=obj.get("url"),
        source=obj.get("source"),
        record_no=record_no,
    )
    try:
        return _checked(record)
    except UnreadableArticle as err:
        raise UnreadableArticle(f"record {record_no}: {err}") from None


def read_json_records(text: str, jsonl: bool) -> FileResult:
    result = FileResult()
    if jsonl:
        chunks = [(no, line) for no, line in enumerate(text.splitlines(), start=1) if line.strip()]
    else:
        chunks = [(1, text)]
    for no, chunk in chunks:
        try:
            parsed = json.loads(chunk)
        except json.JSONDecodeError as err:
            result.problems.append((no, f"record {no}: invalid JSON ({err.msg} at column {err.colno})"))
            continue
        objects = parsed if isinstance(parsed, list) else [parsed]
        for sub, obj in enumerate(objects):
            record_no = no if len(objects) == 1 else no * 1000 + sub
            try:
                result.articles.append(_from_object(obj, record_no))
            except UnreadableArticle as err:
                result.problems.append((record_no, str(err)))
    return result


def read_article_file(path: Path) -> FileResult:
    """All articles in one landed file, plus a reason for every part that could not be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return FileResult(problems=[(0, f"unsupported file type '{suffix or path.name}'")])
    try:
        text = _decode(path.read_bytes())
        if suffix == ".txt":
            return FileResult(articles=read_txt(text))
        if suffix in (".html", ".htm"):
            return FileResult(articles=read_html(text))
        return read_json_records(text, jsonl=suffix == ".jsonl")
    except UnreadableArticle as err:
        return FileResult(problems=[(0, str(err))])
    except OSError as err:
        return FileResult(problems=[(0, f"cannot read file: {err.strerror or err}")])


def landed_files(root: Path) -> list[Path]:
    """Every file under the landing folder, annotations and hidden files excepted, in a stable order."""
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and not p.name.endswith(ANNOTATION_SUFFIX)
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
