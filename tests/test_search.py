"""Search: digest's own index of character pairs, single characters and words, written with the
site into site/search/index/, and queried by search.js in a real browser over HTTP at a host's
root and under a sub-path. The index files are also read back in Python (the same lookup as
search.js) and checked against a plain substring search. Also: the index is rebuilt only when
the articles' search data changed and keeps the files whose bytes did not change, a failure to
write it is a warning and not a failed build, and `digest serve` refreshes it in the background
without deleting it or waking its own watcher."""
from __future__ import annotations

import contextlib
import functools
import http.server
import json
import random
import re
import threading
import time
import unicodedata
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from browser import close_browser, needs_chromium, open_browser
from conftest import BASIC_CONFIG, SiteProject
from digest.search import files as search_index
from digest.build import BuildOptions, build_site
from digest.incremental.output import Staging
from digest.search.background import BackgroundIndexer, refresh_index
from digest.search.staged import SEARCH_DIR, has_index, is_search_file, make_index, search_docs
from digest.search.docs import SearchDoc
from digest.search.files import MANIFEST, index_files
from digest.search.reader import search
from digest.search.terms import query_terms
from digest.search.variants import fold_text, other_wording, variant_map, variants_text
from digest.serve.session import BuildSession
from serving import start_serve

AI_COMPANY = "一家人工智能公司完成新一轮融资"


def _add_articles(project: SiteProject) -> None:
    project.article("2025/06/ai.md", title=AI_COMPANY, source="新浪科技", topics="[人工智能]", tags="[融资]",
                    body="总部位于杭州的人工智能公司深度求索宣布完成新一轮融资，旗下模型 DeepSeek-V3 开源。"
                         "公司表示，资金将用于数据标注与算力建设。\n")
    # Has 人工, 智能 and 公司, but never 人工智能公司 in a row; newer, with 公司 only in the text.
    project.article("2025/06/phone.md", title="智能手机出货量回升", source="财新", date="2025-06-20", topics="[财经]",
                    body="多家手机公司表示，人工成本上升，但智能手机的出货量在第二季度回升。\n")
    project.article("2025/06/bank.md", title="央行下调存款准备金率", source="新华社", date="2025-06-12", topics="[财经]",
                    body="央行宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元。\n")


@pytest.fixture
def search_project(project: SiteProject) -> SiteProject:
    project.write("digest.yaml", BASIC_CONFIG.replace("search: false", "search: true"))
    _add_articles(project)
    return project


def _doc(number: int, title: str, text: str, date: str = "2025-06-01") -> SearchDoc:
    return SearchDoc(f"2025/06/a{number}/", title, f"{date}T08:00:00+08:00", "来源", text[:40], text)


def _urls(files: dict[str, bytes], query: str) -> list[str]:
    return [hit.meta[0] for hit in search(files.__getitem__, query)]


# The index, read back in Python ------------------------------------------------------------

def test_a_query_is_cut_into_pairs_single_characters_and_words():
    def spelled(terms):
        return ["".join(map(chr, t)).rstrip("\0") if t[0] < 0x80000000 else "word" for t in terms]

    assert spelled(query_terms("人工智能公司")) == ["人工", "工智", "智能", "能公", "公司"]
    assert spelled(query_terms("橙")) == ["橙"]  # one character: looked up on its own
    assert spelled(query_terms("Meta入股49%")) == ["入股", "word", "word"]
    assert query_terms("ＡＩ公司") == query_terms("ai 公司") == query_terms("AI，公司")  # NFKC and case folded
    assert query_terms("") == [] and query_terms("，。！") == []
    assert spelled(query_terms("规模5.3")) == ["规模", "word"] and query_terms("5.3") != query_terms("5 3")  # one number


