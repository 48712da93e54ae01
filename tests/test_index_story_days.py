"""Stories: what a report's days say of the event it reports (the day it reports, days it
recalls, days before filing its text tells of), identifiers that are no product models, and
reports that corroborate one another inside a larger group. Each rule: two reports in one story
or not."""
from __future__ import annotations

import dataclasses
import sys
from datetime import datetime, timedelta
from pathlib import Path


from conftest import REPO

from digest.config import Config
from digest.index import Indexer, build_index
from digest.index.cohesion import COPY, CORROBORATED, STRONG, WEAK, cohesive_groups
from digest.index.specifics import conflicting
from digest.index.stories import StoryDoc, link_kind, weak_link, within_window
from support.stories import TZ, filed, links_of, no_shingles, story_doc

sys.path.insert(0, str(REPO / "bench"))
import story_quality  # noqa: E402 - the bench's real same-event set

TRIAL_DAY = datetime(2017, 12, 11, 18, tzinfo=TZ)


def test_a_day_a_report_recalls_does_not_conflict_with_the_day_another_reports():
    """A report of a trial that names only the crime's day (`11月2日`, weeks before it was filed)
    and one that names the trial's day are not two events; two reports that each name the day
    they report, weeks apart, are (a game's promotions, a column's days)."""
    recalls = story_doc("a", TRIAL_DAY, "案发于11月2日凌晨。今天，江歌案在东京地方法院开庭，被告首次露面。")
    reports = story_doc("b", TRIAL_DAY, "12月11日，江歌案在东京地方法院开庭审理，被告首次露面。")
    assert not conflicting(recalls.specifics, reports.specifics, filed(recalls, reports))
    assert link_kind(recalls, reports, 0.3, no_shingles, lambda: 8) == "event"
    # without the dates (or when neither names the day it reports) the days still say two events
    assert conflicting(recalls.specifics, reports.specifics)
    november = story_doc("c", datetime(2017, 11, 3, tzinfo=TZ), "11月2日晚，东京中野区发生命案。")
    assert conflicting(november.specifics, reports.specifics, filed(november, reports))
    assert link_kind(november, reports, 0.3, no_shingles, lambda: 8) is None
    # two promotions of one game: each names days of its own, weeks apart
    first = story_doc("d", TRIAL_DAY, "12月13日至12月14日充值送卡")
    second = story_doc("e", datetime(2017, 11, 19, tzinfo=TZ), "11月20日至11月22日多送金币")
    assert conflicting(first.specifics, second.specifics, filed(first, second))


def test_a_flight_number_is_no_product_model():
    """A crash's reports: one names the aircraft's type and registration, another the flight;
    two flights' numbers are two events."""
    plane = story_doc("a", datetime(2015, 2, 4, 12, tzinfo=TZ), "復興航空民航機B-22816今日上午墜毀基隆河，1架ATR-72型班機，1名司機受傷")
    flight = story_doc("b", datetime(2015, 2, 4, 20, tzinfo=TZ), "(中央社記者台北4日電)復興航空GE235航班墜落基隆河，1名乘客出院")
    assert "GE235航班" in flight.specifics and not any(s.startswith("GE235型") for s in flight.specifics)
    assert not conflicting(plane.specifics, flight.specifics, filed(plane, flight))
    assert weak_link(plane, flight, 0.2, lambda: 6) == CORROBORATED
    other = story_doc("c", datetime(2015, 2, 4, 20, tzinfo=TZ), "东航MU5735航班坠毁，1名乘客")
    assert conflicting(flight.specifics, other.specifics, filed(flight, other))
    assert weak_link(flight, other, 0.2, lambda: 6) == 0


