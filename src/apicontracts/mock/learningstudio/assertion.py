"""The OAuth 2 assertion grant: a campus-signed statement naming the user (reference 2.2).

`{applicationName}|{consumerKey}|{applicationId}|{clientString}|{userName}|{timestamp}|{hexCmac}`,
the CMAC taken over everything before the last `|` with the Shared Secret; the timestamp is UTC
`yyyy-MM-ddTHH:mm:ssZ`. The user name is the plain login, without the client string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from apicontracts.learningstudio_signing import cmac_hex, same
from apicontracts.mock.learningstudio.campus import Campus

ASSERTION_TYPE = "urn:ecollege:names:moauth:1.0:assertion"
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# How far the assertion's timestamp may be from the server clock, either way.
FRESHNESS_SECONDS = 300


class InvalidAssertion(Exception):
    """The assertion is malformed, signed with another key, stale, or names an unknown party."""


@dataclass(frozen=True)
class Assertion:
    application_id: str
    username: str


def verify_assertion(campus: Campus, assertion: str, now: float) -> Assertion:
    parts = assertion.split("|")
    if len(parts) != 7:
        raise InvalidAssertion("the assertion must have seven `|`-separated fields")
    _name, consumer_key, application_id, client_string, username, timestamp, signature = parts
    if not same(cmac_hex(campus.shared_secret, "|".join(parts[:6])), signature.lower()):
        raise InvalidAssertion("the assertion signature does not verify")
    try:
        issued = dt.datetime.strptime(timestamp, TIMESTAMP_FORMAT).replace(tzinfo=dt.UTC).timestamp()
    except ValueError as exc:
        raise InvalidAssertion("the assertion timestamp is not yyyy-MM-ddTHH:mm:ssZ") from exc
    if abs(now - issued) > FRESHNESS_SECONDS:
        raise InvalidAssertion("the assertion timestamp is stale")
    if consumer_key != campus.consumer_key or client_string != campus.client_string:
        raise InvalidAssertion("the assertion names another campus")
    if application_id not in campus.applications:
        raise InvalidAssertion("the assertion names an unknown application")
    return Assertion(application_id, username)