def test_the_written_files_answer_queries_as_a_substring_search_would():
    docs = [
        _doc(0, "央行下调存款准备金率", "央行宣布降准，释放长期资金约1万亿元。"),
        _doc(1, AI_COMPANY, "深度求索发布 DeepSeek-V3 模型，数据标注成本下降。气温 30℃，面积 120㎡。"),
        _doc(2, "智能手机出货量回升", "多家手机公司表示，人工成本上升，但智能手机的出货量回升。Cafe\u0301 开业。"),
        _doc(3, "橙子丰收", "奉节脐橙的果汁含量占 50%，甜度达到 14.2。"),
    ]
    files = index_files(docs)
    manifest = json.loads(files[MANIFEST])
    assert manifest["docs"] == 4 and manifest["format"] == search_index.FORMAT
    # the phone article has 人工, 智能, 公司, not the pairs between: found too, after (issue 18;
    # all pairs were required before), and not at all when the phrase is quoted
    assert _urls(files, "人工智能公司") == ["2025/06/a1/", "2025/06/a2/"]
    assert _urls(files, "“人工智能公司”") == _urls(files, '"人工智能公司"') == ["2025/06/a1/"]
    assert _urls(files, "数据标注") == ["2025/06/a1/"]
    assert _urls(files, "deepseek") == _urls(files, "ＤｅｅｐＳｅｅｋ-v3") == ["2025/06/a1/"]
    assert _urls(files, "deep") == []  # words are whole words
    assert _urls(files, "橙") == ["2025/06/a3/"] and _urls(files, "率") == ["2025/06/a0/"]
    assert _urls(files, "30°C") == _urls(files, "120m2") == ["2025/06/a1/"]  # ℃ is °c and 120㎡ is 120m2, on both sides
    assert _urls(files, "café") == ["2025/06/a2/"]  # composed in the query, decomposed in the text
    assert _urls(files, "14.2") == ["2025/06/a3/"] and _urls(files, "量子计算") == []
    assert _urls(files, "14") == _urls(files, "2") == []  # 14.2 is one number, not 14 and 2
    # every other file is named by a hash of its bytes
    for name, data in files.items():
        if name != MANIFEST:
            assert re.fullmatch(r"[td]/[0-9a-f]{12}\.(bin|json)", name)
            assert name.split("/")[1].startswith(search_index.hashlib.blake2b(data, digest_size=6).hexdigest())


def test_traditional_folds_to_simplified_and_most_of_the_terms_rank_first():
    assert query_terms("鄭欽文") == query_terms("郑钦文") and query_terms("黑神話") == query_terms("黑神话")
    # characters Taiwan writes where the mainland writes others, which t2s alone keeps apart
    assert query_terms("嫦娥六號著陸") == query_terms("嫦娥六号着陆") and query_terms("計畫") == query_terms("计划")
    assert query_terms("瞭解") == query_terms("了解") and query_terms("著名") == query_terms("着名")
    docs = [_doc(0, "甘肃积石山县发生6.2级地震", "震源深度10公里。"),
            _doc(1, "鄭欽文奪得奧運金牌", "鄭欽文在決賽中獲勝。"),
            _doc(2, "山地车比赛", "积石山的山地车比赛，今天举行。"),
            _doc(3, "天气", "今天天气很好。")]
    files = index_files(docs)
    assert _urls(files, "郑钦文")[0] == _urls(files, "鄭欽文 金牌")[0] == "2025/06/a1/"
    assert _urls(files, "积石山地震") == ["2025/06/a0/", "2025/06/a2/"]  # 3 of its 4 pairs, then 2 (积石, 石山)
    assert _urls(files, "“积石山地震”") == [] and _urls(files, "积石山 “地震”") == ["2025/06/a0/"]
    # a long query: at least a third of its terms (rounded down: 3 of 10) must be found
    assert _urls(files, "今天天气很好我们去散步") == ["2025/06/a3/"]
    assert _urls(files, "我们明天去公园散步看山地") == []


