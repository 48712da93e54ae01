"""Markdown: CommonMark plus tables, footnotes and anchors; raw HTML never passes through."""
from __future__ import annotations

from digest.content.markdown import render_markdown


def test_tables_footnotes_and_heading_anchors():
    out = render_markdown("## 信任的代价:谷歌带头“出走”\n\n| 公司 | 金额 |\n|---|---|\n| 谷歌 | 2亿 |\n\n正文[^1]。\n\n[^1]: 注释。\n")
    assert '<h2 id="信任的代价谷歌带头出走">' in out.html
    assert "<table>" in out.html and "<td>谷歌</td>" in out.html
    assert 'class="footnote-ref"' in out.html and "注释。" in out.html
    assert out.headings[0].id == "信任的代价谷歌带头出走"


def test_repeated_headings_get_unique_ids():
    out = render_markdown("## 背景\n\n一。\n\n## 背景\n\n二。\n")
    assert [h.id for h in out.headings] == ["背景", "背景-1"]


def test_raw_html_is_escaped_not_injected():
    out = render_markdown('正文<script>alert(1)</script>\n\n<iframe src="x"></iframe>\n\n<img src=x onerror=alert(1)>\n')
    assert "<script>" not in out.html and "<iframe" not in out.html and "<img" not in out.html
    assert "&lt;script&gt;" in out.html


def test_javascript_links_are_not_rendered_as_links():
    out = render_markdown("[点我](javascript:alert(1))\n")
    assert 'href="javascript:' not in out.html


def test_lead_is_the_opening_paragraphs_without_headings():
    out = render_markdown("## 小标题\n\n第一段。\n\n- 列表项\n\n第二段。\n")
    assert out.lead == "第一段。第二段。"
    assert "小标题" in out.text


def test_raw_html_passes_only_when_the_site_allows_it(project, digest_cli):
    project.article("2025/06/a.md", body="正文<mark>重点</mark>。\n")
    assert digest_cli("-C", project.root, "build").code == 0
    assert "&lt;mark&gt;重点&lt;/mark&gt;" in project.page("2025/06/a/index.html")
    project.write("digest.yaml", (project.root / "digest.yaml").read_text() + "allow_html: true\n")
    assert digest_cli("-C", project.root, "build").code == 0
    assert "<mark>重点</mark>" in project.page("2025/06/a/index.html")
