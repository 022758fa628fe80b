"""Failures that are artefacts of how a spec is modelled, not the server's fault.

LearningStudio's representation suffix is a path parameter glued to the one before it
(`/courses/{courseId}{format}`). A negative `format` such as `0` then spells another valid request
(`/courses/1` + `0` = `/courses/10`), which the server rightly accepts; schemathesis, which cannot
see the glue, reports "schema-violating request accepted". A negative `format` whose glued path is
not a valid request (`/courses/1AAA`) is still reported.

An XML request body is judged by what was sent (`xmlbodies`): XML has no types, so a negative
body whose only violation is one XML cannot carry (`"19"` for a number, `null` for a string) reads
back as a valid document, and a positive body whose value XML cannot carry (a control character)
reads back as an invalid one. Neither verdict is about the server. schemathesis judges form-encoded
bodies the same way.

Some refusals of schema-valid data are the contract working, not a server bug; schemathesis'
positive-data check only knows 401, 403, 404 and 409 for them:

- a status the contract lists as an access refusal (`access_statuses`: Assignr's 402, the site's
  subscription lapsed) is about who asks, like 401 and 403;
- a documented 4xx whose error body names only fields the operation lists in `x-server-rules`
  (an id that must name an existing record, a state the record must be in) enforces a rule no
  schema can state. A refusal that names any other field, or none, is still reported;
- 400 or 422 from the token endpoint (`token_path`) refuses credentials that do not exist, which
  no schema can tell; schemathesis forgives this itself at an `oauth2` scheme's `tokenUrl`;
- a documented 4xx that one of the operation's `x-conflicts` explains: the request it names shows
  the conflicting state on the server (a grade that already exists, a title already in use;
  `conflicts`);
- a refused request that is not schema-valid after all: a path or query value schemathesis took
  from an answer without checking it (its inferred links split glued `{id}{format}` segments), or
  a binary part that is not the image its `contentMediaType` declares.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft202012Validator
from schemathesis import HookContext, Response
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.core.parameters import ParameterLocation
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.specs.openapi.checks import CREDENTIAL_REJECTION_STATUSES

from apicontracts.contracts import ApiContract
from apicontracts.fuzz import xmlbodies
from apicontracts.fuzz.checks import Case, documented_response, matches
from apicontracts.fuzz.conflicts import is_proven_conflict
from apicontracts.schemas import escape, resolve, validator_for


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


OTHER_LOCATIONS = (ParameterLocation.PATH, ParameterLocation.QUERY, ParameterLocation.HEADER, ParameterLocation.COOKIE)


def is_xml_body_artefact(contract: ApiContract, failure: Failure, case: Case) -> bool:
    """A verdict on a generated body whose XML, as sent, says otherwise."""
    meta = case.meta
    if not contract.xml_envelope or meta is None or not xmlbodies.is_xml(case.media_type):
        return False
    if isinstance(failure, AcceptedNegativeData):
        only_body = meta.is_negative_at(ParameterLocation.BODY) and not any(
            meta.is_negative_at(location) for location in OTHER_LOCATIONS
        )
        return only_body and xmlbodies.reads_back_valid(case) is True
    if isinstance(failure, RejectedPositiveData):
        return xmlbodies.reads_back_valid(case) is False
    return False


def is_access_refusal(contract: ApiContract, failure: Failure) -> bool:
    """Schema-valid data refused for who sends it (Assignr's 402), which says nothing about the data."""
    return isinstance(failure, RejectedPositiveData) and failure.status_code in contract.access_statuses


def refused_fields(pointer: str, body: Any) -> list[str]:
    """The request fields an error body names: the first token of each JSON pointer found at `pointer`."""
    nodes = [body]
    for token in pointer.lstrip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if token == "*":
            nodes = [item for node in nodes if isinstance(node, list) for item in node]
        else:
            nodes = [node[token] for node in nodes if isinstance(node, dict) and token in node]
    fields = []
    for node in nodes:
        if not isinstance(node, str) or not node.startswith("/"):
            # A field named some other way cannot be matched to a rule: refuse to forgive.
            return []
        fields.append(node[1:].split("/", 1)[0].replace("~1", "/").replace("~0", "~"))
    return fields


def is_server_rule_refusal(contract: ApiContract, failure: Failure, case: Case, response: Response) -> bool:
    """Schema-valid data refused with a documented 4xx that names only fields with an `x-server-rules` rule."""
    if not isinstance(failure, RejectedPositiveData) or contract.error_field_pointer is None:
        return False
    rules = case.operation.definition.raw.get("x-server-rules")
    if not isinstance(rules, dict) or not 400 <= response.status_code < 500:
        return False
    if documented_response(case, response.status_code) is None:
        return False
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    fields = refused_fields(contract.error_field_pointer, body)
    return bool(fields) and all(field in rules for field in fields)


def is_credential_refusal(contract: ApiContract, failure: Failure, case: Case) -> bool:
    """Credentials that do not exist, refused by the token endpoint: schemathesis' own rule for its `tokenUrl`."""
    return (
        isinstance(failure, RejectedPositiveData)
        and failure.status_code in CREDENTIAL_REJECTION_STATUSES
        and contract.token_path is not None
        and case.operation.path == contract.token_path
    )


_validators: dict[tuple[int, str], Any] = {}


def _parameter_schema_pointer(case: Case, name: str, location: str) -> str | None:
    """Pointer to the schema of the case operation's `location` parameter `name` (the operation's wins)."""
    document = case.operation.schema.raw_schema
    item_pointer = f"/paths/{escape(case.operation.path)}"
    path_item = (document.get("paths") or {}).get(case.operation.path) or {}
    sources = (
        (f"{item_pointer}/{case.operation.method.lower()}", case.operation.definition.raw.get("parameters")),
        (item_pointer, path_item.get("parameters")),
    )
    for base, raws in sources:
        for index, raw in enumerate(raws or []):
            parameter, pointer = resolve(document, raw)
            if isinstance(parameter, dict) and parameter.get("name") == name and parameter.get("in") == location:
                return f"{pointer or f'{base}/parameters/{index}'}/schema"
    return None


def _matches(document: dict[str, Any], pointer: str, text: str) -> bool:
    key = (id(document), pointer)
    validator = _validators.get(key)
    if validator is None:
        validator = _validators[key] = validator_for(document, pointer)
    candidates: list[Any] = [text]
    with contextlib.suppress(ValueError):
        candidates.append(json.loads(text))
    return any(validator.is_valid(candidate) for candidate in candidates)


def is_not_schema_valid(failure: Failure, case: Case) -> bool:
    """ "Schema-valid request rejected" for a request with a path or query value outside its schema.

    schemathesis takes values from answers without checking them, and its inferred links read
    them out of `href`s with a regex per path template: for `.../customCategories/{id}{format}` it
    splits the last segment anywhere (`{id}` = all but the last character, `{format}` = `b`). The
    request then breaks the spec, and refusing it is right.
    """
    if not isinstance(failure, RejectedPositiveData):
        return False
    document = case.operation.schema.raw_schema
    for location, values in (("path", case.path_parameters), ("query", case.query)):
        for name, value in (values or {}).items():
            pointer = _parameter_schema_pointer(case, str(name), location)
            # Path values are sent percent-encoded; the server validates what they decode to.
            text = unquote(value) if location == "path" and isinstance(value, str) else value
            if pointer is not None and isinstance(text, str) and not _matches(document, pointer, text):
                return True
    return False


# Leading bytes of the image formats, for parts whose schema declares an image `contentMediaType`.
IMAGE_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
    b"BM": "image/bmp",
}


