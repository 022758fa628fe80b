"""LearningStudio's signing: AES-CMAC and the OAuth 1.0a base string (reference 2.2, 2.4).

One implementation for both sides: the fuzz harness signs requests with it and the mock verifies
them with it (and signs its own tokens and checks assertions). The key is the campus Shared
Secret as UTF-8 bytes (16 characters: AES-128), as in Pearson's libraries.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Mapping
from urllib.parse import quote_plus

from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.cmac import CMAC

BODY_METHODS = frozenset({"POST", "PUT"})


def cmac(secret: str, message: str) -> bytes:
    mac = CMAC(algorithms.AES(secret.encode("utf-8")))
    mac.update(message.encode("utf-8"))
    return mac.finalize()


def cmac_hex(secret: str, message: str) -> str:
    """Lowercase hex, as the Java library encodes the assertion signature."""
    return cmac(secret, message).hex()


def cmac_base64(secret: str, message: str) -> str:
    """Base64, as OAuth 1 `oauth_signature` carries it."""
    return base64.b64encode(cmac(secret, message)).decode("ascii")


def same(expected: str, given: str) -> bool:
    """Constant-time comparison, so a caller cannot find a signature byte by byte."""
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def form_encode(value: str) -> str:
    """`java.net.URLEncoder.encode(value, "UTF-8")`, as Pearson's libraries encode: keeps `*`,
    encodes `~`, spaces become `+`."""
    return quote_plus(value, safe="*").replace("~", "%7E")


def base_string(method: str, path: str, query: str, oauth_params: Mapping[str, str], body: bytes | None) -> str:
    """`{METHOD}&{enc(path)}&{enc(params)}` over the OAuth parameters, the raw query pairs and, for
    POST and PUT, `body` = enc(enc(base64(body))), sorted by key case-insensitively.

    `path` and `query` are as sent (still percent-encoded): the library splits the raw query on
    `&` and `=` without decoding, so the server must too.
    """
    method = method.upper()
    params = dict(oauth_params)
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        params[key] = value
    if method in BODY_METHODS:
        params["body"] = form_encode(form_encode(base64.b64encode(body or b"").decode("ascii")))
    normalized = "&".join(f"{key}={params[key]}" for key in sorted(params, key=str.lower))
    return f"{method}&{form_encode(path)}&{form_encode(normalized)}"
