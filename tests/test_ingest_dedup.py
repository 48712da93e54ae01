"""Near-duplicates: one story saved twice becomes one article with two sources."""
from __future__ import annotations

import dataclasses

from digest.ingest.chinese import simplified
from digest.ingest.dedup import DuplicateIndex, make_sketch, similarity
from digest.ingest.publish import converged
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, raw_article, run_ingest, write_inputs

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
    full = "".join(PARAGRAPHS + [p.replace("。", "，市场反应强烈。") for p in PARAGRAPHS])
    assert similarity(make_sketch(full), make_sketch(full[:len(full) // 2])) > 0.9  # a copy cut in half


def test_a_stuffed_copy_under_the_same_headline_is_found():
    """A farm pushes keywords in after every other clause: the copy shares ~0.65 of the shingles,
    under the 0.7 that text alone needs; under nearly the same headline it is a copy, under
    another headline (another report of the event, a templated one) it is not."""
    text = "\n".join(PARAGRAPHS)
    marks = [index for index, char in enumerate(text) if char in "，。"][1::2]
    stuffed = "".join(text[start:end] + "客户流失" for start, end in zip([0, *marks], [*marks, len(text)]))[:-4]
    first, second = make_sketch(text), make_sketch(stuffed)
    assert 0.55 <= similarity(first, second) < 0.7
    index = DuplicateIndex(0.7)
    index.add("original", first, TITLE)
    assert index.find(second, TITLE + "！")[0] == "original"
    assert index.find(second, "价值290亿美元的交易演变为一场客户雪崩") is None
    assert index.find(second) is None  # no headline to go by: the text alone decides


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


def test_copies_converge_whatever_their_furniture_titles_and_dates(project, digest_cli, tmp_path):
    """A farm copy (breadcrumb and info line above a stamped title, its own later date), a copy cut
    short in Traditional characters with a year-less guess, and the original: one article, dated
    by the earliest date a copy gives (a copy is never older than its original)."""
    long_text = PARAGRAPHS + [p.replace("。", "，市场反应强烈。") for p in PARAGRAPHS]
    original = raw_article(paragraphs=long_text, head=["来源：华尔街见闻", "2025-06-14 09:30"])
    farm = "\n".join(["首页财经新闻文章正文", "子女测算" + TITLE, "财经新闻2025年06月15日 07:30 208admin",
                      *[f"子女测算  {p}" for p in long_text]])
    cut_short = _traditional(raw_article(paragraphs=["6月13日，" + PARAGRAPHS[0], *PARAGRAPHS[1:]]))  # the first half
    folder = write_inputs(tmp_path / "in", {"a-farm.txt": farm, "b-tw.txt": cut_short, "c-original.txt": original})
    result = run_ingest(digest_cli, project.root, folder)
    assert len(result.articles()) == 1
    assert [result.entry(n)["status"] for n in ("a-farm.txt", "b-tw.txt", "c-original.txt")] == ["written", "duplicate", "duplicate"]
    front, body = result.article("a-farm.txt")
    assert front["title"] == TITLE and front["source"] == "华尔街见闻"
    assert str(front["date"]).startswith("2025-06-14")
    assert len(front["sources"]) == 2 and "首页" not in body and "子女测算" not in body


def test_a_day_a_copys_text_names_does_not_date_the_story_over_a_stated_day():
    """The original states its day; a copy without a date of its own guesses one from a day its
    text names and nothing else (`7月7日…`, an event's): the story keeps the stated day. A guess
    that more backs (the page's related items' days) still dates the story before a copy's stated
    day (a farm's copy time), and so does a day the text names when no copy says more."""
    original = clean_text(raw_article())

    def dated(value: str, confidence: str, *evidence: str) -> object:
        return dataclasses.replace(original, date=dataclasses.replace(original.date, value=value, confidence=confidence, evidence=evidence))

    stated = dated("2025-07-09", "stated", "line 3: 力报2025-07-09")
    named = dated("2025-07-07", "low", "the body mentions 7月7日 (line 18)")
    assert converged(stated, [named]).date.value == "2025-07-09"
    assert converged(named, [stated]).date.value == "2025-07-09"
    backed = dated("2025-06-14", "low", "the body mentions 6月13日 (line 5)", "related items dated 2025-06-15 to 2025-06-16")
    farm = dated("2025-06-15T07:30:00", "stated", "line 5: 财经新闻2025年06月15日 07:30 208admin")
    assert converged(backed, [farm]).date.value == "2025-06-14"
    later = dated("2025-07-08", "low", "the body mentions 7月8日 (line 2)")
    assert converged(later, [named]).date.value == "2025-07-07"
