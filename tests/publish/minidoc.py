"""A small bundled document for the breaking-change rules: each test edits a copy of it."""

from __future__ import annotations

from typing import Any

from apicontracts.publish.diff import diff_documents
from apicontracts.publish.report import Entry, merge

JSON = "application/json"


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {JSON: {"schema": schema}}


def document() -> dict[str, Any]:
    """Three operations on items; `NewItem` is only sent, `Item` only returned, `Error` shared."""
    item = {"$ref": "#/components/schemas/Item"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Mini", "version": "1.0.0"},
        "paths": {
            "/items": {
                "get": {
                    "operationId": "listItems",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}},
                        {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["name", "size"]}},
                    ],
                    "responses": {
                        "200": {
                            "description": "The items.",
                            "headers": {"X-Total": {"schema": {"type": "integer"}}},
                            "content": _body({"type": "array", "items": item}),
                        },
                        "422": {"$ref": "#/components/responses/Invalid"},
                    },
                },
                "post": {
                    "operationId": "createItem",
                    "requestBody": {"required": True, "content": _body({"$ref": "#/components/schemas/NewItem"})},
                    "responses": {
                        "201": {"description": "Created.", "content": _body(item)},
                        "422": {"$ref": "#/components/responses/Invalid"},
                    },
                },
            },
            "/items/{itemId}": {
                "parameters": [{"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getItem",
                    "responses": {
                        "200": {"description": "The item.", "content": _body(item)},
                        "404": {"description": "No such item."},
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "note": {"type": ["string", "null"]},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                    },
                },
                "NewItem": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 50},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "note": {"type": ["string", "null"]},
                        "size": {"type": "integer", "minimum": 0, "maximum": 10},
                        "code": {"type": "string"},
                    },
                },
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            },
            "responses": {
                "Invalid": {"description": "Invalid input.", "content": _body({"$ref": "#/components/schemas/Error"})}
            },
        },
    }


def report(old: dict[str, Any], new: dict[str, Any]) -> list[Entry]:
    """The report's entries: changes merged across the operations they were found under."""
    return merge(diff_documents(old, new))


def breaking(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [f"{entry.subject}: {entry.message}" for entry in report(old, new) if entry.breaking]


def non_breaking(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [f"{entry.subject}: {entry.message}" for entry in report(old, new) if not entry.breaking]
