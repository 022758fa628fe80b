"""Reading multipart/form-data uploads (`POST /tempfiles`, avatars) with the standard library."""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.parser import BytesParser

from apicontracts.mock.engine.bodies import BodySyntaxError


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    media_type: str
    data: bytes


def _boundary(body: bytes) -> bytes:
    """The boundary a multipart body opens with (`--{boundary}` on its first line)."""
    first = body.lstrip(b"\r\n").split(b"\r\n", 1)[0]
    if not first.startswith(b"--") or len(first) < 3:
        raise BodySyntaxError("the body does not start with a multipart boundary")
    return first[2:]


def read_parts(body: bytes) -> list[Part]:
    """Every part of a multipart/form-data body; a body that is not multipart is a syntax error."""
    header = b'Content-Type: multipart/form-data; boundary="' + _boundary(body) + b'"\r\n\r\n'
    message = BytesParser(policy=policy.HTTP).parsebytes(header + body)
    if not message.is_multipart() or message.defects:
        raise BodySyntaxError("the body is not valid multipart/form-data")
    parts: list[Part] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            raise BodySyntaxError("every multipart part needs a Content-Disposition name")
        parts.append(Part(name, part.get_filename(), part.get_content_type(), payload))
    return parts


def parse_multipart(body: bytes) -> dict[str, str]:
    """Part name -> content (latin-1, lossless) for schema validation; handlers re-read the parts."""
    return {part.name: part.data.decode("latin-1") for part in read_parts(body)}
