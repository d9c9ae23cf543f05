"""Press-release files end to end (file → decoded → normalized), including every kind of bad input.

All pages here are synthetic fixtures written for these tests (their figures echo the founding
release but the pages are made up), except where the founding release file is used.
"""

import json
from pathlib import Path

import pytest

from orchestration.reference import repair_vocabulary
from orchestration.text.batch import ingest_releases, normalize_releases
from orchestration.text.html import extract_html
from orchestration.text.normalize import document_id, normalize_text
from orchestration.text.release_file import read_release
from orchestration.text.simplify import to_traditional

from .conftest import FOUNDING

ARTICLE = [
    "五年间，贵阳高新区综合实力排名由2020年的42位上升至36位。这是合成测试段落，用来检验正文抽取的效果。",
    "“十四五”期间，技术合同交易额年均增长6.4%，新增各类研发机构及平台149家。这也是合成测试文本的一部分。",
    "贵阳高新区坚持创新驱动发展，着力提升孵化服务能力，目前已聚集国家级孵化器5家、省级孵化器5家。",
]


def page(body_paragraphs: list[str], charset: str = "utf-8", title: str = "贵阳高新区:五年综合排名上升6位",
         date_meta: str | None = "2025-12-10") -> str:
    meta_date = f'<meta name="publishdate" content="{date_meta}">' if date_meta else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body_paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_中国高新网</title>{meta_date}'
            f'<meta property="og:title" content="{title}"></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/park">园区动态</a></div>'
            '<div class="sidebar"><h3>热门文章</h3><ul><li><a href="/1">热门文章一 2024年新增100家</a></li>'
            '<li><a href="/2">热门文章二 排名第1位</a></li></ul></div>'
            f'<div class="article"><h1>{title}</h1><div class="info">2025-12-10 09:30 来源:中国高新网</div>{paragraphs}</div>'
            '<div class="footer">友情链接:政府网站 | Copyright 2025 中国高新网 | 京ICP备14033264号-5 | '
            '电信与信息服务业务经营许可证060344号</div></body></html>')


