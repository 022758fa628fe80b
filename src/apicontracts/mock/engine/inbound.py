"""Checking a routed request against its operation: parameters and body, coerced and validated."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from apicontracts.mock.engine.bodies import BodySyntaxError, parse_form, parse_json
from apicontracts.mock.engine.coercion import (
    Coercer,
    coerce_form,
    coercer,
    item_schema,
    property_coercers,
    schema_types,
)
from apicontracts.mock.engine.exchange import ApiProblem, ErrorDetail, Failure, Request
from apicontracts.mock.engine.spec import Operation, Parameter, SpecIndex
from apicontracts.mock.engine.validation import Validators

FORM = "application/x-www-form-urlencoded"
LOCATIONS = {"path": Failure.PATH, "query": Failure.QUERY, "header": Failure.HEADER}


@dataclass(frozen=True)
class ParamPlan:
    name: str
    key: str  # lower-case for headers
    location: str
    required: bool
    pointer: str
    coerce: Coercer
    is_array: bool
    explode: bool


@dataclass(frozen=True)
class Inbound:
    """The validated parts of a request."""

    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    body_media: str | None


class OperationCheck:
    """Everything needed to check requests for one operation, prepared once."""

    def __init__(self, index: SpecIndex, operation: Operation, validators: Validators) -> None:
        self.operation = operation
        self.validators = validators
        document = index.document
        self.params = tuple(self._plan(document, p) for p in operation.parameters if p.location != "cookie")
        self.form_coercers: dict[str, dict[str, Coercer]] = {
            media: property_coercers(document, index.node_at(pointer))
            for media, pointer in operation.request_media.items()
            if media == FORM
        }

    @staticmethod
    def _plan(document: dict[str, Any], param: Parameter) -> ParamPlan:
        types = schema_types(document, param.schema)
        is_array = "array" in types
        element = item_schema(document, param.schema) if is_array else param.schema
        node = _param_node(document, param)
        return ParamPlan(
            name=param.name,
            key=param.name.lower() if param.location == "header" else param.name,
            location=param.location,
            required=param.required,
            pointer=param.schema_pointer,
            coerce=coercer(schema_types(document, element)),
            is_array=is_array,
            explode=bool(node.get("explode", node.get("style", "form") == "form")),
        )

    def check(
        self,
        request: Request,
        path_params: Mapping[str, str],
        parsers: Callable[[str], Callable[[bytes], Any] | None],
        validate: bool,
    ) -> Inbound:
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        for plan in self.params:
            raw = self._raw(plan, request, path_params)
            if raw is None:
                if plan.required and validate:
                    raise ApiProblem(
                        422,
                        f"Missing required {plan.location} parameter {plan.name}",
                        errors=[ErrorDetail(f"/{plan.name}", "is required")],
                        failure=LOCATIONS[plan.location],
                    )
                continue
            value: Any = [plan.coerce(item) for item in raw] if plan.is_array else plan.coerce(raw[-1])
            if validate:
                errors = self._errors(plan, value)
                if errors:
                    raise ApiProblem(
                        422,
                        f"Invalid {plan.location} parameter {plan.name}",
                        errors=errors,
                        failure=LOCATIONS[plan.location],
                    )
            values[plan.location][plan.name] = value
        body, media = self._body(request, parsers, validate)
        return Inbound(values["path"], values["query"], values["header"], body, media)

    def _errors(self, plan: ParamPlan, value: Any) -> list[ErrorDetail]:
        if self.validators.is_valid(plan.pointer, value):
            return []
        return self.validators.errors(plan.pointer, value, prefix=f"/{plan.name}")

    @staticmethod
    def _raw(plan: ParamPlan, request: Request, path_params: Mapping[str, str]) -> list[str] | None:
        if plan.location == "path":
            found = path_params.get(plan.name)
            return None if found is None else [found]
        if plan.location == "query":
            items = request.query.get(plan.name)
            if not items:
                return None
            if plan.is_array and not plan.explode:
                return [part for item in items for part in item.split(",")]
            return items
        header = request.headers.get(plan.key)
        if header is None:
            return None
        return [part.strip() for part in header.split(",")] if plan.is_array else [header]

    def _body(
        self, request: Request, parsers: Callable[[str], Callable[[bytes], Any] | None], validate: bool
    ) -> tuple[Any, str | None]:
        operation = self.operation
        if not operation.request_media:
            return None, None
        # An empty form-encoded body is a form without fields ({}), not a missing body.
        if not request.body and not (request.content_type == FORM and FORM in operation.request_media):
            if operation.body_required and validate:
                raise ApiProblem(422, "A request body is required", failure=Failure.BODY_SCHEMA)
            return None, None
        media = request.content_type
        if media is None or media not in operation.request_media:
            accepted = ", ".join(operation.request_media)
            raise ApiProblem(
                400, f"Unsupported Content-Type {media or '(none)'}; send one of {accepted}", failure=Failure.MEDIA_TYPE
            )
        parser = parsers(media)
        if parser is None:
            raise ApiProblem(400, f"Cannot read a {media} body", failure=Failure.MEDIA_TYPE)
        try:
            body = parser(request.body)
        except BodySyntaxError as exc:
            raise ApiProblem(400, str(exc), failure=Failure.BODY_SYNTAX) from exc
        if media in self.form_coercers:
            body = coerce_form(body, self.form_coercers[media])
        pointer = operation.request_media[media]
        if validate and not self.validators.is_valid(pointer, body):
            raise ApiProblem(
                422,
                "The request body is invalid",
                errors=self.validators.errors(pointer, body),
                failure=Failure.BODY_SCHEMA,
            )
        return body, media


def _param_node(document: dict[str, Any], param: Parameter) -> Mapping[str, Any]:
    node: Any = document
    for part in param.schema_pointer.lstrip("/").split("/")[:-1]:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node if isinstance(node, Mapping) else {}


def default_parser(parsers: Mapping[str, Callable[[bytes], Any]]) -> Callable[[str], Callable[[bytes], Any] | None]:
    """Look up a parser by media type; `+json` types and form bodies fall back to the engine's own."""

    def find(media: str) -> Callable[[bytes], Any] | None:
        if media in parsers:
            return parsers[media]
        if media == "application/json" or media.endswith("+json"):
            found: Callable[[bytes], Any] = parsers.get("application/json", parse_json)
            return found
        if media == FORM:
            return parse_form
        return None

    return find
