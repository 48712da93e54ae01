"""The code's shape, checked: imports go one way down the pipeline with no cycles (import-linter,
the contracts in pyproject.toml), the lint rules hold (ruff), no module reaches into another's private names, and no
module grows past what a reader takes in at once."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "digest"
MAX_LINES = 400


def test_the_import_contracts_hold():
    done = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports; raise SystemExit(lint_imports())"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_the_lint_rules_hold():
    """pyflakes, bugbear and pyupgrade, as chosen in pyproject.toml ([tool.ruff])."""
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "digest", "bench", "tests"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_private_name_is_imported_from_another_module():
    offenders = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("digest"):
                offenders += [f"{path.relative_to(REPO)}:{node.lineno}: {alias.name} from {node.module}"
                              for alias in node.names if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert not offenders, "\n".join(offenders)


def test_every_package_says_what_it_is_for():
    for init in PACKAGE.rglob("__init__.py"):
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert docstring and len(docstring) > 40, f"{init.relative_to(REPO)} has no docstring saying its job"


def test_no_module_is_longer_than_a_reader_takes_in():
    long = [f"{path.relative_to(REPO)}: {lines} lines" for path in _modules()
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert not long, "split these by responsibility:\n" + "\n".join(long)
