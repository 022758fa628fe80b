"""Callers for each seeded role of the LearningStudio mock, on a clock the test controls."""

from __future__ import annotations

import base64
import datetime as dt
import secrets
from typing import Any
from urllib.parse import quote_plus

import httpx
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.cmac import CMAC

from apicontracts.mock.engine.testing import InProcessMock

# A fixed moment after the seeded courses started and before the Final Exam's scheduled start.
START = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC).timestamp()
STUDENT = "manderson"
OTHER_STUDENT = "kjohnson"
PROFESSOR = "iwells"
TEACHING_ASSISTANT = "pchen"
ADMINISTRATOR = "lsadmin"
OUTSIDER = "lpark"  # a student of another course
ACC = 4855840
MARY = 7520378
KAI = 4822785


class FakeClock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def form_encode(value: str) -> str:
    return quote_plus(value, safe="*").replace("~", "%7E")


def cmac(secret: str, message: str) -> bytes:
    mac = CMAC(algorithms.AES(secret.encode("utf-8")))
    mac.update(message.encode("utf-8"))
    return mac.finalize()


class Campus:
    """Talks to one in-process mock as its seeded users, or as the campus system (OAuth 1)."""

    def __init__(self, mock: InProcessMock, clock: FakeClock) -> None:
        self.mock = mock
        self.app = mock.app
        self.clock = clock
        self.credentials = mock.credentials
        self.client = mock.client()
        self._tokens: dict[str, str] = {}

    def token_response(self, **form: str) -> httpx.Response:
        return self.client.post("/token", data=form)

    def password_grant(self, who: str = STUDENT, password: str | None = None) -> httpx.Response:
        return self.token_response(
            grant_type="password",
            client_id=self.credentials.application_id or "",
            username=f"{self.credentials.client_string}\\{who}",
            password=password if password is not None else self.credentials.users[who].password,
        )

    def token(self, who: str = STUDENT) -> str:
        if who not in self._tokens:
            response = self.password_grant(who)
            assert response.status_code == 200, response.text
            self._tokens[who] = response.json()["access_token"]
        return self._tokens[who]

    def auth(self, who: str = STUDENT) -> dict[str, str]:
        return {"X-Authorization": f"Access_Token access_token={self.token(who)}"}

    def call(self, method: str, path: str, who: str | None = STUDENT, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if who is not None:
            headers.update(self.auth(who))
        return self.client.request(method, path, headers=headers, **kwargs)

    def get(self, path: str, who: str | None = STUDENT, **kwargs: Any) -> httpx.Response:
        return self.call("GET", path, who, **kwargs)

    def oauth1_header(
        self,
        method: str,
        url: str,
        body: bytes = b"",
        *,
        nonce: str | None = None,
        timestamp: int | None = None,
        secret: str | None = None,
    ) -> str:
        """Signed as reference 2.4 describes, independently of the mock's own code."""
        parsed = httpx.URL(url)
        params = {
            "application_id": self.credentials.application_id or "",
            "oauth_consumer_key": self.credentials.consumer_key or "",
            "oauth_nonce": nonce or secrets.token_hex(16),
            "oauth_signature_method": "CMAC-AES",
            "oauth_timestamp": str(int(self.clock()) if timestamp is None else timestamp),
        }
        signed = dict(params)
        for pair in filter(None, parsed.query.decode("ascii").split("&")):
            key, _, value = pair.partition("=")
            signed[key] = value
        if method in ("POST", "PUT"):
            signed["body"] = form_encode(form_encode(base64.b64encode(body).decode("ascii")))
        normalized = "&".join(f"{k}={signed[k]}" for k in sorted(signed, key=str.lower))
        base = f"{method}&{form_encode(parsed.raw_path.decode('ascii').split('?')[0])}&{form_encode(normalized)}"
        signature = base64.b64encode(cmac(secret or self.credentials.shared_secret or "", base)).decode("ascii")
        pairs = {**params, "oauth_signature": signature}
        realm = f"{self.mock.base_url}{parsed.path}"
        return f'OAuth realm="{realm}",' + ",".join(f'{k}="{form_encode(v)}"' for k, v in pairs.items())

    def system(self, method: str, path: str, body: bytes = b"", **kwargs: Any) -> httpx.Response:
        """A request signed with OAuth 1 (no user)."""
        headers = dict(kwargs.pop("headers", {}))
        headers["X-Authorization"] = self.oauth1_header(method, path, body)
        return self.client.request(method, path, headers=headers, content=body or None, **kwargs)
