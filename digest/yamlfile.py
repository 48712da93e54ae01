"""YAML reading that remembers where every key was, so errors point into the user's file."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # the C loader is several times faster on thousands of front matters
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that leaves timestamps as strings: digest parses dates itself, in the
    site's timezone, and PyYAML would silently turn `2025-06-14T09:30:00+08:00` into UTC."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Duplicate:
    """A key given twice in one mapping: YAML keeps the last value, silently."""

    key: str  # dotted for a nested mapping: `ingest.rules`
    line: int  # of the later one
    column: int
    first_line: int


@dataclass
class YamlMapping:
    """A parsed YAML mapping and the 1-based (line, column) of each top-level key's value and of
    the key itself; `node` keeps the parse tree for positions and duplicates in nested mappings."""

    data: dict[str, Any]
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    node: yaml.MappingNode | None = None
    line_offset: int = 0

    def position(self, key: str) -> tuple[int | None, int | None]:
        return self.positions.get(key, (None, None))

    def key_position(self, *path: str) -> tuple[int | None, int | None]:
        """Where the key at `path` (`"ingest", "rules", "spam"`) is written."""
        node: yaml.Node | None = self.node
        mark = None
        for step in path:
            if not isinstance(node, yaml.MappingNode):
                return None, None
            for key_node, value_node in reversed(node.value):  # the last one wins, as in `data`
                if str(key_node.value) == step:
                    mark, node = key_node.start_mark, value_node
                    break
            else:
                return None, None
        return (mark.line + 1 + self.line_offset, mark.column + 1) if mark is not None else (None, None)

    def duplicates(self) -> list[Duplicate]:
        """Keys given twice, in this mapping and the mappings inside it."""
        found: list[Duplicate] = []

        def walk(node: yaml.Node, prefix: str) -> None:
            if isinstance(node, yaml.SequenceNode):
                for item in node.value:
                    walk(item, prefix)
            if not isinstance(node, yaml.MappingNode):
                return
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                key, mark = str(key_node.value), key_node.start_mark
                if key in first:
                    found.append(Duplicate(prefix + key, mark.line + 1 + self.line_offset, mark.column + 1, first[key]))
                else:
                    first[key] = mark.line + 1 + self.line_offset
                walk(value_node, prefix + key + ".")

        if self.node is not None:
            walk(self.node, "")
        return found


class YamlSyntaxError(Exception):
    def __init__(self, message: str, line: int | None, column: int | None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def load_mapping(text: str, line_offset: int = 0) -> YamlMapping:
    """Parse `text` as a YAML mapping. `line_offset` is added to reported lines, so a front
    matter block reports lines of the whole article file. Raises YamlSyntaxError."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlMapping({})
        if not isinstance(node, yaml.MappingNode):
            raise YamlSyntaxError(
                "expected `key: value` lines, found a " + _node_kind(node),
                node.start_mark.line + 1 + line_offset,
                node.start_mark.column + 1,
            )
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        context = exc.context or ""
        if context and exc.context_mark is not None and exc.context_mark is not mark:
            context += f" (started at line {exc.context_mark.line + 1 + line_offset})"
        message = " ".join(part for part in (context, str(exc.problem or "")) if part)
        if mark is None:
            raise YamlSyntaxError(message, None, None) from None
        raise YamlSyntaxError(message, mark.line + 1 + line_offset, mark.column + 1) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None, None) from None
    finally:
        loader.dispose()
    positions = {
        str(key_node.value): (value_node.start_mark.line + 1 + line_offset, value_node.start_mark.column + 1)
        for key_node, value_node in node.value
    }
    key_positions = {
        str(key_node.value): (key_node.start_mark.line + 1 + line_offset, key_node.start_mark.column + 1)
        for key_node, _value_node in node.value
    }
    return YamlMapping({str(k): v for k, v in data.items()}, positions, key_positions, node, line_offset)


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "single value"