def test_reports_whose_texts_name_the_day_they_report_are_one_event():
    """Two reports filed the same day whose texts (not their datelines) name that day, with a
    specific and a few rare names in common, are one event even when their words differ much;
    two pieces an agency files from one place on one day share only their dateline's day."""
    refund = datetime(2024, 12, 21, 10, tzinfo=TZ)
    first = story_doc("a", refund, "12月21日晚，哈尔滨冰雪大世界开园首日，游客排队数小时，高喊退票。")
    second = story_doc("b", refund + timedelta(hours=6), "网传视频显示，12月21日，冰雪大世界游客现场高歌退票，园方致歉并退款。")
    assert link_kind(first, second, 0.13, no_shingles, lambda: 3) == "event"
    assert link_kind(first, second, 0.13, no_shingles, lambda: 2) is None, "too few names in common"
    # a day named weeks before filing is no day of its own
    late = StoryDoc("c", refund + timedelta(days=20), frozenset(), second.specifics)
    assert link_kind(first, late, 0.13, no_shingles, lambda: 3) is None
    summit = datetime(2009, 7, 8, 9, tzinfo=TZ)
    opening = story_doc("d", summit, "中新网7月8日电 八国集团峰会今日起在拉奎拉举行，8国领导人出席")
    meeting = story_doc("e", summit, "新华网拉奎拉7月8日电 发展中五国领导人举行会晤，8国集团峰会期间")
    assert link_kind(opening, meeting, 0.13, no_shingles, lambda: 5) is None


def test_a_day_of_the_month_alone_names_the_day_a_report_reports():
    """News names its day by the day of the month alone (`今(4)日`, `15日下午`), taken in the month
    that puts it nearest the report's date: the same day as another report's `2月4日`."""
    crash = datetime(2015, 2, 4, 13, tzinfo=TZ)
    first = story_doc("a", crash, "復興航空GE235航班今(4)日上午墜毀基隆河")
    second = story_doc("b", crash + timedelta(hours=5), "2月4日上午，复兴航空GE235航班坠入基隆河")
    assert link_kind(first, second, 0.12, no_shingles, lambda: 3) == "event"
    elsewhere = story_doc("c", crash + timedelta(hours=5), "2月1日上午，复兴航空GE235航班备降")
    assert link_kind(first, elsewhere, 0.12, no_shingles, lambda: 3) is None
    # the 28th named on 3月2日 is February's
    fire = story_doc("d", datetime(2019, 3, 2, 9, tzinfo=TZ), "巴黎一仓库28日晚发生大火，1名消防员受伤")
    report = story_doc("e", datetime(2019, 3, 1, 9, tzinfo=TZ), "2月28日晚，巴黎一仓库起火，1名消防员受伤")
    assert link_kind(fire, report, 0.12, no_shingles, lambda: 3) == "event"


def test_a_report_filed_days_later_on_what_happened_then_is_in_the_window():
    """A report filed on 1月31日 that tells what happened on 1月28日 and 1月29日 is within the
    window of the reports of 1月28日; a report filed as late that names no such day is not, nor
    is one that names the day only as a future one."""
    found = datetime(2023, 1, 28, 20, tzinfo=TZ)
    first = story_doc("a", found, "失踪106天的胡鑫宇遗体在粮库被找到")
    later = datetime(2023, 1, 31, 23, tzinfo=TZ)
    account = story_doc("b", later, "1月28日，发现遗体后，家属来到现场。1月29日，警方通报。")
    assert (later - found).total_seconds() > 3 * 86400 and within_window(first, account)
    assert link_kind(first, account, 0.3, no_shingles, lambda: 9) == "event"
    bare = story_doc("c", later, "胡鑫宇消失的106天，家属来到现场。")
    assert not within_window(first, bare) and link_kind(first, bare, 0.3, no_shingles, lambda: 9) is None
    ahead = story_doc("d", datetime(2023, 1, 24, 9, tzinfo=TZ), "警方将于1月27日通报搜寻进展")
    far = story_doc("e", datetime(2023, 1, 30, 9, tzinfo=TZ), "搜寻继续")
    assert not within_window(ahead, far)


