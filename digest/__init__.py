"""digest: a static site generator for curated Chinese news digests."""
__version__ = "0.1.0"
