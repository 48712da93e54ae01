"""The site's stories in the search index: `s/<hash>.json` lists each story's articles by their
numbers in the index, lead first, and the manifest names it (`stories`). A search puts the other
reports of its best result's story right after it (reader.with_story, search.js): the reader who
types an event's name gets every report of it, also those that name it in other words or in the
other script (bench/search_quality.py measured it on real events: recall@10 0.95 -> 0.97).

The stories are known only once the site is indexed, after the search index was started (ahead,
in a process of its own): the build adds them to the index folder at the end (`add_stories`),
`digest serve` and the tools with the other files (`with_stories`)."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from digest.search.files import MANIFEST, add_file, manifest_bytes

Groups = tuple[tuple[str, ...], ...]  # each story's articles by url path, lead first


def story_groups(stories: Iterable) -> Groups:
    """The url paths of the articles of each story (index.Story) of two or more articles."""
    return tuple(tuple(article.url_path for article in story.articles) for story in stories if len(story.articles) > 1)


def stories_data(groups: Groups, urls: Sequence[str]) -> bytes | None:
    """The stories file for an index of the articles at `urls` (in their index order), or None
    when no story has two of them."""
    number = {url: i for i, url in enumerate(urls)}
    found = []
    for group in groups:
        numbers = [number[url] for url in group if url in number]
        if len(numbers) > 1:
            found.append(numbers)
    return json.dumps(found, separators=(",", ":")).encode("ascii") if found else None


def with_stories(files: dict[str, bytes], groups: Groups, urls: Sequence[str]) -> dict[str, bytes]:
    """The index files `files` (of the articles at `urls`) with the stories file, named in the manifest."""
    manifest = json.loads(files[MANIFEST])
    files = {name: data for name, data in files.items() if not name.startswith("s/")}
    data = stories_data(groups, urls)
    manifest.pop("stories", None)
    if data is not None:
        manifest["stories"] = add_file(files, "s", data, ".json")
    files[MANIFEST] = manifest_bytes(manifest)
    return files


def add_stories(folder: Path, groups: Groups, urls: Sequence[str]) -> None:
    """Bring the index written in `folder` to these stories: the stories file written, the
    manifest replaced (atomically, a new file: the folder may hold links to the previous
    site's index), a stories file no longer named removed."""
    old = {path.relative_to(folder).as_posix(): b"" for path in (folder / "s").glob("*.json")}
    files = with_stories({**old, MANIFEST: (folder / MANIFEST).read_bytes()}, groups, urls)
    for name in old:
        if name not in files:
            (folder / name).unlink()
    for name, data in files.items():
        path = folder.joinpath(*name.split("/"))
        if name != MANIFEST and path.is_file() or name == MANIFEST and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(f".tmp-{os.getpid()}-{path.name}")  # made with the umask's modes, as the site's files
        scratch.write_bytes(data)
        os.replace(scratch, path)
