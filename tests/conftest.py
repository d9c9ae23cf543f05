from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_RAW = PROJECT_ROOT / "raw"
FOUNDING = SAMPLE_RAW / "press_releases" / "000_783668dcb864adcf.txt"
GOLDEN = Path(__file__).parent / "fixtures" / "founding_release.golden.txt"


@pytest.fixture(scope="session")
def founding_raw_text() -> str:
    return FOUNDING.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_golden() -> str:
    return GOLDEN.read_text(encoding="utf-8").rstrip("\n")
