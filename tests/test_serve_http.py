"""`digest serve` over real HTTP on 127.0.0.1: what a browser and a hostile client get."""
from __future__ import annotations

import socket

import pytest

from conftest import article_text
from serving import start_serve


@pytest.fixture
def server(project):
    project.article("2025/06/a.md", title="第一篇", topics="[人工智能]", body="原来的正文。\n")
    project.write("static/图片/说明.txt", "中文路径的静态文件\n")
    server = start_serve(project.root)
    yield server
    server.stop()


def test_pages_have_types_with_charset_and_the_reload_script(server, project):
    page = server.get("/2025/06/a/")
    assert page.status == 200
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<script src="/__digest__/livereload.js"' in page.text
    assert "livereload" not in project.page("2025/06/a/index.html"), "site/ stays exactly what digest build writes"
    assert server.get("/atom.xml").headers["Content-Type"] == "application/xml; charset=utf-8"
    css = next(name for name in project.files() if name.endswith(".css"))
    assert server.get("/" + css).headers["Content-Type"] == "text/css; charset=utf-8"


def test_head_etag_404_directories_and_chinese_paths(server):
    head = server.get("/2025/06/a/", method="HEAD")
    assert head.status == 200 and head.body == b""
    etag = server.get("/2025/06/a/").headers["ETag"]
    assert server.get("/2025/06/a/", headers={"If-None-Match": etag}).status == 304
    missing = server.get("/no/such/page/")
    assert missing.status == 404 and "页面不存在" in missing.text
    redirect = server.get("/2025/06/a")
    assert redirect.status == 301 and redirect.headers["Location"] == "/2025/06/a/"
    assert server.get("/%E5%9B%BE%E7%89%87/%E8%AF%B4%E6%98%8E.txt").text == "中文路径的静态文件\n"


@pytest.mark.parametrize("path", ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                                  "/%5c..%5c..%5cetc%5cpasswd", "/index.html%00.txt", "/%ff%fe", "/%"])
def test_nothing_outside_the_site_is_served(server, path):
    answer = server.get(path)
    assert 400 <= answer.status < 500
    assert b"root:" not in answer.body


def test_malformed_requests_get_an_answer_and_the_server_keeps_serving(server):
    host, port = server.base.removeprefix("http://").split(":")
    for raw in (b"GARBAGE\r\n\r\n", b"GET /" + b"a" * 5000 + b" HTTP/1.0\r\n\r\n", b"DELETE / HTTP/1.0\r\n\r\n"):
        with socket.create_connection((host, int(port)), timeout=5) as conn:
            conn.sendall(raw)
            status = conn.recv(64)
        assert status.startswith(b"HTTP/1."), raw[:20]
        assert status.split()[1][:1] == b"4", status
    assert server.get("/").status == 200


def test_an_edit_is_rebuilt_and_served(server, project):
    project.write("content/2025/06/a.md", article_text(title="第一篇", topics="[人工智能]", body="改过的正文。\n"))
    page = server.wait_until("/2025/06/a/", lambda r: "改过的正文" in r.text)
    assert "改过的正文" in page.text
    server.wait_for_output(r"rebuilt 1 article ")


def test_a_broken_article_keeps_the_last_good_site_and_reports_file_and_line(server, project):
    project.write("content/2025/06/a.md", "---\ntitle: 第一篇\ndate: 不是日期\n---\n")
    line = server.wait_for_output(r"content/2025/06/a.md:3:7: error")
    assert "`date` is not a date" in line
    assert "原来的正文" in server.get("/2025/06/a/").text
    project.write("content/2025/06/a.md", article_text(title="第一篇", body="修好了。\n"))
    assert "修好了" in server.wait_until("/2025/06/a/", lambda r: "修好了" in r.text).text


def test_a_port_in_use_gives_a_clear_message(project, server):
    from serving import start_serve as _start  # noqa: F401 - same helper, second server on the same port
    import subprocess
    import sys
    port = server.base.rsplit(":", 1)[1]
    done = subprocess.run([sys.executable, "-m", "digest", "-C", str(project.root), "serve", "--port", port],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr and "--port 0" in done.stderr
