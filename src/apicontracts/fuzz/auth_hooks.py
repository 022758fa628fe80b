"""Attach the API's authentication to schemathesis, globally (`st run`) or to one schema (pytest).

A token travels as a case header set by an auth provider, not by a `requests` auth object:
schemathesis masks case headers in the curl lines of its reports, but a `requests` auth object
re-adds its header when the curl line is rendered. OAuth 1 signatures stay a `requests` auth
object, because only the prepared request has the exact URL and body they sign; a signature is
single-use (nonce) and reveals no key, so printing it leaks nothing.
"""

from __future__ import annotations

from typing import Any

import requests
from requests.structures import CaseInsensitiveDict
from schemathesis import AuthContext
from schemathesis.auths import AuthStorage

from apicontracts.fuzz.auth import Credentials, TokenAuth, request_auth
from apicontracts.fuzz.checks import Case


def register(
    storage: AuthStorage[Any], credentials: Credentials, base_url: str, session: requests.Session | None = None
) -> None:
    auth = request_auth(credentials, base_url, session)
    if not isinstance(auth, TokenAuth):
        storage.set_from_requests(auth)
        return
    token = auth

    class ApiToken:
        def get(self, case: Case, context: AuthContext) -> str:
            return token.source.token()

        def set(self, case: Case, data: str, context: AuthContext) -> None:
            headers = case.headers if case.headers is not None else CaseInsensitiveDict()
            headers[token.header] = token.prefix + data
            case.headers = headers

    # The token source renews tokens itself, so schemathesis need not cache them.
    storage(refresh_interval=None)(ApiToken)
