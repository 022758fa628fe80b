"""The house rules. Each takes a bundle and yields findings whose message says how to fix it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from apicontracts.bundle import Bundle
from apicontracts.contracts import ERROR_RESPONSES
from apicontracts.lint.model import Finding, Operation, operations, schema_properties

EVIDENCE_GRADES = ("confirmed", "observed", "inferred", "guess")
PASCAL_CASE = re.compile(r"^[A-Z][A-Za-z0-9]*$")

RuleFunc = Callable[[Bundle], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    name: str
    summary: str
    check: RuleFunc


RULES: list[Rule] = []


def rule(name: str, summary: str) -> Callable[[RuleFunc], RuleFunc]:
    def register(func: RuleFunc) -> RuleFunc:
        RULES.append(Rule(name, summary, func))
        return func

    return register


def _ref_key(node: Any, kind: str) -> str | None:
    """The component key of a `#/components/<kind>/<key>` reference, else None."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        prefix = f"#/components/{kind}/"
        ref = node["$ref"]
        if ref.startswith(prefix):
            return str(ref[len(prefix) :])
    return None


def _file_hint(kind: str, key: str) -> str:
    return f"../{kind}/{key}.yaml"


@rule("no-default-response", "No `default` response: it blinds schemathesis's undocumented-status check.")
def no_default_response(bundle: Bundle) -> Iterator[Finding]:
    for op in operations(bundle):
        responses = op.node.get("responses") or {}
        if "default" in responses:
            yield Finding(
                bundle.locate_key(responses, "default"),
                "no-default-response",
                f"{op.label} has a `default` response; replace it with the explicit status codes the API documents",
            )


def required_error_codes(bundle: Bundle, op: Operation) -> set[int]:
    """The error codes the API's contract table requires this operation to document."""
    api = bundle.api
    codes = set(api.always)
    if op.node.get("requestBody") is not None:
        codes |= api.with_body
    if any(name not in api.format_params for name in op.path_params()):
        codes |= api.with_id
    query = {p.get("name") for p in op.parameters(bundle) if p.get("in") == "query"}
    for name, extra in api.by_query_param.items():
        if name in query:
            codes |= extra
    if op.method == "put":
        declared: set[str] = set()
        for schema in op.body_schemas(bundle):
            declared |= schema_properties(bundle, schema)
        for prop, extra in api.by_body_property.items():
            if prop in declared:
                codes |= extra
    if op.node.get("security") == []:
        codes -= api.auth_codes
    return codes


@rule("error-contract", "Every operation documents each error code its API's contract table requires.")
def error_contract(bundle: Bundle) -> Iterator[Finding]:
    for op in operations(bundle):
        responses = op.node.get("responses") or {}
        documented = {str(code) for code in responses}
        for code in sorted(required_error_codes(bundle, op)):
            if str(code) not in documented:
                name = ERROR_RESPONSES[code]
                yield Finding(
                    bundle.locate_key(op.node, "responses"),
                    "error-contract",
                    f"{op.label} does not document {code}; add `'{code}': {{$ref: "
                    f"{_file_hint('responses', name)}, description: <what causes it here>}}`",
                )


@rule("error-response", "Error codes use the API's named response and say what causes them.")
def error_response(bundle: Bundle) -> Iterator[Finding]:
    for op in operations(bundle):
        responses = op.node.get("responses") or {}
        for code, response in responses.items():
            if not str(code).isdigit() or int(code) < 400:
                continue
            name = ERROR_RESPONSES.get(int(code))
            where = bundle.locate_key(responses, code)
            if name is None:
                yield Finding(
                    where,
                    "error-response",
                    f"{op.label} documents {code}, which the API does not list; remove it or add it to "
                    "ERROR_RESPONSES in contracts.py if the reference documents it",
                )
            elif _ref_key(response, "responses") != name:
                yield Finding(
                    where,
                    "error-response",
                    f"{op.label} {code} must be `$ref: {_file_hint('responses', name)}` so every "
                    "operation shares one error envelope",
                )
            elif not str(response.get("description", "")).strip():
                yield Finding(
                    where,
                    "error-response",
                    f"{op.label} {code} needs a sibling `description:` naming the condition that "
                    "causes it for this operation",
                )


