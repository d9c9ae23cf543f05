"""Claims for a batch of documents: each distinct article (document_id) is read once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from orchestration.claims.extract import extract_claims


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def claims_for_documents(documents: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    """(claims, quarantine rows). Each distinct article (document_id) is read once; an article the
    extractor cannot read is quarantined under each of its source files, and the others still load."""
    documents = list(documents)
    seen: dict[str, date | None] = {}
    texts: dict[str, str] = {}
    sources: dict[str, list[str]] = {}
    for row in documents:
        # Re-posts share a document_id; the earliest publication date dates the article.
        published = _published(row["published"])
        sources.setdefault(row["document_id"], []).append(row["source_path"])
        if row["document_id"] not in texts:
            texts[row["document_id"]] = row["text"]
            seen[row["document_id"]] = published
        elif published and (seen[row["document_id"]] is None or published < seen[row["document_id"]]):
            seen[row["document_id"]] = published
    rows, quarantine = [], []
    for doc_id, text in texts.items():
        try:
            rows.extend(claim.as_row() for claim in extract_claims(text, doc_id, seen[doc_id]))
        except Exception as error:  # noqa: BLE001 — one article must never stop the others
            quarantine.extend({"source_path": path, "location": "claims",
                               "reason": f"claim extraction failed: {type(error).__name__}: {error}"}
                              for path in sources[doc_id])
    return rows, quarantine
