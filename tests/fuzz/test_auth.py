"""The fuzzer logs in with each API's own flow and sends the token where that API expects it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import pytest
import requests

from apicontracts.fuzz.auth import (
    AssignrClientCredentials,
    AuthError,
    LearningStudioPassword,
    credentials_from,
    env_values,
    request_auth,
)
from apicontracts.fuzz.oauth1 import OAuth1Keys
from apicontracts.fuzz.serve import serving


@dataclass
class TokenServer:
    """Answers POST /token-ish paths with a token and echoes the headers of every other request."""

    expires_in: int = 3600
    status: int = 200
    forms: list[dict[str, str]] = field(default_factory=list)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = (await receive()).get("body", b"")
        if scope["method"] == "POST":
            self.forms.append({key: values[0] for key, values in parse_qs(body.decode()).items()})
            payload = {"access_token": f"token-{len(self.forms)}", "expires_in": self.expires_in}
            status = self.status
        else:
            payload = {key.decode(): value.decode() for key, value in scope["headers"]}
            status = 200
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]}
        )
        await send({"type": "http.response.body", "body": json.dumps(payload).encode()})


@pytest.fixture
def server() -> TokenServer:
    return TokenServer()


@pytest.fixture
def origin(server: TokenServer) -> Iterator[str]:
    with serving(server) as url:
        yield url


def echoed(origin: str, auth: requests.auth.AuthBase) -> dict[str, str]:
    response = requests.get(f"{origin}/api/v2/echo", auth=auth, timeout=10)
    return dict(response.json())


def test_assignr_client_credentials_become_a_bearer_token(server: TokenServer, origin: str) -> None:
    credentials = AssignrClientCredentials("id", "secret", token_url="/oauth/token")
    headers = echoed(origin, request_auth(credentials, f"{origin}/api/v2"))
    assert server.forms == [
        {"grant_type": "client_credentials", "client_id": "id", "client_secret": "secret", "scope": "read write"}
    ]
    assert headers["authorization"] == "Bearer token-1"


def test_learningstudio_password_grant_uses_client_string_backslash_login(server: TokenServer, origin: str) -> None:
    credentials = LearningStudioPassword("app-id", "campus", "jdoe", "pw")
    headers = echoed(origin, request_auth(credentials, origin))
    assert server.forms == [
        {"grant_type": "password", "client_id": "app-id", "username": "campus\\jdoe", "password": "pw"}
    ]
    assert headers["x-authorization"] == "Access_Token access_token=token-1"


def test_learningstudio_oauth1_keys_sign_each_request(origin: str) -> None:
    headers = echoed(origin, request_auth(OAuth1Keys("app-id", "ck", "0123456789abcdef"), origin))
    assert headers["x-authorization"].startswith(f'OAuth realm="{origin}/api/v2/echo",oauth_consumer_key="ck"')


def test_a_token_is_reused_until_shortly_before_it_expires(server: TokenServer, origin: str) -> None:
    auth = request_auth(AssignrClientCredentials("id", "secret", token_url="/oauth/token"), origin)
    echoed(origin, auth)
    echoed(origin, auth)
    assert len(server.forms) == 1
    server.expires_in = 30
    short_lived = request_auth(AssignrClientCredentials("id", "secret", token_url="/oauth/token"), origin)
    assert [echoed(origin, short_lived)["authorization"] for _ in range(2)] == ["Bearer token-2", "Bearer token-3"]


def test_a_refused_token_request_says_what_the_endpoint_answered(server: TokenServer, origin: str) -> None:
    server.status = 401
    auth = request_auth(AssignrClientCredentials("id", "wrong", token_url="/oauth/token"), origin)
    with pytest.raises(AuthError, match="answered 401"):
        echoed(origin, auth)


def test_credentials_come_from_the_apis_environment_variables() -> None:
    env = {"ASSIGNR_CLIENT_ID": "id", "ASSIGNR_CLIENT_SECRET": "s", "ASSIGNR_TOKEN_URL": "/t", "OTHER": "x"}
    assert credentials_from("assignr", env_values("assignr", env)) == AssignrClientCredentials(
        "id", "s", token_url="/t"
    )


def test_learningstudio_takes_a_password_login_or_else_oauth1_keys() -> None:
    oauth1 = {"APPLICATION_ID": "a", "CONSUMER_KEY": "k", "SHARED_SECRET": "s"}
    password = {"APPLICATION_ID": "a", "CLIENT_STRING": "c", "USERNAME": "u", "PASSWORD": "p"}
    assert credentials_from("learningstudio", oauth1) == OAuth1Keys("a", "k", "s")
    assert credentials_from("learningstudio", {**oauth1, **password}) == LearningStudioPassword("a", "c", "u", "p")


def test_incomplete_credentials_name_the_missing_variables() -> None:
    with pytest.raises(AuthError, match="ASSIGNR_CLIENT_SECRET"):
        credentials_from("assignr", {"CLIENT_ID": "id"})


def test_no_credentials_at_all_means_an_unauthenticated_run() -> None:
    assert credentials_from("assignr", {}) is None
