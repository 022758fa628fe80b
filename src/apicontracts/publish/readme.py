"""README.md of a published folder: what each file is, for someone who only downloaded it."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """# {title} {version}

The published contract of the {title}, written by `make publish` from `spec/{api}/`.

| file | what it is |
|---|---|
| `openapi.json`, `openapi.yaml` | the OpenAPI 3.1 document, bundled: its `$ref`s point into its own `components` |
| `openapi.dereferenced.json` | the same with every `$ref` inlined, for tools that cannot follow `$ref` (below) |
| `index.html` | HTML reference docs: open it from disk, it needs no network (`redoc.standalone.js` renders it) |
{client_rows}
| `CHANGELOG.md` | what changed in each published version, breaking changes first |
| `SHA256SUMS` | checksums of every file here: `sha256sum -c SHA256SUMS` |

## References left in `openapi.dereferenced.json`

{kept}
"""

KEPT_NONE = "None: every `$ref` is inlined."
KEPT_SOME = (
    "These schemas contain themselves (directly or through other schemas), so inlining them would\n"
    "never end. Where a schema reappears inside its own expansion, a `$ref` to it stays, pointing\n"
    "into `components`, which the dereferenced document keeps:\n\n"
)


def render_readme(title: str, api: str, version: str, clients: list[Path], kept_refs: tuple[str, ...]) -> str:
    rows = []
    for archive in clients:
        kind = "wheel" if archive.suffix == ".whl" else "source distribution"
        rows.append(f"| `{archive.name}` | the typed Python client, {kind}: `pip install {archive.name}` |")
    kept = KEPT_SOME + "\n".join(f"- `{ref}`" for ref in kept_refs) if kept_refs else KEPT_NONE
    return TEMPLATE.format(title=title, version=version, api=api, client_rows="\n".join(rows), kept=kept)
