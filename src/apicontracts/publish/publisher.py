"""One publication: compare with the base, refuse an unannounced break, write dist/<api>/<version>/."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from apicontracts.contracts import ROOT, ApiContract
from apicontracts.generate import client_dir
from apicontracts.publish.artifacts import build_client, write_checksums
from apicontracts.publish.baseline import Baseline, load_baseline, published_dir
from apicontracts.publish.changelog import add_entry
from apicontracts.publish.dereference import dereference
from apicontracts.publish.diff import diff_documents
from apicontracts.publish.docs import write_docs
from apicontracts.publish.readme import render_readme
from apicontracts.publish.report import Report, merge
from apicontracts.specio import dump_json, write_if_changed

DIST = ROOT / "dist"
PUBLISHED = ROOT / "published"


class PublishError(Exception):
    """The bundle to publish is missing or unusable."""


@dataclass(frozen=True)
class Outcome:
    report: Report
    # None when the publication was refused.
    folder: Path | None
    # published/<api>/: the next publication's base (None when refused: nothing was recorded).
    record: Path | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return self.folder is None


def _major(version: str) -> int | None:
    match = re.match(r"v?(\d+)(?:\.|$)", version)
    return int(match.group(1)) if match else None


def announces_break(old_version: str, new_version: str) -> bool:
    """Whether the new version raises the major number, which is how semver announces a break."""
    old, new = _major(old_version), _major(new_version)
    if old is None or new is None:
        return old_version != new_version  # not semver: any new version may announce a break
    return new > old


def compare(api: ApiContract, baseline: Baseline | None, document: dict[str, Any]) -> Report:
    version = str(document["info"]["version"])
    if baseline is None:
        return Report(api.title, version, None, None, ())
    entries = tuple(merge(diff_documents(baseline.document, document)))
    return Report(api.title, version, baseline.version, baseline.label, entries)


def load_bundle(api: ApiContract) -> dict[str, Any]:
    path = api.bundle_dir / "openapi.json"
    if not path.exists():
        raise PublishError(f"{path.relative_to(ROOT)} is missing: run `make bundle API={api.name}` first")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    version = str((document.get("info") or {}).get("version", ""))
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.+_-]*", version):
        raise PublishError(f"{api.name}: info.version {version!r} cannot name a dist/ folder")
    return document


@dataclass(frozen=True)
class Plan:
    """What a publication would publish, and whether the breaking-change gate lets it."""

    document: dict[str, Any]
    report: Report
    refused: bool


def plan(api: ApiContract, *, base: str | None, allow_breaking: bool, published_root: Path | None = None) -> Plan:
    """Compare the bundle with its base and apply the gate: a break needs a new major version."""
    document = load_bundle(api)
    report = compare(api, load_baseline(api, base, published_root or PUBLISHED), document)
    refused = (
        bool(report.breaking)
        and report.base_version is not None
        and not allow_breaking
        and not announces_break(report.base_version, report.version)
    )
    return Plan(document, report, refused)


def publish_api(
    api: ApiContract,
    *,
    base: str | None = None,
    allow_breaking: bool = False,
    dist_root: Path | None = None,
    published_root: Path | None = None,
) -> Outcome:
    """Publish one API into `dist_root` (dist/), recording it in `published_root` (published/)."""
    published_root = published_root or PUBLISHED
    planned = plan(api, base=base, allow_breaking=allow_breaking, published_root=published_root)
    document, report = planned.document, planned.report
    if planned.refused:
        return Outcome(report, None)

    folder = (dist_root or DIST) / api.name / report.version
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name in ("openapi.json", "openapi.yaml"):
        shutil.copyfile(api.bundle_dir / name, folder / name)
    dereferenced = dereference(document)
    # Compact: inlining repeats every shared component at each use, which indentation would double again.
    compact = json.dumps(dereferenced.document, ensure_ascii=False, separators=(",", ":")) + "\n"
    (folder / "openapi.dereferenced.json").write_text(compact, encoding="utf-8")
    write_docs(document, folder)
    clients = build_client(client_dir(api), folder)

    # Recorded only once the artifacts exist, so a failed build leaves the previous version as the base.
    record = published_dir(api, published_root)
    warnings = record_publication(api, document, report, record)
    shutil.copyfile(record / "CHANGELOG.md", folder / "CHANGELOG.md")
    readme = render_readme(api.title, api.name, report.version, clients, dereferenced.kept_refs)
    (folder / "README.md").write_text(readme, encoding="utf-8")
    write_checksums(folder)
    return Outcome(report, folder, record, warnings)


def record_publication(api: ApiContract, document: dict[str, Any], report: Report, record: Path) -> list[str]:
    """Make this bundle the next publication's base, with a CHANGELOG entry if it changed."""
    previous, changelog = record / "openapi.json", record / "CHANGELOG.md"
    before = json.loads(previous.read_text(encoding="utf-8")) if previous.exists() else None
    if before == document and changelog.exists():
        return []
    warnings = []
    if before is not None and before != document and str(before["info"]["version"]) == report.version:
        warnings.append(
            f"{api.name}: info.version {report.version} was already published with a different contract; "
            f"bump it in spec/{api.name}/openapi.yaml so consumers can tell the two apart"
        )
    add_entry(changelog, api.name, api.title, report.markdown())
    write_if_changed(previous, dump_json(document))
    return warnings
