"""AES-CMAC, the one MAC LearningStudio uses: OAuth 1 signatures, assertions and (here) tokens.

The key is the campus Shared Secret as UTF-8 bytes (16 characters: AES-128), as in Pearson's
libraries (reference 2.2, 2.4).
"""

from __future__ import annotations

import base64
import hmac

from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.cmac import CMAC


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
