"""Search: digest's own static search index of the articles (character pairs and words, sharded
by hash), written into the new site just before it replaces the old one, and refreshed in the
background by `digest serve`."""
