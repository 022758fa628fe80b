"""The contract coverage matrix: operation by documented status, what was seen, failed, or never reached."""

from __future__ import annotations

from typing import Any

from apicontracts.fuzz import matrix, report
from apicontracts.fuzz.matrix import State
from apicontracts.fuzz.observations import FailedCheck, Observation
from apicontracts.fuzz.unreached import Unreached

DOCUMENT: dict[str, Any] = {
    "info": {"title": "Mini"},
    "tags": [{"name": "Sites"}, {"name": "Games"}],
    "paths": {
        "/games/{id}": {
            "get": {"operationId": "getGame", "tags": ["Games"], "responses": {"200": {}, "404": {}, "429": {}}},
            "delete": {"operationId": "deleteGame", "tags": ["Games"], "responses": {"204": {}, "404": {}}},
        },
        "/sites": {"get": {"operationId": "listSites", "tags": ["Sites"], "responses": {"200": {}}}},
    },
}
LEAK = FailedCheck(
    "caller_data", "Custom check failed: `caller_data`", "returned user 7", "curl -X GET http://h/games/1"
)


def observe(method: str, path: str, status: int | None, *failures: FailedCheck) -> Observation:
    return Observation(method, path, status, failures)


def built() -> matrix.Matrix:
    return matrix.build(
        DOCUMENT,
        [
            observe("GET", "/games/{id}", 200),
            observe("GET", "/games/{id}", 200, LEAK),
            observe("GET", "/games/{id}", 404),
            observe("GET", "/games/{id}", 418),
            observe("DELETE", "/games/{id}", None),
            observe("PATCH", "/games/{id}", 405),
        ],
    )


def test_each_documented_code_is_passed_failed_or_unreached() -> None:
    row = next(row for row in built().rows if row.operation_id == "getGame")
    assert row.cells[200].state is State.FAILED
    assert (row.cells[200].failed, row.cells[200].responses) == (1, 2)
    assert row.cells[404].state is State.PASSED
    assert row.cells[429].state is State.UNREACHED
    assert row.cells[418].state is State.UNDOCUMENTED
    assert (row.reached, row.documented, row.failing) == (2, 3, 1)


def test_requests_without_response_and_other_methods_do_not_count_as_answers() -> None:
    delete = next(row for row in built().rows if row.operation_id == "deleteGame")
    assert delete.unanswered == 1
    assert delete.reached == 0
    assert all(405 not in row.cells for row in built().rows)


def test_rows_are_grouped_by_tag_in_the_specs_tag_order() -> None:
    assert [tag for tag, _ in built().groups()] == ["Sites", "Games"]


def test_totals_per_code_count_operations_documenting_and_reaching_it() -> None:
    result = built()
    assert (result.documenting(404), result.reaching(404), result.failing(404)) == (2, 1, 0)
    assert (result.documenting(418), result.reaching(418)) == (0, 1)


def test_markdown_cells_read_without_colour_and_point_at_the_reproduction() -> None:
    text = report.markdown(built())
    assert "| `GET /games/{id}` getGame | ✗ 1/2 [1] |  | ✓ 1 | ! 1 | ○ | 2/3 | 4 |" in text
    assert "| `DELETE /games/{id}` deleteGame |  | ○ | ○ |  |  | 0/2 | 0 (1 unanswered) |" in text
    assert "| 418! |" in text
    assert "### [1] `GET /games/{id}` → 200" in text
    assert "**caller_data**" in text and "curl -X GET http://h/games/1" in text
    assert "`○` documented, never observed" in text


def test_html_page_has_a_sticky_header_legend_and_anchored_failures() -> None:
    page = report.html(built())
    assert "position: sticky" in page
    assert '<a href="#failure-1">✗ 1/2</a>' in page
    assert 'id="failure-1"' in page
    assert "documented, never observed" in page
    assert "curl -X GET http://h/games/1" in page


def test_a_clean_run_says_so() -> None:
    clean = matrix.build(DOCUMENT, [observe("GET", "/sites", 200)])
    assert "None: every observed response passed every check." in report.markdown(clean)


RATE_LIMITS_OFF = Unreached(frozenset({429}), "Rate limits are off while fuzzing the mock.")
NO_FIXTURE = Unreached(frozenset({404}), "Every game exists in the seed.", frozenset({"deleteGame"}))
UNUSED = Unreached(frozenset({500}), "Fault injection only.")


def explained() -> matrix.Matrix:
    return matrix.build(
        DOCUMENT,
        [observe("GET", "/games/{id}", 200), observe("GET", "/sites", 200)],
        [RATE_LIMITS_OFF, NO_FIXTURE, UNUSED],
    )


def test_a_never_reached_cell_gets_the_first_reason_that_covers_it() -> None:
    result = explained()
    get_game = next(row for row in result.rows if row.operation_id == "getGame")
    delete_game = next(row for row in result.rows if row.operation_id == "deleteGame")
    assert get_game.cells[429].reason == RATE_LIMITS_OFF
    assert delete_game.cells[404].reason == NO_FIXTURE
    # A reason names its operations: getGame's 404 is not deleteGame's.
    assert get_game.cells[404].reason is None
    assert get_game.cells[200].reason is None
    # Only reasons that explain a cell are listed.
    assert result.reasons == [RATE_LIMITS_OFF, NO_FIXTURE]
    assert [(row.operation_id, code) for row, code in result.unexplained()] == [
        ("getGame", 404),
        ("deleteGame", 204),
    ]


def test_markdown_shows_each_reason_by_its_cells_and_lists_the_unexplained() -> None:
    text = report.markdown(explained())
    assert "| `GET /games/{id}` getGame | ✓ 1 |  | ○ | ○ R1 | 1/3 | 1 |" in text
    assert "| R1 | 1 | Rate limits are off while fuzzing the mock. |" in text
    assert "| R2 | 1 | Every game exists in the seed. |" in text
    assert "Fault injection only." not in text
    assert "- `GET /games/{id}` getGame → 404" in text
    assert "4 never reached (2 without a reason)" in text


def test_html_links_an_explained_cell_to_its_reason() -> None:
    page = report.html(explained())
    assert '<a href="#reason-R1">○ R1</a>' in page
    assert 'id="reason-R1"' in page and "Rate limits are off while fuzzing the mock." in page
    assert "Without a reason (2)" in page


def test_a_run_that_reaches_everything_says_so() -> None:
    seen = [observe("GET", "/games/{id}", status) for status in (200, 404, 429)]
    seen += [observe("DELETE", "/games/{id}", status) for status in (204, 404)] + [observe("GET", "/sites", 200)]
    assert "None: the run reached every documented status code." in report.markdown(matrix.build(DOCUMENT, seen))
