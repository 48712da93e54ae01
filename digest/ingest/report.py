"""The ingest report: `raw/ingest-report.json` for the record, a short summary for the terminal.

The JSON says, per input: what happened to it, where the article went, every removal (rule,
line, text, why), the metadata found and where, the date with its evidence, the related-news
records, the warnings. It holds no timestamps, so two runs on the same input give the same report.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from digest.ingest.model import CleanArticle
from digest.ingest.publish import Outcome
from digest.ingest.state import write_atomic

REPORT_FILE = "raw/ingest-report.json"
_STATUS_ORDER = ("written", "updated", "unchanged", "duplicate", "edited", "failed")


@dataclass
class IngestResult:
    outcomes: list[Outcome] = field(default_factory=list)
    rules: dict[str, bool] = field(default_factory=dict)
    learned_tokens: tuple[str, ...] = ()
    learned_lines: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "failed"]

    def counts(self) -> Counter[str]:
        return Counter(outcome.status for outcome in self.outcomes)


def report_data(result: IngestResult) -> dict[str, Any]:
    return {
        "version": 1,
        "summary": _summary(result),
        "rules": result.rules,
        "batch": {"spam_tokens": list(result.learned_tokens), "boilerplate_lines": result.learned_lines},
        "inputs": [_outcome_data(outcome) | (_article_data(outcome.article) if outcome.article else {})
                   for outcome in result.outcomes],
    }


def _summary(result: IngestResult) -> dict[str, int]:
    return {status: result.counts().get(status, 0) for status in _STATUS_ORDER} | {
        "inputs": len(result.outcomes), "drafts": sum(1 for o in result.outcomes if o.article and o.article.draft
                                                      and o.status in ("written", "updated", "unchanged"))}


def _outcome_data(outcome: Outcome) -> dict[str, Any]:
    """What happened to an input (its article's part is `article_json`)."""
    data: dict[str, Any] = {"input": outcome.input, "status": outcome.status}
    for key in ("reason", "raw", "output", "duplicate_of"):
        if getattr(outcome, key):
            data[key] = getattr(outcome, key)
    if outcome.duplicate_of:
        data["similarity"] = round(outcome.similarity, 3)
    return data


def article_json(article: CleanArticle) -> str:
    """An article's part of its report entry, as JSON members (no braces): made where the
    article is cleaned, so the batch's report is mostly joined, not encoded, at the end."""
    return json.dumps(_article_data(article), ensure_ascii=False)[1:-1]


def _article_data(article: CleanArticle) -> dict[str, Any]:
    data: dict[str, Any] = {}
    data["encoding"] = article.encoding
    data["format"] = article.kind
    data["metadata"] = _metadata(article)
    numbering = _line_numbering(article)
    if numbering:
        data["line_numbers"] = numbering
    data["removed"] = [removal.as_dict() for removal in article.removals]
    data["blocks"] = [block.as_dict() for block in article.blocks]
    data["warnings"] = [warning.as_dict() for warning in article.warnings]
    data["draft"] = article.draft
    return data


def _line_numbering(article: CleanArticle) -> str:
    """Which lines the report's line numbers count, where that is not the input's own lines."""
    if article.kind == "html":
        return "of the text extracted from the HTML page"
    if any(removal.rule == "escaped_breaks" for removal in article.removals):
        return "of the text with its literal \\n made line breaks (each escaped_breaks entry names the raw line)"
    return ""


def _metadata(article: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in article.found:
        found.setdefault(item.field, item.as_dict())
    found["date"] = article.date.as_dict()
    for key in ("source", "source_url", "author"):
        value = getattr(article, key)
        if value and key not in found:
            found[key] = {"value": value, "line": None, "from": "the page's metadata"}
    if article.spam_tokens:
        found["spam_tokens"] = list(article.spam_tokens)
    return found


def write_report(root: Path, result: IngestResult) -> Path:
    """One input per line: readable with `grep`, and written by json's fast C encoder (which
    an indented dump does not use: a 10,000-file report took seconds)."""
    path = root / REPORT_FILE
    head = json.dumps({"version": 1, "summary": _summary(result), "rules": result.rules,
                       "batch": {"spam_tokens": list(result.learned_tokens), "boilerplate_lines": result.learned_lines}},
                      ensure_ascii=False)[:-1]
    lines = ",\n".join(_entry_json(outcome) for outcome in result.outcomes)
    text = f'{head}, "inputs": [\n{lines}\n]}}\n'
    write_atomic(path, text.encode("utf-8"))
    return path


def _entry_json(outcome: Outcome) -> str:
    entry = json.dumps(_outcome_data(outcome), ensure_ascii=False)
    article = outcome.article
    if article is None:
        return entry
    return f"{entry[:-1]}, {article.report_json or article_json(article)}}}"


def print_summary(result: IngestResult, stream: TextIO, errors: TextIO, verbose: bool = False, quiet: bool = False) -> None:
    """Failures on `errors` (always); skipped edits and drafts, and with -v every article, on `stream`."""
    for outcome in result.outcomes:
        line = _outcome_line(outcome, verbose)
        if line and outcome.status == "failed":
            print(line, file=errors)
        elif line and not quiet:
            print(line, file=stream)
        if verbose and outcome.article is not None:
            for detail in _details(outcome):
                print("    " + detail, file=stream)
    if quiet:
        return
    counts = result.counts()
    parts = [f"{counts[status]} {status}" for status in _STATUS_ORDER if counts.get(status)]
    drafts = _summary(result)["drafts"]
    tail = f", {drafts} draft(s) to review" if drafts else ""
    print(f"ingest: {len(result.outcomes)} input(s): {', '.join(parts) or 'nothing to do'}{tail}"
          f" in {result.seconds:.1f}s; report: {REPORT_FILE}", file=stream)


def _outcome_line(outcome: Outcome, verbose: bool) -> str:
    if outcome.status == "failed":
        return f"failed  {outcome.input}: {outcome.reason}"
    if outcome.status == "edited":
        return f"skipped {outcome.output}: {outcome.reason}"
    if outcome.status == "duplicate":
        return f"merged  {outcome.input}: {outcome.reason}" if verbose or "not merged" in outcome.reason else ""
    article = outcome.article
    if article is not None and article.draft and outcome.status != "unchanged":
        serious = "; ".join(str(w) for w in article.warnings if w.serious)
        return f"draft   {outcome.output} <- {outcome.input}: {serious}"
    if verbose:
        return f"{outcome.status:<8}{outcome.output} <- {outcome.input}"
    return ""


def _details(outcome: Outcome) -> list[str]:
    article = outcome.article
    assert article is not None
    by_rule = Counter(removal.rule for removal in article.removals)
    lines = [f"title: {article.title}", f"date: {article.date.value} ({article.date.confidence})",
             f"source: {article.source or '-'}; encoding {article.encoding}, {article.kind}"]
    if by_rule:
        lines.append("removed: " + ", ".join(f"{rule} {count}" for rule, count in by_rule.items()))
    if article.spam_tokens:
        lines.append("spam tokens: " + ", ".join(article.spam_tokens))
    if article.blocks:
        lines.append("blocks: " + ", ".join(f"{block.header} ({len(block.items)} items)" for block in article.blocks))
    lines.extend(f"warning: {warning}" for warning in article.warnings)
    return lines
