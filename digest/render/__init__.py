"""Rendering: the page plan (every output file as a job), the Jinja2 environment and its
templates, static assets, and the fingerprints that tell whether a page needs rendering again."""
from __future__ import annotations

from digest.lazy import exports

# What other packages use, by the module that defines it (loaded on first use).
__all__, __getattr__ = exports(__name__, {
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
})
