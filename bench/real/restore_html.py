#!/usr/bin/env python3
"""Put the saved HTML pages of `html.yaml` back from clones of their fixture repositories.

    python bench/real/restore_html.py --from DIR [--to DIR] [--check]

The pages are third-party test fixtures and are not in this repository (html/SOURCE.md).
`html/sources.yaml` names each one's repository, path, commit and git blob; `--from` is a folder
holding clones (or bare git directories) of those repositories, found as `owner+name/repo`,
`owner+name`, `owner/name` or `name` under it. Each page is written with the exact bytes of its
blob and checked against the SHA-1 in sources.yaml. `--check` only says which pages are missing
or differ in `--to`. Exits 1 when a page is left missing.
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "html" / "sources.yaml"
DEFAULT_TO = HERE.parents[2] / "shared" / "corpus" / "real-html"


def git_dir(root: Path, repo: str) -> Path | None:
    owner, name = repo.split("/")
    for candidate in (root / f"{owner}+{name}" / "repo", root / f"{owner}+{name}", root / owner / name, root / name):
        if (candidate / ".git").exists() or (candidate / "HEAD").is_file():
            return candidate
    return None


def blob_bytes(repo_dir: Path, blob: str) -> bytes | None:
    done = subprocess.run(["git", "-C", str(repo_dir), "cat-file", "blob", blob], capture_output=True, check=False)
    return done.stdout if done.returncode == 0 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="source", type=Path, help="folder with clones of the fixture repositories")
    parser.add_argument("--to", type=Path, default=DEFAULT_TO)
    parser.add_argument("--check", action="store_true", help="only report missing or changed pages")
    args = parser.parse_args()
    entries = yaml.safe_load(SOURCES.read_text(encoding="utf-8"))
    args.to.mkdir(parents=True, exist_ok=True)
    missing = []
    for entry in entries:
        target = args.to / entry["file"]
        if target.is_file() and hashlib.sha1(target.read_bytes()).hexdigest() == entry["sha1"]:
            continue
        repo_dir = git_dir(args.source, entry["repo"]) if args.source and not args.check else None
        data = blob_bytes(repo_dir, entry["blob"]) if repo_dir else None
        if data is None or hashlib.sha1(data).hexdigest() != entry["sha1"]:
            missing.append(f"{entry['file']} ({entry['repo']} {entry['path']} @ {entry['commit'][:10]})")
            continue
        target.write_bytes(data)
    print(f"{len(entries) - len(missing)} of {len(entries)} pages in {args.to}")
    for line in missing:
        print("  missing: " + line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
