"""Live reload in a real browser: an edit reaches the open page without a manual reload, and a
broken template shows an overlay that goes away when it is fixed."""
from __future__ import annotations

import pytest

from browser import close_browser, needs_chromium, open_browser
from conftest import article_text
from serving import start_serve

pytestmark = needs_chromium


@pytest.fixture
def browser():
    driver = open_browser()
    yield driver
    close_browser(driver)


@pytest.fixture
def server(project):
    project.article("2025/06/a.md", title="第一篇", topics="[人工智能]", body="原来的正文。\n")
    project.article("2025/06/b.md", title="第二篇", topics="[财经]", body="另一篇。\n", date="2025-06-10")
    server = start_serve(project.root)
    yield server
    server.stop()


def _wait(driver, condition, timeout=10):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition)


def test_an_edit_reaches_the_open_page_without_a_manual_reload(server, project, browser):
    browser.get(server.base + "/2025/06/a/")
    assert "原来的正文" in browser.page_source
    browser.execute_script("window.__digest_marker = 1")  # survives an in-place update, not a reload
    project.write("content/2025/06/a.md", article_text(title="第一篇（改）", topics="[人工智能]", body="浏览器里出现的新正文。\n"))
    _wait(browser, lambda d: "浏览器里出现的新正文" in d.page_source)
    assert browser.title.startswith("第一篇（改）")
    assert "原来的正文" not in browser.page_source
    # the page was swapped in place: same styles, no refetch, the tab's state kept
    assert browser.execute_script("return window.__digest_marker") == 1
    # and it keeps following edits
    project.write("content/2025/06/a.md", article_text(title="第一篇（改）", topics="[人工智能]", body="第二次修改。\n"))
    _wait(browser, lambda d: "第二次修改" in d.page_source)


def test_a_changed_stylesheet_reloads_the_tab(server, project, browser):
    browser.get(server.base + "/2025/06/a/")
    browser.execute_script("window.__digest_marker = 1")  # gone after a reload: proves one happened
    project.write("static/style.css", "body { background: rgb(1, 2, 3); }\n")
    _wait(browser, lambda d: d.execute_script("return window.__digest_marker") is None)
    _wait(browser, lambda d: d.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgb(1, 2, 3)")


def test_a_tab_whose_page_did_not_change_is_not_reloaded(server, project, browser):
    browser.get(server.base + "/2025/06/b/")
    browser.execute_script("window.__digest_marker = 1")
    project.write("content/2025/06/a.md", article_text(title="第一篇", topics="[人工智能]", body="只改了第一篇。\n"))
    server.wait_until("/2025/06/a/", lambda r: "只改了第一篇" in r.text)
    import time
    time.sleep(0.5)
    assert browser.execute_script("return window.__digest_marker") == 1


def test_a_broken_template_shows_an_overlay_until_fixed(server, project, browser):
    browser.get(server.base + "/2025/06/a/")
    project.write("templates/article.html", '{% extends "base.html" %}\n{% block main %}\n{{ page.article.nope }}\n{% endblock %}\n')
    overlay = _wait(browser, lambda d: d.find_elements("id", "digest-error-overlay"))
    text = overlay[0].text
    assert "templates/article.html:3" in text and "nope" in text
    assert "原来的正文" in browser.page_source, "the last good page stays under the overlay"
    (project.root / "templates/article.html").unlink()
    _wait(browser, lambda d: not d.find_elements("id", "digest-error-overlay"))
