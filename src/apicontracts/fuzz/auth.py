"""Credentials for a fuzz run and each API's own flow that turns them into authenticated requests.

Assignr: OAuth 2 client credentials at `https://app.assignr.com/oauth/token`, sent as
`Authorization: Bearer`. LearningStudio: OAuth 2 password grant at `{base}/token` with the
username `{clientString}\\{login}`, sent as `X-Authorization: Access_Token access_token=...`, or
OAuth 1.0a CMAC-AES signatures (`oauth1`). Token URLs are overridable: a mock serves them itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

import requests
import requests.auth

from apicontracts.fuzz.oauth1 import OAuth1Keys, authorization

ASSIGNR_TOKEN_URL = "https://app.assignr.com/oauth/token"
# Relative to the API's base URL: LearningStudio serves `POST /token` on the API host.
LEARNINGSTUDIO_TOKEN_PATH = "token"
# Renew a token this long before the server says it expires, so no request carries a stale one.
EXPIRY_MARGIN = 60.0
DEFAULT_LIFETIME = 3600.0
TOKEN_TIMEOUT = 30.0


class AuthError(Exception):
    """Credentials are incomplete, or the token endpoint refused them."""


@dataclass(frozen=True)
class AssignrClientCredentials:
    client_id: str
    client_secret: str
    scope: str = "read write"
    token_url: str = ASSIGNR_TOKEN_URL


@dataclass(frozen=True)
class LearningStudioPassword:
    application_id: str
    client_string: str
    username: str
    password: str
    token_url: str = LEARNINGSTUDIO_TOKEN_PATH


Credentials = AssignrClientCredentials | LearningStudioPassword | OAuth1Keys

# Environment variable prefix per API; the option names are the suffixes, lower-cased.
ENV_PREFIXES = {"assignr": "ASSIGNR_", "learningstudio": "LEARNINGSTUDIO_"}
# For each kind of credentials: its fields and the variable suffix each is read from.
KINDS: dict[str, list[tuple[type[Credentials], dict[str, str], dict[str, str]]]] = {
    "assignr": [
        (
            AssignrClientCredentials,
            {"client_id": "CLIENT_ID", "client_secret": "CLIENT_SECRET"},
            {"scope": "SCOPE", "token_url": "TOKEN_URL"},
        ),
    ],
    "learningstudio": [
        (
            LearningStudioPassword,
            {
                "application_id": "APPLICATION_ID",
                "client_string": "CLIENT_STRING",
                "username": "USERNAME",
                "password": "PASSWORD",
            },
            {"token_url": "TOKEN_URL"},
        ),
        (
            OAuth1Keys,
            {"application_id": "APPLICATION_ID", "consumer_key": "CONSUMER_KEY", "shared_secret": "SHARED_SECRET"},
            {},
        ),
    ],
}


def env_values(api: str, env: Mapping[str, str]) -> dict[str, str]:
    """The API's credential variables from `env`, keyed by suffix (`CLIENT_ID`)."""
    prefix = ENV_PREFIXES.get(api)
    if prefix is None:
        return {}
    return {key[len(prefix) :]: value for key, value in env.items() if key.startswith(prefix) and value}


def credentials_from(api: str, values: Mapping[str, str]) -> Credentials | None:
    """The first kind of credentials whose required values are all present; None when none is given."""
    kinds = KINDS.get(api, [])
    for kind, required, optional in kinds:
        if all(values.get(suffix) for suffix in required.values()):
            fields = {name: values[suffix] for name, suffix in required.items()}
            fields.update({name: values[suffix] for name, suffix in optional.items() if values.get(suffix)})
            return kind(**fields)
    if not any(values.get(suffix) for _, required, _ in kinds for suffix in required.values()):
        return None
    prefix = ENV_PREFIXES[api]
    needs = [" + ".join(prefix + suffix for suffix in required.values()) for _, required, _ in kinds]
    raise AuthError(f"incomplete {api} credentials: give {' or '.join(needs)}")


class TokenSource:
    """Gets an access token with the API's grant and renews it shortly before it expires."""

    def __init__(self, url: str, form: dict[str, str], session: requests.Session | None = None) -> None:
        self.url = url
        self.form = form
        self.session = session or requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires = 0.0

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires:
                self._token, lifetime = self._fetch()
                self._expires = time.monotonic() + max(lifetime - EXPIRY_MARGIN, 0.0)
            return self._token

    def _fetch(self) -> tuple[str, float]:
        try:
            # `verify` passed on: requests lets REQUESTS_CA_BUNDLE override a session's own CA file.
            response = self.session.post(self.url, data=self.form, timeout=TOKEN_TIMEOUT, verify=self.session.verify)
        except requests.RequestException as exc:
            raise AuthError(f"token request to {self.url} failed: {exc}") from exc
        if response.status_code != 200:
            raise AuthError(f"token endpoint {self.url} answered {response.status_code}: {response.text[:300]}")
        try:
            payload = response.json()
            return str(payload["access_token"]), float(payload.get("expires_in") or DEFAULT_LIFETIME)
        except (ValueError, KeyError, TypeError) as exc:
            raise AuthError(f"token endpoint {self.url} answered without an access_token: {exc}") from exc


class TokenAuth(requests.auth.AuthBase):
    """Puts `{prefix}{token}` into one request header."""

    def __init__(self, source: TokenSource, header: str, prefix: str) -> None:
        self.source = source
        self.header = header
        self.prefix = prefix

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers[self.header] = self.prefix + self.source.token()
        return request


class OAuth1Auth(requests.auth.AuthBase):
    """Signs each request as it goes out, so the signature covers the exact URL and body sent."""

    def __init__(self, keys: OAuth1Keys) -> None:
        self.keys = keys

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body.encode("utf-8") if isinstance(request.body, str) else request.body
        request.headers["X-Authorization"] = authorization(
            self.keys, request.method or "GET", request.url or "", body if isinstance(body, bytes) else None
        )
        return request


def token_url(configured: str, base_url: str) -> str:
    """An absolute token URL as is; otherwise relative to the API's base URL (`/x` to its host)."""
    return urljoin(base_url.rstrip("/") + "/", configured)


def request_auth(
    credentials: Credentials, base_url: str, session: requests.Session | None = None
) -> requests.auth.AuthBase:
    """The `requests` auth that authenticates every request the way the API expects."""
    if isinstance(credentials, AssignrClientCredentials):
        form = {
            "grant_type": "client_credentials",
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
            "scope": credentials.scope,
        }
        source = TokenSource(token_url(credentials.token_url, base_url), form, session)
        return TokenAuth(source, "Authorization", "Bearer ")
    if isinstance(credentials, LearningStudioPassword):
        form = {
            "grant_type": "password",
            "client_id": credentials.application_id,
            "username": f"{credentials.client_string}\\{credentials.username}",
            "password": credentials.password,
        }
        source = TokenSource(token_url(credentials.token_url, base_url), form, session)
        return TokenAuth(source, "X-Authorization", "Access_Token access_token=")
    return OAuth1Auth(credentials)
