"""published/<api>/: the next publication's base, and a CHANGELOG entry per published change."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from apicontracts.contracts import LEARNINGSTUDIO
from apicontracts.publish.baseline import Baseline
from apicontracts.publish.publisher import compare, record_publication
from tests.publish.minidoc import document

API = LEARNINGSTUDIO


def publish(record: Path, new: dict[str, Any], old: dict[str, Any] | None) -> list[str]:
    report = compare(API, Baseline(old, "test") if old is not None else None, new)
    return record_publication(API, new, report, record)


def version(doc: dict[str, Any], number: str) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["info"]["version"] = number
    return doc


def test_each_publication_adds_an_entry_above_the_previous_one(tmp_path: Path) -> None:
    first = document()
    second = version(first, "2.0.0")
    del second["paths"]["/items/{itemId}"]
    publish(tmp_path, first, None)
    publish(tmp_path, second, first)
    text = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith(f"# {API.title}: changelog\n")
    assert text.index("## 2.0.0") < text.index("## 1.0.0")
    assert "### Breaking changes\n\n#### Operations\n\n- `GET /items/{itemId}` (getItem): removed\n" in text
    assert json.loads((tmp_path / "openapi.json").read_text(encoding="utf-8")) == second


def test_breaking_and_non_breaking_changes_are_grouped(tmp_path: Path) -> None:
    first = document()
    second = version(first, "2.0.0")
    second["paths"]["/items"]["get"]["parameters"].pop()
    second["paths"]["/items"]["get"]["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}})
    publish(tmp_path, first, None)
    publish(tmp_path, second, first)
    entry = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8").split("## 1.0.0")[0]
    assert entry.index("### Breaking changes") < entry.index("query parameter `sort`: removed")
    assert entry.index("query parameter `sort`: removed") < entry.index("### Non-breaking changes")
    assert entry.index("### Non-breaking changes") < entry.index("query parameter `q`: added")


def test_republishing_the_same_bundle_adds_no_entry(tmp_path: Path) -> None:
    publish(tmp_path, document(), None)
    before = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert publish(tmp_path, document(), document()) == []
    assert (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8") == before


def test_a_changed_contract_under_the_same_version_warns(tmp_path: Path) -> None:
    first = document()
    second = copy.deepcopy(first)
    second["paths"]["/items"]["get"]["description"] = "Lists items."
    publish(tmp_path, first, None)
    [warning] = publish(tmp_path, second, first)
    assert "info.version 1.0.0 was already published with a different contract" in warning
