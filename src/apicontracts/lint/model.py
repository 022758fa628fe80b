"""What a lint rule sees (operations of a bundle) and what it reports (findings)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from apicontracts.bundle import Bundle
from apicontracts.schemas import iter_operations

PATH_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True, order=True)
class Finding:
    """One problem: where it is, which rule found it, what is wrong and how to fix it."""

    location: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.rule}: {self.message}"


@dataclass
class Operation:
    route: str
    method: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.route}"

    def parameters(self, bundle: Bundle) -> list[dict[str, Any]]:
        """Path-item and operation parameters, resolved, the operation's winning on a clash."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*self.path_item.get("parameters", []), *self.node.get("parameters", [])]:
            param = bundle.resolve(raw)
            if isinstance(param, dict):
                merged[(str(param.get("in")), str(param.get("name")))] = param
        return list(merged.values())

    def path_params(self) -> list[str]:
        return PATH_PARAM.findall(self.route)

    def body_schemas(self, bundle: Bundle) -> list[Any]:
        body = bundle.resolve(self.node.get("requestBody"))
        if not isinstance(body, dict):
            return []
        return [media.get("schema") for media in (body.get("content") or {}).values() if isinstance(media, dict)]


def operations(bundle: Bundle) -> Iterator[Operation]:
    for route, method, op, item in iter_operations(bundle.document):
        yield Operation(route, method, op, item)


def schema_properties(bundle: Bundle, schema: Any, depth: int = 0) -> set[str]:
    """Names of the properties a schema declares, through $ref and allOf/anyOf/oneOf."""
    schema = bundle.resolve(schema)
    if not isinstance(schema, dict) or depth > 8:
        return set()
    names = set((schema.get("properties") or {}).keys())
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or []:
            names |= schema_properties(bundle, part, depth + 1)
    return names
