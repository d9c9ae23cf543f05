"""The press-release stages over a whole raw dir, as plain functions the Dagster assets call."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from orchestration.text.normalize import document_id, normalize_text
from orchestration.text.simplify import simplify
from orchestration.text.width import fold_width
from orchestration.text.release_file import RELEASE_SUFFIXES, read_release


def release_paths(press_releases_dir: Path) -> list[Path]:
    if not press_releases_dir.is_dir():
        return []
    return sorted(p for p in press_releases_dir.rglob("*") if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES)


def unexpected_files(press_releases_dir: Path) -> list[Path]:
    """Files that are neither releases nor sidecars: reported, never silently ignored."""
    if not press_releases_dir.is_dir():
        return []
    return sorted(p for p in press_releases_dir.rglob("*") if p.is_file() and p.suffix.lower() not in RELEASE_SUFFIXES
                  and not p.name.endswith(".meta.json") and not p.name.startswith("."))


def ingest_releases(raw_dir: Path) -> tuple[list[dict], list[dict]]:
    """(press_release_files rows, quarantine rows) for every file under press_releases/."""
    files, quarantine = [], []
    directory = raw_dir / "press_releases"
    for path in release_paths(directory):
        source_path = path.relative_to(raw_dir).as_posix()
        try:
            release = read_release(path, source_path)
        except Exception as error:  # noqa: BLE001 — one unreadable file must never stop the others
            quarantine.append({"source_path": source_path, "location": "file",
                               "reason": f"could not be read: {type(error).__name__}: {error}"})
            continue
        quarantine.extend(release.quarantine)
        if release.ok:
            files.append({"source_path": source_path, "sha256": release.sha256, "size_bytes": release.size_bytes,
                          "encoding": release.encoding, "decode_method": release.decode_method, "url": release.url,
                          "published": release.published, "source": release.source, "title": release.title,
                          "raw_text": release.text})
    for path in unexpected_files(directory):
        quarantine.append({"source_path": path.relative_to(raw_dir).as_posix(), "location": "file",
                           "reason": f"unsupported file type {path.suffix!r}: press releases are .txt, .html or .htm"})
    return files, quarantine


def normalize_releases(files: Iterable[dict], vocabulary: Iterable[str]) -> tuple[list[dict], list[dict]]:
    """(documents rows, quarantine rows): one document row per source file, keyed by body hash."""
    vocabulary = tuple(vocabulary)
    documents, quarantine = [], []
    for row in files:
        try:
            normalized = normalize_text(row["raw_text"], vocabulary)
        except Exception as error:  # noqa: BLE001 — one text the repairs cannot handle must not stop the rest
            quarantine.append({"source_path": row["source_path"], "location": "body",
                               "reason": f"normalization failed: {type(error).__name__}: {error}"})
            continue
        if not normalized.text:
            quarantine.append({"source_path": row["source_path"], "location": "body",
                               "reason": "nothing left after removing boilerplate: no article text"})
            continue
        documents.append({
            "source_path": row["source_path"], "document_id": document_id(normalized.text),
            "title": _clean_title(row["title"]),
            "published": row["published"], "text": normalized.text, "source_text": normalized.text,
            "encoding": row["encoding"], "repairs": json.dumps(normalized.repairs, ensure_ascii=False),
            "quality_flag": normalized.quality_flag,
            "flagged_spans": json.dumps(normalized.flagged_spans, ensure_ascii=False),
        })
    return _with_canonical_text(documents), quarantine


def _clean_title(title: str | None) -> str | None:
    """Titles get the same character repairs as the body (simplified, ASCII digits), not the rest."""
    if not title:
        return None
    return simplify(fold_width(title)[0])[0].strip() or None


def _with_canonical_text(documents: list[dict]) -> list[dict]:
    """Re-posts of one article may differ in lines outside its identity (a headline, a byline): every
    source of a document_id carries the text of its first source (by path), so claim spans, checks and
    dim_document all index the same string. Each source's own text stays in source_text."""
    canonical: dict[str, str] = {}
    for row in sorted(documents, key=lambda r: r["source_path"]):
        canonical.setdefault(row["document_id"], row["source_text"])
    return [{**row, "text": canonical[row["document_id"]]} for row in documents]
