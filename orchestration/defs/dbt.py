"""The dbt project as Dagster assets; dbt tests surface as asset checks (dagster-dbt's default)."""


import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from orchestration.config import DBT_PROJECT_DIR
from orchestration.defs.resources import GaoxinPaths

gaoxin_dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def dbt_executable() -> str:
    """dbt from this interpreter's environment, so no PATH setup is needed."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def _manifest_is_stale() -> bool:
    """True when the manifest is missing or older than any file of the dbt project (a pull, an edit)."""
    manifest = gaoxin_dbt_project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [DBT_PROJECT_DIR / "dbt_project.yml", DBT_PROJECT_DIR / "profiles.yml"]
    for folder in ("models", "seeds", "tests", "macros"):
        sources.extend(p for p in (DBT_PROJECT_DIR / folder).rglob("*") if p.is_file())
    return any(p.stat().st_mtime > built for p in sources)


def prepare_manifest() -> None:
    """Parse the project when the manifest is missing or stale, and always under `dagster dev`."""
    if os.environ.get("DAGSTER_IS_DEV_CLI") or _manifest_is_stale():
        DbtCliResource(project_dir=gaoxin_dbt_project, dbt_executable=dbt_executable()).cli(
            ["parse", "--quiet"], target_path=gaoxin_dbt_project.target_path).wait()


prepare_manifest()


class GaoxinDbtTranslator(DagsterDbtTranslator):
    """Groups follow the dbt layers (reference, staging, intermediate, marts), as in the project tree."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "dbt"


@dbt_assets(manifest=gaoxin_dbt_project.manifest_path, dagster_dbt_translator=GaoxinDbtTranslator(),
            project=gaoxin_dbt_project)
def gaoxin_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, gaoxin: GaoxinPaths):
    # profiles.yml reads the build database's path from the environment of the dbt process.
    os.environ["GAOXIN_BUILD_DB"] = str(gaoxin.paths().build_db)
    invocation = dbt.cli(["build"], context=context)
    yield from invocation.stream()
    prune_invocation_dirs(keep=invocation.target_path)


def prune_invocation_dirs(keep: Path, kept: int = 3) -> None:
    """dagster-dbt gives every invocation its own target dir (~5 MB); keep the latest few, not all."""
    siblings = sorted((p for p in keep.parent.glob("gaoxin_dbt_models-*") if p.is_dir() and p != keep),
                      key=lambda p: p.stat().st_mtime, reverse=True)
    for old in siblings[kept - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
