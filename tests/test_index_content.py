"""Topics, tags, related articles and stories computed from the articles' content, as a reader
(pages) and a script (index.json) see them; and the incremental indexer giving what a full
build gives."""
from __future__ import annotations

import dataclasses
import json
import random

from conftest import article_text

from digest.build import BuildOptions, prepare_site
from digest.index.site import build_index
from digest.index.indexer import Indexer

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


def _site_index(index, problems):
    """Everything a SiteIndex holds, by slug and name, to compare two of them (also checks
    that every article and term in it is the object it should be)."""
    slugs = lambda articles: tuple(a.slug for a in articles)  # noqa: E731
    topic_objects = {id(t) for t in index.topics}
    tag_objects = {id(t) for t in index.tags}
    assert all(id(t) in topic_objects for terms in index.topics_of.values() for t in terms)
    assert all(id(t) in tag_objects for terms in index.tags_of.values() for t in terms)
    assert all(index.by_slug[a.slug] is a for a in index.articles)
    story_objects = {id(s) for s in index.stories}
    assert all(id(s) in story_objects for s in index.story_of.values())
    # (The dicts are compared as dicts: a patched one may hold its keys in another order.)
    return (
        slugs(index.articles), sorted(index.by_slug),
        [(t.name, t.slug, t.description, slugs(t.articles)) for t in index.topics],
        [(t.name, t.slug, slugs(t.articles)) for t in index.tags],
        [(m.year, m.month, slugs(m.articles)) for m in index.months],
        sorted((slug, slugs(related)) for slug, related in index.related.items()),
        [(s.id, s.lead.slug, slugs(s.articles), slugs(s.coverage)) for s in index.stories],
        sorted((slug, story.id) for slug, story in index.story_of.items()),
        sorted((slug, tuple(t.name for t in terms)) for slug, terms in index.topics_of.items()),
        sorted((slug, tuple(t.slug for t in terms)) for slug, terms in index.tags_of.items()),
        sorted(index.topic_source.items()), sorted(index.tag_source.items()),
        [(p.path, p.message) for p in problems],
    )


def test_incremental_site_index_equals_a_fresh_one(project, digest_cli):
    """Edits of text, topics, tags, dates and `related:`, additions, removals, equal copies
    and no change at all: the index patched by a reused indexer is the one a fresh build gives."""
    _site(project, digest_cli)
    _story_site(project)
    clauses = [c for text in SPORTS + FINANCE for c in text.rstrip("。").split("，")]
    rng = random.Random(5)
    for n in range(60):
        body = "，".join(rng.sample(clauses, 4)) + f"。第{n}号报道。"
        fields = {"tags": "[球队, 教练]"} if n % 7 == 0 else {}
        project.write(f"content/2025/04/mix{n}.md", article_text(title=f"综合{n}", date=f"2025-04-{n % 28 + 1:02d}", body=body, **fields))
    site = prepare_site(project.root, BuildOptions())
    articles = list(site.index.articles)
    indexer = Indexer(site.config, workers=1)
    build_index(articles, site.config, indexer)
    counter = iter(range(1000))

    def at(articles, slug):
        return next(i for i, article in enumerate(articles) if article.slug == slug)

    def edited(article, **changes):
        return dataclasses.replace(article, content_hash=f"{article.content_hash}-{next(counter)}", **changes)

    steps = [
        lambda a: a.__setitem__(3, edited(a[3], text=a[3].text + "补充报道：球队宣布续约。")),
        lambda a: a.__setitem__(5, edited(a[5], topics=("财经",))),
        lambda a: a.__setitem__(6, edited(a[6], topics=())),
        lambda a: a.__setitem__(8, edited(a[8], tags=("央行", "新标签"))),
        lambda a: a.__setitem__(9, edited(a[9], tags=())),
        lambda a: a.__setitem__(10, edited(a[10], date=a[10].date.replace(year=2024, month=12))),
        lambda a: a.__setitem__(11, edited(a[11], related=(a[12].slug, "missing-slug"))),
        lambda a: a.append(edited(a[0], slug="brand-new", path="content/new.md", related=(a[1].slug,))),
        lambda a: a.pop(12),
        lambda a: a.__setitem__(2, dataclasses.replace(a[2])),  # an equal copy
        lambda a: None,  # nothing changed
        lambda a: a.__setitem__(0, edited(a[0], text=FINANCE[1] + FINANCE[2], title="基金与股市")),
        lambda a: a.pop(0),
        lambda a: a.__setitem__(at(a, "copy"), edited(a[at(a, "copy")], text=SPORTS[0])),  # the story goes
        lambda a: a.__setitem__(at(a, "copy"), edited(a[at(a, "copy")], text=COPY_TRADITIONAL)),  # and comes back
        lambda a: a.__setitem__(at(a, "first"), edited(a[at(a, "first")], date=a[at(a, "first")].date.replace(day=25))),
        lambda a: a.append(edited(a[at(a, "first")], slug="third-copy", path="content/third.md")),
    ]
    warned = False
    for step in steps:
        step(articles)
        incremental = build_index(articles, site.config, indexer)
        assert not indexer.last_change.full, "the reused indexer patched its results"
        fresh = build_index(list(articles), site.config, Indexer(site.config, workers=1))
        assert _site_index(*incremental) == _site_index(*fresh)
        assert incremental[0].articles == tuple(sorted(articles, key=lambda a: (a.date, a.slug), reverse=True))
        warned |= any("missing-slug" in p.message for p in incremental[1])
    assert warned
    assert [a.slug for a in incremental[0].story_of["copy"].articles] == ["copy", "first", "third-copy"]


