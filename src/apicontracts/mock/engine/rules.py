"""Authorization rules both APIs can use as they are."""

from __future__ import annotations

from apicontracts.mock.engine.exchange import ApiProblem, Call


def require_scopes(call: Call) -> None:
    """403 when the token lacks a scope that every security alternative of the operation needs."""
    principal = call.principal
    if principal is None or not call.operation.secured:
        return
    for alternative in call.operation.security:
        needed = {scope for scopes in alternative.values() for scope in scopes}
        if needed <= principal.scopes:
            return
    missing = sorted(call.operation.scopes - principal.scopes)
    raise ApiProblem(403, f"Insufficient scope: this operation needs {' '.join(missing)}")


def require_roles(call: Call) -> None:
    """403 when the operation names roles (`x-roles`) and the caller has another one."""
    principal = call.principal
    roles = call.operation.roles
    if principal is None or not roles or principal.role is None:
        return
    if principal.role not in roles:
        raise ApiProblem(403, f"Role {principal.role} may not call {call.operation.operation_id}")
