"""Who is calling: an OAuth 2 user token or an OAuth 1 CMAC-AES signature, both in X-Authorization.

OAuth 2 callers act as their user, with that user's role; OAuth 1 callers are the campus system
(no user, no role, reference 1.6). Both identify an Application ID, which the quota counts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote_plus

from apicontracts.mock.engine import ApiProblem, Credentials, Operation, Principal, Request, Store, UserLogin
from apicontracts.mock.learningstudio.campus import Campus
from apicontracts.mock.learningstudio.oauth1 import InvalidSignature, OAuth1Verifier
from apicontracts.mock.learningstudio.tokens import InvalidToken, Tokens

if TYPE_CHECKING:
    import httpx

TOKEN_PREFIX = "Access_Token access_token="
OAUTH1_PREFIX = "OAuth "
OAUTH1 = "oauth1"
OAUTH2 = "oauth2"
DEFAULT_USER = "manderson"
_APPLICATION_ID = re.compile(r'application_id="([^"]*)"')


def application_of(request: Request) -> str:
    """The Application ID a request claims, read cheaply before authentication (the quota key)."""
    header = request.header("x-authorization") or ""
    if header.startswith(TOKEN_PREFIX):
        return header[len(TOKEN_PREFIX) :].split("|", 1)[0]
    if header.startswith(OAUTH1_PREFIX):
        match = _APPLICATION_ID.search(header)
        return unquote_plus(match.group(1)) if match else ""
    if request.body and request.content_type == "application/x-www-form-urlencoded":
        form = parse_qs(request.body.decode("utf-8", "replace"))
        if "client_id" in form:
            return form["client_id"][-1]
        # Assertion grant: `{applicationName}|{consumerKey}|{applicationId}|...`.
        assertion = form.get("assertion", [""])[-1].split("|")
        return assertion[2] if len(assertion) > 2 else ""
    return ""


def protocol_of(principal: Principal | None) -> str | None:
    return None if principal is None else principal.attributes.get("protocol")


class LearningStudioAuth:
    """The engine's `Auth` for LearningStudio."""

    def __init__(self, campus: Campus, tokens: Tokens, oauth1: OAuth1Verifier) -> None:
        self.campus = campus
        self.tokens = tokens
        self.oauth1 = oauth1

    def authenticate(self, request: Request, operation: Operation) -> Principal:
        header = request.header("x-authorization")
        if not header:
            raise ApiProblem(401, "The X-Authorization header is missing")
        if header.startswith(TOKEN_PREFIX):
            return self._user(request, header[len(TOKEN_PREFIX) :])
        if header.startswith(OAUTH1_PREFIX):
            return self._system(request, header)
        raise ApiProblem(401, "X-Authorization must be `Access_Token access_token=...` or `OAuth ...`")

    def _user(self, request: Request, token: str) -> Principal:
        try:
            grant = self.tokens.access(token)
        except InvalidToken as exc:
            raise ApiProblem(401, f"Unauthorized: {exc}") from exc
        user = request.store.get("users", grant.user_id)
        if user is None:
            raise ApiProblem(401, "Unauthorized: the token's user no longer exists")
        return Principal(
            key=grant.application_id,
            subject=grant.user_id,
            role=user.data["role"],
            attributes={"protocol": OAUTH2, "application_id": grant.application_id},
        )

    def _system(self, request: Request, header: str) -> Principal:
        try:
            signed = self.oauth1.verify(
                header, request.method, request.raw_path, request.raw_query, request.body, request.clock()
            )
        except InvalidSignature as exc:
            raise ApiProblem(401, f"Unauthorized: {exc}") from exc
        return Principal(
            key=signed.application_id,
            attributes={"protocol": OAUTH1, "application_id": signed.application_id},
        )

    def credentials(self, store: Store) -> Credentials:
        return Credentials(
            api="learningstudio",
            application_id=self.campus.application_id,
            application_name=self.campus.application_name,
            client_string=self.campus.client_string,
            consumer_key=self.campus.consumer_key,
            shared_secret=self.campus.shared_secret,
            users={
                login.username: UserLogin(password=login.password, role=login.role, user_id=login.user_id)
                for login in self.campus.logins.values()
            },
        )

    def fetch_token(self, client: httpx.Client, credentials: Credentials, who: str | None = None) -> str:
        """Password grant for `who` (a username; Mary Anderson, a student, by default)."""
        username = who or DEFAULT_USER
        response = client.post(
            "/token",
            data={
                "grant_type": "password",
                "client_id": credentials.application_id or "",
                "username": f"{credentials.client_string}\\{username}",
                "password": credentials.users[username].password,
            },
        )
        response.raise_for_status()
        return str(response.json()["access_token"])
