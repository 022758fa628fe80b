"""X-Authorization: OAuth 2 tokens and OAuth 1 CMAC-AES signatures; what each protocol may call."""

from __future__ import annotations

import json

from .support import KAI, MARY, Campus, FakeClock


def test_request_without_x_authorization_gets_401(campus: Campus) -> None:
    response = campus.get("/me", None)
    assert response.status_code == 401
    assert response.json()["error"]["message"]


def test_standard_authorization_header_is_not_read(campus: Campus) -> None:
    assert campus.get("/me", None, headers={"Authorization": f"Bearer {campus.token()}"}).status_code == 401


def test_malformed_x_authorization_gets_401(campus: Campus) -> None:
    assert campus.get("/me", None, headers={"X-Authorization": f"Bearer {campus.token()}"}).status_code == 401


def test_altered_token_gets_401(campus: Campus) -> None:
    token = campus.token().replace(f"|{MARY}|", f"|{KAI}|")
    assert campus.get("/me", None, headers={"X-Authorization": f"Access_Token access_token={token}"}).status_code == 401


def test_expired_token_gets_401_saying_so(campus: Campus, clock: FakeClock) -> None:
    headers = campus.auth()
    clock.advance(3601)
    response = campus.get("/me", None, headers=headers)
    assert response.status_code == 401
    assert "expired" in response.json()["error"]["message"]


def test_oauth1_signed_request_reads_any_user_of_the_campus(campus: Campus) -> None:
    response = campus.system("GET", f"/users/{KAI}")
    assert response.status_code == 200, response.text
    assert response.json()["users"][0]["id"] == KAI


def test_oauth1_signature_covers_query_and_suffix(campus: Campus) -> None:
    response = campus.system("GET", f"/users/{MARY}/upcomingevents.json?since=01/01/2011&until=12/31/2099")
    assert response.status_code == 200, response.text


def test_oauth1_signature_covers_the_body(campus: Campus) -> None:
    path = "/courses/4855840/gradebook/customCategories"
    body = json.dumps({"customCategory": {"title": "Labs"}}).encode()
    response = campus.system("POST", path, body, headers={"Content-Type": "application/json"})
    assert response.status_code == 201, response.text


def test_oauth1_body_changed_after_signing_gets_401(campus: Campus) -> None:
    path = "/courses/4855840/gradebook/customCategories"
    signed = campus.oauth1_header("POST", path, b'{"customCategory": {"title": "Labs"}}')
    response = campus.client.post(
        path,
        content=b'{"customCategory": {"title": "Quizzes"}}',
        headers={"X-Authorization": signed, "Content-Type": "application/json"},
    )
    assert response.status_code == 401


def test_oauth1_with_another_secret_gets_401(campus: Campus) -> None:
    header = campus.oauth1_header("GET", f"/users/{MARY}", secret="notTheRealSecret")
    assert campus.client.get(f"/users/{MARY}", headers={"X-Authorization": header}).status_code == 401


def test_oauth1_reused_nonce_gets_401(campus: Campus) -> None:
    header = campus.oauth1_header("GET", f"/users/{MARY}", nonce="abc123")
    assert campus.client.get(f"/users/{MARY}", headers={"X-Authorization": header}).status_code == 200
    again = campus.oauth1_header("GET", f"/users/{MARY}", nonce="abc123")
    assert campus.client.get(f"/users/{MARY}", headers={"X-Authorization": again}).status_code == 401


def test_oauth1_stale_timestamp_gets_401(campus: Campus) -> None:
    header = campus.oauth1_header("GET", f"/users/{MARY}", timestamp=int(campus.clock()) - 3600)
    assert campus.client.get(f"/users/{MARY}", headers={"X-Authorization": header}).status_code == 401


def test_oauth1_request_to_an_oauth2_only_api_gets_403(campus: Campus) -> None:
    response = campus.system("GET", "/me")
    assert response.status_code == 403
    assert "OAuth 2" in response.json()["error"]["message"]


def test_oauth1_cannot_post_thread_responses(campus: Campus) -> None:
    path = "/courses/4855840/threadeddiscussions/100126516567/topics/7205763/responses"
    body = json.dumps({"response": {"title": "System post"}}).encode()
    assert campus.system("POST", path, body, headers={"Content-Type": "application/json"}).status_code == 403


def test_me_routes_answer_for_the_token_user(campus: Campus) -> None:
    assert campus.get("/me", "kjohnson").json()["me"]["id"] == KAI
    courses = campus.get("/me/courses", "kjohnson").json()["courses"]
    assert {link["href"].rsplit("/", 1)[1] for entry in courses for link in entry["links"]} == {"4855840", "4855843"}
