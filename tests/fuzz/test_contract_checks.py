"""`apicontracts fuzz` end to end: each project check fails on the server that breaks it, and the
reports (JUnit XML, Markdown and HTML matrix) show where; a server that keeps its contract passes.

Both servers run on 127.0.0.1 and are fuzzed over HTTP by a schemathesis child process, as
`make fuzz URL=...` does. `broken_app.py` lists which request breaks which promise.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from apicontracts.fuzz import runner
from apicontracts.fuzz.matrix import Cell, State
from apicontracts.fuzz.serve import serving
from apicontracts.fuzz.targets import Target
from tests.fuzz import stub_api
from tests.fuzz.broken_app import BrokenApi
from tests.fuzz.stub_api import StubApi

OPTIONS = runner.FuzzOptions(max_examples=5, seed=1)


@dataclass
class Run:
    outcome: runner.Outcome
    markdown: str
    html: str
    junit: ET.Element
    app: StubApi

    def cell(self, label: str, code: int) -> Cell:
        assert self.outcome.matrix is not None
        row = next(row for row in self.outcome.matrix.rows if row.label == label)
        return row.cells[code]

    def failed_checks(self, label: str, code: int) -> set[str]:
        return {failure.check for failure in self.cell(label, code).failures}

    def junit_failures(self) -> str:
        return "\n".join(ET.tostring(node, encoding="unicode") for node in self.junit.iter("failure"))


def fuzz(app: StubApi, report_dir: Path) -> Run:
    with serving(app) as origin:
        target = Target(
            base_url=origin + stub_api.BASE_PATH,
            credentials=stub_api.credentials(),
            caller_id=str(stub_api.CALLER_ID),
        )
        outcome = runner.fuzz(
            stub_api.CONTRACT,
            target,
            spec=stub_api.spec_file(),
            report_dir=report_dir,
            options=OPTIONS,
            http_url=origin + stub_api.PLAIN_PREFIX + stub_api.BASE_PATH,
        )
    return Run(
        outcome=outcome,
        markdown=(report_dir / "coverage.md").read_text(encoding="utf-8"),
        html=(report_dir / "coverage.html").read_text(encoding="utf-8"),
        junit=ET.parse(report_dir / "junit.xml").getroot(),
        app=app,
    )


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield fuzz(BrokenApi(), tmp_path_factory.mktemp("broken"))


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield fuzz(StubApi(), tmp_path_factory.mktemp("kept"))


def test_a_server_that_keeps_its_contract_passes_every_check(kept: Run) -> None:
    assert kept.outcome.exit_code == 0
    assert kept.junit.get("failures") == "0" and kept.junit.get("errors") == "0"
    assert kept.outcome.matrix is not None and kept.outcome.matrix.failing_cells == 0
    assert "None: every observed response passed every check." in kept.markdown


@pytest.mark.parametrize(
    ("path", "media"),
    [("/me", stub_api.JSON), ("/me.json", stub_api.JSON), ("/me.xml", stub_api.XML)],
)
def test_every_form_of_the_format_suffix_is_sent_and_answered_in_its_media_type(
    kept: Run, path: str, media: str
) -> None:
    # schemathesis drops empty path parameters; the harness sends the suffix-less form itself.
    answers = {content_type for method, sent, content_type in kept.app.seen if sent == stub_api.BASE_PATH + path}
    assert answers == {media}


def test_unauthenticated_probe_reaches_401_on_every_secured_operation(kept: Run) -> None:
    assert kept.cell("GET /games/{gameId}{format}", 401).state is State.PASSED


def test_a_broken_server_fails_the_run(broken: Run) -> None:
    assert broken.outcome.exit_code != 0


def test_dropped_rate_limit_header_fails_contract_headers(broken: Run) -> None:
    assert "contract_headers" in broken.failed_checks("GET /games/{gameId}{format}", 404)


def test_undocumented_status_is_a_failing_column_of_its_own(broken: Run) -> None:
    assert broken.cell("GET /games{format}", 418).state is State.FAILED
    assert "status_code_conformance" in broken.failed_checks("GET /games{format}", 418)
    assert "| 418! |" in broken.markdown


def test_json_for_an_xml_suffix_fails_media_type(broken: Run) -> None:
    assert "media_type" in broken.failed_checks("GET /me{format}", 200)


def test_xml_without_a_suffix_fails_media_type(broken: Run) -> None:
    # `.json` answers 418 and `.xml` 429 here: every 200 of this operation is the suffix-less form.
    assert "media_type" in broken.failed_checks("GET /games{format}", 200)


def test_error_body_outside_the_error_schema_fails_error_body(broken: Run) -> None:
    assert "error_body" in broken.failed_checks("DELETE /games/{gameId}{format}", 404)


def test_201_without_location_fails_status_headers(broken: Run) -> None:
    assert "status_headers" in broken.failed_checks("POST /games{format}", 201)


def test_429_without_its_headers_fails_throttled_headers(broken: Run) -> None:
    assert {"throttled_headers", "contract_headers"} <= broken.failed_checks("GET /games{format}", 429)


def test_another_users_record_fails_caller_data(broken: Run) -> None:
    assert "caller_data" in broken.failed_checks("GET /me{format}", 200)


def test_plain_http_served_instead_of_redirected_fails_https_redirect(broken: Run) -> None:
    assert broken.outcome.matrix is not None
    failing = {
        failure.check for row in broken.outcome.matrix.rows for cell in row.cells.values() for failure in cell.failures
    }
    assert "https_redirect" in failing


@pytest.mark.parametrize(
    "check",
    [
        "contract_headers",
        "status_headers",
        "throttled_headers",
        "error_body",
        "media_type",
        "caller_data",
        "https_redirect",
    ],
)
def test_every_project_check_reaches_junit_and_the_matrix(broken: Run, check: str) -> None:
    assert f"Custom check failed: `{check}`" in broken.junit_failures()
    assert f"**{check}**" in broken.markdown
    assert f"<strong>{check}</strong>" in broken.html


def test_matrix_rows_show_failures_with_symbol_count_and_reference(broken: Run) -> None:
    row = next(line for line in broken.markdown.splitlines() if line.startswith("| `POST /games{format}`"))
    assert "✗ " in row and "[" in row
    assert "curl -X POST" in broken.markdown
