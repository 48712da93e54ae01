"""Saved HTML pages: main text by trafilatura, then the same rules; trafilatura's Chinese test pages."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from test_ingest_helpers import PARAGRAPHS, TITLE, run_ingest, write_inputs

EVAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "trafilatura-eval-zh"
# trafilatura itself leaves out Baidu Baike's infobox, where this one expected segment is.
EXTRACTOR_MISSES = {"1975年1月28日出生"}
# A photo caption (`…新华社记者 才扬 摄`) without its photo: page_furniture takes it out, the report keeps it.
CAPTIONS = {"2月17日"}


@pytest.mark.skipif(not EVAL.is_dir(), reason="needs shared/corpus/trafilatura-eval-zh")
def test_evaluation_pages_keep_the_text_and_drop_the_furniture(project, digest_cli, tmp_path):
    cases = json.loads((EVAL / "evaldata-zh.json").read_text(encoding="utf-8"))
    folder = tmp_path / "pages"
    folder.mkdir()
    for case in cases.values():
        shutil.copyfile(EVAL / case["file"], folder / case["file"])
    result = run_ingest(digest_cli, project.root, folder)
    for case in cases.values():
        front, body = result.article(case["file"])
        assert all(segment in body for segment in case["with"] if segment not in EXTRACTOR_MISSES | CAPTIONS), case["file"]
        removed = " ".join(removal["text"] for removal in result.entry(case["file"])["removed"])
        assert all(segment in body or segment in removed for segment in CAPTIONS & set(case["with"])), case["file"]
        assert not any(segment in body for segment in case["without"]), case["file"]
        assert str(front["date"]).startswith(case["date"])
        assert result.entry(case["file"])["format"] == "html"
    assert result.article("xinhuanet.com.c_1125597921.html")[0]["title"] == "武汉的声音：有英勇的你，才有英雄的城！"
    assert result.article("banyuetan.org.1000200033136171577956287380194268_1.html")[0]["author"] == "史卫燕"


def page(body: str, title: str = f"{TITLE}_某某新闻网", charset: str = "utf-8", extra_head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>{extra_head}</head><body>'
            '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/n">新闻</a></li></ul>'
            f'<div class="article"><h1>{TITLE}</h1>{body}</div><footer>Copyright © 某某新闻网</footer></body></html>')


def test_a_noisy_gbk_page_is_cleaned_like_a_text_file(project, digest_cli, tmp_path):
    paragraphs = "".join(f"<p>辽阳 {p.replace('交易', '交(🍀)易')}</p>" for p in PARAGRAPHS)
    html = page("<p>来源：新华网　作者：张伟</p>" + paragraphs, title=f"辽阳 {TITLE}_某某新闻网", charset="gbk",
                extra_head='<link rel="canonical" href="https://news.example.com/a/1.html">')
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"saved.htm": html.encode("gb18030")}))
    front, body = result.article("saved.htm")
    assert front["title"] == TITLE
    assert (front["source"], front["author"], front["source_url"]) == ("新华网", "张伟", "https://news.example.com/a/1.html")
    assert [b for b in body.split("\n\n") if b.strip()] == [p + ("\n" if p == PARAGRAPHS[-1] else "") for p in PARAGRAPHS]
    assert "首页" not in body and "Copyright" not in body


def test_html_saved_with_a_txt_name_is_read_as_html(project, digest_cli, tmp_path):
    html = page("".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"page.txt": html}))
    assert result.entry("page.txt")["format"] == "html"
    assert "<p>" not in result.article("page.txt")[1]


def test_the_header_around_the_headline_gives_the_date_its_time_and_the_publisher(project, digest_cli, tmp_path):
    """As portals lay an article out: a channel's <h1>, the headline in an <h2> that the <title>
    repeats with the portal's name, then the date and the original publisher's bare name, outside
    the article's text; the site's name (a copyright line) is not the source."""
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + TITLE + '|公司_某某新闻</title>'
            '<meta property="og:site_name" content="Copyright © 2019 Example.com Inc. All Rights Reserved."></head><body>'
            '<div class="nav"><h1>新闻中心</h1><a href="/">首页</a></div>'
            f'<div class="top"><h2>{TITLE}</h2><div class="info"><span>2019年11月25日 18:57</span><a>参考消息</a>'
            '<span>缩小字体</span></div></div>'
            '<div class="article">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + '</div></body></html>')
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"portal.html": html}))
    front, body = result.article("portal.html")
    assert front["title"] == TITLE
    assert str(front["date"]).startswith("2019-11-25 18:57")
    assert front["source"] == "参考消息"
    assert "新闻中心" not in body and PARAGRAPHS[0] in body
