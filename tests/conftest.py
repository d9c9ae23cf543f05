from contextlib import contextmanager
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


def run_job(**kwargs):
    """The real job, in process, on an ephemeral Dagster instance (GAOXIN_* env vars pick the dirs)."""
    import dagster as dg

    from orchestration.definitions import get_gaoxin_job

    return get_gaoxin_job().execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=False, **kwargs)


@contextmanager
def pointed_at(raw_dir: Path, warehouse_dir: Path):
    """GAOXIN_RAW_DIR and GAOXIN_WAREHOUSE_DIR set for the duration (usable from module-scoped fixtures)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GAOXIN_RAW_DIR", str(raw_dir))
        patch.setenv("GAOXIN_WAREHOUSE_DIR", str(warehouse_dir))
        yield patch


@contextmanager
def served(warehouse_dir: Path):
    """A read-only connection to the published warehouse, as an analyst opens it."""
    import duckdb

    connection = duckdb.connect(str(warehouse_dir / "gaoxin.duckdb"), read_only=True)
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def served_after(result, warehouse_dir: Path):
    """The warehouse a run published, opened read-only; the run must have succeeded (a failed run keeps
    the previous warehouse, which is not what a test of this run wants to read)."""
    assert result.success
    with served(warehouse_dir) as connection:
        yield connection
