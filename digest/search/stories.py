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
from collections.abc import Iterable, Sequence
from pathlib import Path

from digest.search.files import MANIFEST, add_file, manifest_bytes
from digest.search.make import put_files

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


def with_stories(files: dict[str, bytes], stories_file: bytes | None) -> dict[str, bytes]:
    """The index files `files` with this stories file (`stories_data`), named in the manifest."""
    manifest = json.loads(files[MANIFEST])
    files = {name: data for name, data in files.items() if not name.startswith("s/")}
    manifest.pop("stories", None)
    if stories_file is not None:
        manifest["stories"] = add_file(files, "s", stories_file, ".json")
    files[MANIFEST] = manifest_bytes(manifest)
    return files


def add_stories(folder: Path, stories_file: bytes | None) -> None:
    """Bring the index written in `folder` to this stories file: written, the manifest replaced
    (by a rename, a new file: the folder may hold links to the previous site's index), a stories
    file no longer named removed."""
    old = [path.relative_to(folder).as_posix() for path in (folder / "s").glob("*.json")]
    files = with_stories({MANIFEST: (folder / MANIFEST).read_bytes()}, stories_file)
    put_files(folder, files)
    for name in old:
        if name not in files:
            (folder / name).unlink()
