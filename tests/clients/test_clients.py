"""The generated clients import, parse every real sample, and send what the contract documents."""

from __future__ import annotations

import importlib
import json
import pkgutil
from types import ModuleType
from typing import Any

import httpx
import pytest

from apicontracts.contracts import APIS
from apicontracts.lint.rules import snake_case
from apicontracts.schemas import resolve, response_schema_pointer, subschema_pointer, validator_for
from tests.specs.test_samples import ALL, SAMPLES, Sample, document


@pytest.mark.parametrize("package", [api.package for api in APIS.values()])
def test_every_module_of_the_client_imports(package: str) -> None:
    root = importlib.import_module(package)
    names = [info.name for info in pkgutil.walk_packages(root.__path__, f"{package}.")]
    for name in names:
        importlib.import_module(name)
    assert any(".api." in name for name in names) and any(".models." in name for name in names)


def operation_module(sample: Sample) -> ModuleType:
    op = document(sample.api)["paths"][sample.path][sample.method]
    package = APIS[sample.api].package
    return importlib.import_module(f"{package}.api.{snake_case(op['tags'][0])}.{snake_case(op['operationId'])}")


def model_for(sample: Sample, pointer: str) -> tuple[type[Any], bool]:
    """The model class of the component at `pointer` and whether the sample is a list of them."""
    doc = document(sample.api)
    node, ref = resolve(doc, {"$ref": f"#{pointer}"})
    is_list = node.get("type") == "array"
    if is_list:
        node, ref = resolve(doc, node["items"])
    assert ref and ref.startswith("/components/schemas/"), f"no named model at {pointer}"
    key = ref.rsplit("/", 1)[1]
    module = importlib.import_module(f"{APIS[sample.api].package}.models.{snake_case(key)}")
    return getattr(module, key), is_list


PARSED = [s for s in ALL if not s.skip]


@pytest.mark.parametrize("sample", PARSED, ids=[s.file for s in PARSED])
def test_sample_parses_through_the_client(sample: Sample) -> None:
    payload = json.loads((SAMPLES / sample.api / sample.file).read_text(encoding="utf-8"))
    doc = document(sample.api)
    pointer = response_schema_pointer(doc, sample.method, sample.path, sample.status)
    if not sample.within:
        module = operation_module(sample)
        client_cls = importlib.import_module(f"{APIS[sample.api].package}.client").Client
        response = httpx.Response(int(sample.status), json=payload)
        parsed = module._parse_response(client=client_cls(base_url="https://example.invalid"), response=response)
        items = [parsed]
    else:
        pointer = subschema_pointer(doc, pointer, sample.within)
        model, is_list = model_for(sample, pointer)
        items = [model.from_dict(item) for item in (payload if is_list else [payload])]
        payload_items = payload if is_list else [payload]
        pointer = f"{pointer}/items" if is_list else pointer
        for item, original in zip(items, payload_items, strict=True):
            assert item.to_dict().keys() == original.keys()
    for item in items:
        assert hasattr(item, "to_dict"), f"parsed into {type(item)}"
        # What the client would send back is still valid against the contract.
        errors = list(validator_for(doc, pointer).iter_errors(item.to_dict()))
        assert not errors, [e.message for e in errors[:5]]


def test_assignr_client_posts_the_documented_media_type() -> None:
    from assignr_client.api.games import create_game
    from assignr_client.models.game_create import GameCreate

    kwargs = create_game._get_kwargs(site_id=1234, body=GameCreate.from_dict({"localized_date": "2024-09-03"}))
    assert kwargs["headers"]["Content-Type"] == "application/vnd.assignr.v2.hal+json"
    assert kwargs["json"] == {"localized_date": "2024-09-03"}
    assert kwargs["url"] == "/sites/1234/games"


def test_learningstudio_format_suffix_defaults_to_json() -> None:
    from learningstudio_client.api.courses import get_course
    from learningstudio_client.models.format_ import Format

    assert get_course._get_kwargs("3433672")["url"] == "/courses/3433672"
    assert get_course._get_kwargs("3433672", Format.XML)["url"] == "/courses/3433672.xml"


def test_learningstudio_id_overloads_are_percent_encoded() -> None:
    from learningstudio_client.api.users import get_user

    assert get_user._get_kwargs("loginid=sandbox|jdoe")["url"] == "/users/loginid%3Dsandbox%7Cjdoe"


def test_learningstudio_client_sends_the_documented_token_header() -> None:
    from learningstudio_client import AuthenticatedClient

    client = AuthenticatedClient(
        base_url="https://api.learningstudio.com",
        token="access_token=abc|123",
        prefix="Access_Token",
        auth_header_name="X-Authorization",
    )
    headers = client.get_httpx_client().headers
    assert headers["X-Authorization"] == "Access_Token access_token=abc|123"
