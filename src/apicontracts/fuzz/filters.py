"""Failures that are artefacts of how a spec is modelled, not the server's fault.

LearningStudio's representation suffix is a path parameter glued to the one before it
(`/courses/{courseId}{format}`). A negative `format` such as `0` then spells another valid request
(`/courses/1` + `0` = `/courses/10`), which the server rightly accepts; schemathesis, which cannot
see the glue, reports "schema-violating request accepted". A negative `format` whose glued path is
not a valid request (`/courses/1AAA`) is still reported.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from jsonschema import Draft202012Validator
from schemathesis import HookContext, Response
from schemathesis.core.failures import AcceptedNegativeData, Failure

from apicontracts.contracts import ApiContract
from apicontracts.fuzz.checks import Case
from apicontracts.schemas import resolve


def glued_path_parameter(case: Case, name: str) -> str | None:
    """The path parameter written directly before `{name}` in the path template, if any."""
    head, marker, _ = case.operation.path.partition("}{" + name + "}")
    return head.rsplit("{", 1)[-1] if marker else None


def _parameter_schema(case: Case, name: str) -> dict[str, Any]:
    document = case.operation.schema.raw_schema
    parameters = list(case.operation.definition.raw.get("parameters") or [])
    path_item = (document.get("paths") or {}).get(case.operation.path) or {}
    parameters += path_item.get("parameters") or []
    for raw in parameters:
        parameter, _ = resolve(document, raw)
        if isinstance(parameter, dict) and parameter.get("name") == name and parameter.get("in") == "path":
            schema, _ = resolve(document, parameter.get("schema") or {})
            return schema if isinstance(schema, dict) else {}
    return {}


def _valid_value(schema: dict[str, Any], text: str) -> bool:
    # Path values arrive as text; `10` must also be tried as the integer the schema may ask for.
    candidates: list[Any] = [text]
    with contextlib.suppress(ValueError):
        candidates.append(json.loads(text))
    validator = Draft202012Validator(schema)
    return any(validator.is_valid(candidate) for candidate in candidates)


def is_glued_suffix_artefact(contract: ApiContract, failure: Failure, case: Case) -> bool:
    if not isinstance(failure, AcceptedNegativeData):
        return False
    parameters = case.path_parameters or {}
    for name in contract.format_params:
        value = parameters.get(name)
        previous = glued_path_parameter(case, name)
        if previous is None or previous not in parameters or value in contract.format_suffixes:
            continue
        glued = f"{parameters[previous]}{value}"
        schema = _parameter_schema(case, previous)
        for suffix in sorted(contract.format_suffixes, key=len, reverse=True):
            if glued.endswith(suffix) and _valid_value(schema, glued[: len(glued) - len(suffix)]):
                return True
    return False


def failure_filter(contract: ApiContract) -> Any:
    """A schemathesis `filter_failure` hook that drops the contract's modelling artefacts."""

    def filter_failure(context: HookContext, failure: Failure, case: Case, response: Response) -> bool:
        return not is_glued_suffix_artefact(contract, failure, case)

    return filter_failure
