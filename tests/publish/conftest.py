"""Session fixtures: the tools the published artifacts need, and one publication of each API.

Publishing builds wheels and docs, and the docs tests drive a real Chromium, so each happens
once per test session; under pytest-xdist the workers share one result through a lock.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from apicontracts.contracts import ROOT
from apicontracts.publish.publisher import Outcome, publish_api
from tests.publish.apis import PUBLISHABLE


def _shared_root(factory: pytest.TempPathFactory) -> Path:
    """A folder every xdist worker of this session sees (each worker's own base otherwise)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _make(target: str) -> None:
    result = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), target], capture_output=True, text=True)
    assert result.returncode == 0, f"make {target} failed:\n{result.stdout}{result.stderr}"


@pytest.fixture(scope="session")
def shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _shared_root(tmp_path_factory)


@pytest.fixture(scope="session")
def renderer(shared_root: Path) -> None:
    """Redoc from package-lock.json (`make node_modules`), installed on first use."""
    with _locked(shared_root / "tools.lock"):
        _make("node_modules")


@pytest.fixture(scope="session")
def chromium(shared_root: Path) -> str:
    """Debian's Chromium (`make browser`), installed on first use."""
    with _locked(shared_root / "tools.lock"):
        _make("browser")
    return "chromium"


@pytest.fixture(scope="session")
def published(renderer: None, shared_root: Path) -> dict[str, Path]:
    """The dist/<api>/<version>/ folder of a first publication of each API, built once."""
    dist, record = shared_root / "dist", shared_root / "published"
    folders: dict[str, Path] = {}
    with _locked(shared_root / "publish.lock"):
        for api in PUBLISHABLE:
            done = shared_root / f"published-{api.name}"
            if not done.exists():
                outcome: Outcome = publish_api(api, dist_root=dist, published_root=record)
                assert outcome.folder is not None, outcome.report.markdown()
                done.write_text(str(outcome.folder), encoding="utf-8")
            folders[api.name] = Path(done.read_text(encoding="utf-8"))
    return folders
