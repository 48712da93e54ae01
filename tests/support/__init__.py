"""Test helpers: validators that judge a built site folder (see checks.py)."""