def test_a_word_written_otherwise_in_taiwan_finds_the_reports_that_use_it():
    # OpenCC's Taiwan phrases: 英伟达 / 輝達, 芯片 / 晶片; the words typed win a tie
    assert other_wording(fold_text("英伟达 芯片"), variant_map(variants_text())) == "辉达 晶片"
    assert other_wording(fold_text("輝達股價"), variant_map(variants_text())) == "英伟达股价"
    assert other_wording(fold_text("积石山地震"), variant_map(variants_text())) is None
    docs = [_doc(0, "輝達市值蒸發", "輝達股價驟跌17%，市值蒸發約6000億美元。"),
            _doc(1, "英伟达市值蒸发", "英伟达股价暴跌，市值蒸发约6000亿美元。"),
            _doc(2, "芯片出口管制", "美国收紧芯片出口管制。"),
            _doc(3, "晶片出口管制", "美國收緊晶片出口管制。")]
    files = index_files(docs)
    assert _urls(files, "英伟达市值") == ["2025/06/a1/", "2025/06/a0/"]
    assert _urls(files, "輝達市值") == ["2025/06/a0/", "2025/06/a1/"]
    assert _urls(files, "芯片 管制") == ["2025/06/a2/", "2025/06/a3/"]
    assert _urls(files, "“英伟达”") == ["2025/06/a1/", "2025/06/a0/"]  # between quotes: the phrase or its variant


def test_results_come_title_hits_first_then_more_occurrences_then_newest():
    # (BM25 since issue 18: the two articles with 公司 once in the text are equally long, so
    # that they tie and the newer comes first)
    docs = [_doc(0, "公司新闻", "今天没有别的消息。"),  # oldest, in the title
            _doc(1, "别的新闻", "公司公司公司公司，公司又一次公司公司公司。"),  # in the text, many times
            _doc(2, "另一条新闻", "这家公司很小。"),  # in the text once
            _doc(3, "又一条新闻", "那家公司不小。")]  # the same, newer
    assert [h.doc for h in search(index_files(docs).__getitem__, "公司")] == [0, 1, 3, 2]
    assert [h.doc for h in search(index_files(docs).__getitem__, "公")] == [0, 3, 2, 1]  # characters: title, then newest


def test_a_larger_random_corpus_in_many_shards_matches_a_plain_search(monkeypatch):
    monkeypatch.setattr(search_index, "SHARD_BYTES", 512)
    rng = random.Random(7)
    alphabet = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年人工智能公司数据标注央行准备金率"
    docs = [_doc(i, "".join(rng.choices(alphabet, k=8)),
                 " ".join("".join(rng.choices(alphabet, k=rng.randint(1, 30))) for _ in range(20)) + f" w{i % 7}")
            for i in range(300)]
    files = index_files(docs)
    manifest = json.loads(files[MANIFEST])
    assert manifest["pairs"]["bits"] >= 4 and manifest["chars"]["bits"] >= 1 and len(manifest["chunks"]) == 5
    for query in ["人工", "数据标", "的一是", "准", "金", "w3", "国个到说们", "率率"]:
        folded = unicodedata.normalize("NFKC", query).lower()
        expected = {d.url for d in docs if folded in d.title + "\n" + d.text or (query.startswith("w") and query in d.text.split())}
        found = _urls(files, query)
        assert len(found) == len(set(found))
        assert expected <= set(found), query  # pairs: everything containing the query, ...
        if len(query) <= 2 or query.startswith("w"):
            assert set(found) == expected, query  # ... and exactly that for one pair, a character or a word


def test_the_index_is_the_same_when_built_in_small_slices_and_bands(monkeypatch):
    # Large sites are indexed a slice of the text at a time, and their single characters in
    # several tables (bands of characters): the files must not depend on it.
    rng = random.Random(3)
    alphabet = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年人工智能公司数据标注央行准备金率"
    docs = [_doc(i, "".join(rng.choices(alphabet, k=6)), "".join(rng.choices(alphabet, k=rng.randint(5, 90))) + f" w{i % 5}")
            for i in range(150)]
    whole = index_files(docs)
    monkeypatch.setattr(search_index, "_STEP", 37)  # slices that split pairs, words and articles
    monkeypatch.setattr(search_index, "_MATRIX_CELLS", 150 * 7)  # 7 characters a table
    assert index_files(docs) == whole
    assert {d.url for d in docs if "央行" in d.text + d.title} == set(_urls(whole, "央行"))


