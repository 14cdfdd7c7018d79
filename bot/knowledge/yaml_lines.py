"""Read YAML while remembering the line of every mapping and sequence item.

Validation errors must name the file, the line and the field, so the loader keeps the line
numbers PyYAML already knows instead of throwing them away after parsing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml


class LineDict(dict[Any, Any]):
    """A dict that knows the line it starts on and the line of each key (1-based)."""

    line: int
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A list that knows the line it starts on and the line of each item (1-based)."""

    line: int
    item_lines: list[int]


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it (its wheels are): the knowledge base is
parsed several times faster, and start-up waits on it."""


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """SafeLoader where only true/false are booleans (YAML 1.2), so that words such as
    "no", "on" and "off" in a phrase list stay words."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be plain text", key_node.start_mark
            )
        key = str(key)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} appears twice", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


class YamlSyntaxError(Exception):
    """Bad YAML, with the 1-based line where the parser gave up."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(problem)
        self.path = path
        self.line = line
        self.problem = problem


def read_yaml(path: Path) -> Any:
    """Parse one YAML file into LineDict/LineList/scalars."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlSyntaxError(path, 1, f"not UTF-8 text ({exc.reason})") from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or str(exc)
        raise YamlSyntaxError(path, line, problem) from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(path, 1, str(exc)) from exc
