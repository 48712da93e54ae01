"""Warnings for the curator; serious ones make the article a draft."""
from __future__ import annotations

import random

from test_ingest_helpers import PARAGRAPHS, clean_text, raw_article

DATED = ["来源：新华网 2025-06-14"]


def checks_of(article):
    return {warning.check for warning in article.warnings}


def test_lost_quote_is_a_warning_not_a_draft():
    paragraphs = [PARAGRAPHS[0], "该公司CEO表示：", PARAGRAPHS[1], "另一位高管说：", "“我们会继续合作。”", *PARAGRAPHS[2:]]
    article = clean_text(raw_article(paragraphs=paragraphs, head=DATED))
    lost = [w for w in article.warnings if w.check == "lost_quotes"]
    assert [w.line for w in lost] == [4]  # the second one is followed by its quote
    assert not article.draft


def test_short_body_is_a_draft():
    article = clean_text(raw_article(paragraphs=["只有一句话。"], head=DATED))
    assert "short_body" in checks_of(article) and article.draft


def test_an_error_page_is_not_an_article():
    article = clean_text("404 Not Found\n您访问的页面不存在，请返回首页。\n")
    assert "not_article" in checks_of(article) and article.draft


def test_shuffled_text_is_flagged_and_real_text_is_not():
    real = "".join(PARAGRAPHS)
    chars = list(real)
    random.Random(3).shuffle(chars)
    shuffled = "".join(chars)
    assert "shuffled_text" not in checks_of(clean_text(raw_article(paragraphs=[real], head=DATED)))
    article = clean_text(raw_article(paragraphs=[shuffled], head=DATED))
    assert "shuffled_text" in checks_of(article) and article.draft


def test_checks_can_be_switched_off(project, digest_cli, tmp_path):
    from test_ingest_helpers import run_ingest, write_inputs

    project.write("digest.yaml", "title: t\ningest:\n  checks:\n    short_body: false\n    undated: false\n")
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": "标题\n只有一句话。\n"}))
    front, _ = result.article("a.txt")
    assert "draft" not in front


def test_the_catalog_names_every_check_and_rule_in_order():
    from digest.ingest.catalog import CHECK_NAMES, RULE_INFO
    from digest.ingest.checks import CHECKS
    from digest.ingest.rules import RULES

    assert tuple(CHECKS) == CHECK_NAMES
    assert [rule.name for rule in RULES] == [name for name, _summary, _default in RULE_INFO]
