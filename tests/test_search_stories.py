"""Stories in search (issue 18): the other reports of the best result's story come right after
it, also those that do not hold the words typed (another outlet's words for the event), in
reader.py and in search.js alike; the stories file follows the site's stories through builds,
unchanged builds and `digest serve`."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from browser import needs_chromium
from conftest import BASIC_CONFIG
from digest.build import build_site
from digest.search.docs import SearchDoc
from digest.search.files import MANIFEST, index_files
from digest.search.reader import search
from digest.search.staged import SEARCH_DIR
from digest.search.stories import stories_data, with_stories
from digest.serve.session import BuildSession
from test_search import _index_on_disk, _results, _serving, browser  # noqa: F401 - a fixture

QUAKE = SearchDoc("2023/12/quake/", "甘肃积石山县发生6.2级地震", "2023-12-19T00:10:00+08:00", "新华社", "",
                  "12月18日23时59分，甘肃临夏州积石山县发生6.2级地震，震源深度10公里。")
RESCUE = SearchDoc("2023/12/rescue/", "临夏州6.2级地震救援全面展开", "2023-12-19T09:00:00+08:00", "央视", "",
                   "地震发生后，救援队伍连夜赶赴灾区，搜救被困群众。")
BIKE = SearchDoc("2023/12/bike/", "积石山自行车赛开幕", "2023-12-20T08:00:00+08:00", "体育报", "", "比赛在积石山县举行。")
DOCS = [QUAKE, RESCUE, BIKE]
URLS = [doc.url for doc in DOCS]


def _found(files: dict[str, bytes], query: str) -> list[tuple[str, bool]]:
    return [(hit.meta[0], hit.sibling) for hit in search(files.__getitem__, query)]


def test_the_other_reports_of_the_best_results_story_come_right_after_it():
    plain = index_files(DOCS)
    assert _found(plain, "积石山县") == [(QUAKE.url, False), (BIKE.url, False)], "the rescue report never says 积石山"
    files = with_stories(plain, stories_data(((RESCUE.url, QUAKE.url), ("2023/12/gone/", BIKE.url)), URLS))
    manifest = json.loads(files[MANIFEST])
    assert json.loads(files[f"s/{manifest['stories']}.json"]) == [[1, 0]], "a story of one indexed article is none"
    assert _found(files, "积石山县") == [(QUAKE.url, False), (RESCUE.url, True), (BIKE.url, False)]
    assert _found(files, "救援") == [(RESCUE.url, False), (QUAKE.url, True)]
    assert _found(files, "自行车") == [(BIKE.url, False)], "a best result in no story: as before"
    assert _found(files, "量子") == []
    assert with_stories(files, stories_data((), URLS)) == plain, "no stories: the plain index, no stories file"
    assert stories_data(((QUAKE.url,),), URLS) is None


def _story_project(project):
    """Two reports of one event (the second a copy with a paragraph of its own) and another article."""
    project.write("digest.yaml", BASIC_CONFIG.replace("search: false", "search: true"))
    body = "孟晚舟获保释后，华为发表声明称，期待加拿大和美国政府及时公正地结束这一事件。法院要求她缴纳一千万加元保释金，并佩戴电子脚镣。"
    project.article("2018/12/first.md", title="孟晚舟获保释", date="2018-12-12", source="新华社", body=body + "\n")
    project.article("2018/12/copy.md", title="孟晚舟獲保釋 華為回應", date="2018-12-13", source="海外网",
                    body=body + "\n\n海外网记者补充：保释听证会持续了三天。\n")
    project.article("2018/12/other.md", title="央行宣布降息", date="2018-12-12", source="财新",
                    body="央行宣布下调贷款市场报价利率，释放长期资金。\n")


def test_a_build_writes_the_sites_stories_and_keeps_them_in_step(project):
    _story_project(project)
    root = project.root
    assert build_site(root).ok
    index = root / "site" / SEARCH_DIR
    files = _index_on_disk(root / "site")
    assert _found(files, "听证会") == [("2018/12/copy/", False), ("2018/12/first/", True)]
    story_file = next((index / "s").iterdir())
    project.write("static/extra.css", "p { margin: 0; }")  # the articles did not change: the index is linked
    again = build_site(root)
    assert "unchanged" in again.search.message and _index_on_disk(root / "site") == files
    assert story_file.exists()
    (root / "content/2018/12/first.md").unlink()  # the story is gone, and its file
    assert build_site(root).ok
    files = _index_on_disk(root / "site")
    assert "stories" not in json.loads(files[MANIFEST]) and not any(name.startswith("s/") for name in files)
    assert _found(files, "听证会") == [("2018/12/copy/", False)]


def test_serve_writes_the_stories_with_the_index(project):
    _story_project(project)
    session = BuildSession(project.root)
    assert session.rebuild().ok and session.search.wait(60) and session.search.last.ok
    site = project.root / "site"
    assert _found(_index_on_disk(site), "听证会") == [("2018/12/copy/", False), ("2018/12/first/", True)]
    (project.root / "content/2018/12/copy.md").unlink()
    assert session.rebuild().ok and session.search.wait(60) and session.search.last.ok
    files = _index_on_disk(site)
    assert "stories" not in json.loads(files[MANIFEST]) and not any(name.startswith("s/") for name in files)
    assert _found(files, "保释") == [("2018/12/first/", False)]


@needs_chromium
def test_the_search_page_shows_the_story_under_its_best_report(project, browser):  # noqa: F811
    _story_project(project)
    assert build_site(project.root).ok
    site: Path = project.root / "site"
    files = _index_on_disk(site)
    with _serving(site, "/") as base:
        for query in ("听证会", "保释", "降息"):
            browser.get(base + "search/?q=" + quote(query))
            found = _results(browser)
            assert [(r["href"].strip("/") + "/", "同一事件" in r["meta"]) for r in found] == _found(files, query), query
        browser.get(base + "search/?q=" + quote("听证会"))
        _results(browser)
        classes = browser.execute_script("return [...document.querySelectorAll('.search-result')].map(li => li.className)")
        assert classes == ["search-result", "search-result sibling"]
        assert "找到 2 篇" in browser.find_element("id", "search-status").text
        assert browser.get_log("browser") == []
        # without the stories file (a host that lost it), the results come as ranked
        for story_file in (site / SEARCH_DIR / "s").iterdir():
            story_file.unlink()
        browser.get(base + "search/?q=" + quote("听证会"))
        assert [r["href"] for r in _results(browser)] == ["/2018/12/copy/"]
