"""`POST /token`: password, refresh_token and assertion grants; bad credentials are a 400."""

from __future__ import annotations

import datetime as dt

from .support import MARY, STUDENT, Campus, FakeClock, cmac

ASSERTION_TYPE = "urn:ecollege:names:moauth:1.0:assertion"


def assertion(campus: Campus, username: str = STUDENT, *, at: float | None = None, secret: str | None = None) -> str:
    c = campus.credentials
    stamp = dt.datetime.fromtimestamp(campus.clock() if at is None else at, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = f"{c.application_name}|{c.consumer_key}|{c.application_id}|{c.client_string}|{username}|{stamp}"
    return f"{text}|{cmac(secret or c.shared_secret or '', text).hex()}"


def test_password_grant_returns_an_hour_long_token_and_a_refresh_token(campus: Campus) -> None:
    response = campus.password_grant()
    assert response.status_code == 200
    body = response.json()
    assert body["expires_in"] == 3600
    application_id, consumer_key, user_id, _expiry, _signature = body["access_token"].split("|")
    assert (application_id, consumer_key, user_id) == (
        campus.credentials.application_id,
        campus.credentials.consumer_key,
        str(MARY),
    )
    assert body["refresh_token"]


def test_token_works_in_x_authorization(campus: Campus) -> None:
    assert campus.get("/me").json()["me"]["id"] == MARY


def test_wrong_password_gets_400_with_the_error_body(campus: Campus) -> None:
    response = campus.password_grant(password="not-it")
    assert response.status_code == 400
    assert "incorrect_client_credentials" in response.json()["error"]["message"]


def test_login_without_the_client_string_gets_400(campus: Campus) -> None:
    c = campus.credentials
    response = campus.token_response(
        grant_type="password", client_id=c.application_id or "", username=STUDENT, password=c.users[STUDENT].password
    )
    assert response.status_code == 400


def test_unknown_client_id_gets_400(campus: Campus) -> None:
    c = campus.credentials
    response = campus.token_response(
        grant_type="password", client_id="0000", username=f"sandbox\\{STUDENT}", password=c.users[STUDENT].password
    )
    assert response.status_code == 400


def test_missing_grant_type_gets_400(campus: Campus) -> None:
    assert campus.token_response(client_id=campus.credentials.application_id or "").status_code == 400


def test_token_request_that_is_not_form_encoded_gets_406(campus: Campus) -> None:
    response = campus.client.post("/token", json={"grant_type": "password"})
    assert response.status_code == 406


def test_refresh_grant_issues_a_new_access_token(campus: Campus) -> None:
    refresh = campus.password_grant().json()["refresh_token"]
    response = campus.token_response(
        grant_type="refresh_token", client_id=campus.credentials.application_id or "", refresh_token=refresh
    )
    assert response.status_code == 200
    token = response.json()["access_token"]
    assert campus.get("/me", None, headers={"X-Authorization": f"Access_Token access_token={token}"}).status_code == 200


def test_refresh_token_outlives_the_access_token_by_minutes_only(campus: Campus, clock: FakeClock) -> None:
    body = campus.password_grant().json()
    headers = {"X-Authorization": f"Access_Token access_token={body['access_token']}"}
    form = {"grant_type": "refresh_token", "client_id": campus.credentials.application_id or ""}
    clock.advance(3600 + 300)
    assert campus.get("/me", None, headers=headers).status_code == 401
    assert campus.token_response(**form, refresh_token=body["refresh_token"]).status_code == 200
    clock.advance(600)
    assert campus.token_response(**form, refresh_token=body["refresh_token"]).status_code == 400


def test_an_access_token_is_not_a_refresh_token(campus: Campus) -> None:
    access = campus.password_grant().json()["access_token"]
    response = campus.token_response(
        grant_type="refresh_token", client_id=campus.credentials.application_id or "", refresh_token=access
    )
    assert response.status_code == 400


def test_assertion_grant_returns_a_token_without_refresh_token(campus: Campus) -> None:
    response = campus.token_response(grant_type="assertion", assertion_type=ASSERTION_TYPE, assertion=assertion(campus))
    assert response.status_code == 200, response.text
    assert "refresh_token" not in response.json()
    token = response.json()["access_token"]
    me = campus.get("/me", None, headers={"X-Authorization": f"Access_Token access_token={token}"})
    assert me.json()["me"]["userName"] == STUDENT


def test_assertion_signed_with_another_secret_gets_400(campus: Campus) -> None:
    signed = assertion(campus, secret="notTheRealSecret")
    response = campus.token_response(grant_type="assertion", assertion_type=ASSERTION_TYPE, assertion=signed)
    assert response.status_code == 400


def test_stale_assertion_gets_400(campus: Campus) -> None:
    signed = assertion(campus, at=campus.clock() - 3600)
    response = campus.token_response(grant_type="assertion", assertion_type=ASSERTION_TYPE, assertion=signed)
    assert response.status_code == 400


def test_assertion_with_the_wrong_assertion_type_gets_400(campus: Campus) -> None:
    response = campus.token_response(grant_type="assertion", assertion_type="jwt", assertion=assertion(campus))
    assert response.status_code == 400


def test_tampered_assertion_gets_400(campus: Campus) -> None:
    signed = assertion(campus).replace(f"|{STUDENT}|", "|iwells|")
    response = campus.token_response(grant_type="assertion", assertion_type=ASSERTION_TYPE, assertion=signed)
    assert response.status_code == 400
