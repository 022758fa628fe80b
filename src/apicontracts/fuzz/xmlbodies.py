"""XML request bodies in the API's own form, and what a server reads back from them.

schemathesis writes an application/xml body by OpenAPI's XML rules, with the schema's component
name as the root: `<GradeWrite><grade>...</grade></GradeWrite>`. LearningStudio's XML is the JSON
envelope with its key as the root, `<grade>...</grade>` (reference 2.5), a mapping OpenAPI 3.1's
`xml` object cannot state for a schema shared with JSON. For a contract with `xml_envelope`, the
fuzzer writes XML bodies that way (`apicontracts.xmlenvelope`, the mapping the mock reads too).

XML has one root and no types, so not every generated body survives the trip: a second top-level
member has nowhere to go (it is left out when the schema allows it anyway, as it is optional
then), and `"19"` and `19`, or `null` and `""`, are the same element. So whether a body is valid
is decided on what was sent: `reads_back_valid` reads the XML as a server does, typed by the
body's schema, and validates that (`filters` uses it the way schemathesis judges form bodies).
"""

from __future__ import annotations

import threading
from typing import Any

from defusedxml.ElementTree import ParseError, fromstring
from schemathesis import SerializationContext
from schemathesis import serializer as register_serializer
from schemathesis.core import NOT_SET
from schemathesis.transport.serialization import serialize_xml

from apicontracts.contracts import ApiContract
from apicontracts.fuzz.checks import Case
from apicontracts.schemas import escape, resolve, validator_for
from apicontracts.xmlenvelope import SchemaGuide, read_document, render

XML = "application/xml"

_lock = threading.Lock()
# Titles of the specs whose XML bodies are envelopes; other specs keep schemathesis' XML.
_envelope_specs: set[str] = set()
_validators: dict[tuple[int, str], Any] = {}


def is_xml(media_type: str | None) -> bool:
    return (media_type or "").split(";", 1)[0].strip().lower() == XML


def spec_title(document: dict[str, Any]) -> str:
    return str((document.get("info") or {}).get("title", ""))


def uses_envelopes(case: Case) -> bool:
    title = spec_title(case.operation.schema.raw_schema)
    with _lock:
        return title in _envelope_specs


def register(contract: ApiContract, title: str) -> None:
    """Write the XML bodies of the spec titled `title` as `contract` says (once per process)."""
    if not contract.xml_envelope:
        return
    with _lock:
        first = not _envelope_specs
        _envelope_specs.add(title)
    if first:
        # schemathesis' serializers are process-wide; this one hands other specs to schemathesis' own.
        register_serializer(XML)(_serialize)


def _serialize(ctx: SerializationContext, value: Any) -> bytes | None:
    if uses_envelopes(ctx.case):
        return wire_bytes(ctx.case, value)
    data: bytes | None = serialize_xml(ctx.case, value).get("data")
    return data


def body_schema_pointer(case: Case) -> str | None:
    """Pointer to the operation's application/xml request body schema in the bundled document."""
    document = case.operation.schema.raw_schema
    raw = case.operation.definition.raw.get("requestBody")
    if raw is None:
        return None
    body, pointer = resolve(document, raw)
    base = pointer or f"/paths/{escape(case.operation.path)}/{case.method.lower()}/requestBody"
    if not isinstance(body, dict) or XML not in (body.get("content") or {}):
        return None
    return f"{base}/content/{escape(XML)}/schema"


def _schema(case: Case) -> Any:
    pointer = body_schema_pointer(case)
    if pointer is None:
        return {}
    schema, _ = resolve(case.operation.schema.raw_schema, {"$ref": "#" + pointer})
    return schema


def wire_document(case: Case, value: Any) -> Any:
    """The document the XML carries: the envelope member alone when the others are optional extras."""
    if not isinstance(value, dict) or len(value) < 2:
        return value
    guide = SchemaGuide(case.operation.schema.raw_schema)
    schema = _schema(case)
    present = guide.envelope_keys(schema) & set(value)
    variants = guide.variants(schema)
    closed = any(v.get("additionalProperties") is False or v.get("unevaluatedProperties") is False for v in variants)
    if len(present) != 1 or closed:
        # No single envelope, or extras the schema forbids: they stay (under a `response` root).
        return value
    (key,) = present
    return {key: value[key]}


def wire_bytes(case: Case, value: Any) -> bytes:
    return render(wire_document(case, value))


def reads_back_valid(case: Case) -> bool | None:
    """Whether the XML sent for the case's body, read as the server reads it, matches the body's schema.

    None when the case has no XML body to judge.
    """
    pointer = body_schema_pointer(case)
    if pointer is None or case.body is NOT_SET or not is_xml(case.media_type) or not uses_envelopes(case):
        return None
    document = case.operation.schema.raw_schema
    try:
        root = fromstring(wire_bytes(case, case.body))
    except (ParseError, ValueError):
        return False
    guide = SchemaGuide(document)
    schema, _ = resolve(document, {"$ref": "#" + pointer})
    read = read_document(root, schema, guide)
    key = (id(document), pointer)
    with _lock:
        validator = _validators.get(key)
        if validator is None:
            validator = _validators[key] = validator_for(document, pointer)
    return bool(validator.is_valid(read))
