"""openapi.dereferenced.json: every `$ref` inlined, except where inlining would never end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from apicontracts.publish.dereference import dereference
from tests.publish.minidoc import document


def refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs_in(item)


def test_only_the_recursive_reference_is_kept() -> None:
    result = dereference(document())
    assert result.kept_refs == ("#/components/schemas/Item",)
    assert set(refs_in(result.document)) == {"#/components/schemas/Item"}


def test_a_recursive_schema_is_inlined_one_level_then_refers_to_itself() -> None:
    paths = dereference(document()).document["paths"]
    item = paths["/items/{itemId}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert item["properties"]["id"] == {"type": "string"}
    assert item["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Item"}


def test_kept_references_still_resolve() -> None:
    result = dereference(document()).document
    assert "children" in result["components"]["schemas"]["Item"]["properties"]


def test_a_document_without_cycles_has_no_ref_left() -> None:
    doc = document()
    del doc["components"]["schemas"]["Item"]["properties"]["children"]
    result = dereference(doc)
    assert result.kept_refs == ()
    assert list(refs_in(result.document)) == []


def test_a_description_beside_a_ref_overrides_the_target() -> None:
    doc = document()
    doc["paths"]["/items"]["get"]["responses"]["422"]["description"] = "The limit is above 100."
    response = dereference(doc).document["paths"]["/items"]["get"]["responses"]["422"]
    assert response["description"] == "The limit is above 100."
    assert response["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {"message": {"type": "string"}},
    }
