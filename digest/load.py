"""Loading the content: every article file read and parsed, through the cache (an unchanged file
is not read again, an unchanged text not parsed again) and on all cores; after an edit in
`digest serve`, only the files its watcher named."""
from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from digest.config import Config
from digest.content import Article, ParseSettings, content_hash, scan_article_files
from digest.errors import Problem
from digest.incremental import ArticleCache, ParsedEntry
from digest.index import TextAnalysis
from digest.parallel import Source, parse_many
from digest.progress import NO_PROGRESS, Progress


def parse_settings(config: Config) -> ParseSettings:
    return ParseSettings(timezone=config.timezone, summary_chars=config.summary_chars, allow_html=config.allow_html)


def load_articles(config: Config, cache: ArticleCache, analyses: dict[str, TextAnalysis] | None = None,
                  changed: set[str] | None = None, progress: Progress = NO_PROGRESS) -> tuple[list[Article], list[Problem]]:
    """Read and parse every article. A file whose size and mtime are unchanged is not read
    again; a parse result comes from the cache when the file's bytes are unchanged; the rest
    are parsed on all cores. The word analyses for the index go into `analyses`, by content hash.
    `changed` (digest serve: the paths its watcher reported since the last build) spares
    listing and checking every file: the others are known to be as they were, and when no file
    came or went the last list is patched (then only the changed files' analyses are added:
    see all_analyses)."""
    analyses = {} if analyses is None else analyses
    results: dict[str, ParsedEntry] = {}
    misses: list[Source] = []
    problems: list[Problem] = []
    if changed is not None:
        changed = _relative(changed, config.root)
    files = _files_after(cache.files, cache.file_names, changed, config) if changed is not None else None
    to_check = files
    if files is not None and cache.last_results is not None:
        # the watcher's word: every other file is as the last build left it
        cache.begin(keep=True)
        if files is not cache.files:  # some came or went
            cache.file_names = {rel for rel, _path in files}
            for rel in cache.last_results.keys() - cache.file_names:
                cache.forget_file(rel)
        results = dict(cache.last_results)
        for rel in changed:
            results.pop(rel, None)
        suspects = (changed | cache.racy_files() | cache.unread) & cache.file_names
        to_check = [(rel, str(config.root.joinpath(*rel.split("/")))) for rel in sorted(suspects)]
    else:
        cache.begin()
        cache.other_files = []
        files = to_check = scan_article_files(config.content_dir, config.root, cache.other_files)
        cache.file_names = {rel for rel, _path in files}
    cache.files = files
    read_by_workers: dict[str, os.stat_result] = {}
    for rel, path in to_check:
        try:
            stat = os.stat(path)
            if not cache.knows_file(rel):
                # nothing cached under this name whatever its bytes: the parse worker reads it
                read_by_workers[rel] = stat
                misses.append((rel, path, None))
                continue
            known = cache.known_hash(rel, stat)
            cached = cache.get(rel, known) if known else None
            if cached is None:
                with open(path, "rb") as stream:
                    raw = stream.read()
                digest = content_hash(raw)
                cache.note_read(rel, stat, digest)
                cached = cache.get(rel, digest)
        except OSError as exc:
            problems.append(_unreadable(rel, exc.strerror or str(exc)))
            continue
        if cached is not None:
            results[rel] = cached
        else:
            misses.append((rel, path, raw))
    progress.stage("parse", len(misses))
    for rel, digest, entry in parse_many(misses, cache.settings):
        progress.advance()
        if isinstance(entry, str):
            problems.append(_unreadable(rel, entry))
            continue
        if rel in read_by_workers:
            cache.note_read(rel, read_by_workers[rel], digest)
        entry = _shared_terms(entry)
        cache.put(rel, digest, entry)
        results[rel] = entry
    cache.finish()
    last, cache.last_results = cache.last_results, results
    cache.unread = cache.file_names - results.keys() if len(results) < len(files) else set()
    checked = {rel for rel, _path in to_check}
    loaded = _patched(cache.last_load, files, results, checked) if changed is not None and last is not None else None
    entries = (results[rel] for rel in checked if rel in results) if loaded is not None else results.values()
    for article, _found, analysis in entries:  # type: ignore[union-attr]
        if article is not None and analysis is not None:
            analyses[article.content_hash] = analysis
    cache.last_load = loaded = loaded or _assembled(files, results)
    return list(loaded.articles), problems + [p for found in loaded.problems.values() for p in found] + loaded.conflicts


def _unreadable(rel: str, reason: str) -> Problem:
    return Problem(rel, None, None, f"cannot read the file: {reason}", "check its permissions")


