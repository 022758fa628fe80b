"""Rules every LearningStudio call passes before its handler (reference 1.6, 2.4, each operation's 403)."""

from __future__ import annotations

from apicontracts.mock.engine import ApiProblem, Call, Rule
from apicontracts.mock.learningstudio.auth import OAUTH1, protocol_of
from apicontracts.mock.learningstudio.campus import Campus


def oauth1_enabled(call: Call) -> None:
    """An OAuth 1 (system) request to an API that lists only OAuth 2 in its `security` is a 403.

    The signature is genuine, so 401 would mislead; the spec's 403 descriptions say "this API
    needs an OAuth 2 user token".
    """
    if protocol_of(call.principal) == OAUTH1 and not any("oauth1" in alt for alt in call.operation.security):
        raise ApiProblem(403, "An OAuth 1 (system) request: this API needs an OAuth 2 user token")


def user_roles(call: Call) -> None:
    """The OAuth 2 user's role must be one of the operation's `x-roles`; OAuth 1 has no role."""
    principal = call.principal
    roles = call.operation.roles
    if principal is None or principal.role is None or not roles:
        return
    if principal.role not in roles:
        raise ApiProblem(403, f"Forbidden: a {principal.role} token cannot use {call.operation.operation_id}")


def application_enabled(campus: Campus) -> Rule:
    """403 for an application the campus has not enabled for this API ("Access to that resource is denied")."""

    def rule(call: Call) -> None:
        principal = call.principal
        application = None if principal is None else principal.attributes.get("application_id")
        if application is not None and call.operation.operation_id in campus.disabled.get(application, ()):
            raise ApiProblem(
                403, "Forbidden: access to that resource is denied (the application is not enabled for it)"
            )

    return rule


def rules(campus: Campus) -> tuple[Rule, ...]:
    return (application_enabled(campus), oauth1_enabled, user_roles)
