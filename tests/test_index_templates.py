"""Templated series: one boilerplate text filled in twice (price pages of one camera, two games'
promotions under their publisher's blurb) is two stories, while a reprint of one text and two
reports of one event that quote the same passage stay one; and the incremental indexer agrees
with a fresh build on the new evidence."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

from digest.config import Config
from digest.content.article import Article
from digest.index import Indexer, build_index
from digest.index.templates import filled_differently, names_apart, normalised

TZ = timezone(timedelta(hours=8))
DAY = datetime(2010, 3, 1, 9, tzinfo=TZ)

SPEC = ("EOS 7D实现了在约1800万有效像素的高画质下，高达约8张每秒的连拍速度。并搭载了高速智能的自动对焦系统等众多新功能。"
        "其搭载的CMOS图像感应器是佳能自行研发生产的产品。在提高像素感光度的同时，对像素内的晶体管进行了改良，实现了更高的信噪比。"
        "7D的常用感光度为100至6400，扩展感光度最高为12800。图像信号传输采用双通道，配合两枚DIGIC 4影像处理器，实现高速处理。"
        "机身采用镁合金材质，具备防尘防滴性能，取景器视野率约为100%，放大倍率约为1倍，配备3英寸92万像素液晶屏。")
PRICE_PAGE = "（中关村在线数码影像行情报道）佳能EOS-7D是一款拥有1800万像素成像能力的单反相机。今天笔者从佳能经销商处了解到，7D单机的{}。"
BLURB = ("Game2游戏平台成立于2008年9月1日，是国内最早提倡用心交流、玩家至上的网页游戏平台。成立一年以来，平台已经积累了超过1500万的"
         "注册用户，活跃用户超过350万，同时在线平均人数将近30万。目前旗下同时运营着包括《江湖行》、《热血2》、《三十六计》、"
         "《武林英雄》、《魔力学堂》在内的近二十款精品游戏，囊括角色扮演、战争策略、模拟经营等各类经典游戏。")


def test_a_copy_with_other_numbers_up_front_is_a_template_filled_twice():
    first = ("佳能7D单机跌破万元", PRICE_PAGE.format("最新售价突破了万元大关，最新售价是9850元") + SPEC)
    second = ("佳能单反7D最新价格", PRICE_PAGE.format("最新售价调整至10300元，距离跌破万元大关指日可待") + SPEC)
    assert filled_differently(first, second)
    # a reprint inserts, drops and retitles: no number of its own where the original had one
    title, text = first
    noisy = text[:40] + "的" + text[40:90] + "3" + text[90:]
    assert not filled_differently(first, (title, noisy))
    dropped = text.replace("今天笔者从佳能经销商处了解到，", "")
    assert not filled_differently(first, ("转载：" + title + "（图）", dropped))
    assert not filled_differently(first, ("最新消息", text))
    assert not filled_differently(("", "積石山6.2級地震已致116人遇難。" + SPEC), ("", "积石山6.2级地震已致116人遇难。" + SPEC))
    # numbers of a page's furniture are no slot: a forum's ranks, the page's date (06 is 6)
    quote = "许其亮出席仪式。11时许，下水命名仪式开始，全场高唱国歌，五星红旗冉冉升起。" * 3
    forum = ("我国第三艘航空母舰下水命名", "Rank: 9Rank: 9 新华社上海6月17日电(记者黎云)我国第三艘航空母舰下水命名仪式17日上午举行。" + quote)
    portal = ("中国第三艘航母下水 命名福建舰", "2022-06-17 本站作者 6月17日上午，我国第三艘航空母舰下水命名仪式举行。" + quote)
    assert not filled_differently(forum, portal)


def test_headlines_naming_other_things_apart_from_a_shared_blurb():
    fort = normalised("《热血2》城防工事全面升级", "作为三国题材的网页游戏，玩家可以修筑城墙、建造箭塔，抵御外敌入侵。" + BLURB)
    widow = normalised("《三十六计》孟姜女哭长城", "这款以战国为背景的网页游戏为女性玩家开辟了新玩法，认证玩家可以施展特权。" + BLURB)
    # the blurb names both games: said only in the passage the two share, it proves nothing
    assert names_apart((["热血", "城防"], ["三十六计", "孟姜女"]), (fort, widow))
    # a name the other says in its own words (or two characters of it: 泸定 for 泸定县) is shared
    quake = normalised("四川甘孜州泸定县发生6.8级地震", "9月5日12时52分，四川甘孜州泸定县发生6.8级地震。" + BLURB)
    relief = normalised("米饭用竹篮盛起", "泸定地震灾区的安置点里，志愿者搭起灶台为受灾群众做饭。" + BLURB)
    assert not names_apart((["泸定县", "甘孜州"], ["竹篮", "米饭"]), (quake, relief))
    assert not names_apart((["热血", "城防"], ["热血", "箭塔"]), (fort, fort))  # one headline's names
    assert not names_apart(([], ["三十六计"]), (fort, widow))


def _article(slug: str, title: str, text: str, when: datetime = DAY) -> Article:
    return Article(path=f"content/{slug}.md", slug=slug, title=title, date=when, updated=when, source="", source_url="",
                   topics=(), tags=(), summary="", draft=False, related=(), body_html="", text=text, headings=(),
                   reading_minutes=1, content_hash=f"{slug}:{hash((title, text))}")


def _site() -> list[Article]:
    fort = ("作为三国题材中最为炙手可热的网页游戏，玩家可以修筑城墙、建造箭塔，在城防设施的保护下抵御外敌入侵，升级城墙还能腾出更多空间。"
            "高筑墙、广积粮、缓称王，这句至理名言每个君主都应当深刻铭记。管理好城中的物品资源、制定合理的税率、稳定好百姓民心之外，"
            "城防建设事关国家安全稳固：拥有固若金汤的城防设施，才能在外敌侵略时让城池与百姓免遭生灵涂炭，还可以配合守城士兵打一个漂亮的翻身仗。")
    widow = ("这款以战国为背景的战争策略网页游戏为女性玩家开辟了新玩法，认证玩家可以施展哭长城特权，扭转战局，每天都有来自四面八方的玩家"
             "争当孟姜女。不一样的玩家自然有不一样的口味，战争策略类游戏往往受到男生喜爱，而女孩子们钟情于画面唯美、简单易上手的休闲游戏。"
             "既能满足男生对游戏深度的需求又不会吓走女玩家，这就是开发者的用意：游戏里的娘子军一族由此诞生，场面壮观。")
    return [
        _article("p1", "佳能7D单机跌破万元", PRICE_PAGE.format("最新售价突破了万元大关，最新售价是9850元") + SPEC),
        _article("p2", "佳能单反7D最新价格", PRICE_PAGE.format("最新售价调整至10300元，距离跌破万元大关指日可待") + SPEC,
                 DAY + timedelta(hours=5)),
        _article("p1-reprint", "转载：佳能7D跌破万元（图）", PRICE_PAGE.format("最新售价突破了万元大关，最新售价是9850元") + SPEC[:300],
                 DAY + timedelta(days=40)),
        _article("g1", "《热血2》城防工事全面升级", fort + BLURB),
        _article("g2", "《三十六计》孟姜女哭长城", widow + BLURB, DAY + timedelta(hours=3)),
        _article("g3", "热血2城防升级：箭塔城墙齐上阵", "网页游戏《热血2》的城防工事迎来升级，玩家修筑城墙、建造箭塔，抵御外敌入侵，"
                 "城防实力大增。高筑墙、广积粮，君主们管理好城中资源与百姓民心之余，可以配合守城士兵，在外敌来犯时打一个漂亮的翻身仗，"
                 "升级城墙后还能腾出更多城防空间。" + BLURB, DAY + timedelta(hours=8)),
        _article("n1", "北京地铁新线开通", "北京地铁新线今日开通运营，全长二十公里，设车站十二座，沿线居民出行将更加便利。"),
        _article("n2", "上海举办国际车展", "上海国际车展今日开幕，上千款车型亮相，新能源汽车成为展会焦点，观众人数创下新高。"),
    ]


def _stories(index) -> set[tuple[str, ...]]:
    return {tuple(sorted(a.slug for a in story.articles)) for story in index.stories}


def test_a_templated_series_is_not_a_story_but_its_reprints_and_reports_are():
    stories = _stories(build_index(_site(), Config(root=Path(".")))[0])
    assert ("p1", "p1-reprint") in stories  # a reprint 40 days later: a copy of one text
    assert not any({"p1", "p2"} <= set(story) for story in stories)  # one template, two prices
    assert ("g1", "g3") in stories  # two reports of one update, one quoting the publisher's blurb too
    assert not any("g2" in story for story in stories)  # another game under the same blurb


def test_incremental_stories_equal_a_fresh_build_on_template_evidence():
    """Names are the headline's rare words: articles added that use them make them common (and
    the pairs are judged again); an edit that changes a price page's number up front, or the
    headline of a promotion, changes the verdict on copies and names."""
    config = Config(root=Path("."))
    indexer = Indexer(config)
    site = _site()
    build_index(site, config, indexer)
    changes = [
        site + [_article(f"x{i}", f"孟姜女哭长城新说{i}", f"三十六计与孟姜女的故事流传甚广，第{i}种说法。") for i in range(8)],
        [dataclasses.replace(a, text=a.text.replace("10300元", "9850元"), content_hash="p2-edited") if a.slug == "p2" else a
         for a in site],
        [dataclasses.replace(a, title="《热血2》孟姜女哭长城", content_hash="g2-edited") if a.slug == "g2" else a for a in site],
        site,
    ]
    for articles in changes:
        patched, _ = build_index(articles, config, indexer)
        fresh, _ = build_index(articles, config)
        assert _stories(patched) == _stories(fresh)
