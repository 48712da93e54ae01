"""`digest init` (a new site project with a working example, a .gitignore and a GitHub Pages
workflow) and `digest theme` (the default templates and static files, copied into a project to
start an override)."""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

SKELETON = Path(__file__).parent / "skeleton"
THEME_DIR = Path(__file__).parent / "theme"
# Packaged files cannot start with a dot (package data globs skip them): `dot-x` becomes `.x`.
_DOT = "dot-"


def create_project(target: Path) -> None:
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target} exists and is not empty; choose a new folder")
    shutil.copytree(SKELETON, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    for path in sorted(target.glob(_DOT + "*")):
        path.rename(path.with_name("." + path.name[len(_DOT):]))
    (target / "templates").mkdir(exist_ok=True)
    (target / "static").mkdir(exist_ok=True)


@dataclass
class ThemeCopy:
    copied: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # already in the project: never overwritten
    unknown: list[str] = field(default_factory=list)


def theme_files() -> list[str]:
    """The theme's files as the project would hold them: `templates/…` and `static/…`."""
    return sorted(path.relative_to(THEME_DIR).as_posix()
                  for folder in ("templates", "static") for path in (THEME_DIR / folder).rglob("*")
                  if path.is_file() and "__pycache__" not in path.parts)


def copy_theme(root: Path, names: list[str]) -> ThemeCopy:
    """Copy the named theme files (`article.html`, `templates/partials/macros.html`,
    `style.css`; all of them when `names` is empty) into the project, keeping any it has."""
    available = theme_files()
    result = ThemeCopy()
    wanted: list[str] = []
    for name in names or available:
        matches = [path for path in available if path == name or path.split("/", 1)[1] == name]
        if not matches:
            result.unknown.append(name)
        wanted.extend(path for path in matches if path not in wanted)
    for path in wanted:
        target = root / path
        if target.exists():
            result.kept.append(path)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(THEME_DIR / path, target)
        result.copied.append(path)
    return result
