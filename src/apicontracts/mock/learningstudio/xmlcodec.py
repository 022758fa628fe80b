"""XML representations, for the `.xml` suffix and for request bodies sent as application/xml.

A JSON document `{"courses": [{...}, {...}]}` renders as `<courses><course>...</course>
<course>...</course></courses>`: the root element is named after the envelope key, object
members become child elements, and array members become repeated child elements named with the
singular of the array's name. Parsing goes the other way, guided by the operation's request
schema to tell arrays, numbers and booleans from text. Untrusted XML is parsed with defusedxml.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element, tostring

from defusedxml.ElementTree import ParseError, fromstring

from apicontracts.mock.engine.bodies import BodySyntaxError

# Plurals the suffix rules below would get wrong.
IRREGULAR_SINGULARS = {"roster": "rosterMember", "music": "song", "rosterCourseGradesToDate": "rosterCourseGradeToDate"}
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


class XmlError(BodySyntaxError):
    """The body is not well-formed XML."""


def singular(name: str) -> str:
    if name in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[name]
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith(("ches", "shes", "sses", "xes")):
        return name[:-2]
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name + "Item"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def element(name: str, value: Any) -> Element:
    node = Element(name)
    if isinstance(value, dict):
        for key, member in value.items():
            node.append(element(key, member))
    elif isinstance(value, list):
        item_name = singular(name)
        for item in value:
            node.append(element(item_name, item))
    else:
        node.text = _text(value)
    return node


def render(document: dict[str, Any]) -> bytes:
    """XML for a response body; a body with several top-level keys gets a `response` root."""
    if len(document) == 1:
        ((name, value),) = document.items()
        root = element(name, value)
    else:
        root = element("response", document)
    rendered: bytes = tostring(root, encoding="utf-8", xml_declaration=True)
    return rendered


class SchemaGuide:
    """Answers what a (bundled) JSON Schema expects at each element: its types, members and items."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: Any) -> dict[str, Any]:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 32:
            node: Any = self.document
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema, seen = node, seen + 1
        return schema if isinstance(schema, dict) else {}

    def variants(self, schema: Any) -> list[dict[str, Any]]:
        """The schema and every allOf/anyOf/oneOf branch below it, resolved."""
        resolved = self.resolve(schema)
        found = [resolved]
        for key in ("allOf", "anyOf", "oneOf"):
            for branch in resolved.get(key) or []:
                found.extend(self.variants(branch))
        return found

    def types(self, schema: Any) -> set[str]:
        kinds: set[str] = set()
        for variant in self.variants(schema):
            declared = variant.get("type")
            kinds.update([declared] if isinstance(declared, str) else declared or [])
            if "properties" in variant:
                kinds.add("object")
            if "items" in variant:
                kinds.add("array")
        return kinds

    def member(self, schema: Any, name: str) -> Any:
        for variant in self.variants(schema):
            if name in (variant.get("properties") or {}):
                return variant["properties"][name]
        return {}

    def items(self, schema: Any) -> Any:
        for variant in self.variants(schema):
            if "items" in variant:
                return variant["items"]
        return {}


def _scalar(text: str, kinds: set[str]) -> Any:
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    if "integer" in kinds and _INTEGER.fullmatch(text):
        return int(text)
    if "number" in kinds and _NUMBER.fullmatch(text):
        return float(text)
    return text


def _convert(node: Element, schema: Any, guide: SchemaGuide) -> Any:
    kinds = guide.types(schema)
    children = list(node)
    if "array" in kinds:
        return [_convert(child, guide.items(schema), guide) for child in children]
    if "object" in kinds or (children and not kinds):
        members: dict[str, Any] = {}
        for child in children:
            value = _convert(child, guide.member(schema, child.tag), guide)
            if child.tag in members:
                # A repeated element where the schema expects no array: keep every value.
                previous = members[child.tag]
                members[child.tag] = [*previous, value] if isinstance(previous, list) else [previous, value]
            else:
                members[child.tag] = value
        return members
    return _scalar((node.text or "").strip(), kinds)


class XmlBodyParser:
    """Reads application/xml request bodies into the JSON documents they stand for.

    Every XML request body of the spec has its own envelope key (`answer`, `grade`, `attempts`,
    ...), so the root element alone says which schema types the rest of the document.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.guide = SchemaGuide(document)
        self.roots: dict[str, Any] = {}
        for item in document.get("paths", {}).values():
            for operation in item.values():
                if not isinstance(operation, dict) or "requestBody" not in operation:
                    continue
                content = self.guide.resolve(operation["requestBody"]).get("content", {})
                if "application/xml" in content:
                    schema = content["application/xml"].get("schema", {})
                    for variant in self.guide.variants(schema):
                        for name, member in (variant.get("properties") or {}).items():
                            self.roots.setdefault(name, member)

    def __call__(self, body: bytes) -> dict[str, Any]:
        try:
            root = fromstring(body)
        except (ParseError, ValueError) as exc:
            raise XmlError(f"the body is not well-formed XML: {exc}") from exc
        return {root.tag: _convert(root, self.roots.get(root.tag, {}), self.guide)}
