"""Request body parsers and response renderers for the media types both APIs share."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

import orjson


class BodySyntaxError(ValueError):
    """The body does not parse as its media type."""


def parse_json(body: bytes) -> Any:
    """Strict JSON (orjson): invalid UTF-8, NaN and trailing garbage are syntax errors."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise BodySyntaxError(f"invalid JSON: {exc}") from exc


def parse_form(body: bytes) -> dict[str, str]:
    """`application/x-www-form-urlencoded` -> field -> value (the last one wins, as in Rails)."""
    try:
        text = body.decode("utf-8")
        return dict(parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text), errors="strict"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BodySyntaxError(f"invalid form body: {exc}") from exc


def render_json(body: Any) -> bytes:
    return orjson.dumps(body)
