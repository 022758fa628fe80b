"""The mock engine: one spec-driven server core that each API's behaviour plugs into (ENGINE.md)."""

from apicontracts.mock.engine.behaviour import (
    ApiBehaviour,
    Auth,
    ErrorPolicy,
    Handler,
    MediaPolicy,
    RateLimitPolicy,
    Rule,
)
from apicontracts.mock.engine.bodies import BodySyntaxError, parse_form, parse_json, render_json
from apicontracts.mock.engine.config import MockConfig
from apicontracts.mock.engine.credentials import Credentials, OAuthClient, UserLogin
from apicontracts.mock.engine.exchange import (
    ApiProblem,
    Call,
    ErrorDetail,
    Failure,
    Principal,
    RateState,
    Reply,
    Request,
)
from apicontracts.mock.engine.ratelimit import Window
from apicontracts.mock.engine.spec import Operation
from apicontracts.mock.engine.store import Record, RecordNotFound, StaleVersion, Store, Where

__all__ = [
    "ApiBehaviour",
    "ApiProblem",
    "Auth",
    "BodySyntaxError",
    "Call",
    "Credentials",
    "ErrorDetail",
    "ErrorPolicy",
    "Failure",
    "Handler",
    "MediaPolicy",
    "MockConfig",
    "OAuthClient",
    "Operation",
    "Principal",
    "RateLimitPolicy",
    "RateState",
    "Record",
    "RecordNotFound",
    "Reply",
    "Request",
    "Rule",
    "StaleVersion",
    "Store",
    "UserLogin",
    "Where",
    "Window",
    "parse_form",
    "parse_json",
    "render_json",
]
