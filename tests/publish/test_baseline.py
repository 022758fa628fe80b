"""Which document a publication is compared with: the recorded publication, a file, or a git ref."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from apicontracts.contracts import LEARNINGSTUDIO, ROOT
from apicontracts.publish.baseline import BaselineError, from_git, load_baseline
from tests.publish.minidoc import document

API = LEARNINGSTUDIO


def test_without_a_base_the_recorded_publication_is_the_base(tmp_path: Path) -> None:
    recorded = tmp_path / API.name / "openapi.json"
    recorded.parent.mkdir()
    recorded.write_text(json.dumps(document()), encoding="utf-8")
    baseline = load_baseline(API, None, tmp_path)
    assert baseline is not None
    assert baseline.document == document()
    assert baseline.version == "1.0.0"


def test_nothing_recorded_means_a_first_publication(tmp_path: Path) -> None:
    assert load_baseline(API, None, tmp_path) is None


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_base_file_may_be_json_or_yaml(tmp_path: Path, suffix: str) -> None:
    base = tmp_path / f"old{suffix}"
    base.write_text(json.dumps(document()) if suffix == ".json" else yaml.safe_dump(document()), encoding="utf-8")
    baseline = load_baseline(API, str(base), tmp_path / "nothing-recorded")
    assert baseline is not None
    assert baseline.document == document()


def test_a_git_ref_reads_the_bundle_committed_there(tmp_path: Path) -> None:
    bundle = tmp_path / (API.bundle_dir / "openapi.json").relative_to(ROOT)
    bundle.parent.mkdir(parents=True)
    bundle.write_text(json.dumps(document()), encoding="utf-8")
    git = ["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    for command in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "publish"], ["tag", "learningstudio-v1.0.0"]):
        subprocess.run([*git, *command], check=True)
    bundle.write_text("{}", encoding="utf-8")
    baseline = from_git(API, "learningstudio-v1.0.0", repo=tmp_path)
    assert baseline.document == document()
    assert baseline.label == "git learningstudio-v1.0.0"


def test_an_unknown_base_says_what_was_tried(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match=r"not a file, and git cannot read generated/learningstudio/openapi\.json"):
        from_git(API, "no-such-ref", repo=tmp_path)


def test_a_base_that_is_not_openapi_is_rejected(tmp_path: Path) -> None:
    base = tmp_path / "notes.yaml"
    base.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(BaselineError, match="not an OpenAPI document"):
        load_baseline(API, str(base), tmp_path)
