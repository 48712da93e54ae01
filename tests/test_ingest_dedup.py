"""Near-duplicates: one story saved twice becomes one article with two sources."""
from __future__ import annotations

from digest.ingest.chinese import simplified
from digest.ingest.dedup import make_sketch, similarity
from test_ingest_helpers import PARAGRAPHS, TITLE, raw_article, run_ingest, write_inputs

def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2tw").convert(text)  # Taiwan's forms: what Big5 can encode


def test_sketches_see_through_noise_and_traditional_characters():
    base = make_sketch("".join(PARAGRAPHS))
    noisy = make_sketch("".join(p.replace("，", ",") + "（某某网）" for p in PARAGRAPHS))
    assert similarity(base, make_sketch(_traditional("".join(PARAGRAPHS)))) > 0.95
    assert similarity(base, noisy) > 0.7
    assert similarity(base, make_sketch("完全不同的一篇报道，讲的是农业和天气。" * 5)) < 0.1
    assert simplified("數據") == "数据"


def test_second_copy_becomes_a_source_of_the_first(project, digest_cli, tmp_path):
    folder = write_inputs(tmp_path / "in", {
        "a-site1.txt": raw_article(head=["来源：新华网 2025-06-14"]),
        "b-site2.txt": raw_article(token="营口", head=["来源：人民网", "原文链接：https://people.example.com/1"]),
        "c-tw.txt": _traditional(raw_article(head=["來源：中央社"])).encode("big5"),
    })
    result = run_ingest(digest_cli, project.root, folder)
    assert [result.entry(n)["status"] for n in ("a-site1.txt", "b-site2.txt", "c-tw.txt")] == ["written", "duplicate", "duplicate"]
    assert len(result.articles()) == 1
    front, _ = result.article("a-site1.txt")
    assert front["sources"] == [
        {"source": "人民网", "source_url": "https://people.example.com/1", "title": TITLE, "raw": "raw/b-site2.txt"},
        {"source": "中央社", "title": _traditional(TITLE), "raw": "raw/c-tw.txt"},
    ]
    assert result.entry("b-site2.txt")["duplicate_of"] == result.entry("a-site1.txt")["output"]


def test_a_copy_in_a_later_run_is_added_to_the_existing_article(project, digest_cli, tmp_path):
    first = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "one", {"a.txt": raw_article(head=["来源：新华网 2025-06-14"])}))
    output = project.root / first.entry("a.txt")["output"]
    later = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "two", {"b.txt": raw_article(head=["来源：人民网"])}))
    assert later.entry("b.txt")["status"] == "duplicate"
    assert "sources:\n- source: 人民网\n" in output.read_text(encoding="utf-8")
    merged = output.read_bytes()
    again = run_ingest(digest_cli, project.root, tmp_path / "one", tmp_path / "two")
    assert again.report()["summary"]["unchanged"] == 1 and output.read_bytes() == merged


def test_a_copy_of_an_edited_article_is_only_reported(project, digest_cli, tmp_path):
    first = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "one", {"a.txt": raw_article(head=["来源：新华网 2025-06-14"])}))
    path = project.root / first.entry("a.txt")["output"]
    edited = path.read_text(encoding="utf-8") + "\n编者按：本文有补充。\n"
    path.write_text(edited, encoding="utf-8")
    later = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "two", {"b.txt": raw_article(head=["来源：人民网"])}))
    assert path.read_text(encoding="utf-8") == edited
    assert "not merged, add this source by hand" in later.entry("b.txt")["reason"]
    assert "not merged" in later.out


def test_templated_reports_with_different_headlines_are_not_merged(project, digest_cli, tmp_path):
    body = [p.replace("290亿", "{n}亿") for p in PARAGRAPHS]
    folder = write_inputs(tmp_path / "in", {
        "week1.txt": raw_article(title="佳能单反本周售价下调", paragraphs=[p.format(n=290) for p in body], head=["来源：某网 2025-06-14"]),
        "week2.txt": raw_article(title="配15-85mm防抖镜头套机到货", paragraphs=[p.format(n=310) for p in body[:5]], head=["来源：某网 2025-06-21"]),
    })
    result = run_ingest(digest_cli, project.root, folder)
    assert [result.entry(n)["status"] for n in ("week1.txt", "week2.txt")] == ["written", "written"]
