"""Verifying OAuth 1.0a CMAC-AES request signatures (reference 2.4).

The signed base string is `{METHOD}&{enc(path)}&{enc(params)}`: the path as sent (percent-encoded,
with its `.json`/`.xml` suffix), and the five OAuth parameters, the raw query pairs and, for POST
and PUT, `body` = enc(enc(base64(body))), sorted by key case-insensitively. `enc` is Java's
`URLEncoder`, which Pearson's libraries use. A nonce is accepted once while its timestamp is fresh.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from dataclasses import dataclass
from urllib.parse import unquote_plus

from apicontracts.learningstudio_signing import base_string, cmac_base64, same
from apicontracts.mock.learningstudio.campus import Campus

SIGNATURE_METHOD = "CMAC-AES"
SIGNED_PARAMS = ("oauth_consumer_key", "application_id", "oauth_signature_method", "oauth_timestamp", "oauth_nonce")
# How far a request's timestamp may be from the server clock; also how long nonces are remembered.
FRESHNESS_SECONDS = 300
MAX_NONCE_LENGTH = 32
_PAIR = re.compile(r'\s*([A-Za-z_]+)="([^"]*)"\s*(?:,|$)')


class InvalidSignature(Exception):
    """The OAuth 1 header is malformed, its signature or keys are wrong, or it was replayed."""


@dataclass(frozen=True)
class SignedRequest:
    application_id: str
    consumer_key: str


def header_params(header: str) -> dict[str, str]:
    """The `key="value"` pairs of an `OAuth ...` header, URL-decoded."""
    if not header.startswith("OAuth "):
        raise InvalidSignature("the X-Authorization header is not `OAuth ...`")
    rest = header[len("OAuth ") :]
    params: dict[str, str] = {}
    position = 0
    while position < len(rest):
        match = _PAIR.match(rest, position)
        if match is None or match.end() == position:
            raise InvalidSignature('the OAuth header is not a comma-separated list of key="value" pairs')
        params[match.group(1)] = unquote_plus(match.group(2))
        position = match.end()
    return params


class OAuth1Verifier:
    """Checks signatures against the campus keys and remembers nonces for the freshness window."""

    def __init__(self, campus: Campus) -> None:
        self.campus = campus
        self._nonces: set[tuple[str, str]] = set()
        # (expiry, key) in arrival order, so forgetting old nonces costs O(1) per request.
        self._expiries: deque[tuple[float, tuple[str, str]]] = deque()
        self._lock = threading.Lock()

    def verify(self, header: str, method: str, raw_path: str, raw_query: str, body: bytes, now: float) -> SignedRequest:
        oauth = header_params(header)
        missing = [key for key in (*SIGNED_PARAMS, "oauth_signature") if not oauth.get(key)]
        if missing:
            raise InvalidSignature(f"the OAuth header lacks {', '.join(missing)}")
        if oauth["oauth_signature_method"] != SIGNATURE_METHOD:
            raise InvalidSignature(f"oauth_signature_method must be {SIGNATURE_METHOD}")
        nonce = oauth["oauth_nonce"]
        if len(nonce) > MAX_NONCE_LENGTH or not nonce.isalnum():
            raise InvalidSignature(f"oauth_nonce must be at most {MAX_NONCE_LENGTH} letters and digits")
        if not oauth["oauth_timestamp"].isdigit() or abs(now - int(oauth["oauth_timestamp"])) > FRESHNESS_SECONDS:
            raise InvalidSignature("oauth_timestamp is missing or stale")
        if oauth["oauth_consumer_key"] != self.campus.consumer_key:
            raise InvalidSignature("unknown oauth_consumer_key")
        if oauth["application_id"] not in self.campus.applications:
            raise InvalidSignature("unknown application_id")
        expected = cmac_base64(
            self.campus.shared_secret,
            base_string(method, raw_path, raw_query, {key: oauth[key] for key in SIGNED_PARAMS}, body),
        )
        if not same(expected, oauth["oauth_signature"]):
            raise InvalidSignature("the OAuth signature does not verify")
        self._use_nonce((oauth["oauth_consumer_key"], nonce), now)
        return SignedRequest(oauth["application_id"], oauth["oauth_consumer_key"])

    def _use_nonce(self, key: tuple[str, str], now: float) -> None:
        with self._lock:
            self._remember(key, now)

    def _remember(self, key: tuple[str, str], now: float) -> None:
        while self._expiries and self._expiries[0][0] < now:
            self._nonces.discard(self._expiries.popleft()[1])
        if key in self._nonces:
            raise InvalidSignature("the OAuth nonce was already used")
        self._nonces.add(key)
        self._expiries.append((now + 2 * FRESHNESS_SECONDS, key))