def _varied_docs() -> list[SearchDoc]:
    rng = random.Random(11)
    alphabet = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方"
    return [_doc(i, f"第{i}条新闻", "".join(rng.choices(alphabet, k=60)) + "。") for i in range(200)]


def test_unchanged_files_keep_their_names_when_one_article_changes(monkeypatch):
    monkeypatch.setattr(search_index, "SHARD_BYTES", 512)
    docs = _varied_docs()
    before = index_files(docs)
    docs[150] = _doc(150, docs[150].title, docs[150].text + "方主。")  # a pair, characters it has already
    after = index_files(docs)
    changed = set(after) - set(before)
    assert MANIFEST not in changed and before[MANIFEST] != after[MANIFEST]
    assert 1 <= len(changed) <= 3, "the shards of 方主, of 方 and of 主, at most"
    assert len(after) > 20


# digest build ------------------------------------------------------------------------------

def test_staging_runs_its_hook_before_the_swap_and_keeps_generated_files(tmp_path):
    site = tmp_path / "site"
    seen: list[Path] = []

    def hook(folder: Path) -> None:
        assert (folder / "index.html").is_file(), "the hook sees the complete new site"
        seen.append(folder)
        (folder / SEARCH_DIR).mkdir(parents=True)
        (folder / SEARCH_DIR / MANIFEST).write_text("{}")

    first = Staging(site, hook, (SEARCH_DIR,))
    first.add("index.html", b"<p>1</p>")
    first.commit()
    assert seen and seen[0] != site and has_index(site)
    again = Staging(site, hook, (SEARCH_DIR,))
    again.add("index.html", b"<p>1</p>")
    stats = again.commit()
    assert (stats.written, stats.removed) == (0, 0), "the index is not an output: it never counts as removed"
    assert len(seen) == 1, "nothing changed: nothing written, the hook not run"
    forced = Staging(site, hook, (SEARCH_DIR,))
    forced.add("index.html", None)
    forced.commit(force=True)
    assert len(seen) == 2 and (site / "index.html").read_bytes() == b"<p>1</p>" and has_index(site)
    assert is_search_file("search/index/t/0.bin") and not is_search_file("search/index.html")


def test_build_writes_the_index_the_search_page_and_a_search_box(search_project, digest_cli):
    result = digest_cli("-C", search_project.root, "build", "-v")
    assert result.code == 0, result.err
    assert "search index not written" not in result.err
    assert re.search(r"search: indexed 3 articles", result.out)
    site = search_project.root / "site"
    assert has_index(site)
    index = site / SEARCH_DIR
    assert _urls({p.relative_to(index).as_posix(): p.read_bytes() for p in index.rglob("*") if p.is_file()},
                 "人工智能公司") == ["2025/06/ai/", "2025/06/phone/"]  # the phone article has 人工, 智能, 公司
    home = search_project.page("index.html")
    assert '<form class="search-box" role="search" action="/search/" method="get">' in home
    page = search_project.page("search/index.html")
    assert 'name="q"' in page and 'data-index="/search/index/"' in page
    assert re.search(r'<script type="module" src="/search\.[0-9a-f]{10}\.js"></script>', page)


