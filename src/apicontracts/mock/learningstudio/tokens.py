"""OAuth 2 access and refresh tokens, minted and checked without server-side storage.

The access token has the real syntax (reference 2.2): `{applicationId}|{consumerKey}|{userId}|
{expiry}|{signature}`, the expiry in Mountain Standard Time with its colons URL-encoded as in a
token seen in production. The signature is an AES-CMAC of the other fields under the campus
secret, so a token is checked in constant time and a forged or altered one is simply unknown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from apicontracts.learningstudio_signing import cmac_hex, same
from apicontracts.mock.learningstudio.campus import Campus

ACCESS_LIFETIME = 3600
# "The refresh token only lasts about 5-10 minutes longer" than the access token (LIBDOC).
REFRESH_LIFETIME = ACCESS_LIFETIME + 600
MOUNTAIN_STANDARD_TIME = dt.timezone(dt.timedelta(hours=-7))
EXPIRY_FORMAT = "%Y-%m-%dT%H:%M:%S"

Clock = Callable[[], float]


class InvalidToken(Exception):
    """The token is not one this campus issued, or it has expired (the message says which)."""


@dataclass(frozen=True)
class Grant:
    """Who a valid token speaks for."""

    application_id: str
    user_id: int


def _expiry(at: float) -> str:
    stamp = dt.datetime.fromtimestamp(int(at), MOUNTAIN_STANDARD_TIME).strftime(EXPIRY_FORMAT)
    return quote(stamp, safe="").replace("%3A", "%3a")


def _parse_expiry(text: str) -> float | None:
    try:
        stamp = dt.datetime.strptime(unquote(text), EXPIRY_FORMAT).replace(tzinfo=MOUNTAIN_STANDARD_TIME)
    except ValueError:
        return None
    return stamp.timestamp()


class Tokens:
    """Issues token responses and resolves tokens back to their application and user."""

    def __init__(self, campus: Campus, clock: Clock) -> None:
        self.campus = campus
        self.clock = clock

    def _sign(self, kind: str, payload: str) -> str:
        return cmac_hex(self.campus.shared_secret, f"{kind}|{payload}")

    def response(self, application_id: str, user_id: int, *, with_refresh: bool) -> dict[str, Any]:
        """The body of a successful `POST /token`."""
        now = self.clock()
        access = f"{application_id}|{self.campus.consumer_key}|{user_id}|{_expiry(now + ACCESS_LIFETIME)}"
        body: dict[str, Any] = {
            "access_token": f"{access}|{self._sign('access', access)}",
            "expires_in": ACCESS_LIFETIME,
        }
        if with_refresh:
            refresh = f"{application_id}|{user_id}|{_expiry(now + REFRESH_LIFETIME)}"
            body["refresh_token"] = f"{refresh}|{self._sign('refresh', refresh)}"
        return body

    def _check(self, kind: str, token: str, fields: int) -> list[str]:
        parts = token.split("|")
        if len(parts) != fields or not same(self._sign(kind, "|".join(parts[:-1])), parts[-1]):
            raise InvalidToken(f"the {kind} token is invalid")
        expires = _parse_expiry(parts[-2])
        if expires is None or expires <= self.clock():
            raise InvalidToken(f"the {kind} token has expired")
        return parts

    def access(self, token: str) -> Grant:
        """The grant of a genuine, unexpired access token; raises `InvalidToken` otherwise."""
        parts = self._check("access", token, 5)
        if parts[1] != self.campus.consumer_key or not parts[2].isdigit():
            raise InvalidToken("the access token is invalid")
        return Grant(parts[0], int(parts[2]))

    def refresh(self, token: str) -> Grant:
        """The grant of a genuine, unexpired refresh token; raises `InvalidToken` otherwise."""
        parts = self._check("refresh", token, 4)
        if not parts[1].isdigit():
            raise InvalidToken("the refresh token is invalid")
        return Grant(parts[0], int(parts[1]))
