"""The stub API, broken on purpose: each route breaks one promise of its contract.

| request                          | broken promise                             | check that must fail    |
|----------------------------------|--------------------------------------------|-------------------------|
| GET /me.json                     | returns another user's record              | caller_data             |
| GET /me.xml                      | sends JSON although `.xml` selects XML     | media_type              |
| GET /games (no suffix)           | sends XML although no suffix selects JSON  | media_type              |
| GET /games.json                  | answers 418, which no operation documents  | status_code_conformance |
| GET /games.xml                   | answers 429 without rate-limit headers     | throttled_headers       |
| GET /games/{id} (404)            | drops X-Ratelimit-Remaining                | contract_headers        |
| POST /games (201)                | no Location                                | status_headers          |
| DELETE /games/{id} (404)         | error body outside the error schema        | error_body              |
| any request over "plain HTTP"    | served instead of redirected to HTTPS      | https_redirect          |

Every 200 of `GET /games{format}` comes from the suffix-less form, which the harness adds to what
schemathesis generates (`apicontracts.fuzz.suffixes`).
"""

from __future__ import annotations

import json

from tests.fuzz.stub_api import BASE_PATH, JSON, PLAIN_PREFIX, RATE_HEADERS, XML, Reply, StubApi, error

OTHER_USER_ID = 7


class BrokenApi(StubApi):
    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        if path.startswith(PLAIN_PREFIX):
            path = path[len(PLAIN_PREFIX) :]
        reply = super().handle(method, path, headers, body)
        route = f"{method} {path.removeprefix(BASE_PATH)}"
        if reply.status == 401:
            return reply
        if route == "GET /me.json":
            return Reply(200, {"me": {"id": OTHER_USER_ID}})
        if route == "GET /me.xml":
            reply.headers["Content-Type"] = JSON
        elif route == "GET /games":
            reply.headers["Content-Type"] = XML
        elif route == "GET /games.json":
            return Reply(418, {"error": {"message": "I'm a teapot"}})
        elif route == "GET /games.xml":
            reply = error(429, "slow down", "application/xml")
            for name in RATE_HEADERS:
                del reply.headers[name]
        elif method == "GET" and path.startswith(f"{BASE_PATH}/games/") and reply.status == 404:
            del reply.headers["X-Ratelimit-Remaining"]
        elif method == "POST" and reply.status == 201:
            del reply.headers["Location"]
        elif method == "DELETE" and reply.status == 404:
            reply.content = json.dumps({"oops": True}).encode()
            reply.headers["Content-Type"] = JSON
        return reply
