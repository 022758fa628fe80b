"""Representations: JSON by default, XML for the `.xml` suffix, binary content as it is (reference 1.2)."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import MediaPolicy, Operation, Request
from apicontracts.mock.engine.bodies import parse_form, parse_json, render_json
from apicontracts.mock.learningstudio import xmlcodec
from apicontracts.mock.learningstudio.multipart import parse_multipart

JSON = "application/json"
XML = "application/xml"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
HTML = "text/html"
OCTETS = "application/octet-stream"
ZIP = "application/zip"
PNG = "image/png"
TEXT_TYPES = frozenset({JSON, XML, HTML})


def choose(request: Request, operation: Operation | None) -> str:
    """XML when the last path segment ends in `.xml` on a route that takes the suffix."""
    takes_suffix = operation is None or any(param.name == "format" for param in operation.parameters)
    return XML if takes_suffix and request.path.endswith(".xml") else JSON


def render_text(body: Any) -> bytes:
    return str(body).encode("utf-8")


def render_bytes(body: Any) -> bytes:
    return body if isinstance(body, bytes) else str(body).encode("utf-8")


def render_xml(body: Any) -> bytes:
    return xmlcodec.render(body if isinstance(body, dict) else {"response": body})


def content_type(media_type: str) -> str:
    return f"{media_type}; charset=utf-8" if media_type in TEXT_TYPES else media_type


def media_policy(parse_xml: Any) -> MediaPolicy:
    return MediaPolicy(
        choose=choose,
        renderers={
            JSON: render_json,
            XML: render_xml,
            HTML: render_text,
            OCTETS: render_bytes,
            ZIP: render_bytes,
            PNG: render_bytes,
        },
        parsers={JSON: parse_json, FORM: parse_form, XML: parse_xml, MULTIPART: parse_multipart},
        content_type=content_type,
    )
