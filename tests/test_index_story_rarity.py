"""Stories: a word rare around a pair's days (`digest.index.stories.rare_near`). The names of an
event that the storyline's other events, months or years away, use too (other quakes of one
country, other summits) still count as rare for its reports, so a site that grows with such
coverage does not pull the event's reports apart; and the incremental index, which re-examines
the rows around an article that comes, goes or moves, equals a fresh build."""
from __future__ import annotations

import dataclasses
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import REPO
from digest.config import Config
from digest.index import Indexer, build_index

sys.path.insert(0, str(REPO / "bench"))
import story_quality  # noqa: E402 - the bench's real same-event set and its measures


def _groups(index) -> set[tuple[str, ...]]:
    return {tuple(sorted(a.slug for a in story.articles)) for story in index.stories}


@pytest.mark.skipif(not story_quality.THUCNEWS.is_file(), reason="needs ../shared/corpus/thucnews-cnews-1k")
def test_other_events_reports_do_not_pull_an_event_apart_and_incremental_equals_fresh():
    """Rounds s to x with 1,000 THUCNews articles, then round y's 153 reports added: the reports
    of three events that y's reports of other events split on main (`story_quality.py --added y`:
    v054-v057, v120-v121, w004-w006, their names in more than 8 articles once y is in) stay one
    story each, their headlines' names rare around their days. (The Noto quake's s111, which
    `eff9464` kept with s112-s116 by body words, `气象厅`, `公尺`, `警报`, no longer joins: its
    headline, the page's first sentence cut short, names none of them.) Added, moved by weeks
    and removed one update at a time, the stories equal a fresh build's."""
    config = Config(root=Path("."))
    index, articles, event_of, _split, back = story_quality.evaluate(background_count=1000)
    later = [a for a in articles if a.slug.startswith("r-y")]
    earlier = [a for a in articles if not a.slug.startswith("r-y")]
    indexer = Indexer(config)
    build_index(earlier + back, config, indexer)
    grown, _ = build_index(earlier + back + later, config, indexer)
    assert _groups(grown) == _groups(index)
    story_of = {slug: story.id for slug, story in grown.story_of.items()}
    for reports in (("v054", "v055", "v056", "v057"), ("v120", "v121"), ("w004", "w005", "w006")):
        found = {story_of.get(f"r-{report}") for report in reports}
        assert len(found) == 1 and None not in found, (reports, found)
    # reports moved weeks away and back near other events, and some removed
    changed = earlier + back + later
    for i in (3, 40, 77, 150, 300):
        changed[i] = dataclasses.replace(changed[i], date=changed[i].date + timedelta(days=(-1) ** i * 25))
    changed = [a for n, a in enumerate(changed) if n not in (10, 111, 500)]
    patched, _ = build_index(changed, config, indexer)
    assert _groups(patched) == _groups(build_index(changed, config)[0])


@pytest.mark.skipif(not story_quality.THUCNEWS.is_file(), reason="needs ../shared/corpus/thucnews-cnews-1k")
def test_an_article_near_a_pair_makes_their_names_common_around_them():
    """Two reports of one day share six names, which their headlines name, that twelve of the site's articles use: too many
    to be rare in the site, but only four others are dated within a month of the pair (the rest
    ten months on), so the names are rare around it and the two are one story. A seventh article
    with the names twelve days before, added or moved there from ten months on, makes them common
    around the pair: no story, the incremental index re-examining the pair as a fresh build does."""
    from index_quality import make_article, split_title  # noqa: PLC0415 - the bench folder's own helpers

    texts = [line.rstrip("\n").split("\t", 1)[1] for line in story_quality.THUCNEWS.open(encoding="utf-8") if "\t" in line][:80]
    names = "赫兰德、莫提斯、卡洛文、苏利亚、维斯坦和欧德林"
    day = datetime(2020, 5, 10, 9, tzinfo=timezone(timedelta(hours=8)))

    def report(slug: str, when: datetime, i: int, named: bool = True):
        title, body = split_title(texts[i])
        return make_article(slug, title[:10] + ("赫兰德" if named else ""), (f"{names}在会谈中达成协议。" if named else "") + body[:200], when)

    site = [report(f"bg{i:02d}", day + timedelta(days=i * 7 - 200), i, named=False) for i in range(10, 70)]
    pair = [make_article("a-one", "赫兰德、莫提斯、卡洛文会谈达成协议", f"{names}在会谈中达成协议。{names}表示满意。" + split_title(texts[1])[1][:90], day),
            make_article("a-two", "苏利亚、维斯坦、欧德林结束会谈", f"据报道，{names}今天结束会谈。" + split_title(texts[2])[1][:90], day + timedelta(hours=5))]
    site += pair
    site += [report(f"near{i}", day + timedelta(days=10 + i), 3 + i) for i in range(4)]
    site += [report(f"far{i}", day + timedelta(days=300 + i), 70 + i) for i in range(6)]
    config = Config(root=Path("."))
    # names near-rare around the pair count only when a headline names them (a body's other words,
    # rare in a sparse month, are the storyline's: a crew named the day before its launch)
    unnamed = {"a-one": "赫兰德会谈达成协议", "a-two": "莫提斯会谈结束"}  # two of the six
    assert ("a-one", "a-two") not in _groups(build_index([dataclasses.replace(a, title=unnamed[a.slug]) if a.slug in unnamed else a
                                                          for a in site], config)[0])
    indexer = Indexer(config)
    assert ("a-one", "a-two") in _groups(build_index(site, config, indexer)[0])
    for changed in (site + [report("near-seventh", day - timedelta(days=12), 76)],  # added
                    [dataclasses.replace(a, date=day - timedelta(days=12)) if a.slug == "far0" else a for a in site]):  # moved
        patched, _ = build_index(changed, config, indexer)
        assert ("a-one", "a-two") not in _groups(patched)
        assert _groups(patched) == _groups(build_index(changed, config)[0])
        # ... and back as it was, the names are rare around the pair again
        assert ("a-one", "a-two") in _groups(build_index(site, config, indexer)[0])
