"""dist/<api>/<version>/: what a consumer downloads is complete, checksummed and installable."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from apicontracts.contracts import ApiContract
from apicontracts.generate import client_dir
from apicontracts.publish.artifacts import build_client
from tests.publish.apis import per_api
from tests.publish.test_dereference import refs_in


def folder_of(published: dict[str, Path], api: ApiContract) -> Path:
    return published[api.name]


def version_of(api: ApiContract) -> str:
    return str(json.loads((api.bundle_dir / "openapi.json").read_text(encoding="utf-8"))["info"]["version"])


@per_api
def test_the_folder_is_named_after_the_spec_version_and_holds_every_artifact(
    api: ApiContract, published: dict[str, Path]
) -> None:
    folder = folder_of(published, api)
    version = version_of(api)
    assert folder.parts[-2:] == (api.name, version)
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [
            "CHANGELOG.md",
            "README.md",
            "SHA256SUMS",
            "index.html",
            f"{api.package}-{version}-py3-none-any.whl",
            f"{api.package}-{version}.tar.gz",
            "openapi.dereferenced.json",
            "openapi.json",
            "openapi.yaml",
            "redoc.standalone.js",
            "redoc.standalone.js.LICENSE.txt",
        ]
    )


@per_api
def test_sha256sums_covers_every_file_and_verifies(api: ApiContract, published: dict[str, Path]) -> None:
    folder = folder_of(published, api)
    result = subprocess.run(
        ["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=folder, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    listed = {line.split("  ", 1)[1] for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()}
    assert listed == {path.name for path in folder.iterdir()} - {"SHA256SUMS"}


@per_api
def test_the_bundle_is_published_byte_for_byte(api: ApiContract, published: dict[str, Path]) -> None:
    for name in ("openapi.json", "openapi.yaml"):
        assert (folder_of(published, api) / name).read_bytes() == (api.bundle_dir / name).read_bytes()


@per_api
def test_the_dereferenced_document_keeps_refs_only_where_the_readme_says(
    api: ApiContract, published: dict[str, Path]
) -> None:
    folder = folder_of(published, api)
    left = set(refs_in(json.loads((folder / "openapi.dereferenced.json").read_text(encoding="utf-8"))))
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for ref in left:
        assert f"- `{ref}`" in readme
    if not left:
        assert "None: every `$ref` is inlined." in readme


@per_api
def test_the_changelog_starts_with_this_version(api: ApiContract, published: dict[str, Path]) -> None:
    changelog = (folder_of(published, api) / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"\n## {version_of(api)}\n\nFirst published version." in changelog


@per_api
def test_the_sdist_holds_the_client_package(api: ApiContract, published: dict[str, Path]) -> None:
    folder = folder_of(published, api)
    with tarfile.open(next(folder.glob("*.tar.gz"))) as sdist:
        names = sdist.getnames()
    prefix = f"{api.package}-{version_of(api)}"
    assert f"{prefix}/pyproject.toml" in names
    assert f"{prefix}/{api.package}/__init__.py" in names


@pytest.mark.slow
@per_api
def test_the_wheel_installs_into_a_fresh_virtual_environment_and_imports(
    api: ApiContract, published: dict[str, Path], tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    # No pip inside the new environment: the test's own pip installs into it, which saves the
    # ensurepip step; the environment still sees nothing but the wheel and its declared deps.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    wheel = next(folder_of(published, api).glob("*.whl"))
    install = [
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--quiet",
        "--disable-pip-version-check",
    ]
    result = subprocess.run([*install, str(wheel)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    probe = f"import {api.package} as c; from {api.package} import AuthenticatedClient, Client; print(c.__file__)"
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(venv)


@per_api
def test_building_the_client_twice_gives_identical_archives(api: ApiContract, tmp_path: Path) -> None:
    first = build_client(client_dir(api), tmp_path / "first")
    second = build_client(client_dir(api), tmp_path / "second")
    digests = [[hashlib.sha256(path.read_bytes()).hexdigest() for path in build] for build in (first, second)]
    assert digests[0] == digests[1]