def test_the_index_is_rebuilt_only_when_the_articles_search_data_changed(search_project):
    root = search_project.root
    assert build_site(root).ok
    manifest = root / "site" / SEARCH_DIR / MANIFEST
    before = manifest.stat()
    unchanged = build_site(root)
    assert unchanged.stats.written == 0 and unchanged.stats.removed == 0 and unchanged.search is None
    search_project.write("static/extra.css", "p { margin: 0; }")  # a new file: the site changes, articles do not
    restyled = build_site(root)
    assert restyled.ok and restyled.stats.written == 1
    assert "unchanged" in restyled.search.message
    assert manifest.stat().st_ino == before.st_ino, "the previous index is linked into the new site"
    chunk = next((root / "site" / SEARCH_DIR / "d").iterdir())
    search_project.article("2025/06/bank.md", title="央行下调存款准备金率", source="新华社", date="2025-06-12",
                           body="央行宣布降准，这是今年第二次。\n")
    edited = build_site(root)
    assert edited.ok and edited.search.message.startswith("indexed 3 articles")
    assert manifest.read_bytes() != b"" and not chunk.exists(), "the chunk with the edited summary has a new name"
    manifest.unlink()
    repaired = build_site(root)
    assert repaired.search is not None and repaired.search.ok and has_index(root / "site")


def test_a_failure_to_index_is_a_warning_and_the_site_is_still_built(search_project, digest_cli, monkeypatch):
    def fail(docs, texts=None):
        raise MemoryError("too many articles")

    monkeypatch.setattr("digest.search.make.index_files", fail)
    result = digest_cli("-C", search_project.root, "build")
    assert result.code == 0
    assert "search: warning: search index not written: MemoryError: too many articles" in result.err
    site = search_project.root / "site"
    assert (site / "index.html").is_file() and (site / "search/index.html").is_file()
    assert not has_index(site)


def test_search_false_builds_no_search_page_box_or_index(search_project, digest_cli):
    assert digest_cli("-C", search_project.root, "build").code == 0
    assert has_index(search_project.root / "site")
    search_project.write("digest.yaml", BASIC_CONFIG)  # search: false
    assert digest_cli("-C", search_project.root, "build").code == 0
    site = search_project.root / "site"
    assert not (site / "search").exists()
    assert "search-box" not in search_project.page("index.html")
    assert not list(site.glob("search.*.js"))


# In a real browser --------------------------------------------------------------------------

class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """The built site under a base path, as a static host would serve it."""

    def __init__(self, *args, prefix: str, **kwargs):
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "no-such-file")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def _serving(site: Path, prefix: str):
    handler = functools.partial(_SiteHandler, directory=str(site), prefix=prefix)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(params=["https://example.org/", "https://example.org/digest/"], ids=["root", "sub-path"])
def served(request, search_project):
    assert build_site(search_project.root, BuildOptions(base_url=request.param)).ok
    with _serving(search_project.root / "site", urlsplit(request.param).path) as base:
        yield base


@pytest.fixture
def browser():
    driver = open_browser(390, 844)
    yield driver
    close_browser(driver)


def _results(driver, timeout: float = 10) -> list[dict[str, str]]:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    # (a page still being navigated to answers "aborted by navigation": asked again, as a reader waits)
    WebDriverWait(driver, timeout, poll_frequency=0.05,
                  ignored_exceptions=(NoSuchElementException, StaleElementReferenceException, WebDriverException)).until(
        lambda d: d.find_element("id", "search-status").text not in ("", "正在搜索…"))
    return driver.execute_script("""
        return [...document.querySelectorAll('.search-result')].map(item => ({
            title: item.querySelector('h2 a').textContent, href: item.querySelector('h2 a').getAttribute('href'),
            meta: item.querySelector('.meta').textContent, excerpt: item.querySelector('.summary').textContent,
            marks: [...item.querySelectorAll('mark')].map(m => m.textContent)}));""")


