"""The breaking-change check on our own bundles: an edit a spec author might make, made in memory."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from apicontracts.contracts import ApiContract
from apicontracts.publish.diff import diff_documents
from apicontracts.publish.report import merge
from apicontracts.schemas import iter_operations
from tests.publish.apis import per_api


def bundle(api: ApiContract) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((api.bundle_dir / "openapi.json").read_text(encoding="utf-8"))
    return document


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, method, operation, _item in iter_operations(document):
        yield path, method, operation


def lines(old: dict[str, Any], new: dict[str, Any], breaking: bool) -> list[str]:
    return [entry.markdown() for entry in merge(diff_documents(old, new)) if entry.breaking is breaking]


@per_api
def test_our_bundle_has_no_change_against_itself(api: ApiContract) -> None:
    assert diff_documents(bundle(api), bundle(api)) == []


@per_api
def test_removing_one_of_our_operations_is_reported_as_breaking(api: ApiContract) -> None:
    old = bundle(api)
    new = copy.deepcopy(old)
    path, method, operation = next(operations(new))
    del new["paths"][path][method]
    assert lines(old, new, breaking=True) == [f"- `{method.upper()} {path}` ({operation['operationId']}): removed"]


@per_api
def test_removing_an_enum_value_from_one_of_our_schemas_is_reported(api: ApiContract) -> None:
    old = bundle(api)
    new = copy.deepcopy(old)
    name, schema = next(
        (name, schema)
        for name, schema in new["components"]["schemas"].items()
        if isinstance(schema.get("enum"), list) and len(schema["enum"]) > 1
    )
    removed = schema["enum"].pop()
    reported = lines(old, new, breaking=True) + lines(old, new, breaking=False)
    assert any(
        line.startswith(f"- schema `{name}`: enum value(s) `{json.dumps(removed)}` removed") for line in reported
    ), reported


@per_api
def test_a_new_optional_query_parameter_on_our_spec_is_not_breaking(api: ApiContract) -> None:
    old = bundle(api)
    new = copy.deepcopy(old)
    path, method, operation = next(operations(new))
    operation.setdefault("parameters", []).append({"name": "brandNew", "in": "query", "schema": {"type": "string"}})
    assert lines(old, new, breaking=True) == []
    assert lines(old, new, breaking=False) == [
        f"- `{method.upper()} {path}` ({operation['operationId']}) query parameter `brandNew`: added"
    ]
