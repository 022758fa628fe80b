"""Turning the strings of paths, queries, headers and form bodies into the types their schemas name."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from apicontracts.schemas import resolve

INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

Coercer = Callable[[str], Any]


def schema_types(document: dict[str, Any], schema: Any, depth: int = 0) -> frozenset[str]:
    """The JSON types a schema may accept, through `$ref`, `allOf`, `anyOf` and `oneOf`."""
    schema, _ = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 20:
        return frozenset()
    declared = schema.get("type")
    found = {declared} if isinstance(declared, str) else set(declared or ())
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or ():
            found |= schema_types(document, part, depth + 1)
    for value in schema.get("enum") or ():
        found.add(_json_type(value))
    return frozenset(found)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def coercer(types: frozenset[str]) -> Coercer:
    """A function that reads a string as the first of `types` it spells; otherwise keeps the string."""
    wants_int = "integer" in types or "number" in types
    wants_number = "number" in types
    wants_bool = "boolean" in types

    def coerce(text: str) -> Any:
        # The whole signed 64-bit range is an integer (`format: int64` ids up to 9223372036854775807);
        # beyond it stays text: no id is that large, and JSON encoders refuse such numbers.
        if wants_int and INTEGER.fullmatch(text) and len(text) <= 20 and INT64_MIN <= int(text) <= INT64_MAX:
            return int(text)
        if wants_number and NUMBER.fullmatch(text):
            return float(text)
        if wants_bool and text in ("true", "false"):
            return text == "true"
        return text

    return coerce


def item_schema(document: dict[str, Any], schema: Any) -> Any:
    """The `items` schema of an array schema (through refs and combinators), or {}."""
    schema, _ = resolve(document, schema)
    if isinstance(schema, dict):
        if isinstance(schema.get("items"), dict):
            return schema["items"]
        for key in ("allOf", "anyOf", "oneOf"):
            for part in schema.get(key) or ():
                found = item_schema(document, part)
                if found:
                    return found
    return {}


def property_coercers(document: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Coercer]:
    """Property name -> coercer for the object schema of a form-encoded body."""
    schema, _ = resolve(document, schema)
    found: dict[str, Coercer] = {}
    if not isinstance(schema, dict) or depth > 20:
        return found
    for name, prop in (schema.get("properties") or {}).items():
        found[name] = coercer(schema_types(document, prop))
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or ():
            for name, coerce in property_coercers(document, part, depth + 1).items():
                found.setdefault(name, coerce)
    return found


def coerce_form(fields: Mapping[str, str], coercers: Mapping[str, Coercer]) -> dict[str, Any]:
    return {name: coercers[name](value) if name in coercers else value for name, value in fields.items()}
