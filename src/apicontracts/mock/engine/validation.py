"""JSON Schema validation against the bundle, with jsonschema-rs validators compiled once per schema."""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from apicontracts.mock.engine.exchange import ErrorDetail

MAX_DETAILS = 10
# OpenAPI's integer formats as the bounds they imply: JSON Schema validators ignore `format` on
# numbers, and a JSON body can carry 2**63 (orjson reads integers up to 2**64 - 1).
INTEGER_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def bound_integer_formats(node: Any) -> Any:
    """A copy of a document in which every integer schema with an `int32`/`int64` format has those bounds."""
    if isinstance(node, list):
        return [bound_integer_formats(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: bound_integer_formats(value) for key, value in node.items()}
    bounds = INTEGER_FORMAT_BOUNDS.get(copy["format"]) if isinstance(copy.get("format"), str) else None
    types = copy.get("type")
    if bounds is not None and (types == "integer" or (isinstance(types, list) and "integer" in types)):
        low, high = bounds
        # A bound the schema states itself may be tighter; it stays.
        minimum, maximum = copy.get("minimum"), copy.get("maximum")
        copy["minimum"] = max(minimum, low) if isinstance(minimum, int | float) else low
        copy["maximum"] = min(maximum, high) if isinstance(maximum, int | float) else high
    return copy


class Validators:
    """A cache of compiled validators, keyed by the JSON pointer of a schema in the bundle."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._components = {"components": bound_integer_formats(document.get("components", {}))}
        self._with_paths = {**self._components, "paths": bound_integer_formats(document.get("paths", {}))}
        self._compiled: dict[str, Any] = {}
        self._lock = threading.Lock()

    def validator(self, pointer: str) -> Any:
        compiled = self._compiled.get(pointer)
        if compiled is None:
            # Inline schemas live under /paths; components-only roots compile several times faster.
            root = self._with_paths if pointer.startswith("/paths/") else self._components
            fragment = quote(pointer, safe="/~!$&'()*+,;=:@-._")
            compiled = jsonschema_rs.Draft202012Validator({"$ref": f"#{fragment}", **root}, validate_formats=True)
            with self._lock:
                self._compiled[pointer] = compiled
        return compiled

    def is_valid(self, pointer: str, instance: Any) -> bool:
        return bool(self.validator(pointer).is_valid(instance))

    def errors(self, pointer: str, instance: Any, prefix: str = "") -> list[ErrorDetail]:
        """Problems with `instance`, each located by a JSON pointer under `prefix`."""
        details: list[ErrorDetail] = []
        for error in self.validator(pointer).iter_errors(instance):
            where = "".join(f"/{str(part).replace('~', '~0').replace('/', '~1')}" for part in error.instance_path)
            details.append(ErrorDetail(f"{prefix}{where}" or "/", error.message))
            if len(details) >= MAX_DETAILS:
                break
        return details
