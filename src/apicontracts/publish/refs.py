"""Local `$ref` lookup inside one OpenAPI document (`#/components/...`)."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from referencing import Registry
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

_URI = "urn:apicontracts:document"
_COMPONENT = re.compile(r"#/components/([^/]+)/([^/]+)")


class RefError(Exception):
    """A `$ref` that does not point into the document."""


class Component(NamedTuple):
    """A named, shared part of the document: `#/components/<kind>/<name>`."""

    kind: str
    name: str


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


class LocalRefs:
    """Resolves `#/...` JSON pointers of one document; external references are not followed."""

    def __init__(self, document: dict[str, Any]) -> None:
        registry: Registry[Any] = Registry().with_resource(_URI, DRAFT202012.create_resource(document))
        self._resolver = registry.resolver(base_uri=_URI)

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise RefError(f"'{ref}' is not a local reference; bundled documents only hold '#/...' references")
        try:
            return self._resolver.lookup(ref).contents
        except Unresolvable as exc:
            raise RefError(f"'{ref}' does not resolve in the document") from exc

    def follow(self, node: Any) -> tuple[Any, Component | None]:
        """The node a chain of `$ref`s ends at, and the last component on the way.

        Keywords beside a `$ref` (OpenAPI 3.1 allows `description`, and JSON Schema any keyword)
        override the target's, which is what they mean for every sibling our specs use.
        """
        component: Component | None = None
        seen: set[str] = set()
        siblings: dict[str, Any] = {}
        while is_ref(node):
            ref = node["$ref"]
            if ref in seen:
                raise RefError(f"'{ref}' refers to itself without any schema in between")
            seen.add(ref)
            siblings = {**{k: v for k, v in node.items() if k != "$ref"}, **siblings}
            if match := _COMPONENT.fullmatch(ref):
                component = Component(match.group(1), unescape(match.group(2)))
            node = self.lookup(ref)
        if siblings and isinstance(node, dict):
            node = {**node, **siblings}
        return node, component
