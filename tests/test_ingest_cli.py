"""The `digest ingest` command: help, output levels, exit status, progress bar, settings."""
from __future__ import annotations

import io

from digest.ingest.command import INGEST_BAR_ITEMS
from digest.progress import Progress
from test_ingest_helpers import raw_article, run_ingest, write_inputs

DATED = ["来源：新华网 2025-06-14"]


def test_help_lists_the_rules_in_order(digest_cli):
    import pytest

    with pytest.raises(SystemExit):
        digest_cli("ingest", "--help")


def test_help_text(capsys):
    from digest.cli import main

    try:
        main(["ingest", "--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "spam_tokens" in out and "fullwidth_punctuation" in out and "(off by default)" in out
    assert out.index("emoji_markers") < out.index("spam_tokens") < out.index("related_blocks")


def test_default_output_is_one_summary_line(project, digest_cli, tmp_path):
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": raw_article(head=DATED)}))
    assert result.code == 0 and result.err == ""
    assert result.out.strip() == "ingest: 1 input(s): 1 written in " + result.out.split(" in ")[1].strip()
    assert "; report: raw/ingest-reports/20" in result.out


def test_verbose_says_what_each_rule_removed(project, digest_cli, tmp_path):
    folder = write_inputs(tmp_path / "in", {"a.txt": raw_article(token="营口", head=DATED)})
    result = run_ingest(digest_cli, project.root, folder, options=("-v",))
    assert "written content/2025/06/" in result.out
    assert "removed: spam_tokens 8, metadata_lines 1" in result.out and "spam tokens: 营口" in result.out


def test_drafts_are_listed_and_quiet_is_quiet(project, digest_cli, tmp_path):
    folder = write_inputs(tmp_path / "in", {"short.txt": "标题\n来源：新华网 2025-06-14\n只有一句话。\n", "bad.txt": b""})
    result = run_ingest(digest_cli, project.root, folder)
    # grouped by what made them drafts (a batch of thousands gets a line per reason, not per draft)
    assert "  1 draft for short body: content/2025/06/biao-ti.md" in result.out
    assert result.code == 1
    verbose = run_ingest(digest_cli, project.root, folder, options=("-v",))
    assert "suspiciously short body" in verbose.out
    quiet = run_ingest(digest_cli, project.root, folder, options=("-q",))
    assert quiet.out == "" and "bad.txt: empty file" in quiet.err


def test_a_copy_that_joined_a_draft_is_not_listed_as_a_draft_of_its_own(project, digest_cli, tmp_path):
    short = "标题\n来源：新华网 2025-06-14\n只有一句话，但这句话足够长，可以让两份副本被认出是同一篇文章的副本。\n"
    folder = write_inputs(tmp_path / "in", {"short.txt": short, "copy.txt": short.encode("utf-16")})
    result = run_ingest(digest_cli, project.root, folder)
    assert "1 duplicate: " in result.out and "1 draft(s) to review" in result.out
    assert "  1 draft for short body: content/2025/06/biao-ti.md\n" in result.out and "; ;" not in result.out


def test_unknown_settings_are_warned_about(project, digest_cli, tmp_path):
    project.write("digest.yaml", "title: t\ningest:\n  rules:\n    no_such_rule: false\n  colour: blue\n")
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": raw_article(head=DATED)}))
    assert "unknown ingest rule `no_such_rule`" in result.err and "unknown setting `ingest: colour`" in result.err
    assert result.code == 0


def test_no_site_project_is_an_error(digest_cli, tmp_path):
    (tmp_path / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    result = digest_cli("-C", tmp_path, "ingest", tmp_path / "a.txt")
    assert result.code == 1 and "no digest.yaml" in result.err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]  # no raw/, content/ or cache
    result = digest_cli("-C", tmp_path / "nowhere", "ingest", tmp_path)
    assert result.code == 1 and "is not a folder" in result.err and not (tmp_path / "nowhere").exists()


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_only_for_batches():
    tty, pipe = _Tty(), io.StringIO()
    for stream in (tty, pipe):
        progress = Progress(stream, min_items=INGEST_BAR_ITEMS)
        progress.stage("cleaning", 100)
        for _ in range(100):
            progress.advance()
        progress.close()
    assert "[##############################] 100/100" in tty.getvalue() and pipe.getvalue() == ""
    small = _Tty()
    progress = Progress(small, min_items=INGEST_BAR_ITEMS)
    progress.stage("cleaning", 3)
    progress.advance(3)
    assert small.getvalue() == ""