def write(tmp_path: Path, name: str, data: bytes | str, meta: dict | str | None = None) -> Path:
    path = tmp_path / "press_releases" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    if meta is not None:
        sidecar = path.with_name(path.stem + ".meta.json")
        sidecar.write_text(meta if isinstance(meta, str) else json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return path


def normalized(path: Path, tmp_path: Path):
    release = read_release(path, path.relative_to(tmp_path).as_posix())
    assert release.ok, release.quarantine
    return release, normalize_text(release.text, repair_vocabulary())


@pytest.mark.parametrize("charset", ["utf-8", "gbk", "gb2312", "gb18030"])
def test_html_in_each_encoding_gives_the_article_only(tmp_path, charset):
    path = write(tmp_path, f"page_{charset}.html", page(ARTICLE, charset).encode(charset))
    release, result = normalized(path, tmp_path)
    assert result.text.split("\n") == ARTICLE
    assert release.title == "贵阳高新区:五年综合排名上升6位"
    assert release.published == "2025-12-10"
    assert release.encoding == ("utf-8" if charset == "utf-8" else "gb18030")


def test_big5_traditional_page(tmp_path):
    traditional_page = to_traditional(page(ARTICLE[:1], "big5", title="贵阳高新区综合排名上升"))
    path = write(tmp_path, "big5.htm", traditional_page.encode("big5"))
    release, result = normalized(path, tmp_path)
    assert result.text == ARTICLE[0]
    assert release.encoding == "big5hkscs"


def test_ruby_annotations_and_full_width_digits(tmp_path):
    body = ["<ruby>贵<rp>(</rp><rt>guì</rt><rp>)</rp></ruby><ruby>阳<rt>yáng</rt></ruby>高新区技术合同交易额年均增长６.４％,"
            "新增研发机构１４９家。这是合成测试文本,用于检验注音与全角数字的处理。"]
    path = write(tmp_path, "ruby.html", page(body))
    _, result = normalized(path, tmp_path)
    assert result.text == "贵阳高新区技术合同交易额年均增长6.4%，新增研发机构149家。这是合成测试文本，用于检验注音与全角数字的处理。"


def test_sidecar_wins_over_page_metadata(tmp_path):
    path = write(tmp_path, "with_meta.html", page(ARTICLE), meta={"url": "https://example.org/a", "published": "2025-12-11",
                                                                  "source": "合成测试", "title": "旁注标题"})
    release, _ = normalized(path, tmp_path)
    assert (release.url, release.published, release.source, release.title) == (
        "https://example.org/a", "2025-12-11", "合成测试", "旁注标题")


def test_text_release_title_and_date_from_the_text(tmp_path):
    text = "贵阳高新区综合排名上升6位\n2025-12-10 09:30 来源:合成测试\n" + "\n".join(ARTICLE)
    release, result = normalized(write(tmp_path, "plain.txt", text), tmp_path)
    assert release.title == "贵阳高新区综合排名上升6位"
    assert release.published == "2025-12-10"
    assert "来源" not in result.text


def test_reposts_in_other_encodings_and_with_other_headers_are_one_document(tmp_path):
    html = write(tmp_path, "site_a.html", page(ARTICLE, "gbk").encode("gbk"))
    txt = write(tmp_path, "site_b.txt", "贵阳高新区:五年综合排名上升6位\n2025-12-11 来源:另一合成网站\n\n" + "\n\n".join(ARTICLE))
    big5 = write(tmp_path, "site_c.txt", "\n".join(ARTICLE).encode("gb18030"))
    ids = {document_id(normalized(p, tmp_path)[1].text) for p in (html, txt, big5)}
    assert len(ids) == 1


def test_founding_release_reposted_in_gb18030_is_the_same_document(tmp_path):
    original = FOUNDING.read_text(encoding="utf-8")
    a = write(tmp_path, "a.txt", original)
    b = write(tmp_path, "b.txt", original.encode("gb18030"))
    assert document_id(normalized(a, tmp_path)[1].text) == document_id(normalized(b, tmp_path)[1].text)


def test_different_articles_have_different_ids():
    assert document_id("\n".join(ARTICLE)) != document_id("\n".join(ARTICLE[:2]))


@pytest.mark.parametrize(
    ("name", "data", "location", "reason"),
    [
        ("empty.txt", b"", "file", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "file", "NUL"),
        ("truncated.txt", "贵阳高新区综合排名上升".encode("utf-8")[:-1], "file", "truncated"),
        ("nul.txt", "贵阳\x00高新区".encode("utf-8"), "file", "NUL"),
        ("no_body.html", b"<html><head><title>x</title></head><body><div class='nav'><a href='/'>home</a></div></body></html>",
         "body", "no body text"),
    ],
)
def test_bad_files_are_quarantined_with_a_reason(tmp_path, name, data, location, reason):
    path = write(tmp_path, name, data)
    release = read_release(path, f"press_releases/{name}")
    assert not release.ok
    assert [(q["source_path"], q["location"]) for q in release.quarantine] == [(f"press_releases/{name}", location)]
    assert reason in release.quarantine[0]["reason"]


def test_huge_file_is_quarantined_without_reading_it_whole(tmp_path):
    path = tmp_path / "press_releases" / "huge.txt"
    path.parent.mkdir(parents=True)
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    release = read_release(path, "press_releases/huge.txt")
    assert not release.ok and "over the" in release.quarantine[0]["reason"]


def test_batch_loads_good_files_beside_bad_ones(tmp_path):
    write(tmp_path, "good.txt", "\n".join(ARTICLE))
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "meta_broken.txt", "\n".join(ARTICLE[:1]), meta="{not json")
    write(tmp_path, "picture.png", b"\x89PNG")
    files, quarantine = ingest_releases(tmp_path)
    assert sorted(f["source_path"] for f in files) == ["press_releases/good.txt", "press_releases/meta_broken.txt"]
    assert sorted((q["source_path"], q["location"]) for q in quarantine) == [
        ("press_releases/empty.txt", "file"), ("press_releases/meta_broken.meta.json", "sidecar"),
        ("press_releases/picture.png", "file")]
    documents, more = normalize_releases(files, repair_vocabulary())
    assert len(documents) == 2 and more == []


def test_boilerplate_only_page_is_quarantined_at_normalization():
    files = [{"source_path": "press_releases/x.txt", "raw_text": "友情链接:政府网站\nCopyright 2025 某网", "title": None,
              "published": None, "encoding": "utf-8"}]
    documents, quarantine = normalize_releases(files, repair_vocabulary())
    assert documents == [] and "no article text" in quarantine[0]["reason"]


def test_html_extraction_drops_navigation_numbers():
    text = extract_html(page(ARTICLE)).text
    assert "热门文章" not in text and "首页" not in text


