"""`digest check` shows what ingest left for the curator (`ingest_warnings:` in the front matter)
as `file:line: warning: …`, at the line of each warning; `digest build -v` shows them too."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_ingest_helpers import PARAGRAPHS, raw_article, run_ingest, write_inputs

DATED = ["来源：新华网 2025-06-14"]
LOST_QUOTE = [*PARAGRAPHS[:3], "公司发言人在接受采访时表示：", *PARAGRAPHS[3:]]


def _ingested(project, digest_cli, tmp_path):
    folder = write_inputs(tmp_path / "in", {
        "quote.txt": raw_article(paragraphs=LOST_QUOTE, head=DATED),
        "short.txt": "短讯标题\n来源：新华网 2025-06-14\n只有一句话。\n",
    })
    result = run_ingest(digest_cli, project.root, folder)
    return result, result.entry("quote.txt")["output"], result.entry("short.txt")["output"]


def _line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_check_lists_ingest_warnings_at_their_lines(project, digest_cli, tmp_path):
    _, quote, short = _ingested(project, digest_cli, tmp_path)
    result = digest_cli("-C", project.root, "check")
    assert result.code == 0  # warnings, not errors
    quote_line = _line_of(project.root / quote, "lost quote")
    short_line = _line_of(project.root / short, "suspiciously short body")
    assert f"{quote}:{quote_line}: warning: ingest: line " in result.err
    assert "lost quote: “公司发言人在接受采访时表示：” is not followed by what was said" in result.err
    assert f"{short}:{short_line}: warning: ingest: suspiciously short body" in result.err
    assert "hint: see raw/ingest-report.json" in result.err
    assert result.out.strip().startswith("ok: ") and " warning" in result.out


def test_a_handled_warning_is_gone_once_its_line_is_deleted(project, digest_cli, tmp_path):
    _, quote, _short = _ingested(project, digest_cli, tmp_path)
    path = project.root / quote
    text = path.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if "lost quote" not in line and not line.startswith("ingest_warnings:")]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = digest_cli("-C", project.root, "check")
    assert "lost quote" not in result.err and "suspiciously short body" in result.err


def test_build_shows_them_only_when_verbose(project, digest_cli, tmp_path):
    _ingested(project, digest_cli, tmp_path)
    quiet = digest_cli("-C", project.root, "build")
    assert quiet.code == 0 and "ingest:" not in quiet.err
    verbose = digest_cli("-C", project.root, "build", "-v")
    assert verbose.code == 0 and "warning: ingest: line " in verbose.err and "lost quote" in verbose.err


def test_check_run_as_a_command(project, digest_cli, tmp_path):
    _, quote, _short = _ingested(project, digest_cli, tmp_path)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run([sys.executable, "-m", "digest", "-C", str(project.root), "check"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0
    assert f"{quote}:{_line_of(project.root / quote, 'lost quote')}: warning: ingest: " in done.stderr


def test_articles_without_ingest_warnings_add_nothing(project, digest_cli, tmp_path):
    folder = write_inputs(tmp_path / "in", {"a.txt": raw_article(head=DATED)})
    run_ingest(digest_cli, project.root, folder)
    result = digest_cli("-C", project.root, "check")
    assert result.code == 0 and "ingest:" not in result.err
