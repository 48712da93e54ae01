"""What lets a build skip work, and how a site is written. (The model: docs/architecture.md.)"""
