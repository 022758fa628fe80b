"""Offline HTML reference docs: Redoc's standalone bundle beside a page that holds the spec.

The renderer comes from the `redoc` npm package pinned in package-lock.json (`make
node_modules`). The spec is embedded in the page because a browser will not fetch a sibling
file from a page opened as file://; the page loads nothing from the network.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path
from typing import Any

from apicontracts.contracts import ROOT

REDOC = ROOT / "node_modules" / "redoc"
RENDERER_FILES = ("redoc.standalone.js", "redoc.standalone.js.LICENSE.txt")
# Redoc's rendering options (https://redocly.com/docs/redoc/config): open the success responses,
# and show example payloads two levels deep.
REDOC_OPTIONS = {"expandResponses": "200,201", "jsonSampleExpandLevel": 2}

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body {{ margin: 0; padding: 0; }}</style>
</head>
<body>
<div id="redoc"></div>
<!-- Redoc {redoc_version} (MIT, see redoc.standalone.js.LICENSE.txt) renders the spec below. -->
<script src="redoc.standalone.js"></script>
<script id="openapi" type="application/json">{spec}</script>
<script>
  Redoc.init(
    JSON.parse(document.getElementById("openapi").textContent),
    {options},
    document.getElementById("redoc")
  );
</script>
</body>
</html>
"""


class DocsError(Exception):
    """The renderer is not installed."""


def redoc_version() -> str:
    manifest = REDOC / "package.json"
    if not manifest.exists():
        raise DocsError(f"{manifest} is missing: run `make node_modules` (npm ci from package-lock.json)")
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def render_page(document: dict[str, Any]) -> str:
    info = document.get("info") or {}
    # Escaping `<` keeps `</script>` or `<!--` inside a description from ending the data block.
    spec = json.dumps(document, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return PAGE.format(
        title=html.escape(f"{info.get('title', 'API')} {info.get('version', '')}".strip()),
        redoc_version=redoc_version(),
        spec=spec,
        options=json.dumps(REDOC_OPTIONS),
    )


def write_docs(document: dict[str, Any], folder: Path) -> list[Path]:
    """Write index.html and the renderer beside it; returns the files written."""
    page = folder / "index.html"
    page.write_text(render_page(document), encoding="utf-8")
    written = [page]
    for name in RENDERER_FILES:
        written.append(Path(shutil.copyfile(REDOC / "bundles" / name, folder / name)))
    return written