def test_xhtml_with_xml_declaration_and_ruby(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    xhtml = ('<?xml version="1.0" encoding="gb2312"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
             f"<head><title>合成测试</title></head><body><div><ruby>一<rt>yī</rt></ruby>篇合成测试页面。</div>{body}</body></html>")
    release, result = normalized(write(tmp_path, "x.xhtml.html", xhtml.encode("gb18030")), tmp_path)
    assert release.encoding == "gb18030"
    assert ARTICLE[0] in result.text.split("\n")


def test_unparseable_html_is_quarantined_not_a_crash(tmp_path):
    path = write(tmp_path, "broken.html", b"<html>\x1b\x1b<<<>>>" + "正文".encode("utf-8"))
    release = read_release(path, "press_releases/broken.html")
    assert release.ok or release.quarantine  # either some text or a reason, never an exception


def test_copyright_year_is_not_a_publication_date(tmp_path):
    html = page(ARTICLE, date_meta=None).replace("Copyright 2025", "Copyright © 2019").replace(
        '<div class="info">2025-12-10 09:30 来源:中国高新网</div>', "")
    release, _ = normalized(write(tmp_path, "no_date.html", html), tmp_path)
    assert release.published is None


def test_byline_date_is_used_when_the_page_has_no_meta_date(tmp_path):
    release, _ = normalized(write(tmp_path, "byline.html", page(ARTICLE, date_meta=None)), tmp_path)
    assert release.published == "2025-12-10"


def test_a_wrong_declared_charset_does_not_garble_utf8(tmp_path):
    path = write(tmp_path, "latin.html", page(ARTICLE, "iso-8859-1").encode("utf-8"))
    release, result = normalized(path, tmp_path)
    assert release.encoding == "utf-8" and result.text.split("\n") == ARTICLE


@pytest.mark.parametrize(("published", "expected"), [("2024年1月10日", "2024-01-10"), ("2024/1/10", "2024-01-10"),
                                                     ("2024-01-10", "2024-01-10")])
def test_sidecar_dates_in_chinese_forms(tmp_path, published, expected):
    release, _ = normalized(write(tmp_path, "d.txt", "\n".join(ARTICLE), meta={"published": published}), tmp_path)
    assert release.published == expected and release.quarantine == []


def test_a_sidecar_date_that_is_no_date_is_reported(tmp_path):
    text = "2025-12-10 来源:合成测试\n" + "\n".join(ARTICLE)
    release, _ = normalized(write(tmp_path, "d.txt", text, meta={"published": "last Tuesday"}), tmp_path)
    assert release.published == "2025-12-10"
    assert [q["location"] for q in release.quarantine] == ["sidecar"]


def test_a_plain_text_headline_is_the_title_not_a_paragraph(tmp_path):
    text = "东湖高新区2024年营业收入1.6万亿元\n2024年，东湖高新区实现营业收入1.6万亿元，同比增长8.5%。\n（来源：合成测试）"
    release, result = normalized(write(tmp_path, "w.txt", text), tmp_path)
    assert release.title == "东湖高新区2024年营业收入1.6万亿元"
    assert result.text == "2024年，东湖高新区实现营业收入1.6万亿元，同比增长8.5%。"


def test_titles_get_the_character_repairs(tmp_path):
    write(tmp_path, "t.html", page(ARTICLE, title="東湖高新區技術合同成交額達１３８０億元"))
    files, _ = ingest_releases(tmp_path)
    documents, _ = normalize_releases(files, repair_vocabulary())
    assert documents[0]["title"] == "东湖高新区技术合同成交额达1380亿元"


def test_an_html_table_becomes_claims_per_year(tmp_path):
    from datetime import date

    from orchestration.claims.extract import extract_claims

    table = ("<table><tr><th>项目</th><th>2023年</th><th>2024年</th><th>增速</th></tr>"
             "<tr><td>营业收入（亿元）</td><td>1850.2</td><td>2043.6</td><td>10.5%</td></tr>"
             "<tr><td>高新技术企业（家）</td><td>1106</td><td>1287</td><td>16.4%</td></tr></table>")
    html = page(ARTICLE[:1] + ["青岛高新区主要指标如下表所示，这是合成测试表格。"], title="青岛高新区主要经济指标").replace(
        "</div><div class=\"footer\">", table + "</div><div class=\"footer\">")
    _, result = normalized(write(tmp_path, "table.html", html), tmp_path)
    got = {(c.value_text, c.claim_kind, c.indicator_code, c.period_end_year)
           for c in extract_claims(result.text, "doc", date(2025, 3, 1))}
    assert {("2043.6", "level", "operating_revenue", 2024), ("1850.2", "level", "operating_revenue", 2023),
            ("16.4%", "growth_rate", "high_tech_enterprises", 2024)} <= got
