"""LearningStudio's XML form of a JSON document, written and read the same way by the mock and the fuzzer.

`{"courses": [{...}, {...}]}` is `<courses><course>...</course><course>...</course></courses>`: the
root element is named after the envelope key (reference 2.5: `{"systemDateTime": {"value": ...}}`
is `<systemDateTime><value>...</value></systemDateTime>`), object members become child elements,
and array items become repeated child elements named with the singular of the array's name. A
document with several top-level members gets a `response` root.

XML has no types, so reading needs the document's JSON Schema to tell arrays, numbers and booleans
from text. Some JSON values have no XML form under this mapping (`"19"` and `19` are the same
element; so are `null`, `""`, `{}` and `[]`): a reader typed by the schema gets back what the
XML says, which is what a server reading it gets too.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element, tostring

# Plurals the suffix rules below would get wrong.
IRREGULAR_SINGULARS = {"roster": "rosterMember", "music": "song", "rosterCourseGradesToDate": "rosterCourseGradeToDate"}
# The root of a document that is not one envelope.
DOCUMENT_ROOT = "response"
SCALARS = frozenset({"string", "number", "integer", "boolean", "null"})
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
# XML 1.0 names (ASCII subset) and the characters XML 1.0 text cannot carry at all.
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*")
_NOT_NAME = re.compile(r"[^A-Za-z0-9._-]")
_NOT_XML_TEXT = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


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


def element_name(name: str) -> str:
    """`name` when it is an XML name; otherwise a name made of its allowed characters."""
    if _NAME.fullmatch(name):
        return name
    cleaned = _NOT_NAME.sub("_", name)
    return cleaned if _NAME.fullmatch(cleaned) else "_" + cleaned


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else _NOT_XML_TEXT.sub("", str(value))


def element(name: str, value: Any) -> Element:
    node = Element(element_name(name))
    if isinstance(value, dict):
        for key, member in value.items():
            node.append(element(str(key), member))
    elif isinstance(value, list):
        item_name = singular(name)
        for item in value:
            node.append(element(item_name, item))
    else:
        node.text = _text(value)
    return node


def root_element(document: Any) -> Element:
    """The envelope key as the root of a one-member object; a `response` root for anything else."""
    if isinstance(document, dict) and len(document) == 1:
        ((name, value),) = document.items()
        return element(str(name), value)
    return element(DOCUMENT_ROOT, document)


def render(document: Any) -> bytes:
    rendered: bytes = tostring(root_element(document), encoding="utf-8", xml_declaration=True)
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

    def envelope_keys(self, schema: Any) -> set[str]:
        """The required top-level members: the names the root element of such a document may have."""
        return {str(name) for variant in self.variants(schema) for name in variant.get("required") or []}


def _scalar(text: str, kinds: set[str]) -> Any:
    # Surrounding whitespace is layout for numbers and booleans, but part of a string's value.
    bare = text.strip()
    if "boolean" in kinds and bare in ("true", "false"):
        return bare == "true"
    if "integer" in kinds and _INTEGER.fullmatch(bare):
        return int(bare)
    if "number" in kinds and _NUMBER.fullmatch(bare):
        return float(bare)
    return text


def read(node: Element, schema: Any, guide: SchemaGuide) -> Any:
    """The JSON value an element stands for, typed by the schema it must match."""
    kinds = guide.types(schema)
    children = list(node)
    text = node.text or ""
    if not children and text.strip() and kinds and not kinds & SCALARS:
        # Text where only an object or an array fits stays text, so that validation refuses it.
        return text
    if "array" in kinds:
        return [read(child, guide.items(schema), guide) for child in children]
    if "object" in kinds or (children and not kinds):
        members: dict[str, Any] = {}
        for child in children:
            value = read(child, guide.member(schema, child.tag), guide)
            if child.tag in members:
                # A repeated element where the schema expects no array: keep every value.
                previous = members[child.tag]
                members[child.tag] = [*previous, value] if isinstance(previous, list) else [previous, value]
            else:
                members[child.tag] = value
        return members
    return _scalar(text, kinds)


def read_document(root: Element, schema: Any, guide: SchemaGuide) -> Any:
    """The document a root element stands for: `{root tag: value}`, typed by the document's schema."""
    return {root.tag: read(root, guide.member(schema, root.tag), guide)}
