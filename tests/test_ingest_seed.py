"""The example input comes out exactly as a careful person cleaned it (tests/fixtures/seed/)."""
from __future__ import annotations

import shutil

import pytest
import yaml

from digest.content.article import ParseSettings, parse_article
from test_ingest_helpers import SEED, SEED_FIXTURES, run_ingest

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="needs shared/seeds/")
EXPECTED_BODY = SEED_FIXTURES / "000_065f8897d4698395.expected.md"
EXPECTED_META = SEED_FIXTURES / "000_065f8897d4698395.expected.yaml"


@pytest.fixture
def ingested(project, digest_cli, tmp_path):
    raw = tmp_path / "scraped" / SEED.name
    raw.parent.mkdir()
    shutil.copyfile(SEED, raw)
    return run_ingest(digest_cli, project.root, raw)


def test_seed_body_is_exactly_the_hand_cleaned_one(ingested):
    assert ingested.code == 0
    _front, body = ingested.article(SEED.name)
    assert body == EXPECTED_BODY.read_text(encoding="utf-8")


def test_seed_metadata_matches_the_expected_yaml(ingested):
    expected = yaml.safe_load(EXPECTED_META.read_text(encoding="utf-8"))
    front, body = ingested.article(SEED.name)
    assert front["title"] == expected["title"]
    assert front["source"] == expected["source"]
    assert str(front["date"]) == str(expected["date"])
    assert [line[3:] for line in body.splitlines() if line.startswith("## ")] == expected["headings"]
    assert front["raw"] == f"raw/{SEED.name}"
    assert "draft" not in front  # lost quotes are warnings for the curator, not a reason to hold it back


def test_seed_is_a_valid_article_of_the_content_contract(ingested):
    path = ingested.root / ingested.entry(SEED.name)["output"]
    article, problems = parse_article(path.relative_to(ingested.root).as_posix(), path.read_bytes(),
                                      ParseSettings("Asia/Shanghai", 120))
    assert article is not None and not [p for p in problems if p.is_error]
    assert path.parent.as_posix().endswith("content/2025/06")


def test_seed_report_says_what_was_removed_and_why(ingested):
    entry = ingested.entry(SEED.name)
    removed = entry["removed"]
    tokens = [r for r in removed if r["rule"] == "spam_tokens"]
    assert len(tokens) == 24 and {r["text"] for r in tokens} == {"盘锦"}
    markers = " ".join(r["text"] for r in removed if r["rule"] == "emoji_markers")
    assert markers.count("(") == 23
    assert any(r["rule"] == "boilerplate_patterns" and r["line"] == 2 for r in removed)
    assert entry["metadata"]["source"] == {"value": "华尔街见闻", "line": 3, "from": "line 3: 来源:华尔街见闻"}
    assert entry["metadata"]["date"]["confidence"] == "low"
    assert any("6月13日" in evidence for evidence in entry["metadata"]["date"]["evidence"])
    lost = [w for w in entry["warnings"] if w["check"] == "lost_quotes"]
    assert [w["line"] for w in lost] == [11, 12]


def test_seed_related_news_become_records(ingested):
    blocks = {block["header"]: block["items"] for block in ingested.entry(SEED.name)["blocks"]}
    assert len(blocks["相关链接"]) == 10
    assert blocks["相关链接"][1] == {"title": "西扎和贝聿铭两位建筑大师的交集", "line": 29, "duration": "02:34"}
    news = blocks["相关新闻"]
    assert len(news) == 8
    assert news[0]["title"] == "“科创板八条”一周年,艾力斯、百利天恒、晶合集成等多位科创板公司掌门人发声!"
    assert news[0]["date"] == "2025-06-16" and news[0]["views"] == 34
    assert news[0]["teaser"].endswith("...")
