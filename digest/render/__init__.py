"""Rendering: the page plan (every output file as a job), the Jinja2 environment and its
templates, static assets, and the fingerprints that tell whether a page needs rendering again."""
