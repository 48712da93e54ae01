"""The ingest report: one JSON file per run for the record, a short summary for the terminal.

Each run's report is kept, `raw/ingest-reports/<its start time>.json` (so what an earlier batch
removed is still there after the next one), and `raw/ingest-report.json` is the latest run's (the
same file, linked). The JSON says, per input: what happened to it, where the article went, every
removal (rule, line, text, why), the metadata found and where, the date with its evidence, the
related-news records, the warnings. Only its name holds the time, so two runs on the same input
give the same bytes.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from digest.ingest.model import CleanArticle
from digest.ingest.publish import Outcome
from digest.ingest.state import write_atomic

REPORT_FILE = "raw/ingest-report.json"  # the latest run's report
REPORTS_DIR = "raw/ingest-reports"  # every run's report, named by the time it started
BRIEF_LIST = 3  # the articles the summary names per kind (all with -v)
_STATUS_ORDER = ("written", "updated", "unchanged", "duplicate", "edited", "failed")


@dataclass
class IngestResult:
    outcomes: list[Outcome] = field(default_factory=list)
    rules: dict[str, bool] = field(default_factory=dict)
    learned_tokens: tuple[str, ...] = ()
    learned_lines: int = 0
    seconds: float = 0.0
    report: str = REPORT_FILE  # where this run's report was written

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
    if any(removal.rule == "markup_tags" and "line break" in removal.why for removal in article.removals):
        return "of the text with its HTML line breaks made (each markup_tags entry names the raw line)"
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


def write_report(root: Path, result: IngestResult, started: datetime | None = None) -> str:
    """This run's report, one input per line (readable with `grep`, and written by json's fast
    C encoder, which an indented dump does not use: a 10,000-file report took seconds), into a
    file of its own named by the run's start; `raw/ingest-report.json` then points to it. Gives
    its path, relative to the site."""
    head = json.dumps({"version": 1, "summary": _summary(result), "rules": result.rules,
                       "batch": {"spam_tokens": list(result.learned_tokens), "boilerplate_lines": result.learned_lines}},
                      ensure_ascii=False)[:-1]
    lines = ",\n".join(_entry_json(outcome) for outcome in result.outcomes)
    data = f'{head}, "inputs": [\n{lines}\n]}}\n'.encode()
    path = _run_report_path(root / REPORTS_DIR, started or datetime.now())
    write_atomic(path, data)
    _link_latest(path, root / REPORT_FILE, data)
    return path.relative_to(root).as_posix()


def _run_report_path(folder: Path, started: datetime) -> Path:
    """`2026-12-05T093000.json` (local time, no colons: a name any file system takes); a second
    run within the same second gets `_2` (which sorts after it)."""
    stem = started.strftime("%Y-%m-%dT%H%M%S")
    path, count = folder / f"{stem}.json", 1
    while path.exists():
        count += 1
        path = folder / f"{stem}_{count}.json"
    return path


def _link_latest(report: Path, latest: Path, data: bytes) -> None:
    """The latest report under its old name: a hard link to the run's file (no second copy),
    replaced atomically; a copy where links are not possible."""
    temporary = latest.with_name(f".{latest.name}.tmp")
    try:
        temporary.unlink(missing_ok=True)
        os.link(report, temporary)
        os.replace(temporary, latest)
    except OSError:
        write_atomic(latest, data)


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
          f" in {result.seconds:.1f}s; report: {result.report}", file=stream)
    for line in _listed(result, verbose):
        print("  " + line, file=stream)


def _listed(result: IngestResult, verbose: bool) -> list[str]:
    """What a person should look at, by article: which article each near-duplicate joined, and
    the dates that are only a low-confidence guess (a few of each; all with -v)."""
    joined = [f"{outcome.raw or outcome.input} joined {outcome.duplicate_of}" for outcome in result.outcomes
              if outcome.status == "duplicate" and "not merged" not in outcome.reason]
    guessed = [f"{outcome.output} ({outcome.article.date.value[:10]})" for outcome in result.outcomes
               if outcome.article is not None and outcome.status in ("written", "updated")
               and outcome.article.date.confidence == "low"]
    lines = _drafts_by_reason(result) if not verbose else []
    if joined:
        lines.append(f"{len(joined)} duplicate{'s' if len(joined) > 1 else ''}: {_brief(joined, verbose)}")
    if guessed:
        lines.append(f"{len(guessed)} date{'s' if len(guessed) > 1 else ''} guessed with low confidence "
                     f"(set `date:` where wrong): {_brief(guessed, verbose)}")
    return lines


def _drafts_by_reason(result: IngestResult) -> list[str]:
    """The new drafts grouped by the serious warning that made them, a few of each (a batch of
    thousands must not print a line per draft; -v does)."""
    by_check: dict[str, list[str]] = {}
    for outcome in result.outcomes:
        article = outcome.article
        if article is None or not article.draft or outcome.status not in ("written", "updated"):
            continue  # (a copy that joined another article is no draft of its own: it has no file)
        for warning in article.warnings:
            if warning.serious:
                by_check.setdefault(warning.check, []).append(str(outcome.output))
    return [f"{len(outputs)} draft{'s' if len(outputs) > 1 else ''} for {check.replace('_', ' ')}: {_brief(outputs, False)}"
            for check, outputs in sorted(by_check.items(), key=lambda item: -len(item[1]))]


def _brief(items: list[str], verbose: bool) -> str:
    if verbose or len(items) <= BRIEF_LIST:
        return "; ".join(items)
    return "; ".join(items[:BRIEF_LIST]) + f"; and {len(items) - BRIEF_LIST} more (-v lists them all)"


def _outcome_line(outcome: Outcome, verbose: bool) -> str:
    if outcome.status == "failed":
        return f"failed  {outcome.input}: {outcome.reason}"
    if outcome.status == "edited":
        return f"skipped {outcome.output}: {outcome.reason}"
    if outcome.status == "duplicate":
        return f"merged  {outcome.input}: {outcome.reason}" if verbose or "not merged" in outcome.reason else ""
    article = outcome.article
    if verbose and article is not None and article.draft and outcome.status != "unchanged":
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
