"""Content: an article file (YAML front matter and a Markdown body) read into a plain `Article`,
with the problems found, by file and line; and the Markdown renderer articles use."""
