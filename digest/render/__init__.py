"""Rendering: the page plan (every output file as a job), the Jinja2 environment and its
templates, static assets, and the fingerprints that tell whether a page needs rendering again."""
from __future__ import annotations

import importlib
from typing import Any

# What other packages use, by the module that defines it: loaded on first use, so importing
# one module of the package does not load the others.
_EXPORTS = {
    "GroupKey": "plan",
    "OutputFile": "plan",
    "PageJob": "plan",
    "STABLE_SITE_READS": "pages",
    "SiteRenderer": "pages",
    "THEME_DIR": "templates",
    "check_templates": "templates",
    "collect_assets": "assets",
    "group_keys": "plan",
    "make_environment": "templates",
    "plan_group": "plan",
    "plan_pages": "plan",
    "sitemap_job": "plan",
    "templates_fingerprint": "templates",
    "theme_template_dirs": "templates",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
