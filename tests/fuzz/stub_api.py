"""A tiny API that keeps its contract: a spec, the contract table row, and an ASGI app serving both.

It exercises every project check (rate-limit headers, Location on 201, 429 headers, one error
envelope, format-suffix media types, the caller's own record, HTTPS redirect) without the real
mocks, so the fuzz machinery can be tested on its own. `broken_app.py` breaks it on purpose.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import tempfile
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from apicontracts.contracts import ApiContract
from apicontracts.fuzz.auth import AssignrClientCredentials
from apicontracts.fuzz.targets import Target

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Any]]
Send = Callable[[Any], Awaitable[None]]

BASE_PATH = "/v1"
# Requests under this prefix play the server's plain-HTTP port: they are redirected to HTTPS.
PLAIN_PREFIX = "/plain"
CLIENT_ID, CLIENT_SECRET, TOKEN = "stub-client", "stub-secret", "stub-token-1"
CALLER_ID = 42
JSON, XML = "application/json", "application/xml"
RATE_HEADERS = {"X-Ratelimit-Limit": "180", "X-Ratelimit-Remaining": "179"}

CONTRACT = ApiContract(
    name="stub",
    title="Stub API",
    package="stub_client",
    extra_verbs=frozenset(),
    always=frozenset({401, 429}),
    with_body=frozenset({400}),
    with_id=frozenset({404}),
    every_response_headers={"XRatelimitLimit": "X-Ratelimit-Limit", "XRatelimitRemaining": "X-Ratelimit-Remaining"},
    status_headers={201: {"Location": "Location"}},
    format_params=frozenset({"format"}),
    format_media_types=frozenset({JSON, XML}),
    format_suffixes={"": JSON, ".json": JSON, ".xml": XML},
    throttled_headers={"X-Ratelimit-Limit": None, "X-Ratelimit-Remaining": "0"},
    caller_id_pointers={"getMe": "/me/id"},
    http_redirect_status=302,
)


def _content(schema_ref: str) -> dict[str, Any]:
    return {media: {"schema": {"$ref": schema_ref}} for media in (JSON, XML)}


def _response(description: str, schema_ref: str | None = None, location: bool = False) -> dict[str, Any]:
    headers: dict[str, Any] = {name: {"$ref": f"#/components/headers/{name.replace('-', '')}"} for name in RATE_HEADERS}
    if location:
        headers["Location"] = {"$ref": "#/components/headers/Location"}
    response: dict[str, Any] = {"description": description, "headers": headers}
    if schema_ref:
        response["content"] = _content(schema_ref)
    return response


def _errors(*codes: int) -> dict[str, Any]:
    return {str(code): {"$ref": f"#/components/responses/Error{code}"} for code in codes}


FORMAT = {"$ref": "#/components/parameters/Format"}
GAME_ID = {"$ref": "#/components/parameters/GameId"}
SECURITY = [{"oauth2": []}]

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Stub API", "version": "1.0.0"},
    "servers": [{"url": f"https://api.example.com{BASE_PATH}"}],
    "security": SECURITY,
    "tags": [{"name": "Me"}, {"name": "Games"}],
    "paths": {
        "/me{format}": {
            "parameters": [FORMAT],
            "get": {
                "operationId": "getMe",
                "tags": ["Me"],
                "responses": {
                    "200": _response("The caller.", "#/components/schemas/MeEnvelope"),
                    **_errors(401, 404, 429),
                },
            },
        },
        "/games{format}": {
            "parameters": [FORMAT],
            "get": {
                "operationId": "listGames",
                "tags": ["Games"],
                "responses": {"200": _response("Games.", "#/components/schemas/GameList"), **_errors(401, 404, 429)},
            },
            "post": {
                "operationId": "createGame",
                "tags": ["Games"],
                "requestBody": {
                    "required": True,
                    "content": {JSON: {"schema": {"$ref": "#/components/schemas/GameCreate"}}},
                },
                "responses": {
                    "201": {
                        **_response("Created.", "#/components/schemas/Game", location=True),
                        "links": {
                            "GetGame": {"operationId": "getGame", "parameters": {"gameId": "$response.body#/id"}},
                            "DeleteGame": {"operationId": "deleteGame", "parameters": {"gameId": "$response.body#/id"}},
                        },
                    },
                    **_errors(400, 401, 404, 429),
                },
            },
        },
        "/games/{gameId}{format}": {
            "parameters": [GAME_ID, FORMAT],
            "get": {
                "operationId": "getGame",
                "tags": ["Games"],
                "responses": {"200": _response("A game.", "#/components/schemas/Game"), **_errors(401, 404, 429)},
            },
            "delete": {
                "operationId": "deleteGame",
                "tags": ["Games"],
                "responses": {"204": _response("Deleted."), **_errors(401, 404, 429)},
            },
        },
    },
    "components": {
        "securitySchemes": {
            "oauth2": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "/oauth/token", "scopes": {}}}}
        },
        "parameters": {
            "Format": {
                "name": "format",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "enum": ["", ".json", ".xml"]},
            },
            "GameId": {"name": "gameId", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}},
        },
        "headers": {
            **{
                name.replace("-", ""): {"required": True, "schema": {"type": "integer", "minimum": 0}}
                for name in RATE_HEADERS
            },
            "Location": {"required": True, "schema": {"type": "string"}},
        },
        "responses": {
            f"Error{code}": _response(f"Error {code}.", "#/components/schemas/Error") for code in (400, 401, 404, 429)
        },
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}}
                },
            },
            "Me": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            "MeEnvelope": {
                "type": "object",
                "required": ["me"],
                "properties": {"me": {"$ref": "#/components/schemas/Me"}},
            },
            "Game": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "integer", "minimum": 1}, "name": {"type": "string"}},
            },
            "GameCreate": {
                "type": "object",
                "required": ["name"],
                "additionalProperties": False,
                "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 40}},
            },
            "GameList": {
                "type": "object",
                "required": ["games"],
                "properties": {"games": {"type": "array", "items": {"$ref": "#/components/schemas/Game"}}},
            },
        },
    },
}

ROUTES = [
    (re.compile(r"/me(?P<format>|\.json|\.xml)"), {"GET": "getMe"}),
    (re.compile(r"/games(?P<format>|\.json|\.xml)"), {"GET": "listGames", "POST": "createGame"}),
    (
        re.compile(r"/games/(?P<gameId>[1-9][0-9]{0,17})(?P<format>|\.json|\.xml)"),
        {"GET": "getGame", "DELETE": "deleteGame"},
    ),
]
GAME_CREATE = Draft202012Validator(SPEC["components"]["schemas"]["GameCreate"])


def to_xml(name: str, value: Any) -> str:
    if isinstance(value, dict):
        return f"<{name}>" + "".join(to_xml(key, item) for key, item in value.items()) + f"</{name}>"
    if isinstance(value, list):
        return f"<{name}>" + "".join(to_xml("item", item) for item in value) + f"</{name}>"
    return f"<{name}>{value}</{name}>"


class Reply:
    """One response: status, headers and a body rendered in the representation the suffix selects."""

    def __init__(self, status: int, body: Any = None, *, media: str = JSON, headers: dict[str, str] | None = None):
        self.status = status
        self.headers = {**RATE_HEADERS, **(headers or {})}
        self.content = b""
        if body is not None:
            self.content = (to_xml("response", body) if media == XML else json.dumps(body)).encode()
            self.headers["Content-Type"] = media

    async def send(self, send: Send) -> None:
        headers = [(key.lower().encode(), value.encode()) for key, value in self.headers.items()]
        headers.append((b"content-length", str(len(self.content)).encode()))
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": self.content})


def error(status: int, message: str, media: str = JSON) -> Reply:
    return Reply(status, {"error": {"message": message}}, media=media)


class StubApi:
    """The stub's behaviour: authentication, a games store, and the spec's routes."""

    def __init__(self) -> None:
        self.games: dict[int, dict[str, Any]] = {}
        self.ids = itertools.count(1)
        self.lock = threading.Lock()
        # Every request as (method, raw path) and the Content-Type of its answer, for tests of what was sent.
        self.seen: list[tuple[str, str, str | None]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        reply = self.handle(scope["method"], scope["path"], _headers(scope), body)
        with self.lock:
            self.seen.append((scope["method"], scope["path"], reply.headers.get("Content-Type")))
        await reply.send(send)

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        if path.startswith(PLAIN_PREFIX):
            return Reply(302, headers={"Location": "https://api.example.com" + path[len(PLAIN_PREFIX) :]})
        if path == "/oauth/token" and method == "POST":
            return self.token(body)
        suffix = re.search(r"\.(json|xml)$", path)
        unrouted = error(404, "no such path", CONTRACT.format_suffixes[suffix.group(0)] if suffix else JSON)
        if not path.startswith(BASE_PATH + "/"):
            return unrouted
        for pattern, operations in ROUTES:
            match = pattern.fullmatch(path[len(BASE_PATH) :])
            if match is None:
                continue
            media = CONTRACT.format_suffixes[match["format"]]
            if method not in operations:
                reply = error(405, "method not allowed", media)
                reply.headers["Allow"] = ", ".join(operations)
                return reply
            if headers.get("authorization") != f"Bearer {TOKEN}":
                return error(401, "missing or invalid token", media)
            handler: Callable[[dict[str, str], bytes, str], Reply] = getattr(self, operations[method])
            return handler(match.groupdict(), body, media)
        return unrouted

    def token(self, body: bytes) -> Reply:
        form = dict(pair.split("=", 1) for pair in body.decode().split("&") if "=" in pair)
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return error(401, "invalid_client")
        return Reply(200, {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 7200})

    def getMe(self, params: dict[str, str], body: bytes, media: str) -> Reply:
        return Reply(200, {"me": {"id": CALLER_ID}}, media=media)

    def listGames(self, params: dict[str, str], body: bytes, media: str) -> Reply:
        with self.lock:
            return Reply(200, {"games": list(self.games.values())}, media=media)

    def createGame(self, params: dict[str, str], body: bytes, media: str) -> Reply:
        try:
            payload = json.loads(body)
        except ValueError:
            return error(400, "body is not JSON", media)
        if not GAME_CREATE.is_valid(payload):
            return error(400, "invalid game", media)
        with self.lock:
            game = {"id": next(self.ids), "name": payload["name"]}
            self.games[game["id"]] = game
        return Reply(201, game, media=media, headers={"Location": f"https://api.example.com/v1/games/{game['id']}"})

    def getGame(self, params: dict[str, str], body: bytes, media: str) -> Reply:
        with self.lock:
            game = self.games.get(int(params["gameId"]))
        return Reply(200, game, media=media) if game else error(404, "no such game", media)

    def deleteGame(self, params: dict[str, str], body: bytes, media: str) -> Reply:
        with self.lock:
            game = self.games.pop(int(params["gameId"]), None)
        return Reply(204) if game else error(404, "no such game", media)


def _headers(scope: Scope) -> dict[str, str]:
    return {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def spec_file() -> Path:
    """The spec as a file, where schemathesis loads it from (written once per process)."""
    path = Path(tempfile.gettempdir()) / f"apicontracts-stub-{os.getpid()}" / "openapi.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(SPEC), encoding="utf-8")
    return path


def credentials() -> AssignrClientCredentials:
    """The stub speaks Assignr's client-credentials flow, on its own host."""
    return AssignrClientCredentials(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, token_url="/oauth/token")


def target(app: Any = None) -> Target:
    return Target(app=app or StubApi(), base_path=BASE_PATH, credentials=credentials(), caller_id=str(CALLER_ID))
