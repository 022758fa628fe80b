"""Runs every house rule on one API and collects the findings."""

from __future__ import annotations

from pathlib import Path

from apicontracts.bundle import build_bundle
from apicontracts.contracts import ApiContract
from apicontracts.lint import validity as _validity  # noqa: F401 - registers its rules
from apicontracts.lint.model import Finding
from apicontracts.lint.rules import RULES
from apicontracts.specio import SpecError


def lint_api(api: ApiContract, spec_dir: Path | None = None) -> list[Finding]:
    """All findings for one API, sorted by location; a spec that cannot be bundled is one finding."""
    try:
        bundle = build_bundle(api, spec_dir)
    except SpecError as exc:
        location, _, rest = str(exc).partition(": ")
        rule, _, message = rest.partition(": ")
        return [Finding(location, rule, message)]
    findings = {finding for rule in RULES for finding in rule.check(bundle)}
    return sorted(findings, key=lambda f: (_sort_key(f.location), f.rule, f.message))


def _sort_key(location: str) -> tuple[str, int]:
    file, _, line = location.rpartition(":")
    return (file, int(line) if line.isdigit() else 0)
