"""Each house rule catches a spec that breaks it, at the right file and line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from apicontracts.contracts import ASSIGNR
from apicontracts.lint import Finding, lint_api
from apicontracts.lint.rules import RULES
from tests.specs.minispec import MEDIA, MiniSpec

PATHS = "paths/games_game_id.yaml"


@pytest.fixture
def mini(tmp_path: Path) -> MiniSpec:
    return MiniSpec(tmp_path / "spec")


def findings(mini: MiniSpec) -> list[Finding]:
    return lint_api(ASSIGNR, mini.write())


def only(mini: MiniSpec, rule: str) -> list[Finding]:
    found = findings(mini)
    assert found, "expected a finding"
    assert {f.rule for f in found} == {rule}, [str(f) for f in found]
    return found


def at(mini: MiniSpec, finding: Finding, relative: str, text: str) -> None:
    assert finding.location.endswith(f"{relative}:{mini.line_of(relative, text)}"), str(finding)


def test_the_mini_spec_is_clean(mini: MiniSpec) -> None:
    assert findings(mini) == []


def test_every_rule_has_a_test() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    for rule in RULES:
        assert f'"{rule.name}"' in source, f"no test names rule {rule.name}"


def test_default_response_is_rejected(mini: MiniSpec) -> None:
    mini.files[PATHS]["get"]["responses"]["default"] = {
        "description": "anything",
        "headers": mini.files[PATHS]["get"]["responses"]["200"]["headers"],
    }
    found = only(mini, "no-default-response")
    at(mini, found[0], PATHS, "default:")


def test_missing_404_on_an_id_route_is_reported(mini: MiniSpec) -> None:
    del mini.files[PATHS]["get"]["responses"]["404"]
    found = only(mini, "error-contract")
    assert "GET /games/{game_id} does not document 404" in found[0].message
    assert "../responses/NotFound.yaml" in found[0].message


def test_put_with_lock_version_must_document_409(mini: MiniSpec) -> None:
    del mini.files[PATHS]["put"]["responses"]["409"]
    assert "409" in only(mini, "error-contract")[0].message


def test_error_code_must_use_the_named_response(mini: MiniSpec) -> None:
    mini.files[PATHS]["get"]["responses"]["404"] = {
        "$ref": "../responses/Forbidden.yaml",
        "description": "Wrong response.",
    }
    found = only(mini, "error-response")
    assert "../responses/NotFound.yaml" in found[0].message


def test_error_code_needs_its_cause(mini: MiniSpec) -> None:
    del mini.files[PATHS]["get"]["responses"]["404"]["description"]
    assert "description" in only(mini, "error-response")[0].message


def test_operation_without_success_is_reported(mini: MiniSpec) -> None:
    del mini.files[PATHS]["get"]["responses"]["200"]
    mini.files[PATHS]["get"]["responses"].pop("links", None)
    only(mini, "success-response")


def test_rate_limit_header_missing_on_a_response(mini: MiniSpec) -> None:
    del mini.files[PATHS]["get"]["responses"]["200"]["headers"]["X-Ratelimit-Remaining"]
    found = only(mini, "response-headers")
    assert "X-Ratelimit-Remaining" in found[0].message


def test_parameter_without_example(mini: MiniSpec) -> None:
    del mini.files["parameters/GameId.yaml"]["example"]
    found = only(mini, "examples")
    at(mini, found[0], "parameters/GameId.yaml", "name: game_id")


def test_property_without_example(mini: MiniSpec) -> None:
    del mini.files["schemas/Game.yaml"]["properties"]["lock_version"]["examples"]
    found = only(mini, "examples")
    assert "lock_version" in found[0].message
    at(mini, found[0], "schemas/Game.yaml", "lock_version:")


def test_example_that_breaks_its_schema(mini: MiniSpec) -> None:
    mini.files["schemas/Game.yaml"]["properties"]["id"]["examples"] = ["forty-two"]
    found = only(mini, "examples-valid")
    assert "is not of type 'integer'" in found[0].message


def test_operation_id_must_be_verb_noun(mini: MiniSpec) -> None:
    mini.files[PATHS]["get"]["operationId"] = "fetch_game"
    mini.files["links/UpdateGame.yaml"]["operationId"] = "updateGame"
    found = only(mini, "operation-id")
    at(mini, found[0], PATHS, "operationId: fetch_game")


def test_component_names_are_pascal_case(mini: MiniSpec) -> None:
    mini.files["schemas/game_update.yaml"] = mini.files.pop("schemas/GameUpdate.yaml")
    mini.files[PATHS]["put"]["requestBody"]["content"]["application/vnd.assignr.v2.hal+json"]["schema"] = {
        "$ref": "../schemas/game_update.yaml"
    }
    found = only(mini, "component-name")
    assert "GameUpdate.yaml" in found[0].message


def test_link_to_a_missing_operation(mini: MiniSpec) -> None:
    mini.files["links/UpdateGame.yaml"]["operationId"] = "replaceGame"
    found = only(mini, "links")
    assert "replaceGame" in found[0].message


def test_operation_without_evidence(mini: MiniSpec) -> None:
    del mini.files[PATHS]["get"]["x-evidence"]
    only(mini, "evidence")


def test_evidence_grade_from_the_scale(mini: MiniSpec) -> None:
    mini.files[PATHS]["get"]["x-evidence"]["grade"] = "certain"
    assert "grade" in only(mini, "evidence")[0].message


def test_server_rules_name_fields_the_operation_takes(mini: MiniSpec) -> None:
    mini.files[PATHS]["put"]["x-server-rules"] = {"lock_version": "Must be the stored version."}
    assert findings(mini) == []
    mini.files[PATHS]["put"]["x-server-rules"] = {"lock_verison": "Must be the stored version."}
    assert "'lock_verison'" in only(mini, "server-rules")[0].message


def test_conflicts_name_an_operation_its_parameters_and_parts_of_the_request(mini: MiniSpec) -> None:
    conflict = {
        "description": "Another game holds this version.",
        "operationId": "getGame",
        "parameters": {"game_id": "$request.path.game_id"},
        "contains": {"value": "$request.body#/lock_version", "at": "/lock_version"},
    }
    mini.files[PATHS]["put"]["x-conflicts"] = [conflict]
    assert findings(mini) == []
    mini.files[PATHS]["put"]["x-conflicts"] = [{**conflict, "operationId": "fetchGame"}]
    assert "'fetchGame'" in only(mini, "conflicts")[0].message
    mini.files[PATHS]["put"]["x-conflicts"] = [{**conflict, "parameters": {"gameId": "$request.path.game_id"}}]
    messages = [finding.message for finding in only(mini, "conflicts")]
    assert any("'gameId'" in message for message in messages) and any("'game_id'" in message for message in messages)
    mini.files[PATHS]["put"]["x-conflicts"] = [
        {**conflict, "contains": {"value": "$request.body#/lock_verison", "at": "/lock_version"}}
    ]
    assert "lock_verison" in only(mini, "conflicts")[0].message


def test_operation_needs_one_declared_tag(mini: MiniSpec) -> None:
    mini.files[PATHS]["get"]["tags"] = ["Matches"]
    only(mini, "operation-docs")


def test_write_operation_needs_the_write_scope(mini: MiniSpec) -> None:
    mini.files[PATHS]["put"]["security"] = [{"oauth2": ["read"]}]
    assert "'write'" in only(mini, "security")[0].message


def test_structurally_invalid_spec(mini: MiniSpec) -> None:
    mini.files[PATHS]["get"]["responses"]["200"]["headers"]["X-Extra"] = {"schema": "integer"}
    found = findings(mini)
    assert any(f.rule == "structure" for f in found), [str(f) for f in found]


def test_broken_ref_names_file_and_line(mini: MiniSpec) -> None:
    mini.files[PATHS]["get"]["responses"]["200"]["content"]["application/vnd.assignr.v2.hal+json"]["schema"] = {
        "$ref": "../schemas/Gaem.yaml"
    }
    found = only(mini, "ref")
    at(mini, found[0], PATHS, "Gaem.yaml")
    assert "does not exist" in found[0].message


def test_format_route_must_offer_every_representation(mini: MiniSpec) -> None:
    # A contract whose `game_id` selects the representation, as `{format}` does for LearningStudio.
    contract = dataclasses.replace(
        ASSIGNR,
        format_params=frozenset({"game_id"}),
        format_media_types=frozenset({MEDIA, "application/xml"}),
    )
    found = lint_api(contract, mini.write())
    assert found and {f.rule for f in found} == {"format-media-types"}, [str(f) for f in found]
    assert all("application/xml" in f.message for f in found)


def test_property_named_like_its_schema(mini: MiniSpec) -> None:
    mini.files["schemas/Game.yaml"]["properties"]["game"] = {"type": "string", "examples": ["x"]}
    found = only(mini, "model-name-collision")
    assert "GameEnvelope.yaml" in found[0].message
