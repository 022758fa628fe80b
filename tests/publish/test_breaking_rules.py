"""The breaking-change rules, one pair of small documents per rule: the break and its harmless twin."""

from __future__ import annotations

from typing import Any

import pytest

from tests.publish.minidoc import breaking, document, non_breaking, report


@pytest.fixture
def old() -> dict[str, Any]:
    return document()


@pytest.fixture
def new() -> dict[str, Any]:
    return document()


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    node: dict[str, Any] = doc["components"]["schemas"][name]
    return node


def listing(doc: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = doc["paths"]["/items"]["get"]
    return node


def test_identical_documents_have_no_changes(old: dict[str, Any], new: dict[str, Any]) -> None:
    assert breaking(old, new) == non_breaking(old, new) == []


def test_description_edits_are_not_changes(old: dict[str, Any], new: dict[str, Any]) -> None:
    listing(new)["description"] = "Now documented."
    schema(new, "Item")["properties"]["name"]["description"] = "What people call it."
    assert breaking(old, new) == non_breaking(old, new) == []


# Operations


def test_removed_operation_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del new["paths"]["/items/{itemId}"]
    assert breaking(old, new) == ["`GET /items/{itemId}` (getItem): removed"]


def test_added_operation_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["paths"]["/items/{itemId}"]["delete"] = {
        "operationId": "deleteItem",
        "responses": {"204": {"description": "Gone."}},
    }
    assert breaking(old, new) == []
    assert non_breaking(old, new) == ["`DELETE /items/{itemId}` (deleteItem): added"]


def test_renamed_operation_id_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["paths"]["/items/{itemId}"]["get"]["operationId"] = "fetchItem"
    assert breaking(old, new) == [
        "`GET /items/{itemId}` (fetchItem): operationId changed from `getItem` to `fetchItem`: "
        "generated clients rename the method"
    ]


def test_renamed_path_parameter_keeps_the_operation(old: dict[str, Any], new: dict[str, Any]) -> None:
    item = new["paths"].pop("/items/{itemId}")
    item["parameters"][0]["name"] = "id"
    new["paths"]["/items/{id}"] = item
    assert breaking(old, new) == [
        "`GET /items/{id}` (getItem) path parameter `id`: renamed from `itemId`: generated clients rename the argument"
    ]


# Parameters


def test_new_required_parameter_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    listing(new)["parameters"].append({"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}})
    assert breaking(old, new) == ["`GET /items` (listItems) query parameter `owner`: added as required"]


def test_new_optional_parameter_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    listing(new)["parameters"].append({"name": "owner", "in": "query", "schema": {"type": "string"}})
    assert breaking(old, new) == []
    assert non_breaking(old, new) == ["`GET /items` (listItems) query parameter `owner`: added"]


def test_optional_parameter_made_required_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    listing(new)["parameters"][0]["required"] = True
    assert breaking(old, new) == ["`GET /items` (listItems) query parameter `limit`: now required"]
    assert non_breaking(new, old) == ["`GET /items` (listItems) query parameter `limit`: now optional"]


def test_removed_parameter_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del listing(new)["parameters"][1]
    assert breaking(old, new) == ["`GET /items` (listItems) query parameter `sort`: removed"]


def test_parameter_enum_value_removed_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    listing(new)["parameters"][1]["schema"]["enum"] = ["name"]
    assert breaking(old, new) == ['`GET /items` (listItems) query parameter `sort`: enum value(s) `"size"` removed']


def test_parameter_enum_value_added_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    listing(new)["parameters"][1]["schema"]["enum"] = ["name", "size", "date"]
    assert breaking(old, new) == []
    assert non_breaking(old, new) == ['`GET /items` (listItems) query parameter `sort`: enum value(s) `"date"` added']


def test_lowered_maximum_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    listing(new)["parameters"][0]["schema"]["maximum"] = 50
    assert breaking(old, new) == [
        "`GET /items` (listItems) query parameter `limit`: `maximum` tightened from 100 to 50"
    ]


def test_raised_maximum_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    listing(new)["parameters"][0]["schema"]["maximum"] = 500
    assert breaking(old, new) == []
    assert non_breaking(old, new) == [
        "`GET /items` (listItems) query parameter `limit`: `maximum` relaxed from 100 to 500"
    ]


# Request bodies

NEW_ITEM = "schema `NewItem`"


def test_new_required_request_field_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "NewItem")["properties"]["owner"] = {"type": "string"}
    schema(new, "NewItem")["required"].append("owner")
    assert breaking(old, new) == [f"{NEW_ITEM}, field `owner`: added as a required field"]


def test_new_optional_request_field_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "NewItem")["properties"]["owner"] = {"type": "string"}
    assert breaking(old, new) == []
    assert non_breaking(old, new) == [f"{NEW_ITEM}, field `owner`: added"]


def test_optional_request_field_made_required_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "NewItem")["required"].append("kind")
    assert breaking(old, new) == [f"{NEW_ITEM}, field `kind`: now required"]


def test_request_body_made_required_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    old["paths"]["/items"]["post"]["requestBody"]["required"] = False
    assert breaking(old, new) == ["`POST /items` (createItem) request body: now required"]
    assert non_breaking(new, old) == ["`POST /items` (createItem) request body: now optional"]


def test_request_enum_value_removed_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "NewItem")["properties"]["kind"]["enum"] = ["a"]
    assert breaking(old, new) == [f'{NEW_ITEM}, field `kind`: enum value(s) `"b"` removed']


