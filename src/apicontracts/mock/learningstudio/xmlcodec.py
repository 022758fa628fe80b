"""XML representations, for the `.xml` suffix and for request bodies sent as application/xml.

The mapping itself (envelope key as the root element, members as child elements, array items as
repeated elements named with the singular) is `apicontracts.xmlenvelope`, which the fuzzer writes
request bodies with too. Untrusted XML is parsed with defusedxml.
"""

from __future__ import annotations

from typing import Any

from defusedxml.ElementTree import ParseError, fromstring

from apicontracts.mock.engine.bodies import BodySyntaxError
from apicontracts.xmlenvelope import SchemaGuide, read, render, singular

__all__ = ["XmlBodyParser", "XmlError", "render", "singular"]


class XmlError(BodySyntaxError):
    """The body is not well-formed XML."""


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
        return {root.tag: read(root, self.roots.get(root.tag, {}), self.guide)}