@rule("success-response", "Every operation documents at least one 2xx response.")
def success_response(bundle: Bundle) -> Iterator[Finding]:
    for op in operations(bundle):
        codes = [str(code) for code in (op.node.get("responses") or {})]
        if not any(code.startswith("2") for code in codes):
            yield Finding(
                bundle.locate_key(op.node, "responses"),
                "success-response",
                f"{op.label} has no 2xx response; document what success returns",
            )


def _all_responses(bundle: Bundle) -> Iterator[tuple[Operation, str, dict[str, Any], Any]]:
    for op in operations(bundle):
        responses = op.node.get("responses") or {}
        for code, raw in responses.items():
            response = bundle.resolve(raw)
            if isinstance(response, dict):
                yield op, str(code), response, raw


@rule("response-headers", "Headers the contract puts on every response (or on a status) are attached.")
def response_headers(bundle: Bundle) -> Iterator[Finding]:
    api = bundle.api
    for op, code, response, _raw in _all_responses(bundle):
        wanted = dict(api.every_response_headers)
        if code.isdigit():
            wanted.update(api.status_headers.get(int(code), {}))
        headers = response.get("headers") or {}
        for key, name in wanted.items():
            found = next((v for k, v in headers.items() if k.lower() == name.lower()), None)
            if found is None or _ref_key(found, "headers") != key:
                yield Finding(
                    bundle.locate(response),
                    "response-headers",
                    f"{op.label} response {code} lacks header {name}; add `{name}: {{$ref: "
                    f"{_file_hint('headers', key)}}}` under `headers:`",
                )


def _has_example(node: dict[str, Any]) -> bool:
    if "example" in node or node.get("examples"):
        return True
    schema = node.get("schema")
    return isinstance(schema, dict) and ("example" in schema or bool(schema.get("examples")))


def _walk(node: Any, ptr: str = "") -> Iterator[tuple[str, Any, Any]]:
    """Every (pointer, node, parent) in the document."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{ptr}/{str(key).replace('~', '~0').replace('/', '~1')}")
        yield ptr, node, None
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{ptr}/{index}")


def _parameters_and_headers(bundle: Bundle) -> Iterator[tuple[str, dict[str, Any]]]:
    """(label, node) for every concrete parameter and header, components and inline alike."""
    components = bundle.document.get("components") or {}
    for kind, label in (("parameters", "parameter"), ("headers", "header")):
        for key, node in (components.get(kind) or {}).items():
            if isinstance(node, dict) and "$ref" not in node:
                yield f"{label} {key}", node
    for op in operations(bundle):
        for raw in [*op.path_item.get("parameters", []), *op.node.get("parameters", [])]:
            if isinstance(raw, dict) and "$ref" not in raw:
                yield f"{op.label} parameter {raw.get('name')}", raw
        for code, response in (op.node.get("responses") or {}).items():
            for name, header in (response.get("headers") or {}).items():
                if isinstance(header, dict) and "$ref" not in header:
                    yield f"{op.label} response {code} header {name}", header


def _is_container(schema: dict[str, Any]) -> bool:
    """Objects with properties and arrays of such are checked through their members."""
    if "$ref" in schema:
        return True
    if schema.get("properties"):
        return True
    for key in ("allOf", "anyOf", "oneOf"):
        parts = schema.get(key)
        if parts and all(isinstance(p, dict) and ("$ref" in p or p.get("properties")) for p in parts):
            return True
    items = schema.get("items")
    return isinstance(items, dict) and _is_container(items)


def _schemas(bundle: Bundle) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, node) of every schema object in the document."""
    for ptr, node, _ in _walk(bundle.document):
        if not isinstance(node, dict):
            continue
        if (ptr.startswith("/components/schemas/") and ptr.count("/") == 3) or ptr.endswith("/schema"):
            yield ptr, node


@rule("examples", "Every parameter, header and schema property has an example.")
def examples_present(bundle: Bundle) -> Iterator[Finding]:
    for label, node in _parameters_and_headers(bundle):
        if not _has_example(node):
            yield Finding(
                bundle.locate(node),
                "examples",
                f"{label} has no example; add `example:` with a realistic value (from ../shared/samples/ "
                "where one exists)",
            )
    seen: set[int] = set()
    for _ptr, schema in _schemas(bundle):
        for sub in _subschemas(schema):
            for name, prop in (sub.get("properties") or {}).items():
                if not isinstance(prop, dict) or id(prop) in seen:
                    continue
                seen.add(id(prop))
                if _is_container(prop) or "example" in prop or prop.get("examples") or "const" in prop:
                    continue
                yield Finding(
                    bundle.locate(prop),
                    "examples",
                    f"property '{name}' has no example; add `examples: [<value>]`",
                )


