"""The engine on its own: routing, the store's optimistic locking, and the response guard."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from apicontracts.contracts import ASSIGNR, LEARNINGSTUDIO
from apicontracts.mock import MockConfig
from apicontracts.mock.engine.app import MockApp
from apicontracts.mock.engine.coercion import coercer
from apicontracts.mock.engine.exchange import Call, Reply
from apicontracts.mock.engine.routing import Router
from apicontracts.mock.engine.spec import SpecIndex
from apicontracts.mock.engine.store import StaleVersion, Store, Where
from apicontracts.mock.engine.testing import InProcessMock
from apicontracts.mock.engine.validation import Validators
from apicontracts.mock.registry import behaviour_for


@pytest.fixture(scope="module")
def ls_router() -> Router:
    index = SpecIndex.load(LEARNINGSTUDIO.bundle_dir / "openapi.json")
    return Router(index.by_path, index.suffix_values(LEARNINGSTUDIO.format_params))


@pytest.mark.parametrize(
    ("path", "operation", "params"),
    [
        ("/courses/3433672", "getCourse", {"courseId": "3433672", "format": ""}),
        ("/courses/3433672.json", "getCourse", {"courseId": "3433672", "format": ".json"}),
        ("/courses/3433672.xml", "getCourse", {"courseId": "3433672", "format": ".xml"}),
        ("/courses/ccn%3DACCOUNTING1.json", "getCourse", {"courseId": "ccn=ACCOUNTING1", "format": ".json"}),
        ("/courses/3433672.html", "getCourse", {"courseId": "3433672.html", "format": ""}),
        ("/me.xml", "getMe", {"format": ".xml"}),
        (
            "/users/loginid=sandbox%7Cmanderson.json",
            "getUser",
            {"userId": "loginid=sandbox|manderson", "format": ".json"},
        ),
    ],
)
def test_format_suffix_is_split_from_the_last_segment(
    ls_router: Router, path: str, operation: str, params: dict[str, str]
) -> None:
    match = ls_router.match(path, "get")
    assert match is not None and match.operation is not None
    assert match.operation.operation_id == operation
    assert match.params == params


def test_literal_segments_beat_parameters(ls_router: Router) -> None:
    match = ls_router.match("/me/classmates.json", "get")
    assert match is not None and match.operation is not None
    assert match.operation.operation_id == "listMyClassmates"


def test_a_path_without_the_method_reports_the_allowed_ones(ls_router: Router) -> None:
    match = ls_router.match("/me.json", "delete")
    assert match is not None and match.operation is None
    assert match.route.allow == "GET, HEAD, OPTIONS"


def test_a_concrete_path_without_the_method_is_not_taken_for_a_template_that_has_it() -> None:
    # OpenAPI matches `/games/unassigned` before `/games/{game_id}`: PUT there is 405, not game "unassigned".
    index = SpecIndex.load(ASSIGNR.bundle_dir / "openapi.json")
    router = Router(index.by_path, index.suffix_values(ASSIGNR.format_params))
    concrete = router.match("/games/unassigned", "put")
    assert concrete is not None and concrete.operation is None
    assert concrete.route.template == "/games/unassigned"
    templated = router.match("/games/1234567", "put")
    assert templated is not None and templated.operation is not None
    assert templated.operation.operation_id == "updateGame"


def test_integer_formats_are_enforced_as_the_bounds_they_imply() -> None:
    validators = Validators({"components": {"schemas": {"Id": {"type": "integer", "format": "int64", "minimum": 1}}}})
    assert validators.is_valid("/components/schemas/Id", 2**63 - 1)
    assert not validators.is_valid("/components/schemas/Id", 2**63)
    # A tighter bound of the schema's own stays.
    assert not validators.is_valid("/components/schemas/Id", 0)


def test_an_empty_form_body_is_a_form_without_fields() -> None:
    mock = InProcessMock(MockApp(behaviour_for("assignr", MockConfig())))
    headers = {"Authorization": f"Bearer {mock.token()}", "Content-Type": "application/x-www-form-urlencoded"}
    with mock.client() as client:
        response = client.put("/users/12656", content=b"", headers=headers)
    assert response.status_code == 200, response.text


# Coercion ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("9223372036854775807", 9223372036854775807),  # int64 maximum: a valid `format: int64` id
        ("-9223372036854775808", -9223372036854775808),
        ("100561235546", 100561235546),
        ("9223372036854775808", "9223372036854775808"),  # beyond 64 bits stays text, so the schema refuses it
        ("00123", "00123"),
    ],
)
def test_integers_are_read_across_the_whole_int64_range(text: str, value: object) -> None:
    assert coercer(frozenset({"integer"}))(text) == value


# Store ------------------------------------------------------------------------------------------


def test_stale_version_is_refused_and_versions_count_updates() -> None:
    store = Store()
    record = store.insert("game", {"status": "A"})
    updated = store.update("game", record.id, {"status": "C"}, expected_version=1)
    with pytest.raises(StaleVersion) as stale:
        store.update("game", record.id, {"status": "X"}, expected_version=1)
    assert updated.version == 2 and stale.value.current == 2
    current = store.get("game", record.id)
    assert current is not None and current.data["status"] == "C"


def test_concurrent_writers_with_one_version_exactly_one_wins(tmp_path: Path) -> None:
    store = Store(tmp_path / "race.sqlite")
    record = store.insert("game", {"note": "", "writes": 0})
    barrier = threading.Barrier(12)
    outcomes: list[str] = []

    def write(n: int) -> None:
        barrier.wait()
        try:
            store.update("game", record.id, {"note": f"writer {n}"}, expected_version=1)
            outcomes.append("won")
        except StaleVersion:
            outcomes.append("stale")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["stale"] * 11 + ["won"]
    final = store.get("game", record.id)
    assert final is not None and final.version == 2


def test_no_update_is_lost_when_writers_retry_on_conflict(tmp_path: Path) -> None:
    store = Store(tmp_path / "counter.sqlite")
    record = store.insert("counter", {"value": 0})

    def increment() -> None:
        for _ in range(25):
            while True:
                current = store.get("counter", record.id)
                assert current is not None
                try:
                    store.update(
                        "counter", record.id, {"value": current.data["value"] + 1}, expected_version=current.version
                    )
                    break
                except StaleVersion:
                    continue

    threads = [threading.Thread(target=increment) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    final = store.get("counter", record.id)
    assert final is not None and final.data["value"] == 200 and final.version == 201


def test_find_filters_orders_and_pages() -> None:
    store = Store(indexes={"game": ("site_id+date",)})
    for day in (5, 3, 9, 1):
        store.insert("game", {"site_id": 1, "date": f"2024-09-0{day}"})
    store.insert("game", {"site_id": 2, "date": "2024-09-02"})
    found = store.find("game", {"site_id": 1, "date": Where.at_least("2024-09-03")}, order_by="date", limit=2)
    assert [r.data["date"] for r in found] == ["2024-09-03", "2024-09-05"]
    assert store.count("game", {"site_id": Where.among([1, 2])}) == 5


# The response guard -----------------------------------------------------------------------------


def test_a_reply_that_breaks_the_spec_becomes_a_500_and_is_recorded() -> None:
    behaviour = behaviour_for("assignr", MockConfig())

    def broken(call: Call) -> Reply:
        return call.reply(200, {"id": "not an integer"})

    app = MockApp(dataclasses.replace(behaviour, handlers={**behaviour.handlers, "getSite": broken}))
    mock = InProcessMock(app)
    with mock.client(headers={"Authorization": f"Bearer {mock.token()}"}) as client:
        response = client.get("/sites/123456")
    assert response.status_code == 500
    assert response.json()["error"] == "internal_server_error"
    assert "X-Ratelimit-Remaining" in response.headers
    assert len(app.response_failures) == 1 and "getSite 200 body" in app.response_failures[0]


def test_every_assignr_operation_has_a_handler() -> None:
    index = SpecIndex.load(ASSIGNR.bundle_dir / "openapi.json")
    behaviour = behaviour_for("assignr", MockConfig())
    assert set(index.operations) == set(behaviour.handlers)
