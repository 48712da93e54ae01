"""`digest init`: a new site project with a working example."""
from __future__ import annotations

import shutil
from pathlib import Path

SKELETON = Path(__file__).parent / "skeleton"


def create_project(target: Path) -> None:
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target} exists and is not empty; choose a new folder")
    shutil.copytree(SKELETON, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "templates").mkdir(exist_ok=True)
    (target / "static").mkdir(exist_ok=True)
