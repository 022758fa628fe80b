"""Walking a bundled document: its operations, its schemas, and validation against them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BUNDLE_URI = "urn:apicontracts:bundle"
# The fields of a Path Item that hold operations.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation of a bundled document."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation, item


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def registry_for(document: dict[str, Any]) -> Registry[Any]:
    """A registry in which `urn:apicontracts:bundle#/...` names any node of the document."""
    resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(BUNDLE_URI, resource)
    return registry


def validator_for(document: dict[str, Any], pointer: str, registry: Registry[Any] | None = None) -> Any:
    """A JSON Schema 2020-12 validator (with format checks) for the schema at `pointer`."""
    return Draft202012Validator(
        {"$ref": f"{BUNDLE_URI}#{pointer}"},
        registry=registry or registry_for(document),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def resolve(document: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow `#/...` refs; returns the node and its pointer (None when it was not a ref)."""
    pointer = None
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        pointer = node["$ref"][1:]
        node = document
        for part in pointer[1:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, pointer


def response_schema_pointer(
    document: dict[str, Any], method: str, path: str, status: str, media_type: str | None = None
) -> str:
    """Pointer to the schema of one documented response body."""
    op_ptr = f"/paths/{escape(path)}/{method}"
    response, ref_ptr = resolve(document, document["paths"][path][method]["responses"][status])
    base = ref_ptr or f"{op_ptr}/responses/{status}"
    content = response["content"]
    media = media_type or next(iter(content))
    return f"{base}/content/{escape(media)}/schema"


def subschema_pointer(document: dict[str, Any], pointer: str, path: str) -> str:
    """Walk `a.b[].c` (property names, `[]` for array items) from the schema at `pointer`."""
    for step in filter(None, path.replace("[]", ".[]").split(".")):
        node, ref = resolve(document, {"$ref": f"#{pointer}"})
        pointer = _step(document, node, ref or pointer, step)
    return pointer


def _step(document: dict[str, Any], node: Any, pointer: str, step: str) -> str:
    node, ref = resolve(document, node)
    pointer = ref or pointer
    if step == "[]" and isinstance(node.get("items"), dict):
        return f"{pointer}/items"
    if step != "[]" and step in (node.get("properties") or {}):
        return f"{pointer}/properties/{escape(step)}"
    for key in ("allOf", "anyOf", "oneOf"):
        for index, part in enumerate(node.get(key) or []):
            try:
                return _step(document, part, f"{pointer}/{key}/{index}", step)
            except KeyError:
                continue
    raise KeyError(f"schema at {pointer} has no '{step}'")
