"""Speed of the text stages: normalization (chars/s per core) and claim extraction (releases/s per core).

Measured here, never asserted in tests. The corpus is synthetic: the founding release (real) with its
article paragraphs rotated, so each of the N documents is distinct but reads like a real scraped
release. Extraction is also timed on a corpus of the other release styles in tests/fixtures/releases.

    python benchmarks/bench_text.py [--documents 2000]
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from orchestration.claims.extract import extract_claims
from orchestration.reference import repair_vocabulary
from orchestration.text.normalize import document_id, normalize_text

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = ROOT / "raw" / "press_releases" / "000_783668dcb864adcf.txt"
STYLES = ROOT / "tests" / "fixtures" / "releases"


def corpus(size: int) -> list[str]:
    """The founding release with its article paragraphs rotated; the site footer stays at the end, as on
    every scraped page (a footer in the middle would cut the article short and flatter the numbers)."""
    lines = FOUNDING.read_text(encoding="utf-8").split("\n")
    footer_at = next(i for i, line in enumerate(lines) if line.startswith("(圖"))
    body, footer = lines[:footer_at], lines[footer_at:]
    return ["\n".join(body[i % len(body):] + body[: i % len(body)] + footer) for i in range(size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    documents = corpus(args.documents)
    vocabulary = repair_vocabulary()
    normalize_text(documents[0], vocabulary)  # warm caches (pinyin dictionary, OpenCC)

    started = time.process_time()
    normalized = [normalize_text(text, vocabulary).text for text in documents]
    normalize_seconds = time.process_time() - started
    characters = sum(map(len, documents))

    # The first release also builds the registry and catalog patterns, once per process (a run extracts
    # every release in one process): timed apart, as normalization's warm-up is left out above.
    started = time.process_time()
    extract_claims(normalized[0], document_id(normalized[0]), date(2025, 12, 10))
    setup_seconds = time.process_time() - started

    # Document ids come with normalization (the pipeline's document table), not with extraction.
    ids = [document_id(text) for text in normalized]
    started = time.process_time()
    claims = sum(len(extract_claims(text, doc_id, date(2025, 12, 10))) for text, doc_id in zip(normalized, ids))
    extract_seconds = time.process_time() - started

    # A second corpus of the same size in the other styles the project reads (synthetic fixtures:
    # bulletins, work reports, news, reviews) plus the founding release, for releases of ordinary length.
    styles = [normalize_text(p.read_text(encoding="utf-8"), vocabulary).text for p in sorted(STYLES.glob("*.txt"))]
    mixed = [styles[i % len(styles)] if i % (len(styles) + 1) else normalized[i] for i in range(len(normalized))]
    mixed_ids = [document_id(text) for text in mixed]
    started = time.process_time()
    mixed_claims = sum(len(extract_claims(text, doc_id, date(2025, 12, 10))) for text, doc_id in zip(mixed, mixed_ids))
    mixed_seconds = time.process_time() - started

    print(f"documents:      {len(documents)} ({characters:,} characters)")
    print(f"normalization:  {characters / normalize_seconds / 1e6:.2f} M characters/s per core "
          f"({normalize_seconds:.2f} s CPU; target 3 M/s)")
    print(f"extraction:     {len(documents) / extract_seconds:,.0f} releases/s per core on the founding release "
          f"({claims} claims, {extract_seconds:.2f} s CPU; target 1000/s)")
    print(f"                {setup_seconds * 1000:.0f} ms CPU once per process to build the registry and catalog patterns")
    print(f"                {len(mixed) / mixed_seconds:,.0f} releases/s per core on mixed styles "
          f"({mixed_claims} claims, {sum(map(len, mixed)) // len(mixed)} characters each on average)")


if __name__ == "__main__":
    main()
