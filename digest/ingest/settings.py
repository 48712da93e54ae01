"""The `ingest:` section of digest.yaml, checked: unknown keys and rule names are reported."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.config import CONFIG_FILE
from digest.errors import Problem
from digest.ingest.catalog import CHECK_NAMES
from digest.ingest.decode import DEFAULT_MAX_BYTES
from digest.ingest.rules import RULES
from digest.text import did_you_mean
from digest.yamlfile import YamlSyntaxError, load_mapping

_KNOWN = ("rules", "checks", "max_bytes", "workers", "duplicate_similarity")


@dataclass(frozen=True)
class IngestSettings:
    rules: dict[str, bool] = field(default_factory=lambda: {rule.name: rule.default for rule in RULES})
    checks: dict[str, bool] = field(default_factory=lambda: {name: True for name in CHECK_NAMES})
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int = 0  # 0: one per core
    duplicate_similarity: float = 0.7  # share of shared 5-character shingles


Locate = Callable[..., tuple["int | None", "int | None"]]


def load_settings(raw: dict[str, Any], locate: Locate | None = None) -> tuple[IngestSettings, list[Problem]]:
    """The settings, and a warning for each one that is wrong (at its line in digest.yaml when
    `locate` gives the line and column of a key path such as ("ingest", "rules", "x"))."""
    problems: list[Problem] = []

    def warn(message: str, hint: str, *path: str) -> None:
        line, column = locate("ingest", *path) if locate is not None else (None, None)
        problems.append(Problem("digest.yaml", line, column, message, hint, "warning"))

    settings = IngestSettings()
    for key in raw:
        if key not in _KNOWN:
            warn(f"unknown setting `ingest: {key}` (ignored)", did_you_mean(key, _KNOWN) + "known: " + ", ".join(_KNOWN), key)
    rules = _toggles(raw.get("rules"), settings.rules, "rules", warn)
    checks = _toggles(raw.get("checks"), settings.checks, "checks", warn)
    max_bytes = _number(raw.get("max_bytes"), settings.max_bytes, "max_bytes", warn, minimum=1)
    workers = _number(raw.get("workers"), settings.workers, "workers", warn, minimum=0)
    similarity = raw.get("duplicate_similarity", settings.duplicate_similarity)
    if isinstance(similarity, bool) or not isinstance(similarity, (int, float)) or not 0 < similarity <= 1:
        warn(f"`ingest: duplicate_similarity` must be a number in (0, 1], got {similarity!r}", "e.g. 0.7",
             "duplicate_similarity")
        similarity = settings.duplicate_similarity
    return IngestSettings(rules, checks, int(max_bytes), int(workers), float(similarity)), problems


def _toggles(raw: Any, defaults: dict[str, bool], key: str, warn: Any) -> dict[str, bool]:
    result = dict(defaults)
    if raw is None:
        return result
    if not isinstance(raw, dict):
        warn(f"`ingest: {key}` must be a mapping of names to true/false", f"e.g. `{key}: {{{next(iter(defaults))}: false}}`", key)
        return result
    for name, value in raw.items():
        if name not in defaults:
            warn(f"unknown ingest {key[:-1]} `{name}` (ignored)", did_you_mean(name, defaults) + "known: " + ", ".join(defaults),
                 key, str(name))
        elif not isinstance(value, bool):
            warn(f"`ingest: {key}: {name}` must be true or false, got {value!r}", "", key, str(name))
        else:
            result[name] = value
    return result


def _number(raw: Any, default: int, key: str, warn: Any, minimum: int) -> int:
    if raw is None:
        return default
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < minimum:
        warn(f"`ingest: {key}` must be a whole number of at least {minimum}, got {raw!r}", "", key)
        return default
    return raw


def key_locator(root: Path) -> Locate | None:
    """Where each key of digest.yaml is written, for messages that point at it (None when the
    file cannot be read: its own check reports that)."""
    try:
        return load_mapping((root / CONFIG_FILE).read_text(encoding="utf-8-sig")).key_position
    except (OSError, UnicodeDecodeError, YamlSyntaxError):
        return None


def settings_problems(config_ingest: dict[str, Any], root: Path) -> list[Problem]:
    """What is wrong in digest.yaml's `ingest:` section, at its lines (for `digest check`)."""
    return load_settings(config_ingest, key_locator(root))[1]
