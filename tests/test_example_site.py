"""The repository's own example site, built as a user would, judged by real validators:
the Nu HTML Checker, feedparser and strict Atom checks, the sitemaps.org XSD, and a link and
anchor checker, at a host's root and under a sub-path."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO
from digest.build import BuildOptions, build_site
from support.checks import feed_problems, html_problems, link_problems, sitemap_problems


def _copy_example(target: Path) -> Path:
    target.mkdir()
    shutil.copy(REPO / "digest.yaml", target)
    for folder in ("content", "templates", "static"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, target / folder)
    return target


@pytest.fixture(scope="module", params=["https://example.org/", "https://example.org/digest/"], ids=["root", "sub-path"])
def example_site(request, tmp_path_factory) -> tuple[Path, str]:
    root = _copy_example(tmp_path_factory.mktemp("example") / "project")
    result = build_site(root, BuildOptions(base_url=request.param))
    assert result.ok, "\n".join(map(str, result.errors))
    assert result.articles >= 30
    return root / "site", request.param


def test_example_site_has_no_broken_links_or_anchors(example_site):
    site, base_url = example_site
    assert link_problems(site, base_url) == []


def test_example_site_feeds_are_valid(example_site):
    site, base_url = example_site
    assert feed_problems(site, base_url) == []


def test_example_site_sitemap_is_valid(example_site):
    site, base_url = example_site
    assert sitemap_problems(site, base_url) == []


def test_example_site_html_is_valid(example_site):
    site, base_url = example_site
    if base_url.endswith("/digest/"):
        pytest.skip("same markup as the root build, but for the links; the checker takes seconds")
    assert html_problems(site) == []
