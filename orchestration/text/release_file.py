"""One press-release file on disk → a decoded release with its provenance, or a quarantine reason.

Reads the optional sidecar `<name>.meta.json` (url, published, source, title). A sidecar that cannot
be read is quarantined on its own; the release still loads with what the page itself says.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from orchestration.dates import normalize_date
from orchestration.text.decode import UndecodableError, decode_bytes
from orchestration.text.html import HtmlError, declared_charset, extract_html

MAX_BYTES = 20 * 1024 * 1024  # no press release is this long; a file this size is a dump, not an article
RELEASE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class ReleaseFile:
    source_path: str
    sha256: str
    size_bytes: int
    encoding: str | None = None
    decode_method: str | None = None
    text: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    title: str | None = None
    quarantine: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.text is not None


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def _read_sidecar(path: Path, release: ReleaseFile) -> None:
    meta = sidecar_path(path)
    if not meta.exists():
        return
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("top level is not a JSON object")
    except (ValueError, UnicodeDecodeError) as error:
        release.quarantine.append({"source_path": release.source_path.rsplit("/", 1)[0] + "/" + meta.name,
                                   "location": "sidecar", "reason": f"unreadable sidecar ({error}); release loaded without it"})
        return
    for key in ("url", "source", "title"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            setattr(release, key, value.strip())
    published = data.get("published")
    if isinstance(published, str) and published.strip():
        # 2024年1月10日, 2024/1/10 and 2024-01-10 all mean one day; text that is no date is reported.
        day = normalize_date(published)
        release.published = day if day and len(day) == 10 else None
        if release.published is None:
            release.quarantine.append({"source_path": release.source_path.rsplit("/", 1)[0] + "/" + meta.name,
                                       "location": "sidecar",
                                       "reason": f"published {published!r} is not a day (YYYY-MM-DD or 2024年1月10日); "
                                                 "the page's own date is used"})


def read_release(path: Path, source_path: str) -> ReleaseFile:
    size = path.stat().st_size
    if size > MAX_BYTES:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        release = ReleaseFile(source_path, digest.hexdigest(), size)
        release.quarantine.append({"source_path": source_path, "location": "file",
                                   "reason": f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES // (1024 * 1024)} MiB limit for a press release"})
        return release
    data = path.read_bytes()
    release = ReleaseFile(source_path, hashlib.sha256(data).hexdigest(), size)
    _read_sidecar(path, release)
    is_html = path.suffix.lower() in (".html", ".htm")
    try:
        decoded = decode_bytes(data, declared_charset(data) if is_html else None)
    except UndecodableError as error:
        release.quarantine.append({"source_path": source_path, "location": "file", "reason": str(error)})
        return release
    release.encoding, release.decode_method = decoded.encoding, decoded.method
    if is_html:
        try:
            content = extract_html(decoded.text)
        except HtmlError as error:
            release.quarantine.append({"source_path": source_path, "location": "file", "reason": str(error)})
            return release
        release.title = release.title or content.title
        release.published = release.published or content.published or _date_from_text(content.text)
        release.text = content.text
    else:
        release.text = decoded.text
        headline = _title_from_text(decoded.text)
        if headline:
            # The headline is the title, not a paragraph: a figure in it would be read twice.
            release.text = decoded.text.replace(headline, "", 1)
        release.title = release.title or headline
        release.published = release.published or _date_from_text(decoded.text)
    if not _has_body(release.text):
        release.quarantine.append({"source_path": source_path, "location": "body",
                                   "reason": "no body text found: no line of ten or more characters of text"})
        release.text = None
    return release


def _has_body(text: str) -> bool:
    """An article has at least one line of running text; menus and link lists do not."""
    return any(sum(ch.isalnum() for ch in line) >= 10 for line in text.splitlines())


def _title_from_text(text: str) -> str | None:
    # A plain-text release starts with its headline when the first line is short and not a sentence.
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if 4 <= len(first) <= 40 and not re.search(r"[。.!?！？,，]$", first) and "。" not in first else None


_DATE = re.compile(r"(?:19|20)\d{2}[-/年.]\d{1,2}[-/月.]\d{1,2}日?")


def _date_from_text(text: str) -> str | None:
    """The first full date in the first lines (a byline: 2025-12-10 09:30 来源:…)."""
    for line in text.splitlines()[:6]:
        for match in _DATE.finditer(line):
            if (found := normalize_date(match.group(0))) is not None:
                return found
    return None
