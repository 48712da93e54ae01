"""`digest ingest PATH...`: the command line side of ingest."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from digest.ingest.catalog import RULE_INFO

# Only the catalog is imported here: every `digest` command builds this parser, and the cleaner
# itself loads only when `ingest` runs.
_EPILOG = "rules, in order (switch one off with `ingest: rules: {NAME: false}` in digest.yaml):\n" + "\n".join(
    f"  {name:<22}{summary}{'' if default else ' (off by default)'}" for name, summary, default in RULE_INFO
)


INGEST_BAR_ITEMS = 20  # files: cleaning a file takes long enough for a bar to be read


def add_ingest_command(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "ingest", parents=[common], help="clean raw scraped articles (text or HTML) into content/",
        description="Clean raw scraped articles (files or folders; text or HTML; UTF-8, GB18030/GBK or Big5) "
                    "into content/YYYY/MM/<slug>.md. The inputs are kept verbatim under raw/, each run's report in "
                    "raw/ingest-reports/ (the latest is raw/ingest-report.json); articles edited since they were "
                    "ingested are never overwritten.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a raw article file, or a folder of them")
    parser.set_defaults(run=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    from digest.config import load_config
    from digest.ingest.report import print_summary
    from digest.progress import Progress
    from digest.ingest.run import ingest_paths
    from digest.ingest.settings import key_locator, load_settings

    config, problems = load_config(args.root)
    settings, setting_problems = load_settings(config.ingest, key_locator(config.root))
    for problem in problems + setting_problems:
        if problem.is_error or not args.quiet:
            print(problem, file=sys.stderr)
    if any(problem.is_error for problem in problems):
        print("ingest stopped: fix digest.yaml first", file=sys.stderr)
        return 1
    result = ingest_paths(config.root, args.paths, settings, Progress(enabled=not args.quiet, min_items=INGEST_BAR_ITEMS))
    print_summary(result, sys.stdout, sys.stderr, verbose=args.verbose, quiet=args.quiet)
    return 1 if result.failed else 0
