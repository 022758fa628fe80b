"""A tiny split spec that passes every house rule, for tests to break one rule at a time."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

RATE_HEADERS = {
    "X-Ratelimit-Limit": "XRatelimitLimit",
    "X-Ratelimit-Period": "XRatelimitPeriod",
    "X-Ratelimit-Remaining": "XRatelimitRemaining",
    "X-Ratelimit-Reset": "XRatelimitReset",
    "X-Ratelimit-Reset-Seconds-Remaining": "XRatelimitResetSecondsRemaining",
}
ERRORS = {
    400: "BadRequest",
    401: "Unauthorized",
    402: "PaymentRequired",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    422: "UnprocessableEntity",
    429: "TooManyRequests",
    500: "InternalServerError",
    503: "ServiceUnavailable",
}
MEDIA = "application/vnd.assignr.v2.hal+json"


def _headers(prefix: str) -> dict[str, Any]:
    return {name: {"$ref": f"{prefix}headers/{key}.yaml"} for name, key in RATE_HEADERS.items()}


def _errors(codes: list[int]) -> dict[str, Any]:
    return {
        str(code): {"$ref": f"../responses/{ERRORS[code]}.yaml", "description": f"Cause of {code}."} for code in codes
    }


def _operation(op_id: str, scope: str, codes: list[int], success: dict[str, Any]) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "summary": op_id,
        "description": f"{op_id} does its job.",
        "tags": ["Games"],
        "x-evidence": {"grade": "observed", "sources": ["PROD"]},
        "security": [{"oauth2": [scope]}],
        "responses": {**success, **_errors(codes)},
    }


def base_files() -> dict[str, Any]:
    """Relative path -> YAML data of a valid two-operation spec."""
    files: dict[str, Any] = {
        "openapi.yaml": {
            "openapi": "3.1.0",
            "info": {"title": "Mini", "version": "1.0.0"},
            "servers": [{"url": "https://api.example.com"}],
            "tags": [{"name": "Games", "description": "Games."}],
            "paths": {"/games/{game_id}": {"$ref": "paths/games_game_id.yaml"}},
            "components": {
                "securitySchemes": {
                    "oauth2": {
                        "type": "oauth2",
                        "flows": {
                            "clientCredentials": {
                                "tokenUrl": "https://example.com/token",
                                "scopes": {"read": "Read.", "write": "Write."},
                            }
                        },
                    }
                }
            },
        },
        "paths/games_game_id.yaml": {
            "parameters": [{"$ref": "../parameters/GameId.yaml"}],
            "get": _operation(
                "getGame",
                "read",
                [401, 402, 403, 404, 429, 500, 503],
                {
                    "200": {
                        "description": "The game.",
                        "headers": _headers("../"),
                        "content": {MEDIA: {"schema": {"$ref": "../schemas/Game.yaml"}}},
                        "links": {"updateGame": {"$ref": "../links/UpdateGame.yaml"}},
                    }
                },
            ),
            "put": {
                **_operation(
                    "updateGame",
                    "write",
                    [400, 401, 402, 403, 404, 409, 422, 429, 500, 503],
                    {
                        "200": {
                            "description": "The updated game.",
                            "headers": _headers("../"),
                            "content": {MEDIA: {"schema": {"$ref": "../schemas/Game.yaml"}}},
                        }
                    },
                ),
                "requestBody": {
                    "required": True,
                    "content": {MEDIA: {"schema": {"$ref": "../schemas/GameUpdate.yaml"}}},
                },
            },
        },
        "parameters/GameId.yaml": {
            "name": "game_id",
            "in": "path",
            "required": True,
            "schema": {"type": "integer"},
            "example": 42,
        },
        "schemas/Game.yaml": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "integer", "examples": [42]},
                "lock_version": {"type": "integer", "examples": [7]},
            },
        },
        "schemas/GameUpdate.yaml": {
            "type": "object",
            "properties": {"lock_version": {"type": "integer", "examples": [7]}},
        },
        "schemas/Error.yaml": {
            "type": "object",
            "properties": {"message": {"type": "string", "examples": ["Not found"]}},
        },
        "links/UpdateGame.yaml": {
            "operationId": "updateGame",
            "parameters": {"game_id": "$response.body#/id"},
        },
    }
    for key in RATE_HEADERS.values():
        files[f"headers/{key}.yaml"] = {
            "description": key,
            "required": True,
            "schema": {"type": "integer"},
            "example": 180,
        }
    for code, name in ERRORS.items():
        files[f"responses/{name}.yaml"] = {
            "description": f"Error {code}.",
            "headers": _headers("../"),
            "content": {MEDIA: {"schema": {"$ref": "../schemas/Error.yaml"}}},
        }
    return files


class MiniSpec:
    """A writable copy of the mini spec in a temporary folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files = copy.deepcopy(base_files())

    def write(self) -> Path:
        for relative, data in self.files.items():
            path = self.root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return self.root

    def line_of(self, relative: str, text: str) -> int:
        """1-based line of the first line in a written file that contains `text`."""
        lines = (self.root / relative).read_text(encoding="utf-8").splitlines()
        return next(i for i, line in enumerate(lines, 1) if text in line)
