"""`POST /token`: the three OAuth 2 grants (reference 2.2). Bad credentials are a 400."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Reply
from apicontracts.mock.learningstudio.assertion import ASSERTION_TYPE, InvalidAssertion, verify_assertion
from apicontracts.mock.learningstudio.campus import Campus
from apicontracts.mock.learningstudio.tokens import InvalidToken, Tokens

# The text eCollege-era clients look for in a 400 from the token endpoint.
BAD_CREDENTIALS = "incorrect_client_credentials"


def _refuse(reason: str) -> ApiProblem:
    return ApiProblem(400, f"{BAD_CREDENTIALS}: {reason}")


def _field(form: dict[str, Any], name: str) -> str:
    value = form.get(name)
    if not isinstance(value, str) or not value:
        raise ApiProblem(400, f"The form field {name} is required for this grant type")
    return value


class TokenEndpoint:
    def __init__(self, campus: Campus, tokens: Tokens) -> None:
        self.campus = campus
        self.tokens = tokens

    def create_token(self, call: Call) -> Reply:
        form: dict[str, Any] = call.body or {}
        grant = form.get("grant_type")
        if grant == "password":
            return call.reply(200, self._password(call, form))
        if grant == "refresh_token":
            return call.reply(200, self._refresh(form))
        return call.reply(200, self._assertion(call, form))

    def _application(self, form: dict[str, Any]) -> str:
        client_id = _field(form, "client_id")
        if client_id not in self.campus.applications:
            raise _refuse("unknown client_id")
        return client_id

    def _password(self, call: Call, form: dict[str, Any]) -> dict[str, Any]:
        application = self._application(form)
        client_string, backslash, username = _field(form, "username").partition("\\")
        password = _field(form, "password")
        login = self.campus.logins.get(username)
        if not backslash or client_string != self.campus.client_string or login is None or login.password != password:
            raise _refuse("wrong user name or password")
        if call.store.get("users", login.user_id) is None:
            raise _refuse("the user no longer exists")
        return self.tokens.response(application, login.user_id, with_refresh=True)

    def _refresh(self, form: dict[str, Any]) -> dict[str, Any]:
        application = self._application(form)
        try:
            grant = self.tokens.refresh(_field(form, "refresh_token"))
        except InvalidToken as exc:
            raise _refuse(str(exc)) from exc
        if grant.application_id != application:
            raise _refuse("the refresh token belongs to another application")
        return self.tokens.response(application, grant.user_id, with_refresh=True)

    def _assertion(self, call: Call, form: dict[str, Any]) -> dict[str, Any]:
        if _field(form, "assertion_type") != ASSERTION_TYPE:
            raise _refuse(f"assertion_type must be {ASSERTION_TYPE}")
        try:
            assertion = verify_assertion(self.campus, _field(form, "assertion"), call.now())
        except InvalidAssertion as exc:
            raise _refuse(str(exc)) from exc
        users = call.store.find("users", {"userName": assertion.username, "clientString": self.campus.client_string})
        if not users:
            raise _refuse("the assertion names an unknown user")
        # "When using the Assertion grant type workflow, there is no refresh token" (LIBDOC).
        return self.tokens.response(assertion.application_id, int(users[0].id), with_refresh=False)

    def handlers(self) -> dict[str, Handler]:
        return {"createToken": self.create_token}
