"""Raw files to article records, and the landing folder to articles, files and quarantine rows."""

from datetime import date, datetime
from pathlib import Path

import pytest

from orchestration.parsing.landing import scan_landing_folder
from orchestration.parsing.readers import content_hash, parse_date, read_article_file


@pytest.mark.parametrize("text, expected", [
    ("Apr 05 2025", date(2025, 4, 5)),
    ("DATE:  Apr  5 2025", date(2025, 4, 5)),
    ("April 5, 2025", date(2025, 4, 5)),
    ("2025-04-05T08:00:00+08:00", date(2025, 4, 5)),
    ("2025-04-05", date(2025, 4, 5)),
    ("no date here", None),
    ("Foo 31 2025", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_txt_title_date_and_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n\nWeekly digest title\nDATE:   Mar 14   2025\n\nSource line\n\nBody paragraph one.\n")
    [article] = read_article_file(path).articles
    assert article.title == "Weekly digest title"
    assert article.published_date == date(2025, 3, 14)
    assert "DATE" not in article.body and article.body.startswith("Source line")


def test_html_keeps_paragraphs_and_drops_page_furniture(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("""<html><head><title>Site | Story</title>
      <meta property="article:published_time" content="2025-05-20T18:00:00+08:00">
      <style>p { color: red }</style><script>var deal = "X raised 9 billion yuan";</script></head>
      <body><nav><a>Home</a><a>Markets</a></nav>
      <article><h1>Story headline</h1><p>First paragraph of the story.</p><p>Second paragraph.</p></article>
      <div class="comments"><p>reader: great deal, 5 billion!</p></div><footer>Copyright</footer></body></html>""")
    [article] = read_article_file(path).articles
    assert article.title == "Story headline"
    assert article.published_date == date(2025, 5, 20)
    assert "First paragraph" in article.body and "Second paragraph" in article.body
    for junk in ("9 billion", "Home", "great deal", "Copyright", "color"):
        assert junk not in article.body


def test_html_date_from_time_tag(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text('<html><body><h1>T</h1><time datetime="2025-03-02">March 2</time>'
                    "<p>Some body text that is long enough.</p></body></html>")
    assert read_article_file(path).articles[0].published_date == date(2025, 3, 2)


def test_jsonl_reads_good_records_and_reports_bad_ones(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(
        '{"title": "One", "text": "Body of the first record, long enough.", "date": "Jun 02 2025", "url": "u"}\n'
        "{broken\n"
        '{"title": "Two", "content": "Body of the second record, long enough.", "published": "2025-06-03"}\n'
        '{"title": "", "body": "Body without a title, long enough."}\n')
    result = read_article_file(path)
    assert [a.title for a in result.articles] == ["One", "Two"]
    assert result.articles[0].published_date == date(2025, 6, 2) and result.articles[0].url == "u"
    reasons = dict(result.problems)
    assert "invalid JSON" in reasons[2] and "no title" in reasons[4]


@pytest.mark.parametrize("name, content, reason", [
    ("scan.pdf", b"%PDF", "unsupported file type"),
    ("empty.txt", b"Title only\n", "no body"),
    ("bad.json", b"[1, 2]", "expected a JSON object"),
    ("latin.txt", b"\xff\xfe\xfa\x00\x81", "not valid"),
])
def test_unreadable_files_say_why(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    result = read_article_file(path)
    assert not result.articles and reason in result.problems[0][1]


def test_same_content_is_one_article_whatever_the_name_or_format(tmp_path):
    (tmp_path / "a.txt").write_text("Same story\nDATE: Jan 02 2025\nThe same body text of the story.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.json").write_text(
        '{"title": "Same story", "body": "The  same body text of the story.", "date": "2025-01-02"}')
    (tmp_path / "b.gold.json").write_text("{}")
    articles, files, quarantine = scan_landing_folder(tmp_path, datetime(2025, 1, 3))
    assert articles.height == 1 and files.height == 2 and quarantine.height == 0
    assert articles["article_id"][0] == content_hash("Same story", "The same body text of the story.")


def test_missing_landing_folder_is_a_quarantine_row(tmp_path):
    articles, _, quarantine = scan_landing_folder(Path(tmp_path / "nope"), datetime(2025, 1, 3))
    assert articles.height == 0 and quarantine["reason"][0] == "landing folder does not exist"
