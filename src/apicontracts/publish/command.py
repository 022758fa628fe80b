"""What `apicontracts publish` prints and returns, per API."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markdown import Markdown

from apicontracts.bundle import relative
from apicontracts.contracts import ApiContract
from apicontracts.publish.artifacts import BuildError
from apicontracts.publish.baseline import BaselineError
from apicontracts.publish.docs import DocsError
from apicontracts.publish.publisher import PublishError, publish_api


def publish_all(
    contracts: list[ApiContract], base: str | None, allow_breaking: bool, out: Console, err: Console
) -> int:
    """Publish each API; returns the exit code: 1 if any was refused or failed."""
    if base is not None and len(contracts) > 1 and Path(base).is_file():
        err.print("publish: a --base file is one API's spec; name the API with --api", highlight=False)
        return 2
    status = 0
    for api in contracts:
        try:
            outcome = publish_api(api, base=base, allow_breaking=allow_breaking)
        except (PublishError, BaselineError, DocsError, BuildError) as exc:
            err.print(f"publish {api.name}: [red]failed[/red]: {exc}", highlight=False)
            status = 1
            continue
        report = outcome.report
        out.print(Markdown(f"# {api.name}\n\n{report.markdown()}"))
        for warning in outcome.warnings:
            err.print(f"[yellow]warning[/yellow]: {warning}", highlight=False)
        if outcome.folder is None:
            err.print(
                f"publish {api.name}: [red]refused[/red]: {len(report.breaking)} breaking change(s) from "
                f"{report.base_version} to {report.version}, and the major version did not change:",
                highlight=False,
            )
            for entry in report.breaking:
                err.print(f"  {entry.markdown()}", highlight=False, markup=False)
            err.print(
                f"Bump the major number of info.version in spec/{api.name}/openapi.yaml, or publish anyway "
                "with ALLOW_BREAKING=1 (apicontracts publish --allow-breaking).",
                highlight=False,
            )
            status = 1
            continue
        files = sorted(path.name for path in outcome.folder.iterdir())
        err.print(f"publish {api.name}: {relative(outcome.folder)}/ ({len(files)} files)", highlight=False)
        if outcome.record is not None:
            err.print(f"  base for the next publish: {relative(outcome.record)}/ (commit it)", highlight=False)
    return status