def test_reports_that_corroborate_one_another_inside_a_larger_group_are_a_story():
    """Three reports every two of which corroborate one another are a story even when a fourth
    corroborates only one of them; the fourth joins it as a report joins any story (by links to
    two of its reports), and so does a story of copies of one text. A ring without diagonals is
    still no story."""
    triangle = [(1, 2, CORROBORATED), (2, 3, CORROBORATED), (1, 3, CORROBORATED)]
    assert cohesive_groups([1, 2, 3, 4], links_of(*triangle, (3, 4, CORROBORATED))) == [(1, 2, 3)]
    assert cohesive_groups([1, 2, 3, 4], links_of(*triangle, (3, 4, CORROBORATED), (1, 4, WEAK), (2, 4, WEAK))) == [(1, 2, 3, 4)]
    copies = [(5, 6, COPY)]
    assert cohesive_groups([1, 2, 3, 5, 6], links_of(*triangle, *copies, (2, 5, WEAK), (2, 6, WEAK), (3, 5, CORROBORATED),
                                                   (3, 6, CORROBORATED))) == [(1, 2, 3, 5, 6)]
    # ... but not two stories of several reports by weak links
    story = [(5, 6, STRONG), (6, 7, STRONG), (5, 7, STRONG)]
    assert sorted(cohesive_groups([1, 2, 3, 5, 6, 7], links_of(*triangle, *story, (1, 5, WEAK), (2, 6, WEAK), (3, 7, WEAK)))) == \
        [(1, 2, 3), (5, 6, 7)]
    square = [(1, 2, CORROBORATED), (2, 3, CORROBORATED), (3, 4, CORROBORATED), (4, 1, CORROBORATED)]
    assert cohesive_groups([1, 2, 3, 4], links_of(*square)) == []
    # of two cliques sharing a report, the first by order keeps it (the same however rows are numbered)
    two = [*triangle, (3, 8, CORROBORATED), (3, 9, CORROBORATED), (8, 9, CORROBORATED)]
    names = {1: "a", 2: "b", 3: "c", 8: "d", 9: "e"}
    assert cohesive_groups([1, 2, 3, 8, 9], links_of(*two), names.get) == [(1, 2, 3)]
    names = {1: "d", 2: "e", 3: "c", 8: "a", 9: "b"}
    assert cohesive_groups([1, 2, 3, 8, 9], links_of(*two), names.get) == [(3, 8, 9)]


def test_incremental_stories_equal_a_fresh_build_on_days_and_cliques():
    """The real reports of rounds s and v alone, edited: a report moved four days later (the days
    its text tells of may keep it in its window), one of four reports that corroborate one another
    removed, another's text swapped, a report of a trial moved weeks away (its recalled day then
    its own): an incremental build gives a fresh build's stories after each."""
    index, articles, _event_of, _split, _back = story_quality.evaluate(background_count=0, rounds=("s", "v"))
    config = Config(root=Path("."))
    indexer = Indexer(config)
    build_index(articles, config, indexer)
    by_slug = {a.slug: a for a in articles}
    steps = [
        {"r-s170": dataclasses.replace(by_slug["r-s170"], date=by_slug["r-s170"].date + timedelta(days=4))},
        {"r-v019": None},
        {"r-v020": dataclasses.replace(by_slug["r-v020"], text=by_slug["r-v072"].text, content_hash="swapped")},
        {"r-v001": dataclasses.replace(by_slug["r-v001"], date=by_slug["r-v001"].date - timedelta(days=35))},
    ]
    current = dict(by_slug)
    for step in steps:
        for slug, article in step.items():
            if article is None:
                current.pop(slug)
            else:
                current[slug] = article
        patched, _ = build_index(list(current.values()), config, indexer)
        fresh, _ = build_index(list(current.values()), config)
        assert _groups(patched) == _groups(fresh), step.keys()
    assert len(_groups(fresh)) > 20


def _groups(index) -> set[tuple[str, ...]]:
    return {tuple(sorted(a.slug for a in story.articles)) for story in index.stories}