def all_analyses(cache: ArticleCache) -> dict[str, TextAnalysis]:
    """The word analyses of every article of the last load_articles, by content hash."""
    return {article.content_hash: analysis for article, _found, analysis in (cache.last_results or {}).values()
            if article is not None and analysis is not None}


@dataclass
class LoadedArticles:
    """What load_articles made of the files: kept so that the next call, told which files
    changed, can patch it instead of walking every file again."""

    files: list[tuple[str, str]]
    articles: list[Article]  # in file order
    position: dict[str, int]  # rel -> where its article is in `articles`
    problems: dict[str, list[Problem]]  # rel -> its problems, for the files that have some
    conflicts: list[Problem]  # slugs used twice


def _assembled(files: list[tuple[str, str]], results: dict[str, ParsedEntry]) -> LoadedArticles:
    articles: list[Article] = []
    position: dict[str, int] = {}
    problems: dict[str, list[Problem]] = {}
    for rel, _path in files:
        entry = results.get(rel)
        if entry is None:
            continue
        article, found, _analysis = entry
        if found:
            problems[rel] = found
        if article is not None:
            position[rel] = len(articles)
            articles.append(article)
    return LoadedArticles(files, articles, position, problems, _slug_conflicts(articles))


def _patched(last: LoadedArticles | None, files: list[tuple[str, str]], results: dict[str, ParsedEntry],
             checked: set[str]) -> LoadedArticles | None:
    """The last load with the articles of the files read again replaced in place, when no file
    came or went, each of them still gives an article, with the same slug, and no slug was
    used twice (else None: assemble anew)."""
    if last is None or files is not last.files or last.conflicts:
        return None
    articles = list(last.articles)
    problems = last.problems
    for rel in checked:
        if rel not in last.position:
            if rel in results:
                return None  # a file that had no article now has one
            continue  # not an article file
        article, found, _analysis = results.get(rel, (None, [], None))
        at = last.position[rel]
        if article is None or article.slug != articles[at].slug:
            return None
        articles[at] = article
        if found or rel in problems:
            problems = dict(problems) if problems is last.problems else problems
            if found:
                problems[rel] = found
            else:
                del problems[rel]
    return LoadedArticles(files, articles, last.position, problems, [])


def _files_after(files: list[tuple[str, str]] | None, names: set[str], changed: set[str],
                 config: Config) -> list[tuple[str, str]] | None:
    """The article files of the last build (`names`: their paths) updated with the watcher's
    paths (root-relative): the same list when none came or went, None when only a new scan can
    tell (no last list; a folder came, went or moved)."""
    if files is None:
        return None
    now: dict[str, str | None] = {}  # article files that came (their path) or went (None)
    prefix = config.content_dir.name + "/"
    for rel in changed:
        if not rel.startswith(prefix):
            if prefix.startswith(rel + "/") or rel in (".", config.content_dir.name):
                return None  # content/ itself (or a parent) came or went
            continue
        path = str(config.root.joinpath(*rel.split("/")))
        if not rel.endswith(".md") or any(part.startswith(".") for part in rel.split("/")):
            if os.path.isdir(path) or not os.path.exists(path) and any(name.startswith(rel + "/") for name in names):
                return None  # a folder of articles came, went or moved: rescan
            continue  # another file (an editor's temp file, already renamed over an article)
        if os.path.isfile(path) != (rel in names):
            now[rel] = path if rel not in names else None
    if not now:
        return files
    known = dict(files)
    for rel, path in now.items():
        if path is None:
            del known[rel]
        else:
            known[rel] = path
    return sorted(known.items(), key=lambda item: item[0].split("/"))


def _relative(paths: set[str], root: Path) -> set[str]:
    """Paths from the watcher, relative to the project (in the form article files have)."""
    base = os.path.abspath(root)
    return {os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/") for path in paths}


def _shared_terms(entry: ParsedEntry) -> ParsedEntry:
    """The entry with its analysis's terms interned: ten thousand articles name about three
    million terms but only a hundred thousand distinct ones, and one string object per term
    (here, and in the cache file, which pickles a shared object once) saves ~200 MB. (The
    workers intern them too, so a batch arrives with each distinct term once, and interning
    it here is one lookup per term whose string hash is already known.)"""
    article, problems, analysis = entry
    if analysis is None:
        return entry
    return article, problems, dataclasses.replace(analysis, terms=tuple(map(sys.intern, analysis.terms)))


def _slug_conflicts(articles: list[Article]) -> list[Problem]:
    first: dict[str, Article] = {}
    problems = []
    for article in articles:
        other = first.setdefault(article.slug, article)
        if other is not article:
            problems.append(Problem(article.path, article.lines.get("slug", 1), None,
                                    f"slug {article.slug!r} is already used by {other.path}",
                                    "give one of them its own `slug:` in the front matter"))
    return problems
