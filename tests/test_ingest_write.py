"""What ingest leaves on disk: articles, raw copies, report and state; twice the same; edits kept."""
from __future__ import annotations

import hashlib

from digest.content.article import ParseSettings, parse_article
from test_ingest_helpers import PARAGRAPHS, TITLE, raw_article, run_ingest, write_inputs

DATED = ["来源：新华网 2025-06-14"]


def _inputs(tmp_path, **files):
    return write_inputs(tmp_path / "scraped", files)


def test_article_path_front_matter_and_raw_copy(project, digest_cli, tmp_path):
    data = raw_article(head=["2025-06-14 09:30 来源：新华网 作者：张三"]).encode("gb18030")
    result = run_ingest(digest_cli, project.root, _inputs(tmp_path, **{"a.txt": data}))
    assert result.code == 0
    entry = result.entry("a.txt")
    assert entry["output"] == "content/2025/06/shu-ju-du-jiao-shou-zao-yu-ke-hu-liu-shi-chao.md"
    front, body = result.article("a.txt")
    assert front == {"title": TITLE, "date": front["date"], "source": "新华网", "author": "张三", "raw": "raw/a.txt"}
    assert "\ndate: 2025-06-14T09:30:00\n" in (project.root / entry["output"]).read_text(encoding="utf-8")
    assert (project.root / "raw" / "a.txt").read_bytes() == data  # verbatim, in its own encoding
    path = project.root / entry["output"]
    article, problems = parse_article(entry["output"], path.read_bytes(), ParseSettings("Asia/Shanghai", 120))
    assert article is not None and article.source == "新华网" and article.extra["raw"] == "raw/a.txt"


def test_running_twice_gives_identical_files(project, digest_cli, tmp_path):
    folder = _inputs(tmp_path, **{"a.txt": raw_article(token="营口", head=DATED), "b.txt": raw_article(title="另一篇", head=DATED,
                                                                                                    paragraphs=PARAGRAPHS[::-1][:3])})
    def files():  # everything but the reports, which say "written" once and "unchanged" the next time
        return {p: p.read_bytes() for p in sorted(project.root.rglob("*")) if p.is_file()
                and p.name != "ingest-report.json" and p.parent.name != "ingest-reports"}

    first = run_ingest(digest_cli, project.root, folder).report()["summary"]
    snapshot = files()
    second = run_ingest(digest_cli, project.root, folder)
    assert files() == snapshot
    assert first["written"] == 2 and second.report()["summary"]["unchanged"] == 2
    assert "2 unchanged" in second.out


def test_an_edited_article_is_never_overwritten(project, digest_cli, tmp_path):
    folder = _inputs(tmp_path, **{"a.txt": raw_article(head=DATED)})
    first = run_ingest(digest_cli, project.root, folder)
    path = project.root / first.entry("a.txt")["output"]
    edited = path.read_text(encoding="utf-8").replace(PARAGRAPHS[0], "编辑改写过的第一段。")
    path.write_text(edited, encoding="utf-8")
    second = run_ingest(digest_cli, project.root, folder, options=("--verbose",))
    assert path.read_text(encoding="utf-8") == edited
    assert second.entry("a.txt")["status"] == "edited"
    assert f"skipped {first.entry('a.txt')['output']}: edited by a person since it was ingested: not overwritten" in second.out
    assert second.code == 0


def test_a_deleted_article_is_written_again(project, digest_cli, tmp_path):
    folder = _inputs(tmp_path, **{"a.txt": raw_article(head=DATED)})
    path = project.root / run_ingest(digest_cli, project.root, folder).entry("a.txt")["output"]
    path.unlink()
    assert run_ingest(digest_cli, project.root, folder).entry("a.txt")["status"] == "written" and path.is_file()


def test_changed_rules_update_articles_that_nobody_edited(project, digest_cli, tmp_path):
    folder = _inputs(tmp_path, **{"a.txt": raw_article(head=DATED, paragraphs=["Meta入股49%后,AI独角兽遭遇流失潮。", *PARAGRAPHS])})
    run_ingest(digest_cli, project.root, folder)
    project.write("digest.yaml", "title: t\ningest:\n  rules:\n    fullwidth_punctuation: true\n")
    result = run_ingest(digest_cli, project.root, folder)
    assert result.entry("a.txt")["status"] == "updated"
    assert "49%后，AI独角兽" in result.article("a.txt")[1]


def test_same_titles_get_different_slugs_and_existing_slugs_are_kept(project, digest_cli, tmp_path):
    project.article("2020/01/shu-ju-du-jiao-shou-zao-yu-ke-hu-liu-shi-chao.md")  # a hand-written article
    folder = _inputs(tmp_path, **{"a.txt": raw_article(head=DATED),
                                  "b.txt": raw_article(head=DATED, paragraphs=["完全不同的另一篇报道，讲的是别的事情。" * 3])})
    result = run_ingest(digest_cli, project.root, folder)
    outputs = {result.entry(name)["output"] for name in ("a.txt", "b.txt")}
    assert outputs == {"content/2025/06/shu-ju-du-jiao-shou-zao-yu-ke-hu-liu-shi-chao-2.md",
                       "content/2025/06/shu-ju-du-jiao-shou-zao-yu-ke-hu-liu-shi-chao-3.md"}


def test_inputs_with_the_same_name_keep_both_raw_files(project, digest_cli, tmp_path):
    one = write_inputs(tmp_path / "one", {"page.txt": raw_article(head=DATED)})
    two = write_inputs(tmp_path / "two", {"page.txt": raw_article(title="另一篇", head=DATED, paragraphs=["另一篇文章的正文，内容完全不同。" * 3])})
    result = run_ingest(digest_cli, project.root, one, two)
    raws = sorted(entry["raw"] for entry in result.report()["inputs"])
    sha = hashlib.sha256((two / "page.txt").read_bytes()).hexdigest()[:8]
    assert raws == ["raw/page.txt", f"raw/page-{sha}.txt"] or raws == sorted(["raw/page.txt", f"raw/page-{sha}.txt"])


def test_report_has_rules_summary_and_per_input_details(project, digest_cli, tmp_path):
    result = run_ingest(digest_cli, project.root, _inputs(tmp_path, **{"a.txt": raw_article(token="营口", head=DATED)}))
    report = result.report()
    assert report["rules"]["fullwidth_punctuation"] is False and report["rules"]["spam_tokens"] is True
    entry = result.entry("a.txt")
    assert entry["status"] == "written" and entry["encoding"] == "utf-8" and entry["format"] == "text"
    assert entry["metadata"]["title"] == {"value": TITLE, "line": 1, "from": "line 1"}
    assert entry["metadata"]["spam_tokens"] == ["营口"]
    assert {"rule": "spam_tokens", "line": 1, "text": "营口", "why": "opens 8 of 9 lines, 0 other mention(s)"} in entry["removed"]