@needs_chromium
def test_a_chinese_query_without_spaces_finds_the_article_that_contains_it(served, browser):
    browser.get(served + "search/?q=" + quote("人工智能公司"))
    found = _results(browser)
    # the phone article has 人工, 智能 and 公司 but not the phrase: found after it (issue 18)
    assert [r["title"] for r in found] == [AI_COMPANY, "智能手机出货量回升"], browser.find_element("id", "search-status").text
    assert found[1]["marks"] == ["智能", "公司", "人工", "智能"]  # in the title, then the summary
    first = found[0]
    assert first["href"] == urlsplit(served).path + "2025/06/ai/"
    assert first["meta"] == "2025年6月14日 · 新浪科技"
    assert "人工智能公司" in first["marks"] and first["excerpt"].startswith("总部位于杭州")
    assert "人工智能公司" in browser.find_element("id", "search-status").text
    browser.get(served + "search/?q=" + quote('"人工智能公司"'))  # quoted: the phrase only
    assert [r["title"] for r in _results(browser)] == [AI_COMPANY]
    # A word a dictionary would cut differently in the index and in the browser (数据|标注 vs 数据|标|注).
    browser.get(served + "search/?q=" + quote("数据标注"))
    assert [r["title"] for r in _results(browser)] == [AI_COMPANY]
    browser.get(served + "search/?q=" + quote("量子计算机"))
    assert _results(browser) == [] and "没有找到" in browser.find_element("id", "search-status").text
    width = browser.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1]
    assert browser.get_log("browser") == []


@needs_chromium
def test_latin_words_single_characters_and_title_hits_first(served, browser):
    browser.get(served + "search/?q=" + quote("ＤｅｅｐＳｅｅｋ"))  # full width, another case: the same word
    found = _results(browser)
    assert [r["title"] for r in found] == [AI_COMPANY] and found[0]["marks"] == ["DeepSeek"]
    # 公司 is in the first one's title, only in the text of the newer phone article
    browser.get(served + "search/?q=" + quote("公司"))
    assert [r["title"] for r in _results(browser)] == [AI_COMPANY, "智能手机出货量回升"]
    browser.get(served + "search/?q=" + quote("率"))  # one character
    assert [r["title"] for r in _results(browser)] == ["央行下调存款准备金率"]
    requests = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert all(url.startswith(served.split("/", 3)[0] + "//" + urlsplit(served).netloc) for url in requests)
    assert browser.get_log("browser") == []


@needs_chromium
def test_traditional_and_straddling_queries_find_their_articles_in_the_browser_as_in_python(search_project, browser):
    # Issue 18: one folding (Traditional -> Simplified) for the text and the query, and ranking
    # instead of requiring every pair, including the pair across the reader's two words (山地).
    search_project.article("2024/07/zheng.md", title="鄭欽文奪得巴黎奧運網球女單金牌", source="明報", date="2024-08-03",
                           body="鄭欽文在決賽中直落兩盤擊敗對手，為中國網球奪得首枚奧運單打金牌。\n")
    search_project.article("2023/12/quake.md", title="甘肃积石山县发生6.2级地震", source="新华社", date="2023-12-19",
                           body="12月18日23时59分，甘肃临夏州积石山县发生6.2级地震，震源深度10公里。\n")
    search_project.article("2023/12/other.md", title="山地自行车赛在积石举行", source="体育报", date="2023-12-20",
                           body="比赛路线穿过山地。\n")
    search_project.article("2025/01/nvidia.md", title="輝達股價驟跌17%", source="聯合報", date="2025-01-28",
                           body="輝達市值蒸發約6000億美元。\n")
    assert build_site(search_project.root).ok
    site = search_project.root / "site"
    files = _index_on_disk(site)
    with _serving(site, "/") as base:
        for query, expected in [("郑钦文", ["鄭欽文奪得巴黎奧運網球女單金牌"]), ("鄭欽文 金牌", ["鄭欽文奪得巴黎奧運網球女單金牌"]),
                                ("积石山地震", ["甘肃积石山县发生6.2级地震"]), ("積石山地震", ["甘肃积石山县发生6.2级地震"]),
                                ('"积石山地震"', []), ("英伟达市值", ["輝達股價驟跌17%"])]:
            browser.get(base + "search/?q=" + quote(query))
            found = _results(browser)
            titles = [r["title"] for r in found]
            assert titles[:len(expected)] == expected and (expected or not titles), (query, titles)
            assert titles == [hit.meta[1] for hit in search(files.__getitem__, query)], "search.js and reader.py agree"
            if query == "郑钦文":
                assert found[0]["marks"] == ["鄭欽文", "鄭欽文"]  # in the title and the summary, as written
            if query == "积石山地震":
                assert "积石山" in found[0]["marks"] and "地震" in found[0]["marks"]
            if query == "英伟达市值":  # Taiwan's word for it, marked as written
                assert found[0]["marks"] == ["輝達", "輝達市值"]
        requests = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
        assert requests and all(url.startswith(base) for url in requests)
        assert browser.get_log("browser") == []