def _sniffed_image(data: bytes) -> str | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((media for signature, media in IMAGE_SIGNATURES.items() if data.startswith(signature)), None)


def is_not_the_declared_content(failure: Failure, case: Case) -> bool:
    """ "Schema-valid request rejected" for a body part that is not the image its schema declares.

    A schema says what a binary part is with `contentMediaType` (the avatar: `image/*`), which
    schemathesis does not generate by: it sends arbitrary bytes, and the server rightly refuses
    an "image" that is none.
    """
    if not isinstance(failure, RejectedPositiveData) or not isinstance(case.body, dict) or case.media_type is None:
        return False
    document = case.operation.schema.raw_schema
    body = case.operation.get_body_for_media_type(case.media_type)
    schema, _ = resolve(document, body.definition.get("schema") if body is not None else None)
    properties = (schema.get("properties") or {}) if isinstance(schema, dict) else {}
    for name, value in case.body.items():
        part, _ = resolve(document, properties.get(name) or {})
        declared = part.get("contentMediaType") if isinstance(part, dict) else None
        if not isinstance(declared, str) or not declared.startswith("image/"):
            continue
        data = getattr(value, "data", value)
        data = data.encode("utf-8") if isinstance(data, str) else data
        if isinstance(data, bytes) and not matches(_sniffed_image(data), declared):
            return True
    return False


def failure_filter(contract: ApiContract) -> Any:
    """A schemathesis `filter_failure` hook that drops the contract's modelling artefacts."""

    def filter_failure(context: HookContext, failure: Failure, case: Case, response: Response) -> bool:
        return not (
            is_glued_suffix_artefact(contract, failure, case)
            or is_xml_body_artefact(contract, failure, case)
            or is_access_refusal(contract, failure)
            or is_server_rule_refusal(contract, failure, case, response)
            or is_credential_refusal(contract, failure, case)
            or is_proven_conflict(failure, case, response)
            or is_not_schema_valid(failure, case)
            or is_not_the_declared_content(failure, case)
        )

    return filter_failure