def _subschemas(schema: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if not isinstance(schema, dict) or depth > 20:
        return
    yield schema
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for part in schema.get(key) or []:
            yield from _subschemas(part, depth + 1)
    for key in ("items", "additionalProperties", "not", "contains"):
        yield from _subschemas(schema.get(key), depth + 1)
    for value in (schema.get("properties") or {}).values():
        yield from _subschemas(value, depth + 1)


@rule("operation-id", "operationIds are unique camelCase verbNoun names from the API's verb list.")
def operation_id(bundle: Bundle) -> Iterator[Finding]:
    verbs = "|".join(sorted(bundle.api.verbs))
    pattern = re.compile(rf"^({verbs})[A-Z][A-Za-z0-9]*$")
    seen: dict[str, str] = {}
    for op in operations(bundle):
        op_id = op.node.get("operationId")
        where = bundle.locate_key(op.node, "operationId") if op_id else bundle.locate(op.node)
        if not isinstance(op_id, str):
            yield Finding(where, "operation-id", f"{op.label} has no operationId; add `operationId: verbNoun`")
            continue
        if not pattern.match(op_id):
            yield Finding(
                where,
                "operation-id",
                f"'{op_id}' is not camelCase verbNoun with a verb from {{{verbs.replace('|', ', ')}}}; "
                "rename it (e.g. listGames, getGame) or add the verb to the API's extra_verbs",
            )
        if op_id in seen:
            yield Finding(where, "operation-id", f"'{op_id}' is also used by {seen[op_id]}; make it unique")
        seen.setdefault(op_id, op.label)


@rule("component-name", "Component keys (file names) are PascalCase.")
def component_name(bundle: Bundle) -> Iterator[Finding]:
    for kind, members in (bundle.document.get("components") or {}).items():
        for key, node in (members or {}).items():
            if kind != "securitySchemes" and not PASCAL_CASE.match(key):
                yield Finding(
                    bundle.locate(node),
                    "component-name",
                    f"{kind} component '{key}' is not PascalCase; rename the file to "
                    f"{key[:1].upper()}{re.sub(r'[_-](.)', lambda m: m.group(1).upper(), key[1:])}.yaml "
                    "and update its $refs",
                )


@rule("links", "Every OpenAPI link names an existing operationId and its parameters.")
def links_resolve(bundle: Bundle) -> Iterator[Finding]:
    by_id = {op.node.get("operationId"): op for op in operations(bundle)}
    for op, code, response, _raw in _all_responses(bundle):
        for name, raw_link in (response.get("links") or {}).items():
            link = bundle.resolve(raw_link)
            if not isinstance(link, dict):
                continue
            target_id = link.get("operationId")
            target = by_id.get(target_id)
            if target is None:
                yield Finding(
                    bundle.locate(link),
                    "links",
                    f"link '{name}' on {op.label} {code} names operationId '{target_id}', which does not "
                    "exist; use an existing operationId",
                )
                continue
            accepted = {str(p.get("name")) for p in target.parameters(bundle)}
            for param in link.get("parameters") or {}:
                bare = param.split(".", 1)[1] if "." in param else param
                if bare not in accepted:
                    yield Finding(
                        bundle.locate(link),
                        "links",
                        f"link '{name}' passes parameter '{param}', which {target.label} does not take; "
                        f"use one of {sorted(accepted)}",
                    )


@rule("evidence", "Every operation carries x-evidence with a grade and the reference's source tags.")
def evidence(bundle: Bundle) -> Iterator[Finding]:
    for op in operations(bundle):
        ev = op.node.get("x-evidence")
        where = bundle.locate_key(op.node, "x-evidence") if ev is not None else bundle.locate(op.node)
        if not isinstance(ev, dict):
            yield Finding(
                where,
                "evidence",
                f"{op.label} has no x-evidence; add `x-evidence: {{grade: <{'|'.join(EVIDENCE_GRADES)}>, "
                "sources: [<tags from the reference>]}`",
            )
            continue
        if ev.get("grade") not in EVIDENCE_GRADES:
            yield Finding(
                where,
                "evidence",
                f"{op.label} x-evidence.grade is {ev.get('grade')!r}; use one of {', '.join(EVIDENCE_GRADES)}",
            )
        sources = ev.get("sources")
        if not (isinstance(sources, list) and sources and all(isinstance(s, str) for s in sources)):
            yield Finding(
                where,
                "evidence",
                f"{op.label} x-evidence.sources must list the reference's tags (e.g. [DOC, PROD])",
            )


@rule("server-rules", "x-server-rules names fields the operation takes, each with the rule the server checks.")
def server_rules(bundle: Bundle) -> Iterator[Finding]:
    # The fuzz harness forgives a refusal of schema-valid data only for the fields listed here, so a
    # misspelt field would silently forgive nothing (or, worse, be taken for a different one).
    for op in operations(bundle):
        rules = op.node.get("x-server-rules")
        if rules is None:
            continue
        where = bundle.locate_key(op.node, "x-server-rules")
        if not isinstance(rules, dict) or not rules:
            yield Finding(where, "server-rules", f"{op.label} x-server-rules must map request fields to their rules")
            continue
        fields = {str(p.get("name")) for p in op.parameters(bundle)}
        for schema in op.body_schemas(bundle):
            fields |= schema_properties(bundle, schema)
        for field, text in rules.items():
            if field not in fields:
                yield Finding(
                    where,
                    "server-rules",
                    f"{op.label} x-server-rules names '{field}', which it does not take; use one of {sorted(fields)}",
                )
            elif not isinstance(text, str) or not text.strip():
                yield Finding(
                    where, "server-rules", f"{op.label} x-server-rules.{field} must say what the server checks"
                )


REQUEST_EXPRESSION = re.compile(r"\$request\.(?:(path|query)\.([^.#]+)|body#(/[^/]*)(?:/.*)?)")


def _expression_problem(op: Operation, bundle: Bundle, expression: Any) -> str | None:
    """What is wrong with a `$request...` runtime expression on this operation (constants are fine)."""
    if not isinstance(expression, str) or not expression.startswith("$"):
        return None
    found = REQUEST_EXPRESSION.fullmatch(expression)
    if found is None:
        return f"'{expression}' is not $request.path.<name>, $request.query.<name> or $request.body#/<pointer>"
    location, name, first = found.groups()
    if location is not None:
        taken = {str(p.get("name")) for p in op.parameters(bundle) if p.get("in") == location}
        return None if name in taken else f"'{expression}' names no {location} parameter of the operation"
    properties: set[str] = set()
    for schema in op.body_schemas(bundle):
        properties |= schema_properties(bundle, schema)
    token = first[1:].replace("~1", "/").replace("~0", "~")
    return None if token in properties else f"'{expression}' names no property of the request body"


@rule("conflicts", "x-conflicts name an existing operation, its parameters and parts of the request.")
def conflicts(bundle: Bundle) -> Iterator[Finding]:
    # The fuzz harness forgives a refused request only when the request named here shows the
    # conflicting state, so a misspelt name would silently forgive nothing.
    by_id = {str(op.node.get("operationId")): op for op in operations(bundle)}
    for op in operations(bundle):
        listed = op.node.get("x-conflicts")
        if listed is None:
            continue
        where = bundle.locate_key(op.node, "x-conflicts")
        if not isinstance(listed, list) or not listed:
            yield Finding(where, "conflicts", f"{op.label} x-conflicts must list the conflicts the server refuses")
            continue
        for conflict in listed:
            problems = _conflict_problems(op, bundle, conflict, by_id)
            yield from (Finding(where, "conflicts", f"{op.label} x-conflicts: {problem}") for problem in problems)


def _conflict_problems(op: Operation, bundle: Bundle, conflict: Any, by_id: dict[str, Operation]) -> list[str]:
    if not isinstance(conflict, dict) or not str(conflict.get("description", "")).strip():
        return ["each conflict needs a description of the state that refuses the request"]
    target = by_id.get(str(conflict.get("operationId")))
    if target is None:
        return [f"operationId '{conflict.get('operationId')}' names no operation"]
    parameters = conflict.get("parameters") or {}
    takes = {str(p.get("name")) for p in target.parameters(bundle)}
    problems = [f"{target.node['operationId']} takes no parameter '{name}'" for name in parameters if name not in takes]
    problems += [
        f"{target.node['operationId']} needs path parameter '{name}'"
        for name in target.path_params()
        if name not in parameters
    ]
    expressions = list(parameters.values())
    contains = conflict.get("contains")
    if contains is not None:
        if not isinstance(contains, dict) or not str(contains.get("at", "")).startswith("/"):
            return [*problems, "contains needs `value` and a JSON pointer `at` into the answer"]
        expressions.append(contains.get("value"))
    problems += [problem for value in expressions if (problem := _expression_problem(op, bundle, value)) is not None]
    return problems


@rule("operation-docs", "Every operation has a summary, a description and exactly one declared tag.")
def operation_docs(bundle: Bundle) -> Iterator[Finding]:
    declared = {t.get("name") for t in bundle.document.get("tags") or [] if isinstance(t, dict)}
    for op in operations(bundle):
        where = bundle.locate(op.node)
        for key in ("summary", "description"):
            if not str(op.node.get(key, "")).strip():
                yield Finding(where, "operation-docs", f"{op.label} has no {key}; add one")
        tags = op.node.get("tags") or []
        if len(tags) != 1:
            yield Finding(where, "operation-docs", f"{op.label} has {len(tags)} tags; give it exactly one")
        elif tags[0] not in declared:
            yield Finding(where, "operation-docs", f"{op.label} tag '{tags[0]}' is not declared in the root `tags:`")


@rule("format-media-types", "Bodies on routes with a format suffix offer every representation.")
def format_media_types(bundle: Bundle) -> Iterator[Finding]:
    api = bundle.api
    if not api.format_params:
        return
    for op, code, response, _raw in _all_responses(bundle):
        if not set(op.path_params()) & api.format_params:
            continue
        content = response.get("content")
        if not content:
            continue
        missing = sorted(api.format_media_types - set(content))
        if missing:
            yield Finding(
                bundle.locate(response),
                "format-media-types",
                f"{op.label} response {code} does not declare {', '.join(missing)}; the format suffix "
                "selects it, so add the media type with the same schema",
            )


@rule("security", "Every operation states its security, with the scope its method needs.")
def security(bundle: Bundle) -> Iterator[Finding]:
    api = bundle.api
    schemes = set((bundle.document.get("components") or {}).get("securitySchemes") or {})
    for op in operations(bundle):
        requirements = op.node.get("security")
        where = bundle.locate_key(op.node, "security") if requirements is not None else bundle.locate(op.node)
        if requirements is None:
            yield Finding(where, "security", f"{op.label} does not state `security:`; list the schemes it accepts")
            continue
        for requirement in requirements:
            for scheme, scopes in requirement.items():
                if scheme not in schemes:
                    yield Finding(where, "security", f"{op.label} uses undeclared scheme '{scheme}'")
                    continue
                scope = api.read_scope if op.method in ("get", "head") else api.write_scope
                if scope and requirements and scope not in scopes:
                    yield Finding(
                        where,
                        "security",
                        f"{op.label} must require scope '{scope}' for a {op.method.upper()}; "
                        f"use `security: [{{{scheme}: [{scope}]}}]`",
                    )


def snake_case(name: str) -> str:
    """How openapi-python-client names a class's module and a property's attribute."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name))
    return re.sub(r"[^a-z0-9]+", "_", words.lower()).strip("_")


@rule("model-name-collision", "No schema has a property named like the schema itself (breaks generated code).")
def model_name_collision(bundle: Bundle) -> Iterator[Finding]:
    schemas = (bundle.document.get("components") or {}).get("schemas") or {}
    for key, schema in schemas.items():
        for sub in _subschemas(schema):
            for name in sub.get("properties") or {}:
                if snake_case(name) == snake_case(key):
                    yield Finding(
                        bundle.locate(schema),
                        "model-name-collision",
                        f"schema {key} has a property '{name}'; openapi-python-client then shadows the "
                        f"model in its own from_dict. Rename the schema file (e.g. {key}Envelope.yaml)",
                    )
            break  # only the schema's own properties become attributes of its model