@needs_chromium
def test_the_search_box_in_the_header_is_a_plain_form_that_leads_to_the_results(served, browser):
    from selenium.webdriver.common.keys import Keys
    browser.get(served)
    browser.find_element("id", "site-search").send_keys("准备金率", Keys.ENTER)
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 10).until(lambda d: urlsplit(d.current_url).path.endswith("/search/"))  # (the form has led there)
    found = _results(browser)
    assert urlsplit(browser.current_url).path == urlsplit(served).path + "search/"
    assert [r["title"] for r in found] == ["央行下调存款准备金率"]
    query = browser.find_element("id", "search-query")
    query.clear()
    query.send_keys("手机")  # searched as it is typed
    WebDriverWait(browser, 10).until(lambda d: "手机" in d.find_element("id", "search-status").text)
    assert [r["title"] for r in _results(browser)] == ["智能手机出货量回升"]
    assert "q=%E6%89%8B%E6%9C%BA" in browser.current_url, "the address keeps the query"


@needs_chromium
def test_the_search_page_says_so_when_there_is_no_index(search_project, browser):
    import shutil
    assert build_site(search_project.root).ok
    shutil.rmtree(search_project.root / "site" / SEARCH_DIR)
    assert "<noscript>" in search_project.page("search/index.html")  # without JavaScript: where to browse
    with _serving(search_project.root / "site", "/") as base:
        browser.get(base + "search/?q=" + quote("央行"))
        _results(browser)
        assert "搜索暂时不可用" in browser.find_element("id", "search-status").text


# digest serve ---------------------------------------------------------------------------------

def test_serve_refreshes_the_index_in_the_background_and_never_deletes_it(search_project):
    session = BuildSession(search_project.root)
    assert session.rebuild().ok
    assert session.search.wait(60) and session.search.last is not None and session.search.last.ok
    site = search_project.root / "site"
    assert has_index(site)
    manifest = (site / SEARCH_DIR / MANIFEST).read_bytes()
    search_project.article("2025/06/new.md", title="新能源汽车销量创新高", date="2025-06-13", body="比亚迪6月销量创新高。\n")
    result = session.rebuild()
    assert result.ok and not any(is_search_file(p) for p in result.changed)
    assert session.search.wait(60) and session.search.last.message.startswith("indexed 4 articles")
    assert (site / SEARCH_DIR / MANIFEST).read_bytes() != manifest
    index = site / SEARCH_DIR
    files = {p.relative_to(index).as_posix(): p.read_bytes() for p in index.rglob("*") if p.is_file()}
    assert _urls(files, "新能源汽车") == ["2025/06/new/"], "no file of the old index is left"
    # A new session on the existing site (digest serve started again) keeps the index.
    fresh = BuildSession(search_project.root)
    assert fresh.rebuild().ok and has_index(site)
    assert fresh.search.wait(60)


def test_serve_rewrites_only_the_files_whose_bytes_changed(tmp_path, monkeypatch):
    monkeypatch.setattr(search_index, "SHARD_BYTES", 512)
    site = tmp_path / "site"
    site.mkdir()
    docs = _varied_docs()
    files, report = make_index(docs)
    assert refresh_index(site, files, report).ok
    index = site / SEARCH_DIR
    inodes = {p.relative_to(index).as_posix(): p.stat().st_ino for p in index.rglob("*") if p.is_file()}
    docs[150] = _doc(150, docs[150].title, docs[150].text + "方主。")
    changed, report = make_index(docs)
    assert refresh_index(site, changed, report).ok
    now = {p.relative_to(index).as_posix(): p.stat().st_ino for p in index.rglob("*") if p.is_file()}
    assert set(now) == set(changed), "stale files removed, no scratch files left"
    same = [name for name in set(files) & set(changed) if name != MANIFEST]
    assert same and all(now[name] == inodes[name] for name in same), "unchanged files untouched"