def test_a_saved_state_continues_where_it_stopped(project, digest_cli, tmp_path):
    """The state saved by one process and restored by the next gives what a fresh build
    gives; a state saved for another config, or a damaged file, is not used."""
    _site(project, digest_cli)
    _story_site(project)
    site = prepare_site(project.root, BuildOptions())
    articles = list(site.index.articles)
    indexer = Indexer(site.config, workers=1)
    build_index(articles, site.config, indexer)
    state = tmp_path / "index.pickle"
    indexer.save(state)
    restored = Indexer.restore(state, site.config, workers=1)
    assert restored._state is not None
    # New objects for every article (as a new process reads them), one of them edited.
    articles = [dataclasses.replace(a) for a in articles]
    articles[2] = dataclasses.replace(articles[2], text=articles[2].text + "补充报道。", content_hash="edited")
    incremental = build_index(articles, site.config, restored)
    assert not restored.last_change.full
    assert _site_index(*incremental) == _site_index(*build_index(list(articles), site.config, Indexer(site.config, workers=1)))
    assert Indexer.restore(state, dataclasses.replace(site.config, related_count=4))._state is None
    state.write_bytes(b"not a pickle")
    assert Indexer.restore(state, site.config)._state is None


def test_digest_build_keeps_the_index_state(project, digest_cli):
    _site(project, digest_cli)
    state = project.root / ".digest-cache/index.pickle"
    # (written by a forked child while the build went on: whole when the build returns)
    assert Indexer.restore(state, prepare_site(project.root, BuildOptions(), save=False).config)._state is not None
    first = project.page("index.json")
    stamp = state.stat().st_mtime_ns
    assert digest_cli("-C", project.root, "build").code == 0
    assert state.stat().st_mtime_ns == stamp, "nothing changed: the state is not written again"
    project.write("content/2025/05/sports0.md", article_text(title="体育新闻0", date="2025-05-01", body=SPORTS[1], topics="[体育]"))
    assert digest_cli("-C", project.root, "build").code == 0
    assert project.page("index.json") != first
    edited = project.page("index.json")
    (project.root / ".digest-cache/index.pickle").unlink()
    assert digest_cli("-C", project.root, "build", "--no-cache").code == 0
    assert project.page("index.json") == edited, "a build from the saved state equals one from scratch"


def test_tiny_sites_and_growing_from_nothing(project, digest_cli):
    _site(project, digest_cli)
    site = prepare_site(project.root, BuildOptions())
    pool = list(site.index.articles)[:4]
    indexer = Indexer(site.config, workers=1)
    for size in [0, 1, 2, 3, 2, 1, 0, 2]:
        articles = pool[:size]
        incremental = build_index(articles, site.config, indexer)
        fresh = build_index(list(articles), site.config, Indexer(site.config, workers=1))
        assert _site_index(*incremental) == _site_index(*fresh)
        assert len(incremental[0].articles) == size


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
