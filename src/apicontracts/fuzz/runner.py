"""Run schemathesis (`st run`) against one target with the project's hooks, then write the reports.

schemathesis runs in a child process: its checks, auth and CLI handlers are process-wide
registries, and a child gives each API's run its own. It draws the live progress display and its
summary, writes the JUnit XML, enforces the rate limit and the `--max-time` budget; the hooks
record every response, from which this process builds the coverage matrix.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from apicontracts.contracts import ApiContract
from apicontracts.fuzz import matrix, observations, report
from apicontracts.fuzz.serve import serving
from apicontracts.fuzz.settings import ENV_VAR, RunSettings, encode
from apicontracts.fuzz.targets import Served, Target

PHASES = ("examples", "coverage", "fuzzing", "stateful")
HOOKS_MODULE = "apicontracts.fuzz.hooks"


@dataclass(frozen=True)
class FuzzOptions:
    """How hard to fuzz; the defaults fit both APIs against the mocks into a few minutes."""

    max_examples: int = 20
    # Seconds for the whole run; with a budget schemathesis keeps fuzzing until it is spent.
    max_time: int | None = None
    workers: int = 1
    seed: int | None = None
    # Overrides the contract's rate limit (which applies to live servers only).
    rate_limit: str | None = None
    phases: tuple[str, ...] = PHASES
    # Passed to `st run` as they are, to go deeper than these options do.
    extra: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Outcome:
    api: str
    exit_code: int
    matrix: matrix.Matrix | None
    reports: list[Path]


def http_twin(base_url: str) -> str | None:
    """The plain-HTTP URL of an HTTPS server (None for a server that is not HTTPS)."""
    parts = urlsplit(base_url)
    return urlunsplit(parts._replace(scheme="http")) if parts.scheme == "https" else None


def schemathesis_command(settings: RunSettings, options: FuzzOptions, rate_limit: str | None) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(settings.spec),
        "--url",
        settings.base_url,
        "--phases",
        ",".join(options.phases),
        "--checks",
        "all",
        # Keep testing an operation after its first failure: the matrix should show every broken code.
        "--continue-on-failure",
        "--max-examples",
        str(options.max_examples),
        "--workers",
        str(options.workers),
        "--report",
        "junit",
        "--report-junit-path",
        str(settings.junit_path),
    ]
    if options.max_time is not None:
        command += ["--max-time", str(options.max_time)]
    if rate_limit is not None:
        command += ["--rate-limit", rate_limit]
    if options.seed is not None:
        command += ["--seed", str(options.seed)]
    if settings.ca_file is not None:
        # Trust the served mock's own certificate, and nothing less: verification stays on.
        command += ["--tls-verify", settings.ca_file]
    return command + list(options.extra)


def run_schemathesis(settings: RunSettings, command: list[str]) -> int:
    settings.observations_path.unlink(missing_ok=True)
    settings.report_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SCHEMATHESIS_HOOKS": HOOKS_MODULE, ENV_VAR: encode(settings)}
    return subprocess.run(command, env=env, check=False).returncode


@contextmanager
def served(target: Target) -> Iterator[Served]:
    """Where the target answers during the run: its URL, or its app served as the target says."""
    if target.base_url is not None:
        yield Served(target.base_url.rstrip("/"))
        return
    if target.serve is not None:
        with target.serve() as where:
            yield Served(where.base_url.rstrip("/"), where.http_url, where.ca_file)
        return
    assert target.app is not None
    with serving(target.app) as origin:
        yield Served(origin + target.base_path.rstrip("/"))


def fuzz(
    contract: ApiContract,
    target: Target,
    *,
    spec: Path,
    report_dir: Path,
    options: FuzzOptions,
    http_url: str | None = None,
) -> Outcome:
    """Fuzz one target; a live one (a URL) within the contract's rate limit."""
    live = target.base_url is not None
    with served(target) as where:
        base_url = where.base_url
        settings = RunSettings(
            contract=contract,
            spec=spec,
            base_url=base_url,
            report_dir=report_dir,
            credentials=target.credentials,
            http_url=http_url or where.http_url or (http_twin(base_url) if live else None),
            caller_id=target.caller_id,
            ca_file=where.ca_file,
        )
        rate_limit = options.rate_limit or (contract.rate_limit if live else None)
        exit_code = run_schemathesis(settings, schemathesis_command(settings, options, rate_limit))
    if not settings.observations_path.exists():
        return Outcome(contract.name, exit_code, None, [])
    document = json.loads(spec.read_text(encoding="utf-8"))
    built = matrix.build(document, observations.load(settings.observations_path), target.unreached)
    paths = report.write(built, report_dir)
    return Outcome(contract.name, exit_code, built, [*paths, settings.junit_path])
