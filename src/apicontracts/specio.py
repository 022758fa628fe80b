"""Reading spec sources with their line numbers, and writing byte-stable artifacts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - the C loader ships with the pinned wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class SpecError(Exception):
    """A spec source that cannot be read; the message names file and line."""


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(parts: list[str | int] | tuple[str | int, ...]) -> str:
    return "".join("/" + escape_pointer_token(str(part)) for part in parts)


@dataclass
class SourceFile:
    """One YAML source file: its data and the 1-based line of every JSON pointer in it."""

    path: Path
    data: Any
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, ptr: str) -> int:
        """The line of `ptr`, or of its nearest ancestor that has one."""
        while True:
            if ptr in self.lines:
                return self.lines[ptr]
            if not ptr:
                return 1
            ptr = ptr.rsplit("/", 1)[0]


def _index_lines(node: yaml.Node, ptr: str, lines: dict[str, int]) -> None:
    lines[ptr] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = f"{ptr}/{escape_pointer_token(str(key_node.value))}"
            _index_lines(value_node, child, lines)
            lines[child] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, f"{ptr}/{index}", lines)


def load_source(path: Path) -> SourceFile:
    """Parse a YAML file, keeping the line of every node for error messages."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        data = yaml.load(text, Loader=_Loader)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else 1
        raise SpecError(f"{path}:{line}: yaml: {exc.problem}; fix the YAML syntax") from exc
    lines: dict[str, int] = {}
    if root is not None:
        _index_lines(root, "", lines)
    return SourceFile(path=path, data=data, lines=lines)


def dump_json(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


class _Dumper(yaml.SafeDumper):
    """Block style, insertion order, and no aliases, so output depends only on the data."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(document: Any) -> str:
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def write_if_changed(path: Path, text: str) -> bool:
    """Write `text` unless the file already holds it; returns whether it wrote."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True
