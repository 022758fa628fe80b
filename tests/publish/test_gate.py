"""The publish gate: a breaking change needs a new major version, or an explicit override."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from apicontracts.cli import app
from apicontracts.contracts import ApiContract
from apicontracts.publish import publisher
from apicontracts.publish.publisher import announces_break, load_bundle, plan
from apicontracts.specio import dump_json
from tests.publish.apis import per_api


def with_extra_operation(document: dict[str, Any], version: str) -> dict[str, Any]:
    """The bundle as it would have been with one more operation: publishing now removes it."""
    earlier = copy.deepcopy(document)
    earlier["info"]["version"] = version
    earlier["paths"]["/retired"] = {
        "get": {"operationId": "getRetired", "responses": {"200": {"description": "It was there."}}}
    }
    return earlier


def record(root: Path, api: ApiContract, document: dict[str, Any]) -> Path:
    path = root / api.name / "openapi.json"
    path.parent.mkdir(parents=True)
    path.write_text(dump_json(document), encoding="utf-8")
    return path


@per_api
def test_first_publication_has_nothing_to_refuse(api: ApiContract, tmp_path: Path) -> None:
    planned = plan(api, base=None, allow_breaking=False, published_root=tmp_path)
    assert planned.report.base_version is None
    assert not planned.refused


@per_api
def test_breaking_change_under_the_same_major_is_refused(api: ApiContract, tmp_path: Path) -> None:
    current = load_bundle(api)
    record(tmp_path, api, with_extra_operation(current, current["info"]["version"]))
    planned = plan(api, base=None, allow_breaking=False, published_root=tmp_path)
    assert planned.refused
    assert [f"{entry.subject}: {entry.message}" for entry in planned.report.breaking] == [
        "`GET /retired` (getRetired): removed"
    ]


@per_api
def test_allow_breaking_overrides_the_refusal(api: ApiContract, tmp_path: Path) -> None:
    current = load_bundle(api)
    record(tmp_path, api, with_extra_operation(current, current["info"]["version"]))
    assert not plan(api, base=None, allow_breaking=True, published_root=tmp_path).refused


@per_api
def test_breaking_change_with_a_new_major_version_is_published(api: ApiContract, tmp_path: Path) -> None:
    current = load_bundle(api)
    record(tmp_path, api, with_extra_operation(current, "0.9.0"))
    planned = plan(api, base=None, allow_breaking=False, published_root=tmp_path)
    assert planned.report.breaking
    assert not planned.refused


@per_api
def test_additions_under_the_same_major_are_published(api: ApiContract, tmp_path: Path) -> None:
    current = load_bundle(api)
    earlier = copy.deepcopy(current)
    earlier["paths"].pop(next(iter(earlier["paths"])))
    record(tmp_path, api, earlier)
    planned = plan(api, base=None, allow_breaking=False, published_root=tmp_path)
    assert planned.report.non_breaking
    assert not planned.report.breaking
    assert not planned.refused


@per_api
def test_refusal_exits_non_zero_and_lists_the_breaking_changes(
    api: ApiContract, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Should the gate fail to refuse, the publication lands in tmp_path, not in the repository.
    monkeypatch.setattr(publisher, "DIST", tmp_path / "dist")
    monkeypatch.setattr(publisher, "PUBLISHED", tmp_path / "published")
    current = load_bundle(api)
    base = tmp_path / "base.json"
    base.write_text(json.dumps(with_extra_operation(current, current["info"]["version"])), encoding="utf-8")
    result = CliRunner().invoke(app, ["publish", "--api", api.name, "--base", str(base)])
    assert result.exit_code == 1
    assert "refused" in result.output
    assert "`GET /retired` (getRetired): removed" in result.output
    assert "ALLOW_BREAKING=1" in result.output
    assert not (tmp_path / "dist").exists()
    assert not (tmp_path / "published").exists()


@pytest.mark.parametrize(
    ("old", "new", "announced"),
    [
        ("1.4.2", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
        ("1.4.2", "1.4.2", False),
        ("v1.0", "v2.0", True),
        ("2.0.0", "1.9.0", False),
        ("2024-01", "2024-02", True),
    ],
)
def test_a_break_is_announced_by_a_higher_major_version(old: str, new: str, announced: bool) -> None:
    assert announces_break(old, new) is announced
