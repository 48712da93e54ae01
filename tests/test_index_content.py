"""Topics, tags, related articles and stories computed from the articles' content, as a reader
(pages) and a script (index.json) see them; and the incremental indexer giving what a full
build gives."""
from __future__ import annotations

import dataclasses
import json
import random

from conftest import article_text

from digest.build import BuildOptions, prepare_site
from digest.index import build_index
from digest.indexer import Indexer

SPORTS = ["湖人队主场迎战勇士队，詹姆斯砍下三十分，球队在季后赛中取得关键胜利。",
          "篮球联赛季后赛次轮，火箭队客场击败马刺队，姚明贡献两双，教练称赞球队防守。",
          "足球联赛第十轮，国安主场二比一战胜申花，球迷为球队的进攻表现欢呼，主教练赛后接受采访。",
          "网球公开赛女单决赛，中国选手两盘击败对手夺冠，赛后她感谢教练和球迷的支持。",
          "篮球运动员伤愈复出，球队主教练表示他将在季后赛首发出场，球迷期待他的表现。"]
FINANCE = ["央行宣布下调存款准备金率，银行可贷资金增加，分析人士认为股市将迎来资金面利好。",
           "基金公司发行新的指数基金，投资者认购踊跃，基金经理看好蓝筹股的投资价值。",
           "沪深股市今日收涨，银行股和券商股领涨，成交量较上一交易日明显放大，投资者情绪回暖。",
           "债券市场收益率下行，基金经理建议投资者关注股债轮动，银行理财产品收益率小幅回落。",
           "上市公司发布年报，净利润同比增长，股价应声上涨，券商分析师上调其投资评级。"]
CONFIG = """\
title: 测试摘要
base_url: https://example.org/
pagination: 20
related_count: 3
topics:
  - name: 体育
    slug: sports
    keywords: [篮球, 足球]
  - name: 财经
    slug: finance
    keywords: [股市, 基金]
"""


def _site(project, digest_cli):
    project.write("digest.yaml", CONFIG)
    for n, body in enumerate(SPORTS):
        topics = "[体育]" if n < 4 else None
        fields = {"topics": topics} if topics else {}
        project.write(f"content/2025/05/sports{n}.md", article_text(title=f"体育新闻{n}", date=f"2025-05-0{n + 1}", body=body, **fields))
    for n, body in enumerate(FINANCE):
        fields = {"topics": "[财经]", "tags": "[央行]"} if n < 4 else {}
        project.write(f"content/2025/05/finance{n}.md", article_text(title=f"财经新闻{n}", date=f"2025-05-1{n}", body=body, **fields))
    result = digest_cli("-C", project.root, "build")
    assert result.code == 0, result.err
    return {a["slug"]: a for a in json.loads(project.page("index.json"))["articles"]}


def test_articles_without_topics_get_one_learned_from_the_curator(project, digest_cli):
    articles = _site(project, digest_cli)
    assert articles["sports4"]["topics"] == ["体育"] and articles["sports4"]["topics_source"] == "auto"
    assert 0.5 <= articles["sports4"]["topics_confidence"] <= 1
    assert articles["finance4"]["topics"] == ["财经"] and articles["finance4"]["topics_source"] == "auto"
    assert articles["sports0"]["topics_source"] == "manual" and articles["sports0"]["topics_confidence"] is None
    page = project.page("2025/05/sports4/index.html")
    assert '<a href="/topics/sports/">体育</a>' in page and "自动归类" in page
    assert "体育新闻4" in project.page("topics/sports/index.html"), "the topic page lists auto-assigned articles"
    assert "自动归类" not in project.page("2025/05/sports0/index.html")


def test_tags_are_extracted_only_where_a_person_gave_none(project, digest_cli):
    articles = _site(project, digest_cli)
    assert articles["finance0"]["tags"] == ["央行"] and articles["finance0"]["tags_source"] == "manual"
    auto = articles["finance4"]
    assert auto["tags_source"] == "auto" and 1 <= len(auto["tags"]) <= 5
    assert all(len(tag) >= 2 for tag in auto["tags"])
    assert "以上标签由内容自动提取" in project.page("2025/05/finance4/index.html")


def test_related_articles_are_about_the_same_subject(project, digest_cli):
    articles = _site(project, digest_cli)
    for slug, article in articles.items():
        kind = "sports" if slug.startswith("sports") else "finance"
        assert len(article["related"]) == 3
        assert all(f"/{kind}" in url for url in article["related"]), (slug, article["related"])


def test_manual_related_picks_come_first(project, digest_cli):
    project.write("content/2025/05/pick.md", article_text(title="选读", date="2025-05-20", body=FINANCE[0], related="[sports1]"))
    articles = _site(project, digest_cli)
    assert articles["pick"]["related"][0].endswith("/sports1/")


