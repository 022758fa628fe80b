"""The bundled spec as the engine needs it: operations, their parameters and documented responses."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from apicontracts.schemas import HTTP_METHODS, escape, resolve


@dataclass(frozen=True)
class Parameter:
    """One declared parameter, with the pointer of its schema in the bundle."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    schema_pointer: str


@dataclass(frozen=True)
class ResponseSpec:
    """One documented response: media type -> schema pointer, header name -> (required, schema pointer)."""

    status: int
    media: Mapping[str, str]
    headers: Mapping[str, tuple[bool, str]]


@dataclass(frozen=True)
class Operation:
    """One operation of the bundle."""

    operation_id: str
    method: str
    path: str
    node: Mapping[str, Any] = field(repr=False)
    parameters: tuple[Parameter, ...] = ()
    request_media: Mapping[str, str] = field(default_factory=dict)
    body_required: bool = False
    responses: Mapping[int, ResponseSpec] = field(default_factory=dict)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(self.node.get("tags") or ())

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(self.node.get("x-roles") or ())

    @cached_property
    def security(self) -> tuple[Mapping[str, tuple[str, ...]], ...]:
        return tuple({name: tuple(scopes) for name, scopes in alt.items()} for alt in self.node["security"])

    @cached_property
    def secured(self) -> bool:
        """False when the operation may be called without credentials (`security: []` or `{}`)."""
        return bool(self.security) and all(self.security)

    @cached_property
    def scopes(self) -> frozenset[str]:
        return frozenset(scope for alt in self.security for scopes in alt.values() for scope in scopes)

    @cached_property
    def statuses(self) -> frozenset[int]:
        return frozenset(self.responses)


class SpecIndex:
    """All operations of one bundled spec, read once."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, Operation] = {}
        self.by_path: dict[str, dict[str, Operation]] = {}
        default_security = document.get("security", [])
        for path, item in document["paths"].items():
            item_ptr = f"/paths/{escape(path)}"
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                node = dict(item[method])
                node.setdefault("security", default_security)
                op = self._operation(path, method, node, shared, f"{item_ptr}/{method}", item_ptr)
                self.operations[op.operation_id] = op
                self.by_path.setdefault(path, {})[method] = op

    @classmethod
    def load(cls, bundle: Path) -> SpecIndex:
        return cls(json.loads(bundle.read_text(encoding="utf-8")))

    def _operation(
        self, path: str, method: str, node: dict[str, Any], shared: list[Any], op_ptr: str, item_ptr: str
    ) -> Operation:
        params: dict[tuple[str, str], Parameter] = {}
        for base, entries in ((f"{item_ptr}/parameters", shared), (f"{op_ptr}/parameters", node.get("parameters", []))):
            for index, entry in enumerate(entries):
                param, ref = resolve(self.document, entry)
                param_ptr = ref or f"{base}/{index}"
                params[(param["name"], param["in"])] = Parameter(
                    name=param["name"],
                    location=param["in"],
                    required=bool(param.get("required", False)),
                    schema=param.get("schema", {}),
                    schema_pointer=f"{param_ptr}/schema",
                )
        request_media: dict[str, str] = {}
        body_required = False
        if "requestBody" in node:
            body, ref = resolve(self.document, node["requestBody"])
            body_ptr = ref or f"{op_ptr}/requestBody"
            body_required = bool(body.get("required", False))
            for media in body.get("content", {}):
                request_media[media.lower()] = f"{body_ptr}/content/{escape(media)}/schema"
        responses = {
            int(status): self._response(int(status), entry, f"{op_ptr}/responses/{status}")
            for status, entry in node["responses"].items()
            if status.isdigit()
        }
        return Operation(
            operation_id=node["operationId"],
            method=method,
            path=path,
            node=node,
            parameters=tuple(params.values()),
            request_media=request_media,
            body_required=body_required,
            responses=responses,
        )

    def _response(self, status: int, entry: Any, pointer: str) -> ResponseSpec:
        response, ref = resolve(self.document, entry)
        base = ref or pointer
        media = {
            name.lower(): f"{base}/content/{escape(name)}/schema"
            for name, content in (response.get("content") or {}).items()
            if "schema" in content
        }
        headers: dict[str, tuple[bool, str]] = {}
        for name, header_entry in (response.get("headers") or {}).items():
            header, header_ref = resolve(self.document, header_entry)
            header_ptr = header_ref or f"{base}/headers/{escape(name)}"
            headers[name.lower()] = (bool(header.get("required", False)), f"{header_ptr}/schema")
        return ResponseSpec(status=status, media=media, headers=headers)

    def suffix_values(self, names: frozenset[str]) -> dict[str, tuple[str, ...]]:
        """Parameter name -> the values of its enum, for the representation suffixes glued to a path segment."""
        found: dict[str, tuple[str, ...]] = {}
        for operation in self.operations.values():
            for param in operation.parameters:
                if param.name in names and param.location == "path" and param.name not in found:
                    found[param.name] = tuple(str(v) for v in _enum(self.document, param.schema))
        return found

    def node_at(self, pointer: str) -> Any:
        node: Any = self.document
        for part in pointer.lstrip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


def _enum(document: dict[str, Any], schema: Any, depth: int = 0) -> list[Any]:
    schema, _ = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 20:
        return []
    values = list(schema.get("enum") or ())
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or ():
            values += _enum(document, part, depth + 1)
    return values
