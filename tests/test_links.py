"""digest.links: a folder copied as hard links, the same tree with the same files."""
from __future__ import annotations

import os

from digest.links import link_tree, tree_inodes


def test_a_tree_is_linked_file_for_file_and_folder_for_folder(tmp_path):
    source = tmp_path / "store"
    for rel in ("index.html", "a/b/index.html", "a/c.xml", "d/e/f/index.html"):
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text(rel, encoding="utf-8")
    (source / "empty").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (source / "a" / "linked").symlink_to(tmp_path / "elsewhere")  # a link to a folder is not followed
    target = tmp_path / "site" / "new"
    assert link_tree(source, target) == 4
    assert dict(tree_inodes(target)) == dict(tree_inodes(source))
    assert (target / "empty").is_dir() and not (target / "a" / "linked").exists()
    assert os.stat(target / "a" / "b" / "index.html").st_nlink == 2
    # into a folder that exists already (a staging folder with the search index in it)
    again = tmp_path / "again"
    (again / "a").mkdir(parents=True)
    assert link_tree(source, again) == 4 and (again / "a" / "b" / "index.html").read_text(encoding="utf-8") == "a/b/index.html"