def _index_on_disk(site: Path) -> dict[str, bytes]:
    index = site / SEARCH_DIR
    return {p.relative_to(index).as_posix(): p.read_bytes() for p in index.rglob("*") if p.is_file()}


def test_serve_index_fed_only_changes_equals_a_full_index_and_survives_its_process_dying(search_project):
    # The indexing process keeps the documents and is sent only those of changed articles:
    # after additions, an edit and a deletion, site/'s index is exactly the index of all articles.
    session = BuildSession(search_project.root)
    site = search_project.root / "site"

    def rebuilt_index() -> dict[str, bytes]:
        assert session.rebuild().ok and session.search.wait(60) and session.search.last.ok
        return _index_on_disk(site)

    rebuilt_index()
    search_project.article("2025/06/car.md", title="新能源汽车销量创新高", date="2025-06-13", body="比亚迪6月销量创新高。\n")
    search_project.article("2025/06/chip.md", title="芯片出口管制升级", date="2025-06-02", body="光刻机出口再受限。\n")
    rebuilt_index()
    search_project.article("2025/06/bank.md", title="央行下调存款准备金率", source="新华社", date="2025-06-12",
                           topics="[财经]", body="央行宣布下调存款准备金率，释放长期资金约一万亿元。\n")
    (search_project.root / "content/2025/06/phone.md").unlink()
    on_disk = rebuilt_index()
    assert on_disk == index_files(search_docs(session._previous.index.articles))
    assert _urls(on_disk, "光刻机") == ["2025/06/chip/"] and _urls(on_disk, "出货量") == []
    # an edit alone (the same articles, one of them a new object): found by identity
    search_project.article("2025/06/car.md", title="新能源汽车销量创新高", date="2025-06-13", body="比亚迪6月销量创新高，理想汽车紧随其后。\n")
    on_disk = rebuilt_index()
    assert on_disk == index_files(search_docs(session._previous.index.articles))
    assert _urls(on_disk, "理想汽车") == ["2025/06/car/"]
    session.search._worker._process.kill()  # the indexing process dies: the next run starts another
    search_project.article("2025/06/chip.md", title="芯片出口管制升级", date="2025-06-02", body="光刻机与材料出口再受限。\n")
    on_disk = rebuilt_index()
    assert on_disk == index_files(search_docs(session._previous.index.articles))
    assert _urls(on_disk, "材料") == ["2025/06/chip/"]


def test_the_background_indexer_skips_articles_it_has_indexed(search_project):
    assert build_site(search_project.root, BuildOptions(use_cache=False)).ok
    session = BuildSession(search_project.root)
    assert session.rebuild().ok
    reports = []
    indexer = BackgroundIndexer(delay=0, on_done=reports.append)
    articles = session._previous.index.articles
    indexer.request(session.output_dir, articles)
    assert indexer.wait(60) and len(reports) == 1
    indexer.request(session.output_dir, articles)
    assert indexer.wait(60) and len(reports) == 1, "the same articles: nothing to do"
    assert [d.url for d in search_docs(articles)] == ["2025/06/bank/", "2025/06/ai/", "2025/06/phone/"]  # oldest first


def test_writing_the_index_does_not_wake_the_watcher(search_project):
    server = start_serve(search_project.root, "-v")
    try:
        server.wait_for_output(r"search: indexed 3 articles", timeout=60)
        time.sleep(1.5)  # longer than the watcher's debounce
        assert not any(line.startswith("rebuilt") for line in server.lines), "".join(server.lines)
        response = server.get("/search/index/manifest.json")
        assert response.status == 200 and json.loads(response.body)["docs"] == 3
    finally:
        server.stop()
