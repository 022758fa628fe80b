"""LearningStudio's OAuth 1.0a request signing (CMAC-AES), as its official libraries do it.

The reference (learningstudio-api.md, section 2.4) and Pearson's Java library define the details
that differ from RFC 5849: an `application_id` parameter, a `body` parameter carrying the base64
request body, case-insensitive key order, and Java's `URLEncoder` (form encoding) everywhere.
"""

from __future__ import annotations

import secrets
import string
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from apicontracts.learningstudio_signing import base_string, cmac_base64, form_encode

SIGNATURE_METHOD = "CMAC-AES"
NONCE_ALPHABET = string.ascii_letters + string.digits


@dataclass(frozen=True)
class OAuth1Keys:
    """Campus keys: Application ID, Token Key Moniker (consumer key) and Shared Secret."""

    application_id: str
    consumer_key: str
    shared_secret: str


def authorization(
    keys: OAuth1Keys,
    method: str,
    url: str,
    body: bytes | None,
    *,
    nonce: str | None = None,
    timestamp: int | None = None,
) -> str:
    """The `X-Authorization` value that signs one request."""
    oauth_params = {
        "oauth_consumer_key": keys.consumer_key,
        "application_id": keys.application_id,
        "oauth_signature_method": SIGNATURE_METHOD,
        "oauth_timestamp": str(int(time.time()) if timestamp is None else timestamp),
        "oauth_nonce": nonce or "".join(secrets.choice(NONCE_ALPHABET) for _ in range(32)),
    }
    parts = urlsplit(url)
    signature = cmac_base64(keys.shared_secret, base_string(method, parts.path, parts.query, oauth_params, body))
    pairs = {**oauth_params, "oauth_signature": signature}
    realm = url.split("?", 1)[0]
    return f'OAuth realm="{realm}",' + ",".join(f'{key}="{form_encode(value)}"' for key, value in pairs.items())
