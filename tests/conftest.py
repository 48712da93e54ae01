"""Shared helpers: small site projects written into temp folders, and the CLI run in-process."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from digest.cli import main

REPO = Path(__file__).resolve().parent.parent

BASIC_CONFIG = """\
title: 测试摘要
description: 测试用的新闻摘要
base_url: https://example.org/
timezone: Asia/Shanghai
pagination: 2
search: false  # the search index is tested on its own (test_search.py); others compare site trees
topics:
  - name: 人工智能
    slug: ai
    description: AI 公司与大模型
  - name: 财经
    slug: finance
"""


def article_text(title: str = "标题", date: str = "2025-06-14T09:30:00+08:00", body: str = "正文第一句。第二句。",
                 **fields: str) -> str:
    lines = ["---", f"title: {title}", f"date: {date}"]
    lines += [f"{key}: {value}" for key, value in fields.items()]
    lines += ["---", body]
    return "\n".join(lines) + "\n"


@dataclass
class SiteProject:
    root: Path

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
        return path

    def article(self, rel: str, **kwargs: str) -> Path:
        return self.write(f"content/{rel}", article_text(**kwargs))

    def page(self, rel: str) -> str:
        return (self.root / "site" / rel).read_text(encoding="utf-8")

    def files(self) -> dict[str, bytes]:
        site = self.root / "site"
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> SiteProject:
    site = SiteProject(tmp_path / "proj")
    site.write("digest.yaml", BASIC_CONFIG)
    return site


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def digest_cli(capsys: pytest.CaptureFixture[str]):
    def run(*args: str | Path) -> CliResult:
        code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)
    return run
