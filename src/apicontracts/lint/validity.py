"""Rules that validate: the documents against the OpenAPI 3.1 schema, examples against theirs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from apicontracts.bundle import Bundle, relative
from apicontracts.lint.model import Finding
from apicontracts.lint.rules import _walk, rule

BUNDLE_URI = "urn:apicontracts:bundle"


def _node_at(document: Any, parts: list[Any]) -> tuple[Any, Any]:
    """The deepest container on the path and the key under it that the path names."""
    node, key = document, None
    for part in parts:
        if (isinstance(node, dict) and part in node and isinstance(node[part], dict | list)) or (
            isinstance(node, list) and isinstance(part, int) and part < len(node)
        ):
            node = node[part]
        else:
            key = part
            break
    return node, key


@rule("structure", "The source and the bundle are valid OpenAPI 3.1 (openapi-spec-validator).")
def structure(bundle: Bundle) -> Iterator[Finding]:
    root_file = bundle.spec_dir / "openapi.yaml"
    source = bundle.sources.get(root_file.resolve())
    if source is not None:
        validator = OpenAPIV31SpecValidator(source.data, base_uri=root_file.resolve().as_uri())
        for error in validator.iter_errors():
            path = "/".join(str(p) for p in error.absolute_path)
            yield Finding(
                f"{relative(root_file)}:1",
                "structure",
                f"source is not valid OpenAPI 3.1 at /{path}: {error.message}",
            )
    for error in OpenAPIV31SpecValidator(bundle.document).iter_errors():
        node, key = _node_at(bundle.document, list(error.absolute_path))
        where = bundle.locate_key(node, key) if key is not None else bundle.locate(node)
        yield Finding(where, "structure", f"not valid OpenAPI 3.1: {error.message}")


def _media_examples(bundle: Bundle, node: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Examples of a parameter, header or media type (`example`, or `examples` by name)."""
    if "example" in node:
        yield "example", node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict):
        for name, raw in examples.items():
            example = bundle.resolve(raw)
            if isinstance(example, dict) and "value" in example:
                yield f"examples.{name}", example["value"]


@rule("examples-valid", "Every example validates against the schema it illustrates.")
def examples_valid(bundle: Bundle) -> Iterator[Finding]:
    registry: Registry[Any] = Registry().with_resource(
        BUNDLE_URI, Resource.from_contents(bundle.document, default_specification=DRAFT202012)
    )

    def check(where: Any, label: str, schema_ptr: str, value: Any) -> Iterator[Finding]:
        validator = Draft202012Validator(
            {"$ref": f"{BUNDLE_URI}#{schema_ptr}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        try:
            error: ValidationError | None = next(iter(validator.iter_errors(value)), None)
        except Exception as exc:  # an unresolvable $ref inside the schema, for instance
            yield Finding(bundle.locate(where), "examples-valid", f"{label}: cannot validate: {exc}")
            return
        if error is not None:
            at = "/".join(str(p) for p in error.absolute_path)
            yield Finding(
                bundle.locate(where),
                "examples-valid",
                f"{label} does not match its schema{f' at /{at}' if at else ''}: {error.message}; "
                "fix the example or the schema",
            )

    for ptr, node, _ in _walk(bundle.document):
        if not isinstance(node, dict):
            continue
        # In OpenAPI 3.1 only a Schema Object has a *list* of examples.
        if isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                yield from check(node, f"schema example [{index}]", ptr, value)
        if isinstance(node.get("schema"), dict):
            for label, value in _media_examples(bundle, node):
                yield from check(node, label, f"{ptr}/schema", value)
