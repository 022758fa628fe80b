"""index.html, opened from disk in a real headless Chromium with the network cut, shows every operation."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from apicontracts.contracts import ROOT, ApiContract
from apicontracts.schemas import iter_operations
from tests.publish.apis import per_api

REPORTS = ROOT / "reports" / "publish"
# Every request but file:// goes to a closed local port, so the page must render from disk alone.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    # Redoc renders after the page's load event; virtual time lets it finish before the dump.
    "--virtual-time-budget=10000",
]


def run_chromium(binary: str, *args: str) -> str:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class Sections(HTMLParser):
    """The `data-section-id`s Redoc gives each rendered tag and operation (scripts are not parsed)."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "data-section-id" and value:
                self.ids.add(value)


def operation_ids(api: ApiContract) -> set[str]:
    document = json.loads((api.bundle_dir / "openapi.json").read_text(encoding="utf-8"))
    return {operation["operationId"] for _path, _method, operation, _item in iter_operations(document)}


@pytest.fixture(scope="module")
def rendered(chromium: str, published: dict[str, Path]) -> dict[str, str]:
    """The DOM of each API's docs page after Redoc ran, and a screenshot kept in reports/publish/."""
    REPORTS.mkdir(parents=True, exist_ok=True)
    doms = {}
    for name, folder in published.items():
        screenshot = f"--screenshot={REPORTS / f'{name}-docs.png'}"
        doms[name] = run_chromium(
            chromium, "--window-size=1400,1000", screenshot, "--dump-dom", (folder / "index.html").as_uri()
        )
    return doms


@pytest.mark.slow
@per_api
def test_the_docs_page_shows_every_operation(api: ApiContract, rendered: dict[str, str]) -> None:
    parser = Sections()
    parser.feed(rendered[api.name])
    shown = {section.rsplit("/operation/", 1)[1] for section in parser.ids if "/operation/" in section}
    assert operation_ids(api) <= shown
    assert shown


@pytest.mark.slow
@per_api
def test_the_docs_page_screenshot_is_kept(api: ApiContract, rendered: dict[str, str]) -> None:
    screenshot = REPORTS / f"{api.name}-docs.png"
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    assert screenshot.stat().st_size > 10_000  # a blank page compresses to a few hundred bytes


@per_api
def test_the_docs_page_loads_nothing_from_the_network(api: ApiContract, published: dict[str, Path]) -> None:
    page = (published[api.name] / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page) == []
    assert '<script src="redoc.standalone.js"></script>' in page
