"""500 requests per second per Application ID (reference 3.4), on the mock's injectable clock."""

from __future__ import annotations

import asyncio
import time

import httpx

from apicontracts.mock.learningstudio.seed import default_campus

from .support import Campus, FakeClock

LIMIT = 500


def test_request_beyond_500_in_a_second_gets_429(campus: Campus, clock: FakeClock) -> None:
    headers = campus.auth()
    clock.advance(1)  # a fresh second, without the token request
    statuses = [campus.get("/systemDateTime", None, headers=headers).status_code for _ in range(LIMIT)]
    assert set(statuses) == {200}
    refused = campus.get("/systemDateTime", None, headers=headers)
    assert refused.status_code == 429
    assert refused.json()["error"]["message"]
    clock.advance(1)
    assert campus.get("/systemDateTime", None, headers=headers).status_code == 200


def test_quota_is_per_application_id(campus: Campus, clock: FakeClock) -> None:
    headers = campus.auth()
    clock.advance(1)
    for _ in range(LIMIT):
        campus.get("/systemDateTime", None, headers=headers)
    assert campus.get("/systemDateTime", None, headers=headers).status_code == 429
    other = next(app for app in default_campus().applications if app != campus.credentials.application_id)
    c = campus.credentials
    response = campus.token_response(
        grant_type="password", client_id=other, username="sandbox\\kjohnson", password=c.users["kjohnson"].password
    )
    token = response.json()["access_token"]
    assert campus.get("/me", None, headers={"X-Authorization": f"Access_Token access_token={token}"}).status_code == 200


def test_mock_sustains_well_over_the_quota(campus: Campus, clock: FakeClock) -> None:
    """The 429 is the quota's, not the mock's: one application gets 500 answers in well under a second."""
    headers = campus.auth()
    clock.advance(1)

    async def burst() -> float:
        transport = httpx.ASGITransport(app=campus.app)
        async with httpx.AsyncClient(transport=transport, base_url=campus.mock.base_url, headers=headers) as client:
            started = time.perf_counter()
            for _ in range(LIMIT):
                response = await client.get("/me/courses/4855840/role")
                assert response.status_code == 200
            return time.perf_counter() - started

    elapsed = asyncio.run(burst())
    assert elapsed < 1.0, f"{LIMIT} requests took {elapsed:.2f}s"