def test_request_type_removed_from_type_list_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "NewItem")["properties"]["note"]["type"] = "string"
    assert breaking(old, new) == [f"{NEW_ITEM}, field `note`: type narrowed from `null` | `string` to `string`"]


def test_request_type_added_to_type_list_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "NewItem")["properties"]["size"]["type"] = ["integer", "null"]
    assert breaking(old, new) == []
    assert non_breaking(old, new) == [f"{NEW_ITEM}, field `size`: type widened from `integer` to `integer` | `null`"]


@pytest.mark.parametrize(
    ("field", "keyword", "value", "message"),
    [
        ("name", "maxLength", 20, "`maxLength` tightened from 50 to 20"),
        ("name", "minLength", 1, "`minLength` 1 added"),
        ("name", "pattern", "^[a-z]+$", "`pattern` '^[a-z]+$' added"),
        ("size", "minimum", 1, "`minimum` tightened from 0 to 1"),
        ("size", "exclusiveMaximum", 10, "`exclusiveMaximum` 10 added"),
        ("code", "format", "uuid", "`format` 'uuid' added"),
    ],
)
def test_tighter_request_constraint_is_breaking(
    old: dict[str, Any], new: dict[str, Any], field: str, keyword: str, value: Any, message: str
) -> None:
    schema(new, "NewItem")["properties"][field][keyword] = value
    assert breaking(old, new) == [f"{NEW_ITEM}, field `{field}`: {message}"]
    assert breaking(new, old) == []


def test_closing_a_request_object_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "NewItem")["additionalProperties"] = False
    assert breaking(old, new) == [f"{NEW_ITEM}: no longer allows additional properties"]


def test_removed_request_media_type_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    body = new["paths"]["/items"]["post"]["requestBody"]["content"]
    body["application/xml"] = body.pop("application/json")
    assert breaking(old, new) == [
        "`POST /items` (createItem) request body: media type `application/json` no longer accepted"
    ]
    assert non_breaking(old, new) == [
        "`POST /items` (createItem) request body: media type `application/xml` now accepted"
    ]


def test_read_only_field_is_not_a_request_field(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "NewItem")["properties"]["id"] = {"type": "string", "readOnly": True}
    schema(new, "NewItem")["required"].append("id")
    assert breaking(old, new) == []


# Responses

ITEM = "schema `Item`"


def test_removed_response_field_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del schema(new, "Item")["properties"]["kind"]
    assert breaking(old, new) == [f"{ITEM}, field `kind`: removed"]


def test_added_response_field_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "Item")["properties"]["owner"] = {"type": "string"}
    assert breaking(old, new) == []
    assert non_breaking(old, new) == [f"{ITEM}, field `owner`: added"]


def test_response_field_no_longer_required_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "Item")["required"] = ["id"]
    assert breaking(old, new) == [f"{ITEM}, field `name`: no longer always present"]
    assert non_breaking(new, old) == [f"{ITEM}, field `name`: now always present"]


def test_response_type_change_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "Item")["properties"]["id"]["type"] = "integer"
    assert breaking(old, new) == [f"{ITEM}, field `id`: type changed from `string` to `integer`"]


def test_narrower_response_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "Item")["properties"]["kind"]["enum"] = ["a"]
    schema(new, "Item")["properties"]["note"]["type"] = "string"
    assert breaking(old, new) == []
    assert sorted(non_breaking(old, new)) == [
        f'{ITEM}, field `kind`: enum value(s) `"b"` removed',
        f"{ITEM}, field `note`: type narrowed from `null` | `string` to `string`",
    ]


def test_new_response_enum_value_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "Item")["properties"]["kind"]["enum"] = ["a", "b", "c"]
    assert breaking(old, new) == []
    assert non_breaking(old, new) == [f'{ITEM}, field `kind`: enum value(s) `"c"` added']


def test_removed_status_code_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del new["paths"]["/items/{itemId}"]["get"]["responses"]["404"]
    assert breaking(old, new) == ["`GET /items/{itemId}` (getItem) response `404`: no longer documented"]


def test_added_status_code_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["paths"]["/items/{itemId}"]["get"]["responses"]["410"] = {"description": "Gone."}
    assert breaking(old, new) == []
    assert non_breaking(old, new) == ["`GET /items/{itemId}` (getItem) response `410`: added"]


def test_removed_response_header_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del listing(new)["responses"]["200"]["headers"]["X-Total"]
    assert breaking(old, new) == ["`GET /items` (listItems) response `200` header `x-total`: no longer sent"]


def test_removed_response_media_type_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    content = new["paths"]["/items/{itemId}"]["get"]["responses"]["200"]["content"]
    content["application/xml"] = content["application/json"]
    assert breaking(old, new) == []
    assert breaking(new, old) == [
        "`GET /items/{itemId}` (getItem) response `200`: media type `application/xml` no longer returned"
    ]


# Shared and recursive schemas


def test_shared_component_change_is_reported_once_with_every_operation(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    del schema(new, "Error")["properties"]["message"]
    [entry] = report(old, new)
    assert entry.breaking
    assert entry.operations == ("createItem", "listItems")
    assert entry.markdown() == "- schema `Error`, field `message`: removed (responses of createItem, listItems)"


def test_change_inside_a_recursive_schema_is_found(old: dict[str, Any], new: dict[str, Any]) -> None:
    schema(new, "Item")["properties"]["children"]["items"] = {
        "allOf": [{"$ref": "#/components/schemas/Item"}],
        "description": "A child item.",
    }
    del schema(new, "Item")["properties"]["id"]
    assert breaking(old, new) == [f"{ITEM}, field `id`: removed"]
