"""Regenerate a typed Python client from a bundled spec with the pinned openapi-python-client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from apicontracts.contracts import ROOT, ApiContract
from apicontracts.specio import dump_json


class GenerationError(Exception):
    """openapi-python-client refused the spec or warned about it."""


def client_dir(api: ApiContract) -> Path:
    return ROOT / "generated" / api.package


def config_file(api: ApiContract) -> Path:
    return api.spec_dir / "client-config.yaml"


def client_view(document: dict[str, Any]) -> dict[str, Any]:
    """The bundle as the client generator should see it: one media type per request body.

    The contract lists every request media type the server accepts, the documented one first.
    openapi-python-client turns several into a chain of `isinstance` checks on the same model,
    where the last wins; a client should send the documented type, so it only sees the first.
    """
    view: dict[str, Any] = json.loads(json.dumps(document))
    bodies = list((view.get("components") or {}).get("requestBodies", {}).values())
    for item in (view.get("paths") or {}).values():
        bodies += [op["requestBody"] for op in item.values() if isinstance(op, dict) and "requestBody" in op]
    for body in bodies:
        content = body.get("content") if isinstance(body, dict) else None
        if content and len(content) > 1:
            first = next(iter(content))
            body["content"] = {first: content[first]}
    return view


def generate_client(api: ApiContract) -> Path:
    """Write generated/<package>/ from generated/<api>/openapi.json; byte-identical on re-runs."""
    document = json.loads((api.bundle_dir / "openapi.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        view = Path(scratch) / "openapi.json"
        view.write_text(dump_json(client_view(document)), encoding="utf-8")
        return _run_generator(api, view)


def _run_generator(api: ApiContract, spec: Path) -> Path:
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(Path(bin_dir) / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config_file(api)),
        "--meta",
        "pdm",
        "--output-path",
        str(client_dir(api)),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(f"openapi-python-client failed for {api.name}:\n{result.stdout}{result.stderr}")
    return client_dir(api)
