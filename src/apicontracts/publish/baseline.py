"""The document a publication is compared with.

By default that is the previous published version: `published/<api>/openapi.json`, the bundle
the last `make publish` recorded and the team committed. It lives in the repository, so a fresh
clone and CI see it without fetching tags or history. `--base` picks another one: a file, or a
git ref whose `generated/<api>/openapi.json` is read with `git show`.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from apicontracts.bundle import relative
from apicontracts.contracts import ROOT, ApiContract


class BaselineError(Exception):
    """A `--base` that names neither a readable spec file nor a git ref holding the bundle."""


@dataclass(frozen=True)
class Baseline:
    document: dict[str, Any]
    # Where it came from, for the report: a file path or "git <ref>".
    label: str

    @property
    def version(self) -> str:
        return str((self.document.get("info") or {}).get("version", "unknown"))


def published_dir(api: ApiContract, published_root: Path) -> Path:
    return published_root / api.name


def _parse(text: str, origin: str) -> dict[str, Any]:
    try:
        document = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise BaselineError(f"{origin}: not a JSON or YAML document: {exc}") from exc
    if not isinstance(document, dict) or "openapi" not in document:
        raise BaselineError(f"{origin}: not an OpenAPI document")
    return document


def from_git(api: ApiContract, ref: str, repo: Path = ROOT) -> Baseline:
    """The bundle as committed at `ref` (a commit, branch or tag)."""
    bundle = (api.bundle_dir / "openapi.json").relative_to(ROOT).as_posix()
    result = subprocess.run(["git", "show", f"{ref}:{bundle}"], cwd=repo, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BaselineError(
            f"--base {ref}: not a file, and git cannot read {bundle} at that ref: {result.stderr.strip()}"
        )
    return Baseline(_parse(result.stdout, f"{ref}:{bundle}"), f"git {ref}")


def load_baseline(api: ApiContract, base: str | None, published_root: Path) -> Baseline | None:
    """The base given, else the previous published version; None when nothing was published yet."""
    if base is None:
        recorded = published_dir(api, published_root) / "openapi.json"
        if not recorded.exists():
            return None
        return Baseline(_parse(recorded.read_text(encoding="utf-8"), str(recorded)), relative(recorded))
    path = Path(base)
    if path.is_file():
        return Baseline(_parse(path.read_text(encoding="utf-8"), base), relative(path.resolve()))
    return from_git(api, base)
