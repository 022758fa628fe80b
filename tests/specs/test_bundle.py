"""The bundler turns split sources into one stable, self-contained document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from apicontracts.bundle import build_bundle, write_bundle
from apicontracts.contracts import APIS, ASSIGNR, ApiContract
from apicontracts.specio import SpecError, dump_json
from tests.specs.minispec import MiniSpec


def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in refs(value)]
    return []


@pytest.mark.parametrize("api", APIS.values(), ids=list(APIS))
def test_committed_bundle_is_current(api: ApiContract) -> None:
    fresh = dump_json(build_bundle(api).document)
    committed = (api.bundle_dir / "openapi.json").read_text(encoding="utf-8")
    assert fresh == committed, f"generated/{api.name} is stale: run `make bundle`"


@pytest.mark.parametrize("api", APIS.values(), ids=list(APIS))
def test_json_and_yaml_bundles_hold_the_same_document(api: ApiContract) -> None:
    as_json = json.loads((api.bundle_dir / "openapi.json").read_text(encoding="utf-8"))
    as_yaml = yaml.safe_load((api.bundle_dir / "openapi.yaml").read_text(encoding="utf-8"))
    assert as_json == as_yaml


@pytest.mark.parametrize("api", APIS.values(), ids=list(APIS))
def test_bundle_has_only_local_component_refs(api: ApiContract) -> None:
    document = build_bundle(api).document
    for ref in refs(document):
        assert ref.startswith("#/components/"), ref
        kind, key = ref.split("/")[2:4]
        assert key in document["components"][kind], ref


def test_bundling_twice_writes_identical_bytes(tmp_path: Path) -> None:
    spec = MiniSpec(tmp_path / "spec").write()
    first, second = tmp_path / "one", tmp_path / "two"
    write_bundle(build_bundle(ASSIGNR, spec), first)
    write_bundle(build_bundle(ASSIGNR, spec), second)
    for name in ("openapi.json", "openapi.yaml"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_cross_file_refs_become_component_refs(tmp_path: Path) -> None:
    document = build_bundle(ASSIGNR, MiniSpec(tmp_path / "spec").write()).document
    get = document["paths"]["/games/{game_id}"]["get"]
    assert get["responses"]["404"] == {
        "$ref": "#/components/responses/NotFound",
        "description": "Cause of 404.",
    }
    assert "Game" in document["components"]["schemas"]


def test_unquoted_date_is_a_clear_error(tmp_path: Path) -> None:
    mini = MiniSpec(tmp_path / "spec")
    mini.write()
    path = tmp_path / "spec" / "parameters" / "GameId.yaml"
    path.write_text(path.read_text().replace("example: 42", "example: 2024-09-01"))
    with pytest.raises(SpecError, match=r"GameId.yaml:\d+: yaml: 2024-09-01 was read as a date.*quote it"):
        build_bundle(ASSIGNR, tmp_path / "spec")


def test_fragment_refs_are_refused(tmp_path: Path) -> None:
    mini = MiniSpec(tmp_path / "spec")
    mini.files["schemas/Game.yaml"]["properties"]["id"] = {"$ref": "./Error.yaml#/properties/message"}
    mini.write()
    with pytest.raises(SpecError, match="has a fragment; refer to a whole file"):
        build_bundle(ASSIGNR, tmp_path / "spec")
