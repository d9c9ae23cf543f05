"""HTML press releases → main text, title and date, with ruby annotations removed first.

Main-content extraction is trafilatura's (menus, sidebars and footers out). Ruby text (`rt`, `rp`,
`rtc`) is pronunciation, not content: it is dropped from the tree before extraction, so `<ruby>贵
<rt>guì</rt></ruby>` reads 贵.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

_MIN_ARTICLE_CHARS = 40
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.I)
_XML_ENCODING = re.compile(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9_\-]+)", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


@dataclass(frozen=True)
class HtmlContent:
    text: str
    title: str | None
    published: str | None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KiB (<meta charset> or http-equiv)."""
    match = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _without_ruby(html: str) -> str:
    tree = lxml.html.fromstring(html)
    for element in tree.iter("rt", "rp", "rtc"):
        element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


class HtmlError(ValueError):
    """The page could not be parsed as HTML at all."""


def extract_html(html: str) -> HtmlContent:
    # The text is already decoded: an XML declaration's encoding would only confuse lxml (XHTML pages).
    html = _XML_DECLARATION.sub("", html)
    try:
        cleaned = _without_ruby(html) if re.search(r"<r[tp]c?\b", html, re.I) else html
    except (ValueError, lxml.etree.ParserError) as error:
        raise HtmlError(f"HTML could not be parsed: {error}") from error
    # Precision first: on short pages trafilatura's recall mode falls back to the whole page, menus
    # included. Recall is the fallback for pages whose article precision mode cannot find.
    text = trafilatura.extract(cleaned, include_comments=False, include_tables=True, favor_precision=True) or ""
    if len(text) < _MIN_ARTICLE_CHARS:
        text = trafilatura.extract(cleaned, include_comments=False, include_tables=True, favor_recall=True) or ""
    # Meta tags and structured data only: the extensive search guesses dates from copyright lines.
    metadata = trafilatura.extract_metadata(cleaned, extensive=False)
    title = metadata.title if metadata and metadata.title else None
    published = metadata.date if metadata and metadata.date else None
    return HtmlContent(text=text, title=title, published=published)
