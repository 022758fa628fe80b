"""Assignr's OAuth 2: the client-credentials token endpoint (Doorkeeper-like) and bearer tokens.

The real token URL is on app.assignr.com, outside the API's base URL; the mock serves it at
`/oauth/token` on its own root. Token errors follow RFC 6749 section 5.2.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from typing import Any

import httpx

from apicontracts.mock.engine.bodies import BodySyntaxError, parse_form, parse_json
from apicontracts.mock.engine.credentials import Credentials, OAuthClient
from apicontracts.mock.engine.exchange import ApiProblem, Principal, Reply, Request
from apicontracts.mock.engine.spec import Operation
from apicontracts.mock.engine.store import Store

TOKEN_PATH = "/oauth/token"
TOKEN_LIFETIME = 7200
BEARER = re.compile(r"Bearer ([0-9a-f]{64})", re.IGNORECASE)
TOKEN_HEADERS = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def token_error(status: int, error: str, description: str) -> Reply:
    return Reply(status, {"error": error, "error_description": description}, dict(TOKEN_HEADERS), "application/json")


def _token_fields(request: Request) -> dict[str, Any]:
    if request.content_type in ("application/json",) or (request.content_type or "").endswith("+json"):
        body = parse_json(request.body)
        if not isinstance(body, dict):
            raise BodySyntaxError("the JSON body is not an object")
        return body
    return dict(parse_form(request.body)) if request.body else {}


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    """Client credentials in an `Authorization: Basic` header (RFC 6749 section 2.3.1)."""
    header = request.header("authorization") or ""
    if not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, _, secret = decoded.partition(":")
    return client_id, secret


class AssignrAuth:
    """Tokens are records of kind "token" (id = the token), so they survive a restart."""

    def issue_token(self, request: Request) -> Reply:
        """POST /oauth/token with grant_type=client_credentials."""
        try:
            fields = _token_fields(request)
        except BodySyntaxError:
            return token_error(400, "invalid_request", "The request body could not be read.")
        grant = fields.get("grant_type")
        if not grant:
            return token_error(400, "invalid_request", "The request is missing a required parameter: grant_type.")
        if grant != "client_credentials":
            return token_error(400, "unsupported_grant_type", "The authorization grant type is not supported.")
        client_id, secret = _basic_credentials(request) or (fields.get("client_id"), fields.get("client_secret"))
        client = request.store.get("client", client_id) if isinstance(client_id, str) and client_id else None
        if client is None or not isinstance(secret, str) or not secrets.compare_digest(secret, client.data["secret"]):
            return token_error(
                401, "invalid_client", "Client authentication failed due to unknown client or bad secret."
            )
        allowed = set(client.data["scopes"])
        asked = fields.get("scope")
        wanted = set(str(asked).split()) if asked else allowed
        if not wanted or not wanted <= allowed:
            return token_error(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.")
        token = secrets.token_hex(32)
        created = int(request.clock())
        scope = " ".join(sorted(wanted))
        request.store.insert(
            "token",
            {
                "client_id": client.id,
                "account_id": client.data["account_id"],
                "scopes": sorted(wanted),
                "created_at": created,
            },
            id=token,
        )
        body = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": TOKEN_LIFETIME,
            "scope": scope,
            "created_at": created,
        }
        return Reply(200, body, dict(TOKEN_HEADERS), "application/json")

    def authenticate(self, request: Request, operation: Operation) -> Principal:
        header = request.header("authorization")
        if header is None:
            raise _unauthorized("The access token is missing.")
        found = BEARER.fullmatch(header.strip())
        if found is None:
            raise _unauthorized("The access token is malformed; send Authorization: Bearer <access_token>.")
        token = request.store.get("token", found.group(1).lower())
        if token is None:
            raise _unauthorized("The access token is invalid.")
        if request.clock() >= token.data["created_at"] + TOKEN_LIFETIME:
            raise _unauthorized("The access token expired.")
        return Principal(
            key=str(token.id),
            subject=token.data["account_id"],
            scopes=frozenset(token.data["scopes"]),
            attributes={"client_id": token.data["client_id"]},
        )

    def credentials(self, store: Store) -> Credentials:
        clients = {
            record.data["role"]: OAuthClient(
                client_id=str(record.id),
                client_secret=record.data["secret"],
                scopes=frozenset(record.data["scopes"]),
                description=record.data["description"],
            )
            for record in store.find("client", order_by="order")
        }
        default = clients["default"]
        return Credentials(
            api="assignr", client_id=default.client_id, client_secret=default.client_secret, clients=clients
        )

    def fetch_token(self, client: httpx.Client, credentials: Credentials, who: str | None = None) -> str:
        chosen = credentials.clients[who or "default"]
        response = client.post(
            TOKEN_PATH,
            data={
                "grant_type": "client_credentials",
                "client_id": chosen.client_id,
                "client_secret": chosen.client_secret,
                "scope": " ".join(sorted(chosen.scopes)),
            },
        )
        response.raise_for_status()
        token: str = response.json()["access_token"]
        return token


def _unauthorized(message: str) -> ApiProblem:
    return ApiProblem(
        401,
        message,
        headers={"WWW-Authenticate": f'Bearer realm="Assignr", error="invalid_token", error_description="{message}"'},
    )


def rate_key(request: Request) -> str | None:
    """Limits are per token; a request without a well-formed one is not counted (it gets 401)."""
    header = request.header("authorization") or ""
    found = BEARER.fullmatch(header.strip())
    return f"token:{found.group(1).lower()}" if found else None
