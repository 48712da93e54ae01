"""Golden output: the whole site of a small fixture project, byte for byte.

An intended change to the output is accepted with `DIGEST_UPDATE_GOLDEN=1 pytest tests/test_golden.py`
and reviewed in the diff of tests/fixtures/golden-site/expected/.
"""
from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from digest.build import render_files

FIXTURE = Path(__file__).parent / "fixtures" / "golden-site"
EXPECTED = FIXTURE / "expected"


def test_fixture_site_matches_golden_output():
    files, problems = render_files(FIXTURE)
    assert [p for p in problems if p.is_error] == []
    actual = {f.path: f.data for f in files}
    if os.environ.get("DIGEST_UPDATE_GOLDEN"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for path, data in actual.items():
            target = EXPECTED / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    expected = {p.relative_to(EXPECTED).as_posix(): p.read_bytes() for p in sorted(EXPECTED.rglob("*")) if p.is_file()}
    assert sorted(actual) == sorted(expected), "the set of output files changed"
    for path in sorted(expected):
        if actual[path] != expected[path]:
            diff = difflib.unified_diff(expected[path].decode(errors="replace").splitlines(),
                                        actual[path].decode(errors="replace").splitlines(),
                                        f"expected/{path}", f"actual/{path}", lineterm="")
            raise AssertionError("\n".join(list(diff)[:60]))
