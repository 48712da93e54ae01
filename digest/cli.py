"""The `digest` command line."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from digest import __version__
from digest.ingest.command import add_ingest_command
from digest.options import BuildOptions, BuildResult
from digest.terminal import counted, left_out_lines, problem_count, problem_lines


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `digest build -v | head`: the reader left; not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return 0


def _main(argv: list[str] | None) -> int:
    parser = _make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    if args.command != "init":
        root = _project_root(args.root)
        if root is None:
            return 1
        if args.verbose and root != args.root:
            print(f"site: {root}")
        args.root = root
    return args.run(args)


def _project_root(start: Path) -> Path | None:
    """The site to work on, found before anything is read or written: a mistyped -C or a
    folder that is not a site must not get a cache folder or a half-made site."""
    from digest.config import CONFIG_FILE, find_project

    root = find_project(start)
    if root is not None:
        return root
    if not start.is_dir():
        print(f"digest: error: {start} is not a folder (-C {start})\n    hint: check the path; "
              f"`digest init {start}` creates a new site there", file=sys.stderr)
    else:
        where = "here" if start == Path(".") else str(start)
        print(f"{CONFIG_FILE}: error: no {CONFIG_FILE} {where} or in any folder above it: this is not a digest site\n"
              f"    hint: run `digest init DIR` to create a site, or pass -C DIR to work on one elsewhere", file=sys.stderr)
    return None


def _make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="digest", description="Build a curated news digest site.")
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    # -C, -v and -q work before or after the command (`digest -C DIR build -q`).
    _add_common(parser, defaults=True)
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common, defaults=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    content = argparse.ArgumentParser(add_help=False)
    content.add_argument("--drafts", action="store_true", help="include articles with `draft: true`")
    content.add_argument("--future", action="store_true", help="include articles dated in the future")
    content.add_argument("--base-url", metavar="URL", help="override base_url from digest.yaml")
    content.add_argument("--no-cache", action="store_true", help="ignore and do not update .digest-cache/")

    build = sub.add_parser(
        "build", parents=[common, content], help="build site/ from content/ and templates/",
        description="Build the site into site/: article pages, topic, tag, month and story pages, feeds, sitemap "
                    "and search index, ready for any static host. site/ is replaced only by a complete new site; "
                    "on errors it is left as it was. Unchanged pages are not rendered again (.digest-cache/).")
    build.set_defaults(run=_run_build)
    check = sub.add_parser(
        "check", parents=[common, content], help="validate content and templates, write nothing",
        description="Do everything a build does but write nothing: report every problem in digest.yaml, the "
                    "articles and the templates (and what ingest left for the curator), with file and line.")
    check.set_defaults(run=_run_check)
    serve = sub.add_parser(
        "serve", parents=[common, content], help="build, then serve site/ locally",
        description="Build the site, serve it on http://127.0.0.1:8000/ and rebuild what an edit changes: "
                    "the open pages reload themselves. Listens on this machine only unless --host says otherwise.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default 8000; 0 picks a free one)")
    serve.set_defaults(run=_run_serve)
    init = sub.add_parser(
        "init", parents=[common], help="create a new site project in DIR",
        description="Create a new site in DIR: digest.yaml, an example article, empty templates/ and static/ "
                    "folders for overrides, a .gitignore and a GitHub Pages workflow (.github/workflows/).")
    init.add_argument("directory", type=Path, metavar="DIR")
    init.set_defaults(run=_run_init)
    theme = sub.add_parser(
        "theme", parents=[common], help="copy the default templates and static files into the project to change them",
        description="Copy the default theme's templates (templates/) and static files (static/) into the site, "
                    "to start an override: a file in the project replaces the theme's file of the same name. "
                    "Files the project already has are never overwritten.")
    theme.add_argument("names", nargs="*", metavar="FILE",
                       help="only these files (e.g. article.html, partials/macros.html, style.css); default: all")
    theme.add_argument("--list", action="store_true", help="list the theme's files and which the project overrides")
    theme.set_defaults(run=_run_theme)
    add_ingest_command(sub, common)
    return parser


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number: use 0-65535 (0 picks a free one)")
    return port


def _add_common(parser: argparse.ArgumentParser, defaults: bool) -> None:
    default = (lambda value: value) if defaults else (lambda value: argparse.SUPPRESS)
    parser.add_argument("-C", dest="root", type=Path, default=default(Path(".")), metavar="DIR",
                        help="the site project folder (default: the current folder)")
    parser.add_argument("-v", "--verbose", action="store_true", default=default(False), help="more output")
    parser.add_argument("-q", "--quiet", action="store_true", default=default(False), help="only errors")


def _options(args: argparse.Namespace) -> BuildOptions:
    return BuildOptions(drafts=args.drafts, future=args.future, base_url=args.base_url, use_cache=not args.no_cache)


def _run_build(args: argparse.Namespace) -> int:
    from digest.incremental import try_unchanged_build

    result = try_unchanged_build(args.root, _options(args))
    if result is None:  # something changed: a real build (and the heavy imports it needs)
        from digest.build import build_site
        from digest.progress import Progress

        result = build_site(args.root, _options(args), progress=Progress(enabled=not args.quiet))
    if args.verbose:
        _add_ingest_warnings(result)
    _report(result, args)
    if not result.ok:
        kept = "site/ was left as it was" if result.config.output_dir.is_dir() else "nothing was written"
        print(f"build failed: {problem_count(result.problems)}; {kept}", file=sys.stderr)
        return 1
    if not args.quiet:
        stats = result.stats
        changes = ""
        if stats is not None:
            restored = f", {stats.restored} restored from .digest-cache/" if stats.restored else ""
            changes = f" ({stats.written} written, {stats.unchanged} unchanged{restored}, {stats.removed} removed)"
        warnings = f"; {problem_count(result.problems)}" if result.problems else ""
        print(f"built {counted(result.articles, 'article')}, {counted(result.files, 'file')} in {result.seconds:.2f}s"
              f" -> {_shown(result.config.output_dir)}{changes}{warnings}")
        _report_left_out(result, args)
        if args.verbose and result.search is not None and result.search.ok:
            print(f"search: {result.search.message}")
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from digest.build import build_site
    from digest.progress import Progress

    result = build_site(args.root, _options(args), write=False, progress=Progress(enabled=not args.quiet))
    if result.config.content_dir.is_dir():  # not when digest.yaml is missing or broken
        _add_ingest_warnings(result)
    _report(result, args)
    if not result.ok:
        print(f"check failed: {problem_count(result.problems)}", file=sys.stderr)
        return 1
    if not args.quiet:
        warnings = f"; {problem_count(result.problems)}" if result.problems else ""
        print(f"ok: {counted(result.articles, 'article')}, {counted(result.files, 'file')} would be written{warnings}")
        _report_left_out(result, args)
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    from digest.serve import serve

    return serve(args.root, _options(args), args.host, args.port, quiet=args.quiet, verbose=args.verbose)


def _run_init(args: argparse.Namespace) -> int:
    from digest.scaffold import create_project

    target = args.root / args.directory
    try:
        create_project(target)
    except FileExistsError as exc:
        print(f"digest init: {exc}", file=sys.stderr)
        return 1
    print(f"created a digest site in {target} (with a .gitignore and a GitHub Pages workflow in .github/)\n"
          f"next: cd {target} && digest ingest PATH-TO-SCRAPED-FILES && digest check && digest serve")
    return 0


def _run_theme(args: argparse.Namespace) -> int:
    from digest.scaffold import copy_theme, theme_files

    if args.list:
        for path in theme_files():
            print(path + ("  (overridden in this site)" if (args.root / path).exists() else ""))
        return 0
    result = copy_theme(args.root, args.names)
    for path in result.unknown:
        print(f"digest theme: no theme file {path!r}; `digest theme --list` lists them", file=sys.stderr)
    for path in result.kept:
        print(f"kept {path}: the site has its own (delete it to copy the default again)")
    if not args.quiet:
        for path in result.copied if args.verbose or len(result.copied) <= 5 else ():
            print(f"copied {path}")
        print(f"{counted(len(result.copied), 'file')} copied into {_shown(args.root)}: edit them, and "
              "`digest build` uses them instead of the theme's")
    return 1 if result.unknown else 0


def _add_ingest_warnings(result: BuildResult) -> None:
    """What `digest ingest` left for the curator in the articles' front matter (lost quotes,
    shuffled text, short bodies, pages that are not articles), with the build's own problems."""
    from digest.errors import sort_problems
    from digest.ingest.problems import find_ingest_problems
    from digest.ingest.settings import settings_problems

    config = result.config
    found = find_ingest_problems(config.content_dir, config.root) + settings_problems(config.ingest, config.root)
    if found:
        result.problems = sort_problems(result.problems + found)


def _report(result: BuildResult, args: argparse.Namespace) -> None:
    """Problems grouped, warnings first and errors last; then what the site leaves out."""
    for line in problem_lines(result.problems, verbose=args.verbose, quiet=args.quiet):
        print(line, file=sys.stderr)


def _report_left_out(result: BuildResult, args: argparse.Namespace) -> None:
    if not args.quiet:
        for line in left_out_lines(result.left_out, verbose=args.verbose):
            print(line)


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
