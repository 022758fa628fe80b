"""`published/<api>/CHANGELOG.md`: one entry per publication, newest first."""

from __future__ import annotations

from pathlib import Path

INTRO = (
    "Written by `make publish`, newest first. Each entry compares the published bundle with the\n"
    "one published before it (`published/{api}/openapi.json` at that time); see docs/publish.md\n"
    "for what counts as breaking.\n"
)


def add_entry(path: Path, api: str, title: str, entry: str) -> None:
    """Insert `entry` (starting with a `## ` heading) above the previous entries."""
    text = path.read_text(encoding="utf-8") if path.exists() else f"# {title}: changelog\n\n{INTRO.format(api=api)}"
    head, marker, rest = text.partition("\n## ")
    older = f"\n## {rest}" if marker else ""
    text = head.rstrip("\n") + "\n\n" + entry.rstrip("\n") + "\n" + older
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
