"""Assignr's client-credentials flow at /oauth/token, and bearer tokens on the API."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable

import httpx

from apicontracts.mock.engine.testing import InProcessMock
from tests.mocks.conftest import FakeClock


def token_client(mock: InProcessMock) -> httpx.Client:
    return httpx.Client(transport=mock.transport(), base_url=mock.root_url)


def test_client_credentials_issue_a_64_hex_bearer_token_for_two_hours(assignr_mock: InProcessMock) -> None:
    creds = assignr_mock.credentials
    with token_client(assignr_mock) as client:
        response = client.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": creds.client_id,
                "client_secret": creds.client_secret,
                "scope": "read write",
            },
        )
    assert response.status_code == 200
    body = response.json()
    assert re.fullmatch(r"[0-9a-f]{64}", body["access_token"])
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 7200
    assert body["scope"] == "read write"
    assert isinstance(body["created_at"], int)
    assert response.headers["Cache-Control"] == "no-store"


def test_token_request_may_be_json_or_use_basic_auth(assignr_mock: InProcessMock) -> None:
    creds = assignr_mock.credentials
    basic = base64.b64encode(f"{creds.client_id}:{creds.client_secret}".encode()).decode()
    with token_client(assignr_mock) as client:
        as_json = client.post(
            "/oauth/token",
            json={
                "grant_type": "client_credentials",
                "client_id": creds.client_id,
                "client_secret": creds.client_secret,
            },
        )
        as_basic = client.post(
            "/oauth/token", data={"grant_type": "client_credentials"}, headers={"Authorization": f"Basic {basic}"}
        )
    assert as_json.status_code == 200
    assert as_basic.status_code == 200
    assert as_json.json()["scope"] == "bank read write"


def test_token_errors_follow_rfc_6749(assignr_mock: InProcessMock) -> None:
    creds = assignr_mock.credentials
    ok = {"client_id": creds.client_id, "client_secret": creds.client_secret}
    with token_client(assignr_mock) as client:
        missing_grant = client.post("/oauth/token", data=ok)
        wrong_grant = client.post("/oauth/token", data={**ok, "grant_type": "password"})
        bad_secret = client.post(
            "/oauth/token", data={**ok, "grant_type": "client_credentials", "client_secret": "nope"}
        )
        unknown_client = client.post(
            "/oauth/token", data={**ok, "grant_type": "client_credentials", "client_id": "nobody"}
        )
        wider_scope = client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", **_client(creds, "read_only"), "scope": "read write"},
        )
        not_json = client.post("/oauth/token", content=b"{", headers={"Content-Type": "application/json"})
    assert (missing_grant.status_code, missing_grant.json()["error"]) == (400, "invalid_request")
    assert (wrong_grant.status_code, wrong_grant.json()["error"]) == (400, "unsupported_grant_type")
    assert (bad_secret.status_code, bad_secret.json()["error"]) == (401, "invalid_client")
    assert (unknown_client.status_code, unknown_client.json()["error"]) == (401, "invalid_client")
    assert (wider_scope.status_code, wider_scope.json()["error"]) == (400, "invalid_scope")
    assert (not_json.status_code, not_json.json()["error"]) == (400, "invalid_request")


def _client(creds: object, role: str) -> dict[str, str]:
    chosen = creds.clients[role]  # type: ignore[attr-defined]
    return {"client_id": chosen.client_id, "client_secret": chosen.client_secret}


def test_missing_malformed_and_unknown_tokens_get_401(assignr_mock: InProcessMock) -> None:
    with assignr_mock.client() as client:
        missing = client.get("/sites")
        malformed = client.get("/sites", headers={"Authorization": "Token token=abc"})
        unknown = client.get("/sites", headers={"Authorization": "Bearer " + "0" * 64})
    for response in (missing, malformed, unknown):
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "message" in response.json()


def test_expired_token_gets_401(make_mock: Callable[..., InProcessMock], clock: FakeClock) -> None:
    mock = make_mock(clock=clock)
    headers = {"Authorization": f"Bearer {mock.token()}"}
    with mock.client(headers=headers) as client:
        assert client.get("/sites").status_code == 200
        clock.advance(7199)
        assert client.get("/sites").status_code == 200
        clock.advance(1)
        assert client.get("/sites").status_code == 401


def test_tokens_survive_a_restart_with_a_database_file(tmp_path: object) -> None:
    from pathlib import Path

    from apicontracts.mock import create_app

    database = Path(str(tmp_path)) / "assignr.sqlite"
    first = InProcessMock(create_app("assignr", database=database))
    token = first.token()
    first.app.store.close()
    second = InProcessMock(create_app("assignr", database=database))
    with second.client(headers={"Authorization": f"Bearer {token}"}) as client:
        assert client.get("/current_account").status_code == 200
    second.app.store.close()
