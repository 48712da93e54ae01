"""`digest ingest`: raw scraped articles (text or HTML, any common Chinese encoding) cleaned into
curated Markdown in content/, losing nothing: the raw input is kept under raw/ and a report says
what every rule removed, at which line, and why.

Steps, one module each: decode (bytes to text) -> extract (HTML main text, its headline and the
info lines of its header; html_article, html_meta and html_title read the page's structure, its
<meta> tags and scripts, and its <title>) -> rules (the ordered, switchable cleaner, named in catalog: normalize,
markers, pinyin, spam and stamps, blocks, metadata with info_lines and publishers, boilerplate,
layout for page furniture) -> headline (chosen by evidence; run_in for a page scraped as one
line; paragraphs says where the text starts) -> dates and checks (metadata, warnings) -> batch (what the batch teaches) -> dedup
(near-duplicates) -> publish and write (content/ files, never over a person's edit; copies
converge) -> report. clean runs the steps for one file, run for a batch (a survey pass, then a
cleaning pass, on all cores), command is the command line.
"""
from __future__ import annotations

from digest.ingest.problems import find_ingest_problems, ingest_problems

__all__ = ["find_ingest_problems", "ingest_problems"]