COPY = "孟晚舟获保释后，华为发表声明称，期待加拿大和美国政府及时公正地结束这一事件。法院要求她缴纳一千万加元保释金，并佩戴电子脚镣。"
COPY_TRADITIONAL = "孟晚舟獲保釋後，華為發表聲明稱，期待加拿大和美國政府及時公正地結束這一事件。法院要求她繳納一千萬加元保釋金，並佩戴電子腳鐐。"


def _story_site(project):
    project.write("content/2018/12/first.md", article_text(title="孟晚舟获保释", date="2018-12-12T08:00:00+08:00", source="新华社", body=COPY))
    project.write("content/2018/12/copy.md", article_text(title="孟晚舟獲保釋 華為回應", date="2018-12-20", source="海外网", body=COPY_TRADITIONAL))
    project.write("content/2018/12/other.md", article_text(title="央行降息", date="2018-12-12", body=FINANCE[0]))


def test_near_duplicates_form_a_story_with_its_own_page(project, digest_cli):
    _story_site(project)
    assert digest_cli("-C", project.root, "build").code == 0
    articles = {a["slug"]: a for a in json.loads(project.page("index.json"))["articles"]}
    assert articles["first"]["story"] == articles["copy"]["story"] == "first", "a Traditional copy, days later"
    assert articles["other"]["story"] is None
    assert articles["copy"]["story_url"] == "https://example.org/stories/first/"
    story = project.page("stories/first/index.html")
    assert "<h1>孟晚舟获保释</h1>" in story and "（最早报道）" in story
    assert '<a href="/2018/12/copy/">孟晚舟獲保釋 華為回應</a>' in story
    assert 'href="/stories/first/"' in project.page("index.html")
    assert 'href="/stories/first/"' in project.page("related/index.html")
    assert 'href="/stories/first/"' in project.page("2018/12/copy/index.html")


def test_a_story_id_stays_when_unrelated_articles_arrive(project, digest_cli):
    _story_site(project)
    assert digest_cli("-C", project.root, "build").code == 0
    before = {a["slug"]: a["story"] for a in json.loads(project.page("index.json"))["articles"]}
    for n, body in enumerate(SPORTS):
        project.write(f"content/2018/12/new{n}.md", article_text(title=f"新闻{n}", date=f"2018-12-1{n}", body=body))
    assert digest_cli("-C", project.root, "build").code == 0
    after = {a["slug"]: a["story"] for a in json.loads(project.page("index.json"))["articles"]}
    assert {slug: after[slug] for slug in before} == before


def _facts(indexer, articles):
    facts = indexer.facts(articles)
    return (facts.topics, facts.topic_source, facts.tags, facts.tag_source, facts.related, facts.stories)


def test_incremental_indexing_gives_what_a_full_build_gives(project, digest_cli):
    _site(project, digest_cli)
    _story_site(project)
    clauses = [c for text in SPORTS + FINANCE for c in text.rstrip("。").split("，")]
    rng = random.Random(3)
    for n in range(120):  # enough articles that one edit touches few of them
        body = "，".join(rng.sample(clauses, 4)) + f"。第{n}号报道。"
        project.write(f"content/2025/04/mix{n}.md", article_text(title=f"综合{n}", date=f"2025-04-{n % 28 + 1:02d}", body=body))
    site = prepare_site(project.root, BuildOptions())
    articles = list(site.index.articles)
    indexer = Indexer(site.config, workers=1)
    indexer.facts(articles)
    for step in range(6):
        # Edit one article's text, add one, remove one: each time equal to a fresh indexer's result.
        victim = rng.randrange(len(articles))
        edited = articles[victim]
        articles[victim] = dataclasses.replace(edited, text=edited.text + "补充报道：球队宣布续约。",
                                               content_hash=edited.content_hash + f"-{step}")
        removal = step % 2 == 1
        if removal:
            articles.pop(rng.randrange(len(articles)))
        incremental = _facts(indexer, articles)
        if not removal:  # (a removal in a site this small shifts many document frequencies)
            assert indexer.graph.recomputed_rows < len(articles) / 10, "an edit redid every row"
        assert incremental == _facts(Indexer(site.config, workers=1), articles)


def test_the_index_is_deterministic(project, digest_cli):
    _site(project, digest_cli)
    first = project.page("index.json")
    site = prepare_site(project.root, BuildOptions())
    shuffled = list(site.index.articles)
    random.Random(1).shuffle(shuffled)
    index, _ = build_index(shuffled, site.config)
    assert [a.slug for a in index.articles] == [a.slug for a in site.index.articles]
    assert {k: [a.slug for a in v] for k, v in index.related.items()} == {k: [a.slug for a in v] for k, v in site.index.related.items()}
    assert digest_cli("-C", project.root, "build").code == 0
    assert project.page("index.json") == first
