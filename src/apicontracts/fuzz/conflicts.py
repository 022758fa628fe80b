"""Refusals of schema-valid data that the server's own state explains: an operation's `x-conflicts`.

A schema says which requests are well formed, not which ones the server's data allows: creating a
grade where one exists, or a custom category under a title the course already uses, is refused
whatever the fuzzer sends (LearningStudio answers such conflicts 400, reference 3.3; schemathesis'
positive-data check only expects 409 for them). An operation lists the conflicts it refuses, each
with the request that shows the conflicting state, written like an OpenAPI link:

```yaml
x-conflicts:
  - description: Another category of the course already has this title.
    operationId: listCustomCategories
    parameters: {courseId: $request.path.courseId, format: ""}
    contains: {value: $request.body#/customCategory/title, at: /customCategories/*/title, ignoreCase: true}
```

After a documented 4xx to schema-valid data, the harness sends that request with the refused
request's own credentials. The conflict is proven when it answers 2xx and, with `contains`, the
answer holds the refused value at `at` (`*` steps into every array item). A refusal that no
conflict explains is still reported.
"""

from __future__ import annotations

import json
from typing import Any

from requests.structures import CaseInsensitiveDict
from schemathesis import Response
from schemathesis.core.failures import Failure
from schemathesis.openapi.checks import RejectedPositiveData

from apicontracts.fuzz.checks import Case, credential_headers, documented_response

MISSING = object()


def _pointer(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return MISSING
    return node


def evaluate(expression: Any, case: Case) -> Any:
    """An OpenAPI runtime expression over the refused request (`$request.path.x`, `$request.query.x`,
    `$request.body#/ptr`); any other value is a constant. MISSING when the request has no such part."""
    if not isinstance(expression, str) or not expression.startswith("$request."):
        return expression
    source, _, rest = expression[len("$request.") :].partition(".")
    if source.startswith("body"):
        return _pointer(case.body, expression.partition("#")[2]) if isinstance(case.body, dict | list) else MISSING
    container = {"path": case.path_parameters, "query": case.query, "header": case.headers}.get(source) or {}
    return container.get(rest, MISSING)


def values_at(document: Any, pointer: str) -> list[Any]:
    """Every value at `pointer`, where a `*` token steps into each item of an array."""
    nodes = [document]
    for token in pointer.lstrip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if token == "*":
            nodes = [item for node in nodes if isinstance(node, list) for item in node]
        else:
            nodes = [node[token] for node in nodes if isinstance(node, dict) and token in node]
    return nodes


def _same(left: Any, right: Any, ignore_case: bool) -> bool:
    if ignore_case and isinstance(left, str) and isinstance(right, str):
        return left.casefold() == right.casefold()
    return bool(left == right)


def _shows(conflict: dict[str, Any], case: Case) -> bool:
    """Whether the request that shows this conflict finds the conflicting state."""
    try:
        operation = case.operation.schema.find_operation_by_id(str(conflict.get("operationId")))
    except (KeyError, LookupError):
        return False
    parameters: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
    for name, expression in (conflict.get("parameters") or {}).items():
        value = evaluate(expression, case)
        if value is MISSING:
            return False
        location = "path" if name in {p.name for p in operation.path_parameters} else "query"
        parameters[location][name] = value
    secrets = {name.lower() for name in credential_headers(case)}
    sent: dict[str, Any] = dict(case.headers or {})
    headers = CaseInsensitiveDict({name: value for name, value in sent.items() if name.lower() in secrets})
    probe = operation.Case(path_parameters=parameters["path"], query=parameters["query"] or None, headers=headers)
    kwargs: dict[str, Any] = {"app": case.operation.app} if case.operation.app is not None else {}
    answer: Response = case.operation.schema.transport.send(probe, **kwargs)
    if not 200 <= answer.status_code < 300:
        return False
    contains = conflict.get("contains")
    if contains is None:
        return True
    wanted = evaluate(contains.get("value"), case)
    if wanted is MISSING:
        return False
    try:
        body = json.loads(answer.content)
    except ValueError:
        return False
    ignore_case = bool(contains.get("ignoreCase"))
    return any(_same(found, wanted, ignore_case) for found in values_at(body, str(contains.get("at", ""))))


def is_proven_conflict(failure: Failure, case: Case, response: Response) -> bool:
    """Schema-valid data refused with a documented 4xx that one of the operation's `x-conflicts` explains."""
    if not isinstance(failure, RejectedPositiveData) or not 400 <= response.status_code < 500:
        return False
    conflicts = case.operation.definition.raw.get("x-conflicts")
    if not isinstance(conflicts, list) or documented_response(case, response.status_code) is None:
        return False
    return any(isinstance(conflict, dict) and _shows(conflict, case) for conflict in conflicts)
