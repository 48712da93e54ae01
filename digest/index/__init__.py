"""The index: what the articles say about each other. Words (segmented, Traditional folded),
vectors, topics, tags, related articles and stories, grouped into the immutable `SiteIndex` that
rendering reads. `Indexer` keeps the state between builds: a change redoes only what it reaches,
and the result equals a fresh build's."""
