"""The Assignr mock behaves like the service: HAL, paging, locking, links, rate limits, faults, state."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from apicontracts.mock import create_app
from apicontracts.mock.engine.testing import InProcessMock
from tests.mocks.conftest import FakeClock

HAL = "application/vnd.assignr.v2.hal+json"
SITE, GAME, HOMER = 123456, 1234567, 12761


def authed(mock: InProcessMock, who: str = "default") -> httpx.Client:
    return mock.client(headers={"Authorization": f"Bearer {mock.token(who)}"})


# Paging -----------------------------------------------------------------------------------------


def test_first_page_has_next_but_no_prev_as_recorded(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        body = client.get(f"/sites/{SITE}/games").json()
    assert body["page"] == {"records": 357, "pages": 8, "current_page": 1, "next_page": 2, "limit": 50}
    assert len(body["_embedded"]["games"]) == 50
    assert "prev" not in body["_links"]
    assert body["_links"]["next"]["href"].endswith("/v2/sites/123456/games?page=2")


def test_middle_page_has_both_and_last_page_has_only_prev(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        middle = client.get(f"/sites/{SITE}/games", params={"page": 3, "limit": 20}).json()
        last = client.get(f"/sites/{SITE}/games", params={"page": 18, "limit": 20}).json()
    assert (middle["page"]["prev_page"], middle["page"]["next_page"]) == (2, 4)
    assert set(middle["_links"]) == {"self", "next", "prev"}
    assert "next_page" not in last["page"] and last["page"]["prev_page"] == 17
    assert len(last["_embedded"]["games"]) == 357 - 17 * 20


def test_one_page_collection_has_neither_next_nor_prev(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        body = client.get("/sites").json()
    assert set(body["page"]) == {"records", "pages", "current_page", "limit"}
    assert set(body["_links"]) == {"self"}


def test_collection_links_omit_the_api_prefix_and_keep_the_filters(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        body = client.get(f"/users/{HOMER}/availability", params={"search[start_date]": "2024-09-01"}).json()
    href = body["_links"]["self"]["href"]
    assert href.startswith("http://testserver/v2/users/12761/availability?page=1")
    assert "search%5Bstart_date%5D=2024-09-01" in href
    assert body["page"]["limit"] == 200


def test_limit_over_50_gets_422_naming_limit(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        response = client.get("/sites", params={"limit": 51})
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"] == "/limit"


def test_date_filters_accept_both_recorded_formats(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        iso = client.get(
            f"/sites/{SITE}/games", params={"search[start_date]": "2024-10-01", "search[end_date]": "2024-10-07"}
        )
        us = client.get(
            f"/sites/{SITE}/games", params={"search[start_date]": "10/1/2024", "search[end_date]": "10/7/2024"}
        )
    assert iso.json()["page"]["records"] == us.json()["page"]["records"] > 0
    days = {g["start_time"][:10] for g in iso.json()["_embedded"]["games"]}
    assert min(days) >= "2024-10-01" and max(days) <= "2024-10-07"


def test_a_date_filter_the_server_cannot_read_is_ignored_not_refused(assignr_mock: InProcessMock) -> None:
    # The spec states no date format for filters (spec/assignr/README.md), so no value is an error.
    with authed(assignr_mock) as client:
        everything = client.get(f"/sites/{SITE}/games", params={"search[end_date]": "2024-10-07"})
        unreadable = client.get(
            f"/sites/{SITE}/games", params={"search[start_date]": "next week", "search[end_date]": "2024-10-07"}
        )
    assert unreadable.status_code == 200
    assert unreadable.json()["page"]["records"] == everything.json()["page"]["records"] > 0


# Resources and state ----------------------------------------------------------------------------


def test_game_embeds_venue_site_assignor_and_assignments_with_self_links(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        game = client.get(f"/games/{GAME}.json").json()
    embedded = game["_embedded"]
    assert {"venue", "site", "assignor", "assignments"} <= set(embedded)
    assert game["_links"]["self"]["href"] == f"http://testserver/api/v2/games/{GAME}.json"
    assert game["localized_date"] == "Sep 3 2024"
    assert all(a["_links"]["self"]["href"].endswith(f"/assignments/{a['id']}.json") for a in embedded["assignments"])


def test_lock_version_increments_on_every_update_and_stale_put_gets_409(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        version = client.get(f"/games/{GAME}").json()["lock_version"]
        first = client.put(f"/games/{GAME}", json={"public_note_text": "Moved to field 2", "lock_version": version})
        second = client.put(f"/games/{GAME}", json={"status": "C", "lock_version": version + 1})
        stale = client.put(f"/games/{GAME}", json={"status": "A", "lock_version": version})
        unchecked = client.put(f"/games/{GAME}", json={"subvenue": "Field 2"})
        final = client.get(f"/games/{GAME}").json()
    assert first.json()["lock_version"] == version + 1
    assert second.json()["lock_version"] == version + 2
    assert stale.status_code == 409
    assert unchecked.status_code == 200
    assert final["lock_version"] == version + 3
    assert (final["public_note"], final["status"], final["cancelled"], final["subvenue"]) == (
        "Moved to field 2",
        "C",
        True,
        "Field 2",
    )


def test_form_encoded_put_publishes_as_a_production_client_does(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        off = client.put(f"/games/{GAME}", data={"is_public": "0"})
        on = client.put(f"/games/{GAME}", data={"is_public": "y"})
    assert off.json()["published"] is False
    assert on.json()["published"] is True


def test_created_game_persists_with_slots_from_its_pattern_and_can_be_deleted(assignr_mock: InProcessMock) -> None:
    body = {
        "localized_date": "2024-12-01",
        "localized_time": "9:00 AM",
        "venue_name": "Springfield Gorge",
        "pattern_name": "Referee + Scorekeeper",
    }
    with authed(assignr_mock) as client:
        created = client.post(f"/sites/{SITE}/games", json=body, headers={"Content-Type": HAL})
        game = created.json()
        fetched = client.get(f"/games/{game['id']}").json()
        count = client.get(f"/sites/{SITE}/games").json()["page"]["records"]
        deleted = client.delete(f"/games/{game['id']}")
        gone = client.get(f"/games/{game['id']}")
    assert created.status_code == 201
    assert created.headers["Location"] == game["_links"]["self"]["href"]
    assert fetched["start_time"] == "2024-12-01T09:00:00.000-05:00"
    assert [a["position_abbreviation"] for a in fetched["_embedded"]["assignments"]] == ["R", "R", "S"]
    assert fetched["_embedded"]["venue"]["name"] == "Springfield Gorge"
    assert count == 358
    assert deleted.status_code == 204 and gone.status_code == 404


def test_accept_and_decline_links_work_and_disappear_once_answered(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock, "official") as client:
        games = client.get("/current_account/games", params={"limit": 50}).json()["_embedded"]["games"]
        slots = [
            a
            for g in games
            for a in g["_embedded"]["assignments"]
            if "accept" in a["_links"] and a["_embedded"]["official"]["id"] == HOMER
        ]
        accept, decline = slots[0]["_links"]["accept"]["href"], slots[1]["_links"]["decline"]["href"]
        accepted = client.post(accept)
        declined = client.post(decline)
        again = client.post(accept)
    assert accepted.status_code == 200 and accepted.json()["accepted"] == "true"
    assert declined.status_code == 200 and declined.json()["declined"] == "true"
    assert "accept" not in accepted.json()["_links"] and "decline" not in declined.json()["_links"]
    assert again.status_code == 422


def test_fees_appear_only_on_the_callers_own_assignments(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock, "official") as homer, authed(assignr_mock) as burns:
        mine = homer.get("/current_account/games").json()["_embedded"]["games"][0]
        theirs = burns.get(f"/games/{mine['id']}").json()
    own = [a for a in mine["_embedded"]["assignments"] if a.get("_embedded", {}).get("official", {}).get("id") == HOMER]
    assert own and all("fees" in a["_embedded"] for a in own)
    assert all("fees" not in a.get("_embedded", {}) for a in theirs["_embedded"]["assignments"])


def test_changes_survive_a_restart_with_a_database_file(tmp_path: Path) -> None:
    database = tmp_path / "assignr.sqlite"
    first = InProcessMock(create_app("assignr", database=database))
    with authed(first) as client:
        client.put(f"/games/{GAME}", json={"public_note_text": "Persisted"})
    first.app.store.close()
    second = InProcessMock(create_app("assignr", database=database))
    with authed(second) as client:
        game = client.get(f"/games/{GAME}").json()
    second.app.store.close()
    assert game["public_note"] == "Persisted"
    assert game["lock_version"] == 2


# HTTP -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("accept", [HAL, "application/json", "*/*", None, "text/html"])
def test_any_accept_gets_hal_json(assignr_mock: InProcessMock, accept: str | None) -> None:
    headers = {"Accept": accept} if accept else {}
    with authed(assignr_mock) as client:
        response = client.get("/sites", headers=headers)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(HAL)


def test_wrong_method_gets_405_with_allow(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        response = client.post(f"/games/{GAME}", json={})
    assert response.status_code == 405
    assert response.headers["Allow"] == "DELETE, GET, HEAD, OPTIONS, PUT"
    assert "X-Ratelimit-Limit" in response.headers


def test_head_has_the_headers_of_get_and_no_body(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        get = client.get(f"/games/{GAME}")
        head = client.head(f"/games/{GAME}")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["Content-Length"] == get.headers["Content-Length"]


def test_options_lists_the_methods_without_credentials(assignr_mock: InProcessMock) -> None:
    with assignr_mock.client() as client:
        response = client.options(f"/sites/{SITE}/games")
    assert response.status_code == 204
    assert response.headers["Allow"] == "GET, HEAD, OPTIONS, POST"


def test_unknown_path_gets_404_with_the_error_body(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        response = client.get("/leagues")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_an_id_that_is_not_an_integer_gets_404_naming_the_parameter(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        response = client.get("/games/abc")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert response.json()["errors"][0]["path"] == "/game_id"


# Rate limits ------------------------------------------------------------------------------------


def test_rate_limit_headers_describe_the_rule_with_fewest_requests_left(
    make_mock: Callable[..., InProcessMock], clock: FakeClock
) -> None:
    mock = make_mock(clock=clock)
    with authed(mock) as client:
        first = client.get("/sites")
        for _ in range(178):
            client.get("/sites")
        last_allowed = client.get("/sites")
        throttled = client.get("/sites")
        clock.advance(int(throttled.headers["X-Ratelimit-Reset-Seconds-Remaining"]))
        after_reset = client.get("/sites")
    assert first.headers["X-Ratelimit-Limit"] == "180" and first.headers["X-Ratelimit-Period"] == "60"
    assert first.headers["X-Ratelimit-Remaining"] == "179"
    assert int(first.headers["X-Ratelimit-Reset"]) % 60 == 0
    assert last_allowed.status_code == 200 and last_allowed.headers["X-Ratelimit-Remaining"] == "0"
    assert throttled.status_code == 429 and throttled.headers["X-Ratelimit-Remaining"] == "0"
    assert after_reset.status_code == 200
    assert after_reset.headers["X-Ratelimit-Remaining"] == "179"


def test_five_minute_rule_is_reported_once_it_has_fewer_requests_left(
    make_mock: Callable[..., InProcessMock], clock: FakeClock
) -> None:
    mock = make_mock(clock=clock)
    with authed(mock) as client:
        for _ in range(2):
            for _ in range(170):
                client.get("/sites")
            clock.advance(60)
        for _ in range(100):
            response = client.get("/sites")
    # 440 of 500 used in this 5-minute window, 100 of 180 in this minute: 60 left beats 80 left.
    assert (response.headers["X-Ratelimit-Limit"], response.headers["X-Ratelimit-Period"]) == ("500", "300")
    assert response.headers["X-Ratelimit-Remaining"] == "60"


def test_limits_are_per_token(make_mock: Callable[..., InProcessMock], clock: FakeClock) -> None:
    mock = make_mock(clock=clock)
    with authed(mock) as one, authed(mock) as two:
        for _ in range(180):
            one.get("/sites")
        assert one.get("/sites").status_code == 429
        assert two.get("/sites").status_code == 200


# Faults -----------------------------------------------------------------------------------------


def test_prefer_code_injects_a_documented_error_with_the_apis_headers_and_body(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        unavailable = client.get("/sites", headers={"Prefer": "code=503"})
        undocumented = client.get("/sites", headers={"Prefer": "code=418"})
    assert unavailable.status_code == 503
    assert unavailable.json()["error"] == "service_unavailable"
    assert "X-Ratelimit-Remaining" in unavailable.headers
    assert undocumented.status_code == 200


def test_prefer_delay_holds_the_response(assignr_mock: InProcessMock) -> None:
    with authed(assignr_mock) as client:
        started = time.monotonic()
        response = client.get("/sites", headers={"Prefer": "delay=300"})
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.3


def test_server_error_rate_fails_that_share_of_requests_with_documented_5xx(
    make_mock: Callable[..., InProcessMock],
) -> None:
    mock = make_mock(error_rate=0.5, random_seed=7)
    with authed(mock) as client:
        statuses = [client.get("/sites").status_code for _ in range(150)]
    failed = [s for s in statuses if s != 200]
    assert 45 <= len(failed) <= 105
    assert set(failed) == {500, 503}


def test_server_latency_applies_to_every_request(make_mock: Callable[..., InProcessMock]) -> None:
    mock = make_mock(latency_ms=150)
    with authed(mock) as client:
        started = time.monotonic()
        client.get("/sites")
    assert time.monotonic() - started >= 0.15


def test_the_generated_client_reads_the_mock_in_process(assignr_mock: InProcessMock) -> None:
    from assignr_client import AuthenticatedClient
    from assignr_client.api.games import list_games
    from assignr_client.models import GameList

    token = assignr_mock.token()
    client = AuthenticatedClient(base_url=assignr_mock.base_url, token=token)
    client.set_httpx_client(assignr_mock.client(headers={"Authorization": f"Bearer {token}"}))
    games = list_games.sync(site_id=SITE, client=client, limit=50)
    assert isinstance(games, GameList)
    assert games.page.pages == 8


def test_requests_without_a_token_are_not_counted_and_keep_getting_401(make_mock: Callable[..., InProcessMock]) -> None:
    mock = make_mock()
    with mock.client() as client:
        statuses = {client.get("/sites").status_code for _ in range(200)}
    assert statuses == {401}
