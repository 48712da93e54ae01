"""Helpers shared by the test_ingest_* modules (no tests here): raw pages written into a site
project, `digest ingest` run in-process, and the articles and report it leaves behind."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.ingest.clean import Source, clean_source
from digest.ingest.model import CleanArticle
from digest.ingest.normalize import page_from_text
from digest.ingest.rules import BatchStats
from digest.ingest.settings import load_settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_065f8897d4698395.txt"
SEED_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "seed"

# An ordinary article, with paragraphs that start in many different ways.
PARAGRAPHS = [
    "一场价值290亿美元的交易，本应是这家数据公司的加冕时刻，却正迅速演变为一场客户雪崩。",
    "报道指出，除谷歌外，微软等其他主要客户也在疏远这家公司，另一家公司同样寻求退出。",
    "分析人士表示，这种集体逃离背后的逻辑清晰而残酷。客户往往需要分享专有数据和原型产品。",
    "这笔交易的冲击波来得异常迅猛，多家竞争对手已经展开谈判，寻求尽快转移工作负载。",
    "对谷歌而言，这一决定并非心血来潮。谷歌在过去一年多的时间里，已经开始寻求供应商的多元化。",
    "面对客户的疑虑，该公司的发言人在一份声明中强调，其业务依然强劲，并承诺保护客户数据。",
    "业内人士认为，这笔看似风光的交易，最终可能成为一把刺向其核心业务的达摩克利斯之剑。",
]
TITLE = "数据独角兽遭遇客户流失潮"


def raw_article(title: str = TITLE, paragraphs: list[str] | None = None, token: str = "", spaced: bool = True,
                head: list[str] | None = None, tail: list[str] | None = None) -> str:
    """A scraped page: title, optional head lines, paragraphs (each opened by `token`), tail lines."""
    gap = " " if spaced else ""
    stamp = (lambda text: f"{token}{gap}{text}") if token else (lambda text: text)
    lines = [stamp(title), *(head or []), *[stamp(p) for p in (paragraphs or PARAGRAPHS)], *(tail or [])]
    return "\n".join(lines) + "\n"


def clean_text(text: str, rules: dict[str, bool] | None = None, batch: BatchStats | None = None,
               name: str = "page.txt") -> CleanArticle:
    """Clean one page in memory, as ingest does."""
    settings, _ = load_settings({"rules": rules or {}})
    source = Source(name, page_from_text(name, text), "utf-8", "text", __import__("datetime").date(2025, 6, 20))
    return clean_source(source, settings, batch or BatchStats())


def clean_under_title(*lines: str) -> CleanArticle:
    """TITLE, then `lines`, then PARAGRAPHS, cleaned: a page's lines between its headline and its text."""
    return clean_text("\n".join([TITLE, *lines, *PARAGRAPHS]) + "\n")


def body_text(article: CleanArticle) -> list[str]:
    """The body's paragraphs as a reader sees them (heading marks kept)."""
    return [block.strip("\n") for block in article.body.split("\n\n") if block.strip()]


@dataclass
class Ingested:
    code: int
    out: str
    err: str
    root: Path

    def report(self) -> dict[str, Any]:
        return json.loads((self.root / "raw" / "ingest-report.json").read_text(encoding="utf-8"))

    def entry(self, name: str) -> dict[str, Any]:
        return next(item for item in self.report()["inputs"] if Path(item["input"]).name == name)

    def article(self, name: str) -> tuple[dict[str, Any], str]:
        """(front matter, body) of the article made from input `name`."""
        text = (self.root / self.entry(name)["output"]).read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        return yaml.safe_load(front), body

    def articles(self) -> list[Path]:
        return sorted((self.root / "content").rglob("*.md"))


def write_inputs(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    return folder


def run_ingest(digest_cli: Any, root: Path, *paths: Path | str, options: tuple[str, ...] = ()) -> Ingested:
    result = digest_cli("-C", root, "ingest", *paths, *options)
    return Ingested(result.code, result.out, result.err, root)
